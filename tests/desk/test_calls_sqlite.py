"""The terminal desk's sqlite3 start (desk.calls_sqlite, desk.call_card_sqlite) opens the same
desk, reads the same call list and the same cards as the SQLAlchemy Core path, row for row."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert

from csdesk.desk import call_card, call_card_sqlite, calls, calls_sqlite, claims, opening
from csdesk.desk.call_plan import CallList, plan_call_list
from csdesk.desk.context import Desk, open_desk
from csdesk.desk.demo import build_demo
from csdesk.desk.money import due
from csdesk.store.core_tables import call_claim
from csdesk.store.sqlite_plain import connect
from tests.conftest import TODAY, sqlite_only
from tests.desk.test_call_card import _customers
from tests.desk.test_calls import NOON, at, log
from tests.desk.test_calls import customer as add_customer

pytestmark = sqlite_only

DAYS = [TODAY + dt.timedelta(days=step) for step in (0, 1, 4, 5, 6, 12, 33)]


@pytest.fixture
def demo(db_path: Path) -> Iterator[Desk]:
    desk = open_desk(db_path, today=TODAY)
    with desk.session() as session:
        build_demo(session, 600, 7, today=TODAY)
    yield desk
    desk.engine.dispose()


def _plain(rows: Any) -> list[tuple[tuple[str, ...], tuple[Any, ...]]]:
    """Rows as (column names, values): Core rows and sqlite3 rows compare alike."""
    return [(tuple(row._fields), tuple(row)) for row in rows]


def _both_lists(desk: Desk, path: Path, agent_id: int, day: dt.date, now: dt.datetime) -> CallList:
    with desk.engine.connect() as core:
        expected = calls.call_list(core, desk.calendar, agent_id, day, now)
    with closing(connect(path)) as plain:
        quick = plan_call_list(calls_sqlite.SQLITE_READS, plain, desk.calendar, agent_id, day, now)
    assert quick == expected
    return expected


def _agents(desk: Desk) -> list[int]:
    with desk.engine.connect() as connection:
        return [row[0] for row in connection.exec_driver_sql("SELECT id FROM agent ORDER BY id")]


def test_demo_call_lists_are_equal_for_every_agent_and_day(demo: Desk, db_path: Path) -> None:
    sizes = []
    for agent_id in _agents(demo):
        for day in DAYS:
            now = dt.datetime.combine(day, dt.time(10, 30), tzinfo=demo.tz)
            sizes.append(len(_both_lists(demo, db_path, agent_id, day, now).rows))
    assert max(sizes) > 50 and 0 in sizes  # full lists, and empty ones (weekends, no book)


def test_each_read_returns_the_same_rows_and_types(demo: Desk, db_path: Path) -> None:
    moment = dt.datetime.combine(TODAY, dt.time(10, 30), tzinfo=demo.tz)
    since = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    cases: list[tuple[str, tuple[Any, ...]]] = [
        ("owned", (2, ("A",), 30, moment, None, None)),
        ("owned", (2, ("C", "D"), 30, moment, None, dt.date(2026, 9, 1))),
        ("owned", (2, ("C",), 30, moment, since, None)),
        ("rows_by_id", (range(1, 80), None)),
        ("rows_by_id", (range(1, 80), 2)),
    ]
    with demo.engine.connect() as core, closing(connect(db_path)) as plain:
        for name, arguments in cases:
            expected = getattr(calls.CORE_READS, name)(core, *arguments)
            found = getattr(calls_sqlite.SQLITE_READS, name)(plain, *arguments)
            assert expected and _plain(found) == _plain(expected)
            for got, want in zip(found, expected, strict=True):
                assert [type(value) for value in got] == [type(value) for value in want]


def test_money_question_and_chase_plan_are_equal(demo: Desk, db_path: Path) -> None:
    answers = []
    with demo.engine.connect() as core, closing(connect(db_path)) as plain:
        for agent_id in [None, *_agents(demo)]:
            for day in DAYS:
                start = dt.datetime.combine(day, dt.time(), tzinfo=demo.tz)
                levels = due.levels_from(None)
                expected = due.chase_plan(core, demo.calendar, day, start, agent_id, levels)
                found = due.plan_chase(
                    calls_sqlite.SQLITE_CHASE_READS, plain, demo.calendar, day, start, agent_id,
                    levels,
                )  # fmt: skip
                assert found == expected
                # The money question stops at the first task: the same one on both paths.
                for reads, connection in (
                    (due.CORE_CHASE_READS, core),
                    (calls_sqlite.SQLITE_CHASE_READS, plain),
                ):
                    first = due.plan_chase(
                        reads, connection, demo.calendar, day, start, agent_id, levels, True
                    )
                    assert first == (expected[0][:1], expected[1])
                if agent_id is not None:
                    now = start + dt.timedelta(hours=10)
                    args = (demo.calendar, day, now, agent_id)
                    answer = calls_sqlite.money_tasks_due(plain, *args)
                    assert answer == due.money_tasks_due(core, *args)
                    answers.append(answer)
    assert True in answers and False in answers


def test_demo_cards_are_equal(demo: Desk, db_path: Path) -> None:
    ids = _customers(demo)
    with demo.engine.connect() as core, closing(connect(db_path)) as plain:
        pairs = [
            (call_card.read_call_card(core, key, TODAY),
             call_card_sqlite.read_call_card(plain, key, TODAY))
            for key in ids
        ]  # fmt: skip
    assert any(core.money for core, _ in pairs) and any(core.held_bookings for core, _ in pairs)
    for expected, found in pairs:
        assert _plain([found.customer]) == _plain([expected.customer])
        assert _plain([found.owner] if found.owner else []) == _plain(
            [expected.owner] if expected.owner else []
        )
        assert _plain(found.contacts) == _plain(expected.contacts)
        assert _plain(found.recent) == _plain(expected.recent)
        assert (found.money, found.held_bookings, found.today) == (
            expected.money, expected.held_bookings, expected.today,
        )  # fmt: skip


def test_edge_cases_list_alike(desk: Desk, db_path: Path) -> None:
    """Hostile names, claimed rows, callbacks, skips and snoozes, attempts, nothing due."""
    li = desk.agent
    assert li is not None
    hostile = add_customer(desk, "备注 [/] [bold]x\x1b[31m", "A", name_pinyin="")
    claimed = add_customer(desk, "被占用", "A")
    called = add_customer(desk, "已拨打", "B")
    add_customer(desk, "'; DROP TABLE customer; --", "C")
    add_customer(desk, "休眠", "D", last_shipped_on=dt.date(2025, 1, 2))
    log(desk, called, "no_answer", at(TODAY, "09:00"))
    log(desk, hostile, "callback", at(TODAY, "09:30"), callback_at=at(TODAY, "16:00"))
    with desk.engine.begin() as connection:
        connection.execute(
            insert(call_claim).values(
                customer_id=claimed, agent_id=_agents(desk)[0], since=at(TODAY, "11:55"),
                heartbeat_at=at(TODAY, "11:59"),
            )
        )  # fmt: skip
    listed = _both_lists(desk, db_path, li.id, TODAY, NOON)
    assert claimed not in [row.customer_id for row in listed.rows]
    assert hostile in [row.customer_id for row in listed.rows]
    # A claim lapses CLAIM_TTL after its heartbeat, to the microsecond (times bound as text).
    almost = _both_lists(desk, db_path, li.id, TODAY, at(TODAY, "12:01:59.999999"))
    assert claimed not in [row.customer_id for row in almost.rows]
    lapsed = _both_lists(desk, db_path, li.id, TODAY, at(TODAY, "12:02"))
    assert claimed in [row.customer_id for row in lapsed.rows]
    tomorrow = TODAY + dt.timedelta(days=1)
    _both_lists(desk, db_path, li.id, tomorrow, at(tomorrow, "10:00"))
    saturday = TODAY + dt.timedelta(days=5)
    _both_lists(desk, db_path, li.id, saturday, at(saturday, "10:00"))
    with desk.engine.connect() as connection:
        sql = "SELECT id FROM agent WHERE login = 'xin'"
        new_hire = connection.exec_driver_sql(sql).scalar_one()
    assert _both_lists(desk, db_path, new_hire, TODAY, NOON).rows == []  # nobody to call


def test_constants_repeated_for_sqlite_match_their_sources() -> None:
    assert calls_sqlite.CLAIM_TTL == claims.CLAIM_TTL
    assert calls_sqlite.IMPORT_PENDING_PREFIX == opening.IMPORT_PENDING_PREFIX
    assert calls_sqlite.REFERENCE_MARKER_KEY == opening.REFERENCE_MARKER_KEY
    assert calls_sqlite.DEMO_RECORD_KEY == opening.DEMO_RECORD_KEY


def _same_desk(found: Desk | None, expected: Desk) -> None:
    assert found is not None and found.sqlite_path is not None
    assert not found.has_engine
    for name in ("url", "agent", "today", "today_fixed", "demo_clock", "tz", "db_label"):
        assert getattr(found, name) == getattr(expected, name), name
    assert found.calendar._overrides == expected.calendar._overrides
    assert found.calendar._names == expected.calendar._names


def test_a_current_store_opens_as_open_desk_opens_it(demo: Desk, db_path: Path) -> None:
    for login, today in ((None, None), ("li", None), ("li", TODAY + dt.timedelta(days=3))):
        expected = open_desk(db_path, login, today)
        _same_desk(calls_sqlite.open_sqlite_desk(db_path, login, today), expected)
        _same_desk(calls_sqlite.open_sqlite_desk(expected.url, login, today), expected)
        expected.engine.dispose()
    opened = calls_sqlite.open_sqlite_desk(db_path, "li")
    assert opened is not None and opened.demo_clock
    # The engine is made on first use, and is the one open_desk would make.
    with opened.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM agent").scalar()
    opened.close()


def _set_setting(desk: Desk, key: str, value: str | None) -> None:
    with desk.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM desksetting WHERE key = ?", (key,))
        if value is not None:
            connection.exec_driver_sql("INSERT INTO desksetting VALUES (?, ?)", (key, value))


def test_anything_but_the_plain_case_is_left_to_open_desk(desk: Desk, db_path: Path) -> None:
    assert calls_sqlite.open_sqlite_desk(db_path, "li", TODAY) is not None
    assert calls_sqlite.open_sqlite_desk(db_path, "nobody", TODAY) is None
    assert calls_sqlite.open_sqlite_desk(db_path.with_name("missing.db")) is None
    assert calls_sqlite.open_sqlite_desk("postgresql+psycopg://u@h/db") is None
    assert calls_sqlite.open_sqlite_desk(f"sqlite:///{db_path}?mode=ro") is None
    assert calls_sqlite.open_sqlite_desk("") is None
    _set_setting(desk, "import.pending.7", "x")
    assert calls_sqlite.open_sqlite_desk(db_path, "li") is None
    _set_setting(desk, "import.pending.7", None)
    _set_setting(desk, opening.REFERENCE_MARKER_KEY, "stale")
    assert calls_sqlite.open_sqlite_desk(db_path, "li") is None
    open_desk(db_path).engine.dispose()  # reloads the reference data
    assert calls_sqlite.open_sqlite_desk(db_path, "li") is not None
    with desk.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0014_kpi3'")
    assert calls_sqlite.open_sqlite_desk(db_path, "li") is None
    not_a_store = db_path.with_name("notes.db")
    not_a_store.write_text("not a database")
    assert calls_sqlite.open_sqlite_desk(not_a_store) is None


def test_reading_with_money_due_takes_the_core_path(demo: Desk, db_path: Path) -> None:
    """The sweeps write (with the ORM): a list with money tasks due is read as before."""
    opened = calls_sqlite.open_sqlite_desk(db_path, "li", TODAY)
    assert opened is not None and opened.agent is not None
    with closing(connect(db_path)) as plain:
        now = opened.now()
        owed = calls_sqlite.money_tasks_due(plain, opened.calendar, TODAY, now, opened.agent.id)
    listed = calls_sqlite.read_call_list(opened, opened.agent.id)
    assert opened.has_engine == owed
    assert listed == calls.read_call_list(opened, opened.agent.id)
    opened.close()


def test_the_calls_screen_settles_without_sqlalchemy(demo: Desk, db_path: Path) -> None:
    """The list and its first card are on screen before SQLAlchemy is imported."""
    li = open_desk(db_path, "li")
    assert li.agent is not None
    calls.read_call_list(li, li.agent.id)  # raises the day's money tasks: the plain case next
    li.engine.dispose()
    probe = f"""
