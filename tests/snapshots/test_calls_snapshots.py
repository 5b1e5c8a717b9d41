"""Snapshots of the Calls screen and its customer card, zh and en, with CJK data and a `[/]` note.

Review the report (snapshot_report.html) before updating a baseline: `make snapshot-update`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from csdesk.app import CSDeskApp
from csdesk.desk.context import Desk
from tests.conftest import TODAY
from tests.ui.calls_data import FIXED_NOW, calls_book
from tests.ui.keys import wait_for_workers

__all__ = ["calls_book"]


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(Desk, "now", lambda self: FIXED_NOW)
    yield


async def _settle(pilot: Pilot[None]) -> None:
    for _ in range(3):
        await pilot.pause()
        await wait_for_workers(pilot)
    await pilot.pause()


async def _open_card_with_callback(pilot: Pilot[None]) -> None:
    await _settle(pilot)
    await pilot.press("down")
    await _settle(pilot)
    await pilot.press("4", "enter", "明", "天", "上", "午")
    await _settle(pilot)


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_calls_screen(snap_compare, calls_book: Path, lang: str, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = CSDeskApp(db=calls_book, agent="li", today=TODAY, lang=lang)
    assert snap_compare(app, terminal_size=size, run_before=_settle)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_calls_card_while_logging_a_callback(snap_compare, calls_book: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    app = CSDeskApp(db=calls_book, agent="li", today=TODAY, lang=lang)
    assert snap_compare(app, terminal_size=(120, 36), run_before=_open_card_with_callback)
