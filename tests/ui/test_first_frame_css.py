"""The Calls screen's CSS is in the stylesheet before its first parse (CSDeskApp seeds it from
CallsScreen.STYLED_WIDGETS), and the stylesheet it ends with is the one Textual builds alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.css.types import CSSLocation

from csdesk import app as app_module
from csdesk.app import CSDeskApp
from csdesk.screens.calls import CallsScreen
from tests.conftest import TODAY
from tests.ui.calls_data import calls_book
from tests.ui.test_calls_screen import settle

__all__ = ["calls_book"]
# Textual's own widgets on every app's screen, added (and parsed) in a minimal app too.
TEXTUAL_SYSTEM = {"ToastRack.DEFAULT_CSS", "Tooltip.DEFAULT_CSS"}


async def _sources(app: CSDeskApp) -> dict[CSSLocation, Any]:
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("1")  # the panel, and its inputs, open
        await settle(pilot)
        assert isinstance(app.screen, CallsScreen) and app.screen.card is not None
        return dict(app.stylesheet.source)


async def test_no_class_of_the_calls_screen_adds_css_after_the_first_parse(
    calls_book: Path,
) -> None:
    app = CSDeskApp(db=calls_book, agent="li", today=TODAY)
    seeded = {location for location, *_ in app._get_default_css()}
    seeded |= {(str(path), "") for path in app.css_path}
    added = {name for _file, name in set(await _sources(app)) - seeded}
    assert added <= TEXTUAL_SYSTEM


async def test_the_stylesheet_is_the_one_textual_builds(
    calls_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeded = await _sources(CSDeskApp(db=calls_book, agent="li", today=TODAY))
    # The desk as Textual alone loads its CSS: the app's file, then each class as it mounts.
    monkeypatch.setattr(CSDeskApp, "CSS_PATH", str(Path(app_module.__file__).parent / "app.tcss"))
    monkeypatch.setattr(CSDeskApp, "_get_default_css", App._get_default_css)
    plain = await _sources(CSDeskApp(db=calls_book, agent="li", today=TODAY))
    assert seeded == plain
