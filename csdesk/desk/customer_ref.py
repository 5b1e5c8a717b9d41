"""Two small Core helpers shared by the call log and `inquiry add`: a customer's id from what an
agent typed, and a bookkeeping timestamp that only moves forward. Kept apart from
csdesk.desk.call_log so that `inquiry add` does not import the call log and the cadence,
callback and claim rules it brings (~7 ms of a 20 ms `python -c pass`, issue 11)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import case, literal, or_, select
from sqlalchemy.sql.elements import ColumnElement

from csdesk.desk.errors import NotFoundError
from csdesk.store.coltypes import UTCDateTime
from csdesk.store.core_tables import customer


def customer_id_of(db: Any, ref: str | int) -> int:
    """A customer's id by id or by exact name (as customers.resolve_customer finds one)."""
    text = str(ref).strip()
    found = None
    if text.isdigit():
        found = db.execute(select(customer.c.id).where(customer.c.id == int(text))).scalar()
    if found is None:
        by_name = select(customer.c.id).where(customer.c.name == text)
        found = db.execute(by_name.order_by(customer.c.id).limit(1)).scalar()
    if found is None:
        raise NotFoundError("error.not_found.customer", ref=text)
    return int(found)


def moved_forward(column: ColumnElement[Any], value: dt.datetime) -> ColumnElement[Any]:
    """`column` moved forward to `value`, never back (calls may be logged out of order)."""
    # The literal carries the column type, so the value is stored as UTC like any other.
    typed = literal(value, UTCDateTime())
    return case((or_(column.is_(None), column < typed), typed), else_=column)
