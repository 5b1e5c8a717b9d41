"""The desk's day follows its clock: a desk left open past midnight is on the new day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from csdesk.desk import calls, calls_sqlite
from csdesk.desk.context import DESK_TZ, Desk, open_desk
from csdesk.models import Task
from tests.conftest import ON_PG, TODAY
from tests.desk.test_calls import agent, at, customer

EVE = dt.date(2026, 9, 30)  # a Wednesday, the working day before National Day
HOLIDAY = dt.date(2026, 10, 1)


def _sqlite_desk(url: str) -> Desk:
    opened = calls_sqlite.open_sqlite_desk(url, "li")
    assert opened is not None
    return opened


OPENERS: dict[str, Callable[[str], Desk]] = {
    "orm": lambda url: open_desk(url, agent_login="li"),
    "sqlite3": _sqlite_desk,  # how the terminal desk opens a current SQLite store
}


@pytest.mark.parametrize("opener", [n for n in OPENERS if not (ON_PG and n == "sqlite3")])
def test_an_open_desk_moves_to_the_next_day_and_its_list_at_midnight(
    desk: Desk, desk_clock: Callable[[dt.datetime], None], opener: str
) -> None:
    every_day = customer(desk, "宁波海天贸易", "A")
    called_back = customer(desk, "上海远航", "D")
    with desk.session() as session:
        session.add(
            Task(
                customer_id=called_back,
                agent_id=agent(desk, "li").id,
                kind="callback",
                due_at=at(HOLIDAY, "09:00"),
                created_at=at(EVE, "10:00"),
            )
        )
    desk_clock(at(EVE, "23:59"))
    evening = OPENERS[opener](desk.url)
    try:
        agent_id = agent(desk, "li").id
        assert evening.today == EVE
        before = calls_sqlite.read_call_list(evening, agent_id)
        assert before.day == EVE and before.working_day
        sections = {row.customer_id: row.section for row in before.rows}
        assert sections[every_day] == "due" and sections.get(called_back) != "callback"

        desk_clock(at(HOLIDAY, "00:00") + dt.timedelta(seconds=30))
        assert evening.today == HOLIDAY
        assert evening.now().date() == HOLIDAY
        assert evening.calendar.holiday_name(evening.today)
        for read in (calls_sqlite.read_call_list, calls.read_call_list):
            after = read(evening, agent_id)
            assert after.day == HOLIDAY and not after.working_day
            assert [(row.customer_id, row.section) for row in after.rows] == [
                (called_back, "callback")
            ]
    finally:
        evening.close()


def test_a_day_given_with_today_stays_past_midnight(
    db_path: Path, desk_clock: Callable[[dt.datetime], None]
) -> None:
    desk_clock(dt.datetime.combine(TODAY, dt.time(23, 59), tzinfo=DESK_TZ))
    fixed = open_desk(db_path, today=EVE)
    try:
        desk_clock(dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(0, 1), tzinfo=DESK_TZ))
        assert fixed.today == EVE
        now = fixed.now()
        assert now.date() == EVE and now - at(EVE, "00:01") < dt.timedelta(minutes=1)
    finally:
        fixed.close()
