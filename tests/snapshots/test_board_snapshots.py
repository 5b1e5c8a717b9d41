"""Snapshots of the board and of a shipment's detail, in Chinese and English, with CJK data,
a held B/L and a customer name and note holding `[/]` and `[urgent]`.

Review the report (snapshot_report.html) before updating a baseline: `make snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from csdesk.app import CSDeskApp
from tests.conftest import TODAY
from tests.ui.board_fixtures import board_db
from tests.ui.keys import wait_for_workers

__all__ = ["board_db"]


async def _settle(pilot: Pilot[None]) -> None:
    for _ in range(4):
        await pilot.pause()
        await wait_for_workers(pilot)


async def _open_board(pilot: Pilot[None]) -> None:
    await _settle(pilot)
    await pilot.press("f7")
    await _settle(pilot)


async def _open_detail(pilot: Pilot[None]) -> None:
    await _open_board(pilot)
    await pilot.press("ctrl+f", *"EGLV", "enter")
    await _settle(pilot)
    await pilot.press("enter")
    await _settle(pilot)


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_board_screen(snap_compare, board_db: Path, lang: str, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = CSDeskApp(db=board_db, agent="lead", today=TODAY, lang=lang)
    assert snap_compare(app, terminal_size=size, run_before=_open_board)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_shipment_detail(snap_compare, board_db: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    app = CSDeskApp(db=board_db, agent="lead", today=TODAY, lang=lang)
    assert snap_compare(app, terminal_size=(120, 36), run_before=_open_detail)
