"""A key typed into a form is text: digits and letters never fire a screen or global key.

Typing `1` in the intake form used to jump to Calls. Each screen's inputs are walked: every one
is focused and typed into, and the screen in view, the open modal and the text must stay.
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, Select, TextArea

from csdesk.app import CSDeskApp
from csdesk.screens.intake import IntakeScreen
from tests.conftest import TODAY
from tests.ui.board_fixtures import board_db
from tests.ui.keys import settle
from tests.ui.test_quote_screen import quote_db

__all__ = ["board_db", "quote_db"]

# Screen digits, help (?), search (/), and letters that are list keys somewhere (a, z, n, x, e).
TYPED = "1a2?5z8/nxe3"


async def type_into_every_field(pilot: Pilot[None], where: str) -> int:
    screen: Screen[object] = pilot.app.screen
    fields = [w for w in screen.query("Input, TextArea") if w.focusable and w.display]
    for field in fields:
        field.focus()
        if isinstance(field, Input):
            field.value = ""
        elif isinstance(field, TextArea):
            field.text = ""
        await pilot.pause()
        await pilot.press(*TYPED)
        await settle(pilot)
        assert pilot.app.screen is screen, f"{where}: typing into #{field.id} left the screen"
        if isinstance(field, TextArea):
            assert field.text == TYPED, f"{where} #{field.id}"
        elif field.type == "text" and field.restrict is None and field.max_length in (0, None):
            assert field.value == TYPED, f"{where} #{field.id}"
    return len(fields)


async def test_typing_in_every_input_of_every_screen_stays_text(board_db: Path) -> None:
    app = CSDeskApp(db=board_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("1")  # the calls list: an outcome strip opens for the first customer
        await settle(pilot)
        walked = await type_into_every_field(pilot, "calls strip")
        await pilot.press("escape", "f6", "ctrl+n")  # the intake form
        await settle(pilot)
        walked += await type_into_every_field(pilot, "intake")
        await pilot.press("escape", "f7", "ctrl+f")  # the board's filter
        await settle(pilot)
        walked += await type_into_every_field(pilot, "board")
        await pilot.press("escape", "down", "x")  # record trouble on a card
        await settle(pilot)
        walked += await type_into_every_field(pilot, "trouble form")
        await pilot.press("escape", "f8")  # customers: the filter, then the new-customer form
        await settle(pilot)
        walked += await type_into_every_field(pilot, "customers")
        await pilot.press("escape", "ctrl+n")
        await settle(pilot)
        walked += await type_into_every_field(pilot, "customer form")
        await pilot.press("escape", "f3")
        await settle(pilot)
        walked += await type_into_every_field(pilot, "search")
        assert walked >= 20


async def test_a_form_with_nothing_focused_or_a_list_field_focused_keeps_digits(
    board_db: Path,
) -> None:
    app = CSDeskApp(db=board_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f6", "ctrl+n")
        await settle(pilot)
        intake = app.screen
        assert isinstance(intake, IntakeScreen)
        intake.set_focus(None)
        await pilot.press("1", "3", "?", "/")
        await settle(pilot)
        assert app.screen is intake
        intake.query_one(Select).focus()
        await pilot.press("4", "a")
        await settle(pilot)
        assert app.screen is intake
        await pilot.press("f5")  # F-keys still switch screens from a form
        await settle(pilot)
        assert app.current_mode == "calls"


async def test_enter_confirms_the_move_back_reason(board_db: Path) -> None:
    from csdesk.screens.board_forms import MoveBackModal

    app = CSDeskApp(db=board_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f7")
        await settle(pilot)
        await pilot.press("]")  # one stage along, then back: the reason dialog
        await settle(pilot)
        await pilot.press("[")
        await settle(pilot)
        assert isinstance(app.screen, MoveBackModal)
        await pilot.press(*"客户改船期", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, MoveBackModal), "Enter saves a one-line dialog"
        assert app.screen.current_card().stage == "booked"  # type: ignore[attr-defined]


async def test_typing_into_the_quote_screen_stays_text(quote_db: Path) -> None:
    app = CSDeskApp(db=quote_db, agent="zhao", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f6", "f11")
        await settle(pilot)
        assert await type_into_every_field(pilot, "quote") >= 1
        await pilot.press("ctrl+t")  # the status picker is a modal: letters pick nothing there
        await settle(pilot)
        picker = app.screen
        await pilot.press(*"1a5?")
        await settle(pilot)
        assert app.screen is picker


async def test_move_back_at_the_first_stage_asks_no_reason_on_either_screen(
    board_db: Path,
) -> None:
    """The board refused '[' on a booking at its first stage; the shipment screen asked for a
    reason first and then said it was already the first stage."""
    from csdesk.screens.board_forms import MoveBackModal
    from csdesk.screens.shipment import ShipmentScreen

    app = CSDeskApp(db=board_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f7")
        await settle(pilot)
        assert app.screen.current_card().stage == "booked"  # type: ignore[attr-defined]
        for screen_kind in ("board", "shipment"):
            if screen_kind == "shipment":
                await pilot.press("enter")
                await settle(pilot)
                assert isinstance(app.screen, ShipmentScreen)
            app.clear_notifications()
            await pilot.press("[")
            await settle(pilot)
            assert not isinstance(app.screen, MoveBackModal), screen_kind
            told = [str(n.message) for n in app._notifications]
            assert "已经是第一个环节了" in told, (screen_kind, told)
