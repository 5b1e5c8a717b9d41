"""Reading quotes: the list (paged by id in SQL), the supervisor's review queue, one quote's
detail, and their JSON. Nothing here reads a rate's minimum sell price (H8).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.quote_options import get_quote
from csdesk.desk.quote_rows import PAGE_SIZE as PAGE_SIZE
from csdesk.desk.quote_rows import QuoteRow as QuoteRow
from csdesk.desk.quote_rows import list_quotes as list_quotes
from csdesk.desk.quote_rows import quote_row
from csdesk.desk.quote_rows import review_queue as review_queue
from csdesk.desk.quote_text import text_is_held
from csdesk.models import Agent, Customer, Quote, QuoteCharge


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
    row = quote_row(quote, customer.name if customer else "", agent.login if agent else None)
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
