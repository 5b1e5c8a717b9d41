"""Open lists follow the store: another desk's change shows without a key press, and the cursor
stays on the customer the agent is on (SQLite and PostgreSQL)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from csdesk.app import CSDeskApp
from csdesk.desk.agents import agent_by_login
from csdesk.desk.context import Desk, open_desk
from csdesk.desk.customers import create_customer
from tests.conftest import TODAY
from tests.ui.calls_data import FIXED_NOW, calls_book
from tests.ui.test_calls_screen import current, listed, settle

__all__ = ["calls_book"]

# Generous for a loaded CI machine; the app itself follows within about a second.
PATIENCE_SECONDS = 10


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(Desk, "now", lambda self: FIXED_NOW)
    yield


async def test_a_customer_added_elsewhere_appears_and_the_cursor_stays(calls_book: Path) -> None:
    app = CSDeskApp(db=calls_book, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        before = listed(app)
        await pilot.press("j")
        await settle(pilot)
        on_row = current(app)
        assert on_row == before[1]
        other = open_desk(calls_book, agent_login="lead", today=TODAY)
        with other.session() as session:
            li = agent_by_login(session, "li").id
            create_customer(session, {"name": "新来的客户 [/]", "tier": "A", "owner_id": li})
        other.engine.dispose()
        deadline = time.monotonic() + PATIENCE_SECONDS
        while "新来的客户 [/]" not in listed(app) and time.monotonic() < deadline:
            await pilot.pause(0.1)
        assert "新来的客户 [/]" in listed(app)
        assert current(app) == on_row


async def test_enter_on_a_customer_a_colleague_is_calling_says_who(calls_book: Path) -> None:
    from csdesk.desk.claims import start_call
    from csdesk.models import Customer

    other = open_desk(calls_book, agent_login="zhao", today=TODAY)
    app = CSDeskApp(db=calls_book, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        first = listed(app)[0]
        with other.session() as session:
            zhao = agent_by_login(session, "zhao").id or 0
            found = session.execute(select(Customer.id).where(Customer.name == first))
            customer_id = int(found.scalar_one())
            start_call(session, zhao, customer_id, FIXED_NOW, other.tz)
        await pilot.press("enter")
        await settle(pilot)
        shown = [str(n.message) for n in app._notifications]
        assert any(m.startswith("赵强 正在通话 (since 10:00)") for m in shown), shown
        assert app.screen.in_call is None  # type: ignore[attr-defined]
        # the list that follows the store skips the customer zhao is on the phone with
        deadline = time.monotonic() + PATIENCE_SECONDS
        while first in listed(app) and time.monotonic() < deadline:
            await pilot.pause(0.1)
        assert first not in listed(app)
    other.engine.dispose()


def inquiry_rows(queue):  # type: ignore[no-untyped-def]
    """The queue's inquiries, without its section headings (running clocks, late, ...)."""
    return [row for row in queue.rows if hasattr(row, "id")]


async def test_the_inquiry_queue_follows_and_stays_on_its_inquiry(calls_book: Path) -> None:
    from csdesk.desk.inquiries import create_inquiry
    from csdesk.models import Customer
    from csdesk.widgets.row_list import RowList

    def file_inquiry(note: str) -> None:
        other = open_desk(calls_book, agent_login="li", today=TODAY)
        with other.session() as session:
            customer = session.execute(select(Customer.id)).scalars().first() or 0
            fields = {"pol": "CNNGB", "pod": "NGLOS", "notes": note}
            create_inquiry(session, customer, other.agent.id if other.agent else None,
                           FIXED_NOW, fields)  # fmt: skip
        other.engine.dispose()

    file_inquiry("first")
    file_inquiry("second")
    app = CSDeskApp(db=calls_book, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        queue = app.screen.query_one(RowList)
        assert len(inquiry_rows(queue)) == 2
        await pilot.press("j")
        await settle(pilot)
        on_id = queue.current.id
        file_inquiry("third, filed by another desk")
        deadline = time.monotonic() + PATIENCE_SECONDS
        while len(inquiry_rows(queue)) < 3 and time.monotonic() < deadline:
            await pilot.pause(0.1)
        assert len(inquiry_rows(queue)) == 3
        assert queue.current.id == on_id


async def test_a_customer_renamed_by_raw_sql_is_found_by_its_new_pinyin(calls_book: Path) -> None:
    """Another tool renames a customer while the desk is open: the desk spells its pinyin again
    when it sees the store change (0022_polish2), and F3 finds it by the new name's initials."""
    from sqlalchemy import create_engine, text

    from csdesk.desk.customer_search import search_customers
    from csdesk.store.engine import database_url

    app = CSDeskApp(db=calls_book, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        raw = create_engine(database_url(calls_book))
        with raw.begin() as connection:
            connection.execute(
                text("UPDATE customer SET name = '杭州远航物流' WHERE name = '义乌小商品城'")
            )
        raw.dispose()
        desk = app.desk
        assert desk is not None

        def found() -> list[str]:
            with desk.session() as session:
                return [row.name for row in search_customers(session, "hzyhwl")]

        deadline = time.monotonic() + PATIENCE_SECONDS
        while not found() and time.monotonic() < deadline:
            await pilot.pause(0.1)
        assert found() == ["杭州远航物流"]
