"""A desk left open past midnight: the Calls screen moves on to the new day's list and header,
keeping the cursor's customer and a half-typed note; on the same day nothing is reloaded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from csdesk.app import CSDeskApp
from csdesk.desk.agents import agent_by_login
from csdesk.desk.context import DESK_TZ, Desk
from csdesk.desk.customers import create_customer
from csdesk.models import Task
from csdesk.screens.accounts import AccountsScreen
from csdesk.screens.calls import CallsScreen
from csdesk.screens.intake import IntakeScreen
from csdesk.screens.kpis import KpiScreen
from csdesk.widgets.calls_list import CallRows
from csdesk.widgets.calls_panel import CallPanel
from csdesk.widgets.header import DeskHeader
from csdesk.widgets.row_list import RowList
from tests.conftest import TODAY
from tests.ui.board_fixtures import board_db
from tests.ui.keys import settle
from tests.ui.test_board_screen import open_board
from tests.ui.test_money_screen import HOSTILE, money_db, open_accounts

__all__ = ["board_db", "money_db"]

EVE = dt.date(2026, 9, 30)  # a Wednesday, the working day before National Day
HOLIDAY = dt.date(2026, 10, 1)


def _at(day: dt.date, time: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.fromisoformat(time), tzinfo=DESK_TZ)


@pytest.fixture
def eve_book(db_path: Path, desk: Desk) -> Path:
    """li's A customer, called every working day, and a D customer with a callback on the
    holiday's morning."""
    with desk.session() as session:
        li = agent_by_login(session, "li").id or 0
        create_customer(session, {"name": "中国银行 [/]", "tier": "A", "owner_id": li})
        called_back = create_customer(
            session, {"name": "深圳市华强进出口有限公司", "tier": "D", "owner_id": li}
        )
        session.add(
            Task(
                customer_id=called_back.id or 0,
                agent_id=li,
                kind="callback",
                due_at=_at(HOLIDAY, "09:00"),
                created_at=_at(EVE, "10:00"),
            )
        )
    return db_path


def listed(app: CSDeskApp) -> list[tuple[str, str]]:
    return [(row.name, row.section) for row in app.screen.query_one(CallRows).call_rows]


def header(app: CSDeskApp) -> str:
    return str(app.screen.query_one(DeskHeader).render())


async def test_the_calls_screen_moves_to_the_new_day_past_midnight(
    eve_book: Path, desk_clock: Callable[[dt.datetime], None]
) -> None:
    desk_clock(_at(EVE, "23:59"))
    app = CSDeskApp(db=eve_book, agent="li")  # no --today: the desk's day follows its clock
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CallsScreen)
        assert "2026-09-30 周三 工作日" in header(app)
        assert listed(app) == [
            ("中国银行 [/]", "due"),
            ("深圳市华强进出口有限公司", "spare"),
        ]
        # The evening's agent is on the second customer, half-way through a note.
        await pilot.press("down", "1", *"明早")
        await settle(pilot)
        assert screen.query_one(CallPanel).is_open

        # Still the same day: the check reloads and redraws nothing.
        shown = screen.call_list
        app.check_day()
        await settle(pilot)
        assert screen.call_list is shown

        desk_clock(_at(HOLIDAY, "00:00") + dt.timedelta(seconds=30))
        app.check_day()
        await settle(pilot)
        assert screen.call_list is not shown
        assert "2026-10-01 周四 休息日" in header(app)
        assert listed(app) == [("深圳市华强进出口有限公司", "callback")]
        row = screen.query_one(CallRows).current_row
        assert row is not None and row.name == "深圳市华强进出口有限公司"
        assert screen.query_one(CallPanel).is_open
        assert screen.query_one("#panel-text", Input).value == "明早"


def intake_flags(screen: IntakeScreen) -> str:
    return str(screen.query_one("#intake-flags-text", Static).render())


def kpi_bar(app: CSDeskApp) -> str:
    return str(app.screen.query_one("#kpi-bar", Static).render())


