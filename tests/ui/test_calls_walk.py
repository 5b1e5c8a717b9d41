"""What a newcomer's walk through the Calls screen found: 6 takes the inquiry it logs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from textual.screen import Screen

from csdesk.app import CSDeskApp
from csdesk.desk.context import Desk
from csdesk.screens.intake import IntakeScreen
from tests.conftest import TODAY
from tests.ui.calls_data import FIXED_NOW, calls_book
from tests.ui.test_calls_screen import current, settle, stored

__all__ = ["calls_book"]


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(Desk, "now", lambda self: FIXED_NOW)
    yield


async def test_outcome_6_logs_the_call_and_opens_the_intake_for_that_customer(
    calls_book: Path,
) -> None:
    app = CSDeskApp(db=calls_book, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("down")
        await settle(pilot)
        name = current(app)
        await pilot.press("6", "enter")
        await settle(pilot)
        assert stored(calls_book)[-1] == (name, "inquiry", None)
        assert isinstance(app.screen, IntakeScreen)
        assert app.screen.customer_name == name


async def test_the_palette_finds_another_screens_command_and_goes_there(
    calls_book: Path,
) -> None:
    from csdesk.screens.customer_form import CustomerFormModal
    from csdesk.screens.customers import CustomersScreen
    from tests.ui.keys import palette

    app = CSDeskApp(db=calls_book, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        offered = await palette(pilot, "xinjiankehu")  # 新建客户, a Customers command
        assert offered and offered[0].startswith("客户: 新建客户"), offered
        assert isinstance(app.screen, CustomerFormModal)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CustomersScreen)


async def test_palette_only_commands_show_no_key(calls_book: Path) -> None:
    from csdesk.screens.help import HelpModal, help_text
    from csdesk.screens.inquiries import InquiriesScreen
    from tests.ui.keys import palette

    app = CSDeskApp(db=calls_book, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        assert isinstance(app.screen, InquiriesScreen)
        shown = cast("Screen[object]", app.screen)
        review = next(line for line in help_text(shown).plain.splitlines() if "报价审核" in line)
        assert "Ctrl+P" not in review and "命令面板" in review, review
        offered = await palette(pilot, "baojiashenhe")  # 报价审核: no key of its own
        assert "报价审核" in offered[0] and "Ctrl+P" not in offered[0], offered
        assert not isinstance(app.screen, HelpModal)


def cells_of(text: str, begin: int, end: int) -> str:
    """The characters of `text` from terminal cell `begin` to `end` (CJK counts double)."""
    from rich.cells import cell_len

    out, at = "", 0
    for char in text:
        if begin <= at < end:
            out += char
        at += cell_len(char)
    return out


async def test_at_80x24_a_reason_is_cut_between_words(calls_book: Path) -> None:
    from csdesk.desk.words import say_all
    from csdesk.widgets.calls_list import CallRows, columns_at, give_way, render_entry
    from csdesk.widgets.columns import widths

    app = CSDeskApp(db=calls_book, agent="li", today=TODAY, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        rows = app.screen.query_one(CallRows)
        width = rows.size.width
        columns = columns_at(width)  # the narrow set at 80x24: the reason gets the room
        lead = sum(widths(columns, width)[:2])
        name_cells, reason_cells = widths(columns, width)[2:4]
        checked = 0
        for row in rows.call_rows:
            full = say_all(row.reasons)
            # A long reason takes the room it needs from its row's name (give_way).
            name, cells = give_way(name_cells, reason_cells, full)
            start = lead + name
            shown = cells_of(render_entry(row, width).plain, start, start + cells).strip()
            assert full.startswith(shown), (full, shown)
            if shown != full:
                checked += 1
                assert full[len(shown)] in " ,;:", (full, shown)  # ends where a word ends
        assert checked, "no reason was long enough to be cut at 80x24"
