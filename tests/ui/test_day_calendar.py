"""A desk left open over days reads the working calendar again when the day changes: next
year's holiday table, imported while it was open, counts from the first day of that year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from csdesk.app import CSDeskApp
from csdesk.desk.context import DESK_TZ, Desk, open_desk
from csdesk.desk.customers import create_customer
from csdesk.desk.reference import import_calendar
from tests.ui.keys import settle
from tests.ui.test_day_change import header

NEW_YEAR = dt.date(2027, 1, 1)  # a Friday; chinesecalendar 1.11 has no table for 2027


async def test_a_holiday_table_imported_while_open_counts_from_the_next_day(
    db_path: Path, desk: Desk, tmp_path: Path, desk_clock: Callable[[dt.datetime], None]
) -> None:
    with desk.session() as session:
        create_customer(session, {"name": "中国银行 [/]", "tier": "A"})
    desk_clock(dt.datetime(2026, 12, 31, 23, 50, tzinfo=DESK_TZ))
    app = CSDeskApp(db=db_path, agent="li")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert "2026-12-31 周四 工作日" in header(app)
        table = tmp_path / "2027.csv"
        table.write_text(
            "date,workday,name\n2027-01-01,0,New Year's Day\n2027-01-02,0,New Year's Day\n",
            encoding="utf-8",
        )
        supervisor = open_desk(db_path, agent_login="lead")
        with supervisor.session() as session:
            import_calendar(session, table)
        supervisor.engine.dispose()

        desk_clock(dt.datetime.combine(NEW_YEAR, dt.time(0, 0, 30), tzinfo=DESK_TZ))
        app.check_day()
        await settle(pilot)
        assert "2027-01-01 周五 休息日" in header(app)
        assert "没有节假日表" not in header(app)
        assert app.desk is not None and not app.desk.calendar.is_workday(NEW_YEAR)
