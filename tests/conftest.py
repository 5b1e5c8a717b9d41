"""Shared fixtures: a fresh desk on a temp SQLite file, with a supervisor and two agents."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from csdesk.desk.agents import add_agent
from csdesk.desk.context import Desk, open_desk
from csdesk.i18n import set_language

# A Monday, working day, used wherever a test needs "today".
TODAY = dt.date(2026, 11, 30)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the developer's real csdesk data or config."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    for name in ("CSDESK_DB", "CSDESK_AGENT", "CSDESK_LANG"):
        monkeypatch.delenv(name, raising=False)
    set_language("zh")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.db"


# CSDESK_TEST_PG=postgresql+psycopg://... runs the desk tests on PostgreSQL instead (the schema
# `public` of that database is emptied before each test); SQLite-only tests skip themselves.
TEST_PG_URL = os.environ.get("CSDESK_TEST_PG")


def _fresh_pg() -> str:
    from sqlalchemy import create_engine, text

    assert TEST_PG_URL
    engine = create_engine(TEST_PG_URL)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return TEST_PG_URL


def fresh_store(path: Path) -> str | Path:
    """A new empty store: the SQLite file `path`, or with CSDESK_TEST_PG a PostgreSQL database
    of its own named after it (tests that build several stores at once get one each)."""
    if not TEST_PG_URL:
        return path
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(TEST_PG_URL)
    name = f"{base.database}_{path.parent.name}_{path.stem}".lower()
    name = "".join(ch if ch.isalnum() else "_" for ch in name)[:60]
    engine = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def desk(db_path: Path) -> Iterator[Desk]:
    """An open desk with agents: lead (supervisor), li (direct), zhao (peer), xin (new hire)."""
    store: str | Path = _fresh_pg() if TEST_PG_URL else db_path
    opened = open_desk(store, today=TODAY)
    with opened.session() as session:
        add_agent(session, "lead", "王主管", role="supervisor", hired_on=dt.date(2015, 3, 1))
        add_agent(session, "li", "李娜", group="direct", hired_on=dt.date(2020, 5, 6))
        add_agent(session, "zhao", "赵强", group="peer", hired_on=dt.date(2021, 8, 2))
        add_agent(session, "xin", "新人小陈", group="direct", hired_on=dt.date(2026, 10, 8))
    desk = open_desk(store, agent_login="li", today=TODAY)
    opened.engine.dispose()
    yield desk
    desk.engine.dispose()