async def test_a_kpi_screen_left_up_moves_to_the_new_month_and_calls_catch_up(
    eve_book: Path, desk_clock: Callable[[dt.datetime], None]
) -> None:
    """A supervisor leaves the KPI screen up overnight: at the month's turn "this month" is the
    new month. The Calls screen, in another mode, reloads when switched back to."""
    desk_clock(_at(dt.date(2026, 11, 30), "23:59"))
    app = CSDeskApp(db=eve_book, agent="lead")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        calls = app.screen
        assert isinstance(calls, CallsScreen) and calls.call_list is not None
        await pilot.press("f10")
        await settle(pilot)
        kpis = app.screen
        assert isinstance(kpis, KpiScreen)
        assert "2026-11-01 ~ 2026-11-30" in kpi_bar(app)

        desk_clock(_at(dt.date(2026, 12, 1), "00:00") + dt.timedelta(seconds=30))
        app.check_day()
        await settle(pilot)
        assert "2026-12-01 ~ 2026-12-31" in kpi_bar(app)
        assert "2026-12-01 周二 工作日" in header(app)
        assert calls.call_list.day == dt.date(2026, 11, 30), "not in view: not reloaded yet"

        await pilot.press("f5")
        await settle(pilot)
        assert calls.call_list.day == dt.date(2026, 12, 1)
        assert app.screen is calls
        assert "2026-12-01 周二 工作日" in header(app)


async def test_an_intake_form_open_at_midnight_checks_dates_against_the_new_day(
    eve_book: Path, desk_clock: Callable[[dt.datetime], None]
) -> None:
    """A ready date of today is fine before midnight and past after it; the form keeps it."""
    desk_clock(_at(EVE, "23:59"))
    app = CSDeskApp(db=eve_book, agent="li")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        intake = app.screen
        assert isinstance(intake, IntakeScreen)
        ready = intake.query_one("#f-cargo_ready", Input)
        ready.focus()
        await pilot.press(*"2026-09-30")
        await settle(pilot)
        assert "已经过去" not in intake_flags(intake)

        desk_clock(_at(HOLIDAY, "00:00") + dt.timedelta(seconds=30))
        app.check_day()
        await settle(pilot)
        assert "出货日期 2026-09-30 已经过去" in intake_flags(intake)
        assert ready.value == "2026-09-30" and app.focused is ready
        assert app.screen is intake


async def test_the_accounts_screen_ages_the_debts_at_midnight(
    money_db: Path, desk_clock: Callable[[dt.datetime], None]
) -> None:
    """The 800 USD owed since late October turns 61 days old at midnight: it moves from the
    31-60 column to 61-90 with no key pressed."""
    desk_clock(_at(dt.date(2026, 12, 20), "23:59"))
    app = CSDeskApp(db=money_db, agent="li")
    async with app.run_test(size=(120, 36)) as pilot:
        await open_accounts(pilot)
        assert isinstance(app.screen, AccountsScreen)
        assert _usd_ageing(app) == ["0.00", "0.00", "800.00", "0.00"]

        desk_clock(_at(dt.date(2026, 12, 21), "00:00") + dt.timedelta(seconds=30))
        app.check_day()
        await settle(pilot)
        assert _usd_ageing(app) == ["0.00", "0.00", "0.00", "800.00"]
        assert [row.name for row in app.screen.query_one(RowList).rows] == [HOSTILE]


def _usd_ageing(app: CSDeskApp) -> list[str]:
    """Not due, 1-30, 31-60, 61-90 days of li's USD."""
    totals = str(app.screen.query_one("#accounts-totals", Static).render())
    return next(line for line in totals.splitlines() if line.startswith("USD")).split()[1:5]


async def test_the_board_counts_days_from_the_new_day_and_keeps_its_cursor(
    board_db: Path, desk_clock: Callable[[dt.datetime], None]
) -> None:
    desk_clock(_at(TODAY, "23:59"))
    app = CSDeskApp(db=board_db, agent="li")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_board(pilot)
        await pilot.press("j")  # COSU6300001, the second card of 订舱
        card = screen.current_card()
        assert card is not None and card.booking_no == "COSU6300001"

        desk_clock(_at(TODAY + dt.timedelta(days=1), "00:00") + dt.timedelta(seconds=30))
        app.check_day()
        await settle(pilot)
        moved_on = screen.current_card()
        assert moved_on is not None and moved_on.booking_no == "COSU6300001"
        assert moved_on.days_in_stage == card.days_in_stage + 1
