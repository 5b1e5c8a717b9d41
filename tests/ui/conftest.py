"""A small store with Chinese data and hostile notes for the TUI tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from csdesk.desk.agents import agent_by_login
from csdesk.desk.context import DESK_TZ, Desk, open_desk
from csdesk.desk.customers import add_contact, create_customer
from csdesk.desk.demo import build_demo
from csdesk.models import Interaction
from tests.conftest import TODAY, fresh_store


@pytest.fixture
def ui_db(db_path: Path, desk: Desk) -> Path:
    with desk.session() as session:
        li = agent_by_login(session, "li").id or 0
        zhao = agent_by_login(session, "zhao").id or 0
        rows = [
            ("中国银行", "A", li, "备注 [/] 结束 [urgent]", "13800001111"),
            ("宁波海天国际贸易有限公司", "B", li, "喜欢喝茶", "13857412345"),
            ("Lagos Freight Services Ltd", "C", zhao, None, "+234 803 555 0101"),
            ("深圳市华强进出口有限公司", "D", li, None, "13912345678"),
        ]
        for name, tier, owner, notes, phone in rows:
            customer = create_customer(
                session,
                {"name": name, "tier": tier, "owner_id": owner, "notes": notes, "wechat": None},
            )
            add_contact(
                session,
                customer.id or 0,
                {"name": "张经理", "phone": phone, "role": "采购", "primary": True},
            )
            session.add(
                Interaction(
                    customer_id=customer.id or 0,
                    agent_id=owner,
                    at=dt.datetime(2026, 11, 27, 10, 30, tzinfo=DESK_TZ),
                    outcome="reached",
                    note="谈了运价 [x]",
                )
            )
    return db_path


@pytest.fixture(scope="module")
def demo_120(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """A demo desk of 120 customers (seed 7), built once per test module: enough for several
    pages of a broad search when the tests make the pages small."""
    path: Path = tmp_path_factory.mktemp("demo_120") / "pages.db"
    desk = open_desk(fresh_store(path), today=TODAY)
    with desk.session() as session:
        build_demo(session, 120, 7, today=TODAY)
    yield desk
    desk.engine.dispose()
