"""The call list's demo records: ship months that make the tier review tell A from B, callbacks
due today for every agent, and the last inquiry on the customer row."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import col

from csdesk.desk.agents import agent_by_login
from csdesk.desk.context import DESK_TZ, Desk
from csdesk.desk.customers import create_customer
from csdesk.desk.demo.calls import generate
from csdesk.desk.tiers import tier_review
from csdesk.models import Customer, Interaction, Task
from tests.conftest import TODAY


@dataclass
class Shipper:
    id: int
    owner_id: int | None
    tier: str
    first_shipped_on: dt.date | None
    last_shipped_on: dt.date | None


def test_generate(desk: Desk) -> None:
    with desk.session() as session:
        li = agent_by_login(session, "li").id
        shippers = []
        for name, tier, first, last in [
            ("每月出货", "A", dt.date(2025, 12, 3), dt.date(2026, 11, 20)),
            ("偶尔出货", "B", dt.date(2026, 9, 1), dt.date(2026, 9, 1)),
            ("只询价", "C", None, None),
        ]:
            customer = create_customer(session, {"name": name, "tier": tier, "owner_id": li})
            customer.last_shipped_on, customer.first_shipped_on = last, first
            assert customer.id is not None
            shippers.append(Shipper(customer.id, li, tier, first, last))
        session.add(
            Interaction(
                customer_id=shippers[2].id,
                agent_id=li,
                at=dt.datetime(2026, 10, 9, 11, tzinfo=DESK_TZ),
                outcome="inquiry",
            )
        )
        session.flush()
        generate(session, random.Random(1), TODAY, shippers)
    with desk.session() as session:
        assert tier_review(session, TODAY, DESK_TZ) == []
        callbacks = (
            session.execute(select(Task).where(col(Task.kind) == "callback")).scalars().all()
        )
        asked = session.get(Customer, shippers[2].id)
    assert len(callbacks) == 3 and all(
        task.due_at.astimezone(DESK_TZ).date() == TODAY for task in callbacks
    )
    assert asked is not None and asked.last_inquiry_at == dt.datetime(
        2026, 10, 9, 11, tzinfo=DESK_TZ
    )
