"""Receivable ageing: for the desk or one agent (from the per-due-date summary rows), and per
customer, a page at a time, oldest open due date first (from the per-customer summary rows).

Neither reads the invoices table at large: the totals read one row per agent, currency and due
date; a page of customers reads the open invoices of those customers only. Both read columns
with Core (a Session or a Connection will do), so `csdesk ar` needs no ORM.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, tuple_

from csdesk.desk.money.due import ALL_CURRENCIES, DESK_KEY
from csdesk.rules.money_chase import age
from csdesk.rules.trouble import ACTIVE_STATUSES
from csdesk.store.core_tables import (
    customer,
    customer_account,
    invoice,
    receivable_due,
    shipment,
    trouble,
)

PAGE_SIZE = 200
Buckets = dict[str, dict[str, int]]  # currency -> bucket -> minor units


@dataclass(frozen=True)
class HeldBl:
    shipment_id: int
    booking_no: str
    customer: str
    since: dt.datetime
    customer_id: int


@dataclass(frozen=True)
class AgeingTotals:
    buckets: Buckets
    oldest_held: HeldBl | None


@dataclass(frozen=True)
class CustomerAgeing:
    customer_id: int
    name: str
    owner_id: int | None
    oldest_due_on: dt.date
    buckets: Buckets
    credit: dict[str, int] = field(default_factory=dict)
    oldest_held: HeldBl | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "customer_id": self.customer_id,
            "customer": self.name,
            "oldest_due_on": self.oldest_due_on,
            "buckets": self.buckets,
            "credit": self.credit,
            "oldest_held_bl": self.oldest_held.booking_no if self.oldest_held else None,
        }


def _held(
    session: Any, customer_ids: list[int] | None, owner_id: int | None, limit: int | None = None
) -> list[HeldBl]:
    """Active bl_held troubles, oldest first (the trouble's kind-status index finds them)."""
    statement = (
        select(
            shipment.c.id,
            shipment.c.booking_no,
            customer.c.name,
            trouble.c.opened_at,
            customer.c.id,
        )
        .select_from(trouble)
        .join(shipment, shipment.c.id == trouble.c.shipment_id)
        .join(customer, customer.c.id == shipment.c.customer_id)
        .where(trouble.c.kind == "bl_held", trouble.c.status.in_(ACTIVE_STATUSES))
        .order_by(trouble.c.opened_at)
    )
    if customer_ids is not None:
        statement = statement.where(customer.c.id.in_(customer_ids))
    if owner_id is not None:
        statement = statement.where(customer.c.owner_id == owner_id)
    return [HeldBl(*row) for row in session.execute(statement.limit(limit)).all()]


def ageing_totals(session: Any, today: dt.date, agent_id: int | None = None) -> AgeingTotals:
    """The desk's (or one agent's) ageing per currency, and its oldest held B/L."""
    due = receivable_due.c
    statement = select(due.currency, due.due_on, due.open_minor).where(
        due.agent_key == (DESK_KEY if agent_id is None else agent_id)
    )
    rows = [(currency, due_on, amount) for currency, due_on, amount in session.execute(statement)]
    held = _held(session, None, agent_id, limit=1)
    return AgeingTotals(age(rows, today), held[0] if held else None)


def customer_ageing_page(
    session: Any,
    today: dt.date,
    owner_id: int | None = None,
    after: tuple[dt.date, int] | None = None,
    limit: int = PAGE_SIZE,
) -> list[CustomerAgeing]:
    """Customers owing money, oldest due first, keyset-paged by (oldest due date, customer id)."""
    account = customer_account.c
    key = tuple_(account.oldest_due_on, account.customer_id)
    statement = (
        select(account.customer_id, account.oldest_due_on)
        .where(account.currency == ALL_CURRENCIES, account.oldest_due_on.is_not(None))
        .order_by(account.oldest_due_on, account.customer_id)
    )
    if owner_id is not None:
        # The owner's own stretch of ix_customeraccount_owner_oldest, already in page order.
        statement = statement.where(account.owner_key == owner_id)
    if after is not None:
        statement = statement.where(key > tuple_(*after))
    firsts = {cid: due_on for cid, due_on in session.execute(statement.limit(limit)).all()}
    return _page_rows(session, today, firsts)


def _open_items(session: Any, ids: list[int]) -> dict[int, list[tuple[str, dt.date, int]]]:
    items: dict[int, list[tuple[str, dt.date, int]]] = defaultdict(list)
    bill = invoice.c
    statement = select(bill.customer_id, bill.currency, bill.due_on, bill.open_minor).where(
        bill.customer_id.in_(ids), bill.status == "open"
    )
    for customer_id, currency, due_on, amount in session.execute(statement):
        items[customer_id].append((currency, due_on, amount))
    return items


def _credits(session: Any, ids: list[int]) -> dict[int, dict[str, int]]:
    credits: dict[int, dict[str, int]] = defaultdict(dict)
    # Read from the small partial index of rows holding a credit (ix_customeraccount_credit).
    account = customer_account.c
    statement = select(account.customer_id, account.currency, account.credit_minor).where(
        account.customer_id.in_(ids), account.credit_minor > 0
    )
    for customer_id, currency, credit in session.execute(statement):
        credits[customer_id][currency] = credit
    return credits


def _page_rows(session: Any, today: dt.date, firsts: dict[int, dt.date]) -> list[CustomerAgeing]:
    ids = list(firsts)
    if not ids:
        return []
    items, credits = _open_items(session, ids), _credits(session, ids)
    names = select(customer.c.id, customer.c.name, customer.c.owner_id)
    people = {
        row[0]: (row[1], row[2]) for row in session.execute(names.where(customer.c.id.in_(ids)))
    }
    held: dict[int, HeldBl] = {}
    for item in _held(session, ids, None):
        held.setdefault(item.customer_id, item)
    return [
        CustomerAgeing(
            customer_id,
            people[customer_id][0],
            people[customer_id][1],
            firsts[customer_id],
            age(items[customer_id], today),
            credits.get(customer_id, {}),
            held.get(customer_id),
        )
        for customer_id in ids
    ]


def overdue_minor(session: Any, customer_id: int, today: dt.date) -> dict[str, int]:
    """What the customer owes past its due dates, per currency (rebates and release read it)."""
    bill = invoice.c
    statement = select(bill.currency, bill.open_minor).where(
        bill.customer_id == customer_id, bill.status == "open", bill.due_on < today
    )
    owed: dict[str, int] = defaultdict(int)
    for currency, amount in session.execute(statement):
        owed[currency] += amount
    return dict(owed)
