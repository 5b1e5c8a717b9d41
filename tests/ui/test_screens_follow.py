"""Board, Customers, Accounts and KPIs follow the store like Calls and Inquiries: another desk
writes, the open screen shows it without a key press, the cursor stays on its record."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from textual.pilot import Pilot

from csdesk.app import CSDeskApp
from csdesk.desk.agents import agent_by_login
from csdesk.desk.context import Desk, open_desk
from csdesk.desk.customers import create_customer
from csdesk.models import Customer
from csdesk.screens.accounts import AccountsScreen
from csdesk.screens.board import BoardScreen
from csdesk.screens.customers import CustomersScreen
from csdesk.widgets.row_list import RowList
from tests.conftest import TODAY
from tests.desk.kpi_fixtures import Booked, numbers, ship
from tests.desk.money_fixtures import sail
from tests.desk.shipment_fixtures import book
from tests.ui.board_fixtures import board_db
from tests.ui.test_kpi_screen import kpi_db, open_kpis, tile
from tests.ui.test_money_screen import money_db, open_accounts
from tests.ui.test_shell_and_customers import settle

__all__ = ["board_db", "kpi_db", "money_db"]

# Generous for a loaded CI machine; the desk itself follows within about a second.
PATIENCE_SECONDS = 10


def write_elsewhere(db: Path, change: Callable[[Desk], None]) -> None:
    """`change` through a second desk on the same store (another agent's terminal)."""
    other = open_desk(db, agent_login="lead", today=TODAY)
    try:
        change(other)
    finally:
        other.engine.dispose()


async def until(pilot: Pilot[None], shown: Callable[[], bool]) -> bool:
    deadline = time.monotonic() + PATIENCE_SECONDS
    while not shown() and time.monotonic() < deadline:
        await pilot.pause(0.1)
    return shown()


def customer_named(desk: Desk, name: str) -> int:
    with desk.session() as session:
        return int(session.execute(select(Customer.id).where(Customer.name == name)).scalar_one())


async def test_the_board_shows_a_booking_made_elsewhere(board_db: Path) -> None:
    def book_elsewhere(other: Desk) -> None:
        owner = customer_named(other, "宁波海天国际贸易有限公司")
        with other.session() as session:
            book(session, owner, "COSU6300099", containers=["40HQ"])

    app = CSDeskApp(db=board_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f7")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BoardScreen)
        await pilot.press("j")
        await settle(pilot)
        on_card = screen.current_card()
        assert on_card is not None

        def booking_numbers() -> list[str]:
            return [card.booking_no for view in screen.columns() for card in view.card_list.cards]

        assert "COSU6300099" not in booking_numbers()
        write_elsewhere(board_db, book_elsewhere)
        assert await until(pilot, lambda: "COSU6300099" in booking_numbers())
        current = screen.current_card()
        assert current is not None and current.id == on_card.id


async def test_customers_show_a_customer_added_elsewhere(board_db: Path) -> None:
    def add_elsewhere(other: Desk) -> None:
        with other.session() as session:
            li = agent_by_login(session, "li").id
            create_customer(session, {"name": "新来的客户 [/]", "owner_id": li})

    app = CSDeskApp(db=board_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        assert isinstance(app.screen, CustomersScreen)
        rows = app.screen.query_one(RowList)
        await pilot.press("j")
        await settle(pilot)
        on_id = rows.current.id
        write_elsewhere(board_db, add_elsewhere)
        assert await until(pilot, lambda: "新来的客户 [/]" in [row.name for row in rows.rows])
        assert rows.current.id == on_id


async def test_accounts_show_an_invoice_raised_elsewhere(money_db: Path) -> None:
    def sail_elsewhere(other: Desk) -> None:
        with other.session() as session:
            li = agent_by_login(session, "li").id
            fresh = create_customer(session, {"name": "上海新客户", "owner_id": li}).id or 0
            sail(session, fresh, "NEW9", [("O/F", 12000, "USD")], number="CSQU3054383")

    app = CSDeskApp(db=money_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_accounts(pilot)
        assert isinstance(app.screen, AccountsScreen)
        rows = app.screen.query_one(RowList)
        on_id = rows.current.customer_id
        write_elsewhere(money_db, sail_elsewhere)
        assert await until(pilot, lambda: "上海新客户" in [row.name for row in rows.rows]), [
            row.name for row in rows.rows
        ]
        assert rows.current.customer_id == on_id


async def test_the_kpis_count_a_shipment_sailed_elsewhere(kpi_db: Path) -> None:
    def sail_elsewhere(other: Desk) -> None:
        with other.session() as session:
            li = agent_by_login(session, "li").id
            fresh = create_customer(session, {"name": "宁波新货主", "owner_id": li}).id or 0
            spec = (fresh, "KPI900", li, ["40HQ"], "2026-11-20", [("receivable", 100000, "CNY")])
            ship(session, Booked(), numbers(900001), spec)  # type: ignore[arg-type]

    app = CSDeskApp(db=kpi_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_kpis(pilot)
        before = tile(app, "teu")
        assert "6 TEU" in before
        write_elsewhere(kpi_db, sail_elsewhere)
        assert await until(pilot, lambda: "8 TEU" in tile(app, "teu")), tile(app, "teu")
