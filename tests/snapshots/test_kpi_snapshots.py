"""Snapshots of the KPI screen (tiles, charts, ranking) in Chinese and English, and of a tile's
drill-down with a customer named `宁波华光 [/] 进出口`.

Review the report (snapshot_report.html) before updating a baseline: `make snapshot-update`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.pilot import Pilot

from csdesk.app import CSDeskApp
from csdesk.desk.context import Desk
from csdesk.desk.kpi import set_fx_rate
from tests.conftest import TODAY
from tests.desk.kpi_fixtures import build_store
from tests.desk.shipment_fixtures import agent
from tests.ui.keys import wait_for_workers


@pytest.fixture
def kpi_db(db_path: Path, desk: Desk) -> Path:
    """The KPI store with November's euro rate too, so the revenue chart has its bar (the
    Pilot tests cover the month that names its missing rate)."""
    build_store(desk)
    with desk.session() as session:
        set_fx_rate(session, agent(desk, "lead"), dt.date(2026, 11, 1), "EUR", "7.8")
    return db_path


async def _settle(pilot: Pilot[None]) -> None:
    for _ in range(4):
        await pilot.pause()
        await wait_for_workers(pilot)


async def _open_kpis(pilot: Pilot[None]) -> None:
    await _settle(pilot)
    await pilot.press("f8")
    await _settle(pilot)
    await pilot.press("6")
    await _settle(pilot)


async def _open_drill(pilot: Pilot[None]) -> None:
    await _open_kpis(pilot)
    await pilot.press("enter")
    await _settle(pilot)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_kpi_screen(snap_compare, kpi_db: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    app = CSDeskApp(db=kpi_db, agent="lead", today=TODAY, lang=lang)
    assert snap_compare(app, terminal_size=(120, 36), run_before=_open_kpis)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_kpi_screen_at_80_columns(snap_compare, kpi_db: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Every tile whole (the service tile's six lines), chart titles uncut, the ranking without
    its TEU column rather than wrapped."""
    app = CSDeskApp(db=kpi_db, agent="lead", today=TODAY, lang=lang)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_open_kpis)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_kpi_agent_view(snap_compare, kpi_db: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    app = CSDeskApp(db=kpi_db, agent="li", today=TODAY, lang=lang)
    assert snap_compare(app, terminal_size=(120, 36), run_before=_open_kpis)


def test_kpi_drill_down(snap_compare, kpi_db: Path) -> None:  # type: ignore[no-untyped-def]
    app = CSDeskApp(db=kpi_db, agent="lead", today=TODAY, lang="zh")
    assert snap_compare(app, terminal_size=(120, 36), run_before=_open_drill)
