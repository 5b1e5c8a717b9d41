"""Snapshots of the quote screen (rates best first, the minimum marked phone only, the saved
text) in Chinese and English, with `[/]` in the customer's name; the desk's clock is fixed.

Review the report (snapshot_report.html) before updating a baseline: `make snapshot-update`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.pilot import Pilot

from csdesk.app import CSDeskApp
from csdesk.desk.context import DESK_TZ, Desk
from tests.conftest import TODAY
from tests.desk.quote_fixtures import add_customer, import_sheet, inquiry_for
from tests.ui.keys import wait_for_workers

NOW = dt.datetime(2026, 11, 30, 10, 20, tzinfo=DESK_TZ)


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Desk, "now", lambda self: NOW)


@pytest.fixture
def quote_db(desk: Desk, db_path: Path, tmp_path: Path) -> Path:
    import_sheet(desk, tmp_path / "rates.csv")
    peer = add_customer(desk, "Lagos Freight [/] Ltd", kind="peer", owner="zhao")
    inquiry_for(desk, peer, "zhao", received_at=NOW - dt.timedelta(minutes=2))
    return db_path


async def _settle(pilot: Pilot[None]) -> None:
    for _ in range(4):
        await pilot.pause()
        await wait_for_workers(pilot)


async def _quote(pilot: Pilot[None]) -> None:
    await _settle(pilot)
    await pilot.press("f6")
    await _settle(pilot)
    await pilot.press("f11")
    await _settle(pilot)
    await pilot.press("f2")
    await _settle(pilot)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_quote_screen(snap_compare, quote_db: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    app = CSDeskApp(db=quote_db, agent="zhao", today=TODAY, lang=lang)
    assert snap_compare(app, terminal_size=(120, 36), run_before=_quote)
