"""The Calls screen's card read with Core is the card desk.customers reads with the ORM."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import TableClause, select
from sqlmodel import col

from csdesk import models
from csdesk.desk.call_card import TABLES, read_call_card
from csdesk.desk.context import Desk, open_desk
from csdesk.desk.customers import customer_card
from csdesk.desk.demo import build_demo
from csdesk.desk.errors import NotFoundError
from csdesk.models import CustomerAccount, Shipment, Trouble
from csdesk.widgets.customer_card import render_card
from tests.cli.test_startup_imports import ORM_MODULES
from tests.unit.test_core_tables import _kind

TODAY = dt.date(2026, 11, 30)


@pytest.fixture
def demo(db_path: Path) -> Iterator[Desk]:
    desk = open_desk(db_path, today=TODAY)
    with desk.session() as session:
        build_demo(session, 600, 7, today=TODAY)
    yield desk
    desk.engine.dispose()


def _customers(desk: Desk) -> list[int]:
    """Some of every kind: the first ids, customers owing money, customers with a held B/L."""
    with desk.session() as session:
        owing = session.execute(
            select(col(CustomerAccount.customer_id)).where(col(CustomerAccount.open_minor) > 0)
        ).scalars()
        held = session.execute(
            select(col(Shipment.customer_id))
            .join(Trouble, col(Trouble.shipment_id) == col(Shipment.id))
            .where(col(Trouble.kind) == "bl_held")
        ).scalars()
        return sorted({*range(1, 41), *list(owing)[:40], *held})


def test_core_card_is_the_orm_card(demo: Desk) -> None:
    ids = _customers(demo)
    with demo.session() as session, demo.engine.connect() as connection:
        cards = [
            (customer_card(session, key, today=TODAY), read_call_card(connection, key, TODAY))
            for key in ids
        ]
    assert any(orm.money for orm, _ in cards) and any(orm.held_bookings for orm, _ in cards)
    assert any(orm.contacts for orm, _ in cards) and any(orm.recent for orm, _ in cards)
    for orm, core in cards:
        assert render_card(core) == render_card(orm)
        assert core.customer.last_reached_at == orm.customer.last_reached_at
        assert (core.money, core.held_bookings, core.today) == (
            orm.money,
            orm.held_bookings,
            orm.today,
        )
        assert [contact.name for contact in core.contacts] == [c.name for c in orm.contacts]
        assert [(i.at, i.outcome) for i in core.recent] == [(i.at, i.outcome) for i in orm.recent]


def test_reading_a_card_leaves_the_orm_alone(demo: Desk) -> None:
    probe = (
        "import sys, datetime\n"
        "from csdesk.desk.context import open_desk\n"
        "from csdesk.desk.call_card import read_call_card\n"
        "desk = open_desk(sys.argv[1], 'li', datetime.date(2026, 11, 30))\n"
        "with desk.engine.connect() as connection:\n"
        "    card = read_call_card(connection, 1, datetime.date(2026, 11, 30))\n"
        "assert card.customer.id == 1\n"
        f"print(sorted(m for m in sys.modules if m.startswith({ORM_MODULES!r})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, demo.url], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_customer_gone_is_not_found(demo: Desk) -> None:
    with demo.engine.connect() as connection, pytest.raises(NotFoundError):
        read_call_card(connection, 10**9)


@pytest.mark.parametrize("core", TABLES, ids=lambda core: core.name)
def test_card_columns_match_the_tables(core: TableClause) -> None:
    models.load_all()
    table = models.metadata.tables[core.name]
    for column in core.columns:
        assert column.name in table.columns, f"{core.name}.{column.name}"
        stored = table.columns[column.name].type
        assert issubclass(_kind(stored), type(column.type)), f"{core.name}.{column.name}"
