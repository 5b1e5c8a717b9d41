"""Snapshots of the Customers screen in Chinese and English, with CJK data and a `[/]` note.

Review the report (snapshot_report.html) before updating a baseline: `make snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from csdesk.app import CSDeskApp
from tests.conftest import TODAY
from tests.ui.keys import wait_for_workers


async def _open_customers(pilot: Pilot[None]) -> None:
    for _ in range(3):
        await pilot.pause()
        await wait_for_workers(pilot)
    await pilot.press("f8")
    for _ in range(3):
        await pilot.pause()
        await wait_for_workers(pilot)
    await pilot.press("end")
    for _ in range(3):
        await pilot.pause()
        await wait_for_workers(pilot)


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_customers_screen(snap_compare, ui_db: Path, lang: str, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = CSDeskApp(db=ui_db, agent="lead", today=TODAY, lang=lang)
    assert snap_compare(app, terminal_size=size, run_before=_open_customers)
