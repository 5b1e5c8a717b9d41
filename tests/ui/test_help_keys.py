"""Help shows every key of the footer, under the screen's own title and the right sections."""

from __future__ import annotations

from pathlib import Path

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
