"""The KPI screen: F10 opens it, tiles show the month, period keys, scope, drill-down, range."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from csdesk import keymap
from csdesk.app import CSDeskApp
from csdesk.desk.context import Desk
from csdesk.screens.kpi_modals import KpiDrillModal, KpiRangeModal
from csdesk.screens.kpis import KpiScreen
from csdesk.widgets.kpi_tile import KpiTile
from tests.conftest import TODAY
from tests.desk.kpi_fixtures import build_store
from tests.ui.keys import wait_for_workers


@pytest.fixture
def kpi_db(db_path: Path, desk: Desk) -> Path:
    build_store(desk)
    return db_path


async def settle(pilot: Pilot[None]) -> None:
    for _ in range(3):
        await pilot.pause()
        await wait_for_workers(pilot)
    await pilot.pause()


def tile(app: CSDeskApp, measure: str) -> str:
    return str(app.screen.query_one(f"#tile-{measure}", KpiTile).render())


def bar(app: CSDeskApp) -> str:
    return str(app.screen.query_one("#kpi-bar", Static).render())


async def open_kpis(pilot: Pilot[None]) -> KpiScreen:
    """Through the Customers screen and the digit alias 6: on main today every screen still binds
    F10 for itself (keys-layout frees it for this screen)."""
    await settle(pilot)
    await pilot.press("f8")
    await settle(pilot)
    await pilot.press("6")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, KpiScreen)
    return screen


def test_f10_and_6_are_the_kpi_screens_global_keys() -> None:
    spec = keymap.spec("app.screen.kpi")
    assert spec is not None and spec.key_list == ["f10", "6"]
    assert spec.meaning == "goto.kpi" and keymap.MEANINGS["goto.kpi"].keys == "f10,6"
    assert spec.action == "goto('kpi')"


async def test_the_month_for_a_supervisor(kpi_db: Path) -> None:
    app = CSDeskApp(db=kpi_db, agent="lead", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_kpis(pilot)
        assert "全部门" in bar(app) and "2026-11-01 ~ 2026-11-30" in bar(app)
        assert "缺少汇率: 2026-11 EUR" in bar(app)
        assert "10 TEU" in tile(app, "teu")
        assert "40HQx3" in tile(app, "teu") and "45HQx1" in tile(app, "teu")
        ranking = str(app.screen.query_one("#kpi-ranking", Static).render())
        assert "李娜" in ranking and "赵强" in ranking


async def test_an_agent_sees_own_tiles_progress_and_no_ranking(kpi_db: Path) -> None:
    app = CSDeskApp(db=kpi_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_kpis(pilot)
        assert "李娜 (li)" in bar(app)
        assert "6 TEU" in tile(app, "teu") and "| 60%\n目标 10 TEU" in tile(app, "teu")
        assert "进度落后" in tile(app, "teu")  # the whole month is gone and 6 of 10 is short
        side = str(app.screen.query_one("#kpi-ranking", Static).render())
        assert "全部门" in side and "箱量 10 TEU" in side and "赵强" not in side
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert "全部门" in bar(app) and "10 TEU" in tile(app, "teu")


async def pick_period(pilot, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+F (the table's filter key) opens the period list; Enter takes the highlighted one."""
    from csdesk.screens.kpis import PERIOD_CHOICES

    await pilot.press("ctrl+f")
    await settle(pilot)
    await pilot.press("home", *["down"] * PERIOD_CHOICES.index(kind), "enter")
    await settle(pilot)


