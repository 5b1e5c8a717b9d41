"""Snapshots of the Accounts screen in Chinese and English, with CJK data, a customer name
holding `[/]` and `[bold]`, overdue money in two currencies and a held B/L.

Review the report (snapshot_report.html) before updating a baseline: `make snapshot-update`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.pilot import Pilot

from csdesk.app import CSDeskApp
from csdesk.desk.context import Desk
from csdesk.desk.money import hold_bl
from csdesk.desk.shipments import move_shipment
from tests.conftest import TODAY
from tests.desk.money_fixtures import NOW, customer, pay, sail
from tests.ui.keys import wait_for_workers


@pytest.fixture
def accounts_db(db_path: Path, desk: Desk) -> Path:
    mine = customer(desk, "备注 [/] [bold]x 宁波华光", owner="li")
    other = customer(desk, "深圳市华强进出口有限公司", owner="li")
    with desk.session() as session:
        sail(session, mine, "OLD1", [("O/F", 80000, "USD")], now=NOW - dt.timedelta(days=40))
        held = sail(session, mine, "NEW1", [("THC", 50000, "CNY")], number="MSCU1234566")
        move_shipment(session, held.id or 0, "bl_issued", now=NOW)
        hold_bl(session, held.id or 0, "逾期40天 [urgent]", today=TODAY, actor=None, now=NOW)
        sail(session, other, "SZX1", [("O/F", 30000, "USD")], number="TEMU6138040")
    pay(desk, mine, 20000, "USD", "F-2026-001")
    return db_path


async def _open_accounts(pilot: Pilot[None]) -> None:
    for _ in range(4):
        await pilot.pause()
        await wait_for_workers(pilot)
    await pilot.press("f8", "5")
    for _ in range(4):
        await pilot.pause()
        await wait_for_workers(pilot)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_accounts_screen(snap_compare, accounts_db: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    app = CSDeskApp(db=accounts_db, agent="li", today=TODAY, lang=lang)
    assert snap_compare(app, terminal_size=(120, 36), run_before=_open_accounts)
