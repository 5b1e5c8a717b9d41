from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import StatementError
from sqlmodel import select

from csdesk.desk.context import Desk, open_desk
from csdesk.desk.customers import create_customer
from csdesk.desk.errors import DeskError
from csdesk.models import Interaction
from csdesk.models.base import NaiveDatetimeError
from csdesk.store import migrate
from csdesk.store.backup import backup_sqlite
from csdesk.store.engine import make_engine
from tests.conftest import sqlite_only


def test_migrations_build_every_table_from_empty(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "new.db")
    assert migrate.upgrade(engine) is True
    with engine.connect() as connection:
        tables = {row[0] for row in connection.execute(text("select name from sqlite_master"))}
    assert {"agent", "customer", "contact", "interaction", "task", "port", "lane"} <= tables
    assert migrate.database_heads(engine) == migrate.code_heads()
    assert migrate.upgrade(engine) is False


@sqlite_only
def test_store_file_is_private_and_in_wal_mode(db_path: Path, desk: Desk) -> None:
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600
    with desk.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_database_newer_than_csdesk_is_refused(db_path: Path, desk: Desk) -> None:
    with desk.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(DeskError) as caught:
        open_desk(desk.url)
    assert "9999_future" in caught.value.message("en")
    assert "upgrade csdesk" in caught.value.message("en")


def test_naive_datetimes_never_reach_the_store(desk: Desk) -> None:
    with desk.session() as session:
        customer = create_customer(session, {"name": "时区测试"})
        customer_id = customer.id
    with pytest.raises(StatementError) as caught, desk.session() as session:
        session.add(
            Interaction(customer_id=customer_id, outcome="reached", at=dt.datetime(2026, 11, 30, 9))
        )
        session.flush()
    assert isinstance(caught.value.orig, NaiveDatetimeError)


def test_times_come_back_aware_and_equal(desk: Desk) -> None:
    moment = dt.datetime(2026, 11, 30, 9, 30, tzinfo=desk.tz)
    with desk.session() as session:
        customer = create_customer(session, {"name": "时区测试"})
        session.add(Interaction(customer_id=customer.id or 0, outcome="reached", at=moment))
    with desk.session() as session:
        stored = session.exec(select(Interaction)).one()
    assert stored.at.tzinfo is not None
    assert stored.at == moment


@sqlite_only
def test_backup_while_another_desk_keeps_writing(db_path: Path, desk: Desk, tmp_path: Path) -> None:
    with desk.session() as session:
        for number in range(300):
            create_customer(session, {"name": f"备份客户{number}", "notes": "x" * 500})
    stop = threading.Event()
    wrote = threading.Event()
    written: list[int] = []

    def keep_writing() -> None:
        writer = open_desk(db_path)
        number = 0
        while not stop.is_set():
            with writer.session() as session:
                create_customer(session, {"name": f"写入中{number}"})
            written.append(number)
            wrote.set()
            number += 1
        writer.engine.dispose()

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        steps = []

        def between_steps(done: int, total: int) -> None:
            # Let the other desk commit between every page copied: the copy must stay consistent.
            wrote.clear()
            wrote.wait(timeout=2)
            steps.append(done)

        dest = backup_sqlite(desk.url, tmp_path / "copy.db", between_steps, pages_per_step=4)
    finally:
        stop.set()
        thread.join()
    assert stat.S_IMODE(os.stat(dest).st_mode) == 0o600
    copy = sqlite3.connect(dest)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    names = copy.execute("select count(*) from customer where name like '备份客户%'").fetchone()
    assert names == (300,)
    copy.close()
    assert len(steps) > 3 and len(written) > 3, "the writer must have run during the backup"


@sqlite_only
def test_backup_refuses_to_overwrite(desk: Desk, tmp_path: Path) -> None:
    dest = tmp_path / "exists.db"
    dest.write_text("keep me")
    with pytest.raises(DeskError):
        backup_sqlite(desk.url, dest)
    assert dest.read_text() == "keep me"
