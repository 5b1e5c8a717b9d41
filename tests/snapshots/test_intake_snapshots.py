"""Snapshots of the intake form (missing fields, warnings, advice) and the inquiry queue, in
Chinese and English, with CJK data and `[/]` in the customer's text. The desk's clock is
fixed so the 5-minute clocks read the same on every run.

Review the report (snapshot_report.html) before updating a baseline: `make snapshot-update`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot

from csdesk.app import CSDeskApp
from csdesk.desk.context import DESK_TZ, Desk
from csdesk.desk.customers import resolve_customer
from csdesk.desk.inquiries import create_inquiry
from tests.conftest import TODAY
from tests.ui.keys import palette, wait_for_workers

NOW = dt.datetime(2026, 11, 30, 10, 2, 30, tzinfo=DESK_TZ)
MESSAGE = "宁波到Lagoss 1x40HQ 家具 30吨 EXW 备注 [/] 结束 [urgent]"


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Desk, "now", lambda self: NOW)


async def _settle(pilot: Pilot[None]) -> None:
    for _ in range(4):
        await pilot.pause()
        await wait_for_workers(pilot)


async def _fill_intake(pilot: Pilot[None]) -> None:
    await _settle(pilot)
    await pilot.press("f6")
    await _settle(pilot)
    await pilot.press("ctrl+n")
    await _settle(pilot)
    await pilot.press("f3")
    await _settle(pilot)
    await pilot.press("宁", "波")
    await _settle(pilot)
    await pilot.press("enter")
    await _settle(pilot)
    await palette(pilot, "zhantie")  # 粘贴消息: the paste area
    pilot.app.post_message(events.Paste(MESSAGE))
    await _settle(pilot)
    pilot.app.screen.set_focus(None)  # no blinking cursor in the picture
    await _settle(pilot)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_intake_form(snap_compare, ui_db: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY, lang=lang)
    assert snap_compare(app, terminal_size=(120, 36), run_before=_fill_intake)


@pytest.fixture
def queue_db(ui_db: Path, desk: Desk) -> Path:
    with desk.session() as session:
        customer = resolve_customer(session, "宁波海天国际贸易有限公司").id or 0
        agent = desk.agent.id if desk.agent else None
        full = {"mode": "FCL", "pol": "宁波", "pod": "拉各斯", "commodity": "家具 [urgent]",
                "containers": [{"type": "40HQ", "qty": 2}], "weight_kg": 18000}  # fmt: skip
        for minutes, fields in ((-9, full), (-2, full), (-30, {"pol": "上海", "pod": "汉堡"})):
            create_inquiry(session, customer, agent, NOW + dt.timedelta(minutes=minutes), fields)
    return ui_db


async def _open_queue(pilot: Pilot[None]) -> None:
    await _settle(pilot)
    await pilot.press("f6")
    await _settle(pilot)


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_inquiry_queue(snap_compare, queue_db: Path, lang: str, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = CSDeskApp(db=queue_db, agent="li", today=TODAY, lang=lang)
    assert snap_compare(app, terminal_size=size, run_before=_open_queue)
