"""li's book for the Calls screen tests and snapshots: CJK names, a `[/]` note, one of each kind
of row (a callback due, A, B, C due, D never reached)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update
from sqlmodel import col

from csdesk.desk.agents import agent_by_login
from csdesk.desk.context import DESK_TZ, Desk
from csdesk.desk.customers import add_contact, create_customer
from csdesk.models import Customer, Interaction, Task

FIXED_NOW = dt.datetime(2026, 11, 30, 10, 0, tzinfo=DESK_TZ)


def _at(day: str, time: str = "10:30") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=DESK_TZ)


BOOK: list[dict[str, Any]] = [
    {
        "name": "中国银行",
        "tier": "A",
        "ownership": "soe",
        "notes": "备注 [/] 结束 [urgent]",
        "hobbies": "喜欢喝茶",
        "wechat": "boc_zhang",
        "reached": "2026-11-26",
        "phone": "13800001111",
    },
    {
        "name": "宁波海天国际贸易有限公司",
        "tier": "B",
        "reached": "2026-11-27",
        "phone": "13857412345",
    },
    {"name": "上海远洋运输", "tier": "C", "reached": "2026-11-20", "phone": "02155556666"},
    {"name": "深圳市华强进出口有限公司", "tier": "D", "reached": None, "phone": "13912345678"},
    {"name": "义乌小商品城", "tier": "D", "reached": "2026-11-27", "phone": "057985551234"},
]


@pytest.fixture
def calls_book(db_path: Path, desk: Desk) -> Path:
    with desk.session() as session:
        li = agent_by_login(session, "li").id or 0
        for entry in BOOK:
            fields = {
                key: entry.get(key)
                for key in ("name", "tier", "ownership", "notes", "hobbies", "wechat")
            }
            customer = create_customer(session, {**fields, "owner_id": li, "source": "own"})
            customer_id = customer.id or 0
            add_contact(
                session,
                customer_id,
                {"name": "张经理", "phone": entry["phone"], "role": "采购", "primary": True},
            )
            add_contact(
                session, customer_id, {"name": "Lily", "phone": "13000000000", "role": "单证"}
            )
            if entry["reached"]:
                reached = _at(entry["reached"])
                session.add(
                    Interaction(
                        customer_id=customer_id,
                        agent_id=li,
                        at=reached,
                        outcome="reached",
                        note="谈了运价 [x]",
                    )
                )
                session.execute(
                    update(Customer)
                    .where(col(Customer.id) == customer_id)
                    .values(last_contact_at=reached, last_reached_at=reached)
                )
            if entry["name"] == "义乌小商品城":
                session.add(
                    Task(
                        customer_id=customer_id,
                        agent_id=li,
                        kind="callback",
                        due_at=_at("2026-11-30", "09:30"),
                        created_at=reached,
                    )
                )
    return db_path