async def test_period_keys_change_the_period(kpi_db: Path) -> None:
    app = CSDeskApp(db=kpi_db, agent="lead", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_kpis(pilot)
        await pick_period(pilot, "last_month")
        assert "上月" in bar(app) and "2026-10-01 ~ 2026-10-31" in bar(app)
        assert "0 TEU" in tile(app, "teu")
        await pick_period(pilot, "week")
        assert "本周" in bar(app) and "2026-11-30 ~ 2026-12-06" in bar(app)
        assert "7 TEU" in tile(app, "teu")  # sailed 30 Nov and 1 Dec
        assert "2026-12 USD" in bar(app)  # December has no rate yet: said, not guessed
        await pick_period(pilot, "quarter")
        assert "2026-10-01 ~ 2026-12-31" in bar(app) and "11 TEU" in tile(app, "teu")


async def test_custom_range_and_a_bad_date(kpi_db: Path) -> None:
    app = CSDeskApp(db=kpi_db, agent="lead", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_kpis(pilot)
        await pick_period(pilot, "custom")
        assert isinstance(app.screen, KpiRangeModal)
        field = app.screen.query_one("#range-from", Input)
        field.value = ""
        await pilot.press(*"2026-11-20", "enter")
        await pilot.press(*"x", "enter")
        await settle(pilot)
        assert "YYYY-MM-DD" in str(app.screen.query_one("#range-error", Static).render())
        app.screen.query_one("#range-to", Input).value = "2026-11-01"
        await pilot.press("enter")
        await settle(pilot)
        said = str(app.screen.query_one("#range-error", Static).render())
        assert "2026-11-20" in said and "晚于" in said and "--" not in said  # not the CLI's words
        app.screen.query_one("#range-to", Input).value = "2026-11-30"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, KpiScreen)
        assert "自定义" in bar(app) and "2026-11-20 ~ 2026-11-30" in bar(app)
        assert "8 TEU" in tile(app, "teu")


async def test_enter_on_a_tile_lists_the_shipments_behind_it(kpi_db: Path) -> None:
    app = CSDeskApp(db=kpi_db, agent="lead", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_kpis(pilot)
        await pilot.press("tab")  # revenue -> volume
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, KpiDrillModal)
        options = app.screen.query_one(OptionList)
        lines = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert [line.split()[0] for line in lines] == ["KPI-PEER", "KPI-DIRECT", "KPI-LAST"]
        assert any("宁波华光 [/] 进出口" in line for line in lines)  # shown as typed
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, KpiScreen)


async def test_a_digit_typed_in_the_range_is_a_digit(kpi_db: Path) -> None:
    app = CSDeskApp(db=kpi_db, agent="lead", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_kpis(pilot)
        await pick_period(pilot, "custom")
        await pilot.press("end", "6", "w", "p")
        assert isinstance(app.screen, KpiRangeModal)
        assert app.screen.query_one("#range-from", Input).value == "2026-11-016wp"


@pytest.mark.parametrize(
    ("measure", "first_cell"),
    [("revenue", "KPI-PEER"), ("profit", "KPI-PEER"), ("service", None)],
)
async def test_every_tile_drills_down(kpi_db: Path, measure: str, first_cell: str | None) -> None:
    """Revenue and profit list the shipments behind them; service lists the month's inquiries
    (none in this store: the modal says so rather than staying shut)."""
    app = CSDeskApp(db=kpi_db, agent="lead", today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_kpis(pilot)
        app.screen.query_one(f"#tile-{measure}", KpiTile).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, KpiDrillModal)
        options = app.screen.query_one(OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        if first_cell is None:
            assert prompts == [] and "这一项后面没有记录" in _modal_text(app)
        else:
            assert prompts and prompts[0].split()[0] == first_cell
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, KpiScreen)


def _modal_text(app: CSDeskApp) -> str:
    return " ".join(str(widget.render()) for widget in app.screen.query(Static))


async def test_the_service_tile_is_whole_at_80_columns(kpi_db: Path) -> None:
    app = CSDeskApp(db=kpi_db, agent="lead", today=TODAY, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_kpis(pilot)
        service = app.screen.query_one("#tile-service", KpiTile)
        lines = str(service.render()).splitlines()
        assert len(lines) <= service.content_size.height
        assert all(len(line) <= service.content_size.width for line in lines)
        assert lines[-1].startswith("Complaints")
        revenue = str(tile(app, "revenue"))
        assert "At period rates" in revenue and "CNY 36,644" not in revenue
        assert "no rate for 2026-11 EUR" in revenue
