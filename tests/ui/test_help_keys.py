"""Help shows every key of the footer, under the screen's own title and the right sections."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Static

from csdesk import keymap
from csdesk.app import CSDeskApp
from csdesk.i18n import t
from csdesk.screens.help import HelpModal
from tests.conftest import TODAY
from tests.ui.board_fixtures import board_db
from tests.ui.keys import settle

__all__ = ["board_db"]


async def test_help_has_every_footer_key_and_the_screen_title(board_db: Path) -> None:
    app = CSDeskApp(db=board_db, agent="li", today=TODAY, lang="en")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        for keys, title_key in (
            (["f5"], "screen.calls"),
            (["f6"], "screen.inquiries"),
            (["f7"], "screen.board"),
            (["f8"], "screen.customers"),
            (["f6", "ctrl+n"], "screen.intake"),
        ):
            await pilot.press(*keys)
            await settle(pilot)
            footer = [
                active.binding
                for active in app.screen.active_bindings.values()
                if active.binding.show and active.binding.id
            ]
            assert footer, title_key
            await pilot.press("f1")
            await settle(pilot)
            help_modal = app.screen
            assert isinstance(help_modal, HelpModal)
            body = str(help_modal.query_one("#help-body", Static).render())
            title = str(help_modal.query_one(VerticalScroll).border_title)
            assert t(title_key) in title, title
            for binding in footer:
                spec = keymap.spec(binding.id or "")
                assert spec is not None and f"{spec.display_keys}" in body, (title_key, spec)
                assert spec.description() in body
            sections = [line for line in body.splitlines() if line and not line.startswith(" ")]
            assert len(sections) == len(set(sections)), sections
            await pilot.press("escape")
            await settle(pilot)
            if title_key == "screen.intake":
                await pilot.press("escape")


async def test_the_palette_speaks_chinese_and_finds_full_pinyin(board_db: Path) -> None:
    from textual.command import CommandInput

    from tests.ui.keys import palette

    app = CSDeskApp(db=board_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        placeholder = str(app.screen.query_one(CommandInput).placeholder)
        assert "拼音" in placeholder and "Search for commands" not in placeholder
        await pilot.press("escape")
        await settle(pilot)
        offered = await palette(pilot, "kehu")  # 客户, in full pinyin
        assert offered and offered[0].startswith("客户")
        assert app.current_mode == "customers"


@pytest.mark.parametrize("size", [(120, 36), (80, 24)])
async def test_search_says_nothing_found_only_after_a_search(
    board_db: Path, size: tuple[int, int]
) -> None:
    """And then what to try instead, whole at 80 columns."""
    from csdesk.screens.search import SearchModal
    from csdesk.widgets.row_list import RowList

    app = CSDeskApp(db=board_db, agent="li", today=TODAY)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)
        assert isinstance(app.screen, SearchModal)
        results = app.screen.query_one(RowList)
        assert t("search.none") not in results.render_line(0).text
        await pilot.press(*"qqqqzz")
        await settle(pilot)
        assert t("search.none") in results.render_line(0).text
        assert "拼音" in t("search.none")
