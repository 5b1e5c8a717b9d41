"""Reading quotes: the list (paged by id in SQL), the supervisor's review queue, one quote's
detail, and their JSON. Nothing here reads a rate's minimum sell price (H8).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from csdesk.desk.quote_options import get_quote
from csdesk.desk.quote_text import text_is_held
from csdesk.models import Agent, Customer, Quote, QuoteCharge
from csdesk.rules.pricing import money_text

PAGE_SIZE = 200


@dataclass(frozen=True)
class QuoteRow:
    id: int
    status: str
    customer_id: int
    customer: str
    agent_login: str | None
    inquiry_id: int
    carrier: str | None
    pol: str
    pod: str
    container: str
    units: float
    price_minor: int
    currency: str
    all_in: bool
    provisional: bool
    valid_until: dt.date
    sent_at: dt.datetime | None
    review_reasons: str
    review_comment: str | None
    needs_reconfirm: bool
    shipment_id: int | None
    lost_reason: str | None

    @property
    def price(self) -> str:
        return money_text(self.price_minor, self.currency)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status,
            "customer_id": self.customer_id,
            "customer": self.customer,
            "agent": self.agent_login,
            "inquiry_id": self.inquiry_id,
            "carrier": self.carrier,
            "pol": self.pol,
            "pod": self.pod,
            "container": self.container,
            "units": self.units,
            "price": self.price_minor / 100,
            "currency": self.currency,
            "all_in": self.all_in,
            "provisional": self.provisional,
            "valid_until": self.valid_until,
            "sent_at": self.sent_at,
            "review_reasons": [reason for reason in self.review_reasons.split("|") if reason],
            "review_comment": self.review_comment,
            "needs_reconfirm": self.needs_reconfirm,
            "shipment_id": self.shipment_id,
            "lost_reason": self.lost_reason,
        }


def _row(quote: Quote, customer: str, login: str | None) -> QuoteRow:
    assert quote.id is not None
    return QuoteRow(
        quote.id,
        quote.status,
        quote.customer_id,
        customer,
        login,
        quote.inquiry_id,
        quote.carrier,
        quote.pol,
        quote.pod,
        quote.container,
        quote.units,
        quote.price_minor,
        quote.currency,
        quote.all_in,
        quote.provisional,
        quote.valid_until,
        quote.sent_at,
        quote.review_reasons,
        quote.review_comment,
        quote.needs_reconfirm,
        quote.shipment_id,
        quote.lost_reason,
    )


def list_quotes(
    session: Session,
    *,
    agent_id: int | None = None,
    statuses: Sequence[str] = (),
    inquiry_id: int | None = None,
    before_id: int | None = None,
    limit: int = PAGE_SIZE,
) -> list[QuoteRow]:
    """Newest first; `before_id` pages on (the next page starts below the last id shown)."""
    owner = aliased(Agent)
    statement = (
        select(Quote, col(Customer.name), col(owner.login))
        .join(Customer, col(Customer.id) == col(Quote.customer_id))
        .outerjoin(owner, col(owner.id) == col(Quote.agent_id))
        .order_by(col(Quote.id).desc())
        .limit(limit)
    )
    if agent_id is not None:
        statement = statement.where(col(Quote.agent_id) == agent_id)
    if statuses:
        statement = statement.where(col(Quote.status).in_(list(statuses)))
    if inquiry_id is not None:
        statement = statement.where(col(Quote.inquiry_id) == inquiry_id)
    if before_id is not None:
        statement = statement.where(col(Quote.id) < before_id)
    return [_row(quote, name, login) for quote, name, login in session.execute(statement).all()]


def review_queue(session: Session, limit: int = PAGE_SIZE) -> list[QuoteRow]:
    """Quotes waiting for a supervisor (H39), oldest first: they have waited longest."""
    rows = list_quotes(session, statuses=("in_review",), limit=limit)
    return sorted(rows, key=lambda row: row.id)


def quote_texts(session: Session, quote_ids: Sequence[int]) -> dict[int, str]:
    """The saved texts of some quotes (the review queue shows what the customer would get)."""
    if not quote_ids:
        return {}
    statement = select(col(Quote.id), col(Quote.text)).where(col(Quote.id).in_(list(quote_ids)))
    return {quote_id: text for quote_id, text in session.execute(statement).all()}


def charge_json(line: QuoteCharge) -> dict[str, Any]:
    return {
        "side": line.side,
        "name": line.name,
        "amount": line.amount_minor / 100,
        "currency": line.currency,
        "per": line.per,
    }


def quote_charges(session: Session, quote_id: int) -> list[QuoteCharge]:
    statement = (
        select(QuoteCharge)
        .where(col(QuoteCharge.quote_id) == quote_id)
        .order_by(col(QuoteCharge.position))
    )
    return list(session.execute(statement).scalars())


def quote_document(session: Session, quote_id: int) -> dict[str, Any]:
    """One quote for --json: its row, covers, charge lines and the saved text."""
    quote = get_quote(session, quote_id)
    customer = session.get(Customer, quote.customer_id)
    agent = session.get(Agent, quote.agent_id) if quote.agent_id else None
    row = _row(quote, customer.name if customer else "", agent.login if agent else None)
    return row.as_json() | {
        "rate_id": quote.rate_id,
        "covers": [name for name in quote.covers.split("|") if name],
        "sailing_on": quote.sailing_on,
        "transit_days": quote.transit_days,
        "charges": [charge_json(line) for line in quote_charges(session, quote_id)],
        "text": None if text_is_held(quote) else quote.text,
        "text_lang": quote.text_lang,
        "text_channel": quote.text_channel,
    }
