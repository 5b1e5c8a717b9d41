"""Receivable ageing: for the desk or one agent (from the per-due-date summary rows), and per
customer, a page at a time, oldest open due date first (from the per-customer summary rows).

Neither reads the invoices table at large: the totals read one row per agent, currency and due
date; a page of customers reads the open invoices of those customers only.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, tuple_
from sqlmodel import Session, col

from csdesk.desk.money.ledger import DESK_KEY
from csdesk.models import Customer, CustomerAccount, Invoice, ReceivableDue, Shipment, Trouble
from csdesk.models.money import ALL_CURRENCIES
from csdesk.rules.money_chase import age
from csdesk.rules.trouble import ACTIVE_STATUSES

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
    session: Session, customer_ids: list[int] | None, owner_id: int | None, limit: int | None = None
) -> list[HeldBl]:
    """Active bl_held troubles, oldest first (the trouble's kind-status index finds them)."""
    statement = (
        select(
            col(Shipment.id),
            col(Shipment.booking_no),
            col(Customer.name),
            col(Trouble.opened_at),
            col(Customer.id),
        )
        .join(Shipment, col(Shipment.id) == col(Trouble.shipment_id))
        .join(Customer, col(Customer.id) == col(Shipment.customer_id))
        .where(col(Trouble.kind) == "bl_held", col(Trouble.status).in_(ACTIVE_STATUSES))
        .order_by(col(Trouble.opened_at))
    )
    if customer_ids is not None:
        statement = statement.where(col(Customer.id).in_(customer_ids))
    if owner_id is not None:
        statement = statement.where(col(Customer.owner_id) == owner_id)
    return [HeldBl(*row) for row in session.execute(statement.limit(limit)).all()]


def ageing_totals(session: Session, today: dt.date, agent_id: int | None = None) -> AgeingTotals:
    """The desk's (or one agent's) ageing per currency, and its oldest held B/L."""
    statement = select(
        col(ReceivableDue.currency), col(ReceivableDue.due_on), col(ReceivableDue.open_minor)
    )
    statement = statement.where(
        col(ReceivableDue.agent_key) == (DESK_KEY if agent_id is None else agent_id)
    )
    rows = [(currency, due_on, amount) for currency, due_on, amount in session.execute(statement)]
    held = _held(session, None, agent_id, limit=1)
    return AgeingTotals(age(rows, today), held[0] if held else None)


def customer_ageing_page(
    session: Session,
    today: dt.date,
    owner_id: int | None = None,
    after: tuple[dt.date, int] | None = None,
    limit: int = PAGE_SIZE,
) -> list[CustomerAgeing]:
    """Customers owing money, oldest due first, keyset-paged by (oldest due date, customer id)."""
    key = tuple_(col(CustomerAccount.oldest_due_on), col(CustomerAccount.customer_id))
    statement = (
        select(col(CustomerAccount.customer_id), col(CustomerAccount.oldest_due_on))
        .where(
            col(CustomerAccount.currency) == ALL_CURRENCIES,
            col(CustomerAccount.oldest_due_on).is_not(None),
        )
        .order_by(col(CustomerAccount.oldest_due_on), col(CustomerAccount.customer_id))
    )
    if owner_id is not None:
        # The owner's own stretch of ix_customeraccount_owner_oldest, already in page order.
        statement = statement.where(col(CustomerAccount.owner_key) == owner_id)
    if after is not None:
        statement = statement.where(key > tuple_(*after))
    firsts = {cid: due_on for cid, due_on in session.execute(statement.limit(limit)).all()}
    return _page_rows(session, today, firsts)


def _open_items(session: Session, ids: list[int]) -> dict[int, list[tuple[str, dt.date, int]]]:
    items: dict[int, list[tuple[str, dt.date, int]]] = defaultdict(list)
    statement = select(
        col(Invoice.customer_id),
        col(Invoice.currency),
        col(Invoice.due_on),
        col(Invoice.open_minor),
    ).where(col(Invoice.customer_id).in_(ids), col(Invoice.status) == "open")
    for customer_id, currency, due_on, amount in session.execute(statement):
        items[customer_id].append((currency, due_on, amount))
    return items


def _credits(session: Session, ids: list[int]) -> dict[int, dict[str, int]]:
    credits: dict[int, dict[str, int]] = defaultdict(dict)
    # Read from the small partial index of rows holding a credit (ix_customeraccount_credit).
    statement = select(
        col(CustomerAccount.customer_id),
        col(CustomerAccount.currency),
        col(CustomerAccount.credit_minor),
    ).where(col(CustomerAccount.customer_id).in_(ids), col(CustomerAccount.credit_minor) > 0)
    for customer_id, currency, credit in session.execute(statement):
        credits[customer_id][currency] = credit
    return credits


def _page_rows(
    session: Session, today: dt.date, firsts: dict[int, dt.date]
) -> list[CustomerAgeing]:
    ids = list(firsts)
    if not ids:
        return []
    items, credits = _open_items(session, ids), _credits(session, ids)
    names = select(col(Customer.id), col(Customer.name), col(Customer.owner_id))
    people = {
        row[0]: (row[1], row[2]) for row in session.execute(names.where(col(Customer.id).in_(ids)))
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


def overdue_minor(session: Session, customer_id: int, today: dt.date) -> dict[str, int]:
    """What the customer owes past its due dates, per currency (rebates and release read it)."""
    statement = select(col(Invoice.currency), col(Invoice.open_minor)).where(
        col(Invoice.customer_id) == customer_id,
        col(Invoice.status) == "open",
        col(Invoice.due_on) < today,
    )
    owed: dict[str, int] = defaultdict(int)
    for currency, amount in session.execute(statement):
        owed[currency] += amount
    return dict(owed)
