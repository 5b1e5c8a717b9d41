"""A field's hint is read whole: at 80 columns the cargo-ready hint read "2026-12-10 / 12月10号 /",
the English customer filter "Filter: name / pinyin / initials / phone /" and the board's filter
"筛选: 客户 / 拼音首字母 / 船公司 / 船名 / 订" (in English it was cut at 120 columns too)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.pilot import Pilot
from textual.widgets import Input

from csdesk.app import CSDeskApp
from tests.conftest import TODAY
from tests.ui.test_intake import open_intake, settle
from tests.ui.test_quote_screen import _fixed_clock, quote_db  # noqa: F401


def clipped_hints(pilot: Pilot[None]) -> list[str]:
    return [
        f"{field.id}: {field.placeholder}"
        for field in pilot.app.screen.query(Input)
        if cell_len(str(field.placeholder)) > field.content_size.width
    ]


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_hints_fit_their_fields(ui_db: Path, lang: str, size: tuple[int, int]) -> None:
    """The main screens' filters, the intake form, search and the command palette."""
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY, lang=lang)
    async with app.run_test(size=size) as pilot:
        await open_intake(pilot)
        clipped = clipped_hints(pilot)
        await pilot.press("escape")
        for key in ("f5", "f7", "f8", "f9", "f10"):
            await pilot.press(key)
            await settle(pilot)
            clipped += clipped_hints(pilot)
        await pilot.press("f5", "4")  # a callback: the panel asks when
        await settle(pilot)
        assert app.screen.query_one("#panel-when", Input)
        clipped += clipped_hints(pilot)
        await pilot.press("escape")
        await pilot.press("f3")
        await settle(pilot)
        assert app.screen.query_one("#search-input", Input)
        clipped += clipped_hints(pilot)
        await pilot.press("escape", "ctrl+p")
        await settle(pilot)
        clipped += clipped_hints(pilot)
        assert clipped == []


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_price_and_its_title_fit_the_quote_screen(
    quote_db: Path,  # noqa: F811
    lang: str,
    size: tuple[int, int],
) -> None:
    """At 80 columns the English price hint read "Price (per container /" and its title took
    two lines."""
    app = CSDeskApp(db=quote_db, agent="zhao", today=TODAY, lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        await pilot.press("f11")
        await settle(pilot)
        assert clipped_hints(pilot) == []
        price = app.screen.query_one("#quote-price", Input)
        assert price.parent is not None
        siblings = list(price.parent.children)
        title = siblings[siblings.index(price) - 1]  # the pane title above the price
        assert title.has_class("pane-title") and title.size.height == 1
