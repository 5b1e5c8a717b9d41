"""Demo records of the call list: the months each customer shipped in (what the tier review
reads), the last inquiry on the customer row, and a few callbacks due today for every agent.

A demo extension (csdesk.desk.demo.EXTENSIONS): it runs after the core data, in the same
transaction, and reads `customers` for their id, owner, tier and shipped dates only.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Protocol

from sqlalchemy import insert, select, update
from sqlmodel import Session, col, func

from csdesk.desk.context import DESK_TZ
from csdesk.desk.demo.bulk import BulkInsert
from csdesk.models import Customer, Interaction, Task
from csdesk.rules.tiers import add_months, month_start

CALLBACKS_PER_AGENT = 4
# A customers ship every month; B in about half the months since they last started.
MONTHS_BACK = 8


class ShippingCustomer(Protocol):
    # Read-only, so the demo's DemoCustomer (a NamedTuple) qualifies.
    @property
    def id(self) -> int: ...
    @property
    def owner_id(self) -> int | None: ...
    @property
    def tier(self) -> str: ...
    @property
    def first_shipped_on(self) -> dt.date | None: ...
    @property
    def last_shipped_on(self) -> dt.date | None: ...


def _months(customer: ShippingCustomer, rng: random.Random) -> set[dt.date]:
    last = customer.last_shipped_on
    if last is None:
        return set()
    first = customer.first_shipped_on or last
    months = {month_start(last)}
    for back in range(1, MONTHS_BACK):
        month = month_start(add_months(last, -back))
        if month < month_start(first):
            break
        if customer.tier == "A" or rng.random() < 0.4:
            months.add(month)
    return months


def _callbacks(
    customers: Sequence[ShippingCustomer], rng: random.Random, today: dt.date
) -> list[dict[str, object]]:
    by_owner: dict[int, list[ShippingCustomer]] = {}
    for customer in customers:
        if customer.owner_id is not None:
            by_owner.setdefault(customer.owner_id, []).append(customer)
    set_at = dt.datetime.combine(today - dt.timedelta(days=1), dt.time(16), tzinfo=DESK_TZ)
    rows: list[dict[str, object]] = []
    for owner_id, owned in sorted(by_owner.items()):
        for customer in rng.sample(owned, min(CALLBACKS_PER_AGENT, len(owned))):
            due = dt.time(rng.choice((9, 10, 11, 14, 15, 16)), rng.choice((0, 30)))
            rows.append(
                {
                    "customer_id": customer.id,
                    "agent_id": owner_id,
                    "kind": "callback",
                    "due_at": dt.datetime.combine(today, due, tzinfo=DESK_TZ),
                    "created_at": set_at,
                    "updated_at": set_at,
                    "version": 1,
                }
            )
    return rows


def generate(
    session: Session,
    rng: random.Random,
    today: dt.date,
    customers: Sequence[ShippingCustomer],
) -> None:
    # About 190,000 rows at 100,000 customers: through the demo's bulk writer, not per-row Core.
    ship_months = BulkInsert(session, "shipmonth", ("customer_id", "month"))
    stored_month = ship_months.converter("month")
    ship_months.write(
        [
            (customer.id, stored_month(month))
            for customer in customers
            for month in sorted(_months(customer, rng))
        ]
    )
    callbacks = _callbacks(customers, rng, today)
    if callbacks:
        session.execute(insert(Task), callbacks)
    last_inquiry = (
        select(func.max(col(Interaction.at)))
        .where(
            col(Interaction.customer_id) == col(Customer.id),
            col(Interaction.outcome) == "inquiry",
        )
        .scalar_subquery()
    )
    session.execute(update(Customer).values(last_inquiry_at=last_inquiry))