import sys
from csdesk.app import CSDeskApp

async def settle(pilot):
    for _ in range(2000):
        await pilot.pause()
        screen = pilot.app.screen
        if getattr(screen, "card", None) is not None and not pilot.app.workers._workers:
            break
    print("ROWS", len(screen.call_list.rows), "CARD", screen.card.customer.id)
    print("SQLALCHEMY", sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy")[:3])
    pilot.app.exit()

app = CSDeskApp(db={str(db_path)!r}, agent="li", lang="en")
app.run(headless=True, size=(120, 36), auto_pilot=settle)
"""
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "ROWS" in result.stdout and "ROWS 0" not in result.stdout
    assert "SQLALCHEMY []" in result.stdout


def test_an_empty_file_is_left_to_open_desk(db_path: Path) -> None:
    db_path.write_bytes(b"")
    assert calls_sqlite.open_sqlite_desk(db_path) is None


def test_another_desk_closing_leaves_this_desks_wal_alone_once_it_makes_its_engine(
    desk: Desk, db_path: Path
) -> None:
    """The terminal desk opens with sqlite3 and makes its engine on the first ORM read, while
    its store watcher's connection is open. Making the engine must not read the file with a
    descriptor of its own: closing it dropped the process's SQLite locks, a CLI command that
    then closed took this desk for gone and deleted the WAL index under it (disk I/O error)."""
    desk.engine.dispose()  # the terminal desk is the only one in its process
    quick = calls_sqlite.open_sqlite_desk(db_path, agent_login="li", today=TODAY)
    assert quick is not None and not quick.has_engine
    with closing(connect(db_path)) as watcher:
        watcher.execute("SELECT count(*) FROM customer").fetchone()
        with quick.session() as session:  # the engine is made here
            session.connection().exec_driver_sql("SELECT count(*) FROM agent").fetchone()
        other_desk = (
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.execute('SELECT count(*) FROM customer').fetchone(); c.close()"
        )
        subprocess.run([sys.executable, "-c", other_desk, str(db_path)], check=True)
        assert Path(f"{db_path}-shm").exists()
        assert watcher.execute("SELECT count(*) FROM customer").fetchone() == (0,)
        with quick.session() as session:
            session.connection().exec_driver_sql("SELECT count(*) FROM agent").fetchone()
    quick.close()
