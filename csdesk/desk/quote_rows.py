"""The quote list's rows (newest first, paged by id in SQL) and the review queue, read with
SQLAlchemy Core (csdesk.store.core_tables): `csdesk quotes` imports neither the ORM nor the
tables (issue 11). Nothing here reads a rate's minimum sell price (H8).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from csdesk.rules.pricing import money_text
from csdesk.store import core_tables

PAGE_SIZE = 200
EDITABLE_STATUSES = ("draft", "in_review", "returned", "approved")
OPEN_STATUSES = (*EDITABLE_STATUSES, "sent")
CLOSED_STATUSES = ("won", "lost", "expired", "replaced")
STATUSES = OPEN_STATUSES + CLOSED_STATUSES
SOURCE_TABLE = "quote"
Q = core_tables.quote.c
C = core_tables.customer.c
A = core_tables.agent.c
# QuoteRow's fields in order; the customer's name and the agent's login follow the first three.
_QUOTE_COLUMNS = (
    "id",
    "status",
    "customer_id",
    "inquiry_id",
    "carrier",
    "pol",
    "pod",
    "container",
    "units",
    "price_minor",
    "currency",
    "all_in",
    "provisional",
    "valid_until",
    "sent_at",
    "review_reasons",
    "review_comment",
    "needs_reconfirm",
    "shipment_id",
    "lost_reason",
)


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


def list_quotes(
    session: Any,
    *,
    agent_id: int | None = None,
    statuses: Sequence[str] = (),
    inquiry_id: int | None = None,
    before_id: int | None = None,
    limit: int = PAGE_SIZE,
    oldest_first: bool = False,
) -> list[QuoteRow]:
    """Newest first; `before_id` pages on (the next page starts below the last id shown).
    `oldest_first`: the other way, `before_id` then read as the last id shown (pages go up).

    `session` is a Session or a Core Connection: the read is Core (no ORM imported).
    """
    statement = (
        select(*(Q[name] for name in _QUOTE_COLUMNS[:3]), C.name, A.login)
        .add_columns(*(Q[name] for name in _QUOTE_COLUMNS[3:]))
        .join(core_tables.customer, C.id == Q.customer_id)
        .outerjoin(core_tables.agent, A.id == Q.agent_id)
        .order_by(Q.id.asc() if oldest_first else Q.id.desc())
        .limit(limit)
    )
    if agent_id is not None:
        statement = statement.where(Q.agent_id == agent_id)
    if statuses:
        statement = statement.where(Q.status.in_(list(statuses)))
    if inquiry_id is not None:
        statement = statement.where(Q.inquiry_id == inquiry_id)
    if before_id is not None:
        statement = statement.where(Q.id > before_id if oldest_first else Q.id < before_id)
    return [QuoteRow(*row) for row in session.execute(statement).all()]


def review_queue(
    session: Any, after_id: int | None = None, limit: int = PAGE_SIZE
) -> list[QuoteRow]:
    """Quotes waiting for a supervisor (H39), oldest first: they have waited longest. A page
    in SQL, after the quote `after_id` (it read the newest 200 and sorted them, so with more
    waiting the oldest were never shown)."""
    return list_quotes(
        session, statuses=("in_review",), before_id=after_id, limit=limit, oldest_first=True
    )


def quote_row(quote: Any, customer: str, login: str | None) -> QuoteRow:
    """The row of a loaded Quote (its detail carries the same fields as the list)."""
    fields = {name: getattr(quote, name) for name in _QUOTE_COLUMNS}
    return QuoteRow(**fields, customer=customer, agent_login=login)
