"""The call session through Pilot: the list, three calls with three outcomes, a callback for
明天上午, checking the store and the list after each key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col
from textual.pilot import Pilot
from textual.widgets import Input, Static

from csdesk.app import CSDeskApp
from csdesk.desk.context import DESK_TZ, Desk, open_desk
from csdesk.models import CallMark, Customer, Interaction, Task
from csdesk.screens.calls import CallsScreen
from csdesk.screens.calls_modals import AgentPickModal, SummaryModal
from csdesk.screens.help import HelpModal
from csdesk.widgets.calls_card import CallCardView
from csdesk.widgets.calls_list import CallRows
from csdesk.widgets.calls_panel import CallPanel
from tests.conftest import TODAY
from tests.ui.calls_data import FIXED_NOW, calls_book
from tests.ui.keys import wait_for_workers

__all__ = ["calls_book"]


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(Desk, "now", lambda self: FIXED_NOW)
    yield


async def settle(pilot: Pilot[None]) -> None:
    for _ in range(3):
        await pilot.pause()
        await wait_for_workers(pilot)
    await pilot.pause()


def listed(app: CSDeskApp) -> list[str]:
    return [row.name for row in app.screen.query_one(CallRows).call_rows]


def current(app: CSDeskApp) -> str | None:
    row = app.screen.query_one(CallRows).current_row
    return row.name if row else None


def stored(db: Path) -> list[tuple[str, str, str | None]]:
    desk = open_desk(db, today=TODAY)
    try:
        with desk.session() as session:
            rows = session.execute(
                select(col(Customer.name), col(Interaction.outcome), col(Interaction.note))
                .join(Customer, col(Customer.id) == col(Interaction.customer_id))
                .where(col(Interaction.at) >= FIXED_NOW - dt.timedelta(hours=1))
                .order_by(col(Interaction.id))
            ).all()
            return [(name, outcome, note) for name, outcome, note in rows]
    finally:
        desk.engine.dispose()


async def test_a_call_session_by_keys(calls_book: Path) -> None:
    app = CSDeskApp(db=calls_book, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, CallsScreen)
        assert listed(app) == [
            "义乌小商品城",
            "中国银行",
            "宁波海天国际贸易有限公司",
            "上海远洋运输",
            "深圳市华强进出口有限公司",
        ]
        await pilot.press("down")
        await settle(pilot)
        assert current(app) == "中国银行"
        card = str(app.screen.query_one(CallCardView).text)
        assert "备注 [/] 结束 [urgent]" in card and "A类 2个工作日未联系" in card

        # 1: reached, with a note; saved at once, the cursor moves to the next customer.
        await pilot.press("enter", "1")
        assert app.screen.query_one(CallPanel).is_open
        await pilot.press(*"ok", "enter")
        await settle(pilot)
        assert stored(calls_book) == [("中国银行", "reached", "ok")]
        assert "中国银行" not in listed(app)
        assert current(app) == "宁波海天国际贸易有限公司"
        assert not app.screen.query_one(CallPanel).is_open

        # 2: no answer; sinks to the end of the due section.
        await pilot.press("2", "enter")
        await settle(pilot)
        assert stored(calls_book)[-1] == ("宁波海天国际贸易有限公司", "no_answer", None)
        assert listed(app) == [
            "义乌小商品城",
            "上海远洋运输",
            "宁波海天国际贸易有限公司",
            "深圳市华强进出口有限公司",
        ]
        sunk = app.screen.query_one(CallRows).call_rows[2]
        assert sunk.tried_at is not None and sunk.section == "due"
        assert current(app) == "上海远洋运输", "the customer that came next in the list"

        # 4: callback agreed; a day off is refused in words, 明天上午 is taken.
        await pilot.press("4", "enter", "周", "六")
        await settle(pilot)
        verdict = str(app.screen.query_one("#panel-verdict", Static).render())
        assert "2026-12-05 (周六) 不是工作日" in verdict
        await pilot.press("enter")
        await settle(pilot)
        assert stored(calls_book)[-1][0] != "上海远洋运输", "a refused time saves nothing"
        when = app.screen.query_one("#panel-when", Input)
        when.value = ""
        await pilot.press("明", "天", "上", "午")
        await settle(pilot)
        assert "2026-12-01 10:00" in str(app.screen.query_one("#panel-verdict", Static).render())
        await pilot.press("enter")
        await settle(pilot)
        assert stored(calls_book)[-1] == ("上海远洋运输", "callback_agreed", None)
        assert "上海远洋运输" not in listed(app)
        desk = open_desk(calls_book, today=TODAY)
        with desk.session() as session:
            task = session.execute(
                select(Task).where(col(Task.done_at).is_(None), col(Task.due_at) > FIXED_NOW)
            ).scalar_one()
        desk.engine.dispose()
        assert task.kind == "callback" and task.due_at == dt.datetime(
            2026, 12, 1, 10, tzinfo=DESK_TZ
        )


async def test_skip_and_snooze_and_the_summary(calls_book: Path) -> None:
    app = CSDeskApp(db=calls_book, agent="li", today=TODAY, lang="en")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        first = current(app)
        await pilot.press("s", "enter")
        await settle(pilot)
        assert "Write why" in str(app.screen.query_one("#panel-verdict", Static).render())
        await pilot.press(*"boss away", "enter")
        await settle(pilot)
        assert first not in listed(app)
        second = current(app)
        await pilot.press("z", *"+2h", "enter")
        await settle(pilot)
        assert second not in listed(app)
        desk = open_desk(calls_book, today=TODAY)
        with desk.session() as session:
            marks = session.execute(select(CallMark.kind, CallMark.reason)).all()
        desk.engine.dispose()
        assert sorted(marks) == [("skip", "boss away"), ("snooze", None)]
        await pilot.press("escape")
        await pilot.press("1", "enter")
        await settle(pilot)
        await pilot.press("ctrl+w")
        await settle(pilot)
        assert isinstance(app.screen, SummaryModal)
        body = str(app.screen.query_one("#summary-body", Static).render())
        assert "Calls made: 1" in body and "Reached: 1" in body
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CallsScreen)


async def test_escape_cancels_and_saves_nothing(calls_book: Path) -> None:
    app = CSDeskApp(db=calls_book, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("3", *"abc", "escape")
        await settle(pilot)
        assert not app.screen.query_one(CallPanel).is_open
        assert stored(calls_book) == []
        assert app.screen.query_one(CallRows).has_focus


async def test_a_supervisor_switches_agent_and_an_agent_cannot(calls_book: Path) -> None:
    app = CSDeskApp(db=calls_book, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert isinstance(app.screen, CallsScreen)
    app = CSDeskApp(db=calls_book, agent="lead", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert listed(app) == []
        rows = app.screen.query_one(CallRows)
        assert "按 Ctrl+O 查看某位客服的清单" in rows.render_line(0).text  # the way to one
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert isinstance(app.screen, AgentPickModal)
        await pilot.press("down", "enter")  # lead, li, xin, zhao by login: li
        await settle(pilot)
        assert isinstance(app.screen, CallsScreen)
        assert "中国银行" in listed(app)
        assert "李娜" in str(app.screen.query_one("#calls-status", Static).render())


async def test_help_lists_every_calls_key_in_both_languages(calls_book: Path) -> None:
    app = CSDeskApp(db=calls_book, agent="li", today=TODAY, lang="en")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpModal)
        text = str(app.screen.query_one("#help-body", Static).render())
        for words in (
            "reached",
            "no answer",
            "callback agreed",
            "skip (with a reason)",
            "snooze",
            "end session",
        ):
            assert words in text
        assert "Lists\n" in text and "  1 " in text and "8 / s" in text
        assert text.count("This screen") == 1, "the list's keys are under Lists, not a 2nd screen"


async def test_i_opens_the_intake_for_the_customer_on_the_line(calls_book: Path) -> None:
    from csdesk.screens.intake import IntakeScreen

    app = CSDeskApp(db=calls_book, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CallsScreen)
        row = screen.query_one(CallRows).current_row
        assert row is not None
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert isinstance(app.screen, IntakeScreen)
        assert app.screen.customer_id == row.customer_id


async def test_help_and_palette_on_calls_do_not_offer_digits_the_list_takes(
    calls_book: Path,
) -> None:
    """On the call list 4 logs a callback, so its help and palette offer F8 for Customers, not
    '4' (that still opens Customers from the other screens)."""
    from csdesk.screens.help import help_text
    from csdesk.screens.palette import DeskCommands

    app = CSDeskApp(db=calls_book, agent="li", today=TODAY, lang="en")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        lines = help_text(app.screen).plain.splitlines()
        assert any(line.split() == ["4", "callback", "agreed"] for line in lines), lines
        customers = next(line for line in lines if line.endswith("Customers"))
        assert customers.split() == ["F8", "Customers"], customers
        assert any(line.split() == ["F1", "/", "?", "/", "？", "help"] for line in lines)
        commands = DeskCommands(app.screen)
        labels = [text for text, _spec in commands._commands()]
        assert "Customers  (F8)" in labels and "callback agreed  (4)" in labels, labels
        await pilot.press("f8")
        await settle(pilot)
        lines = help_text(app.screen).plain.splitlines()
        customers = next(line for line in lines if line.endswith("Customers"))
        assert customers.split() == ["F8", "/", "4", "Customers"], customers
