"""Moving a desk between stores: db copy (checked), backup and restore, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from csdesk.cli import app
from csdesk.desk.audit import list_audit
from csdesk.desk.context import Desk, open_desk
from csdesk.desk.customers import add_contact, create_customer
from csdesk.desk.errors import DeskError
from csdesk.desk.team import add_team_agent, disable_agent
from csdesk.models import Customer, Interaction, Task
from csdesk.store.engine import make_engine
from csdesk.store.team_copy import copy_store, table_checks
from tests.conftest import ON_PG, pg_only
from tests.pg.databases import PgDatabases

runner = CliRunner()


def fill(desk: Desk) -> None:
    """Customers with contacts, calls and a JSON column, in Chinese and with a `[/]` note."""
    with desk.session() as session:
        for number in range(30):
            customer = create_customer(
                session, {"name": f"宁波海天{number}贸易有限公司", "notes": "备注 [/] [urgent]"}
            )
            add_contact(
                session, customer.id or 0, {"name": "张经理", "phone": f"1385741{number:04}"}
            )
            session.add(
                Interaction(
                    customer_id=customer.id or 0,
                    agent_id=desk.agent.id if desk.agent else None,
                    at=dt.datetime(2026, 11, 27, 10, number, tzinfo=desk.tz),
                    outcome="reached",
                    note="谈了运价",
                )
            )


def checks_of(url: str | Path) -> list[tuple[str, int, str]]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return [(c.table, c.rows, c.checksum) for c in table_checks(connection)]
    finally:
        engine.dispose()


@pytest.fixture
def other_store(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A second, empty store of the same kind as the test's."""
    if not ON_PG:
        yield tmp_path / "other.db"
        return
    databases: PgDatabases = request.getfixturevalue("pg_databases")
    url = databases.create_empty()
    yield url
    databases.drop(url)


def test_copy_there_and_back_keeps_every_row(desk: Desk, tmp_path: Path, other_store) -> None:  # type: ignore[no-untyped-def]
    fill(desk)
    sqlite_copy = tmp_path / "copy.db"
    result = runner.invoke(app, ["--lang", "en", "db", "copy", desk.url, str(sqlite_copy)])
    assert result.exit_code == 0, result.output
    assert "every count and checksum matches" in result.stdout
    back = runner.invoke(app, ["db", "copy", str(sqlite_copy), str(other_store), "--json"])
    assert back.exit_code == 0, back.output
    original = checks_of(desk.url)
    assert checks_of(sqlite_copy) == original == checks_of(other_store)
    assert dict((table, rows) for table, rows, _ in original)["customer"] == 30
    # New rows after a copy get new ids (PostgreSQL's sequences continue after the copied ones).
    copied = open_desk(other_store)
    with copied.session() as session:
        new = create_customer(session, {"name": "复制之后的新客户"})
        top = session.execute(select(func.max(Customer.id))).scalar_one()
    assert new.id == top and (new.id or 0) > 30
    copied.engine.dispose()


def test_copy_refuses_a_destination_with_data(desk: Desk, tmp_path: Path) -> None:
    fill(desk)
    target = tmp_path / "copy.db"
    assert runner.invoke(app, ["db", "copy", desk.url, str(target)]).exit_code == 0
    again = runner.invoke(app, ["--lang", "en", "db", "copy", desk.url, str(target)])
    assert again.exit_code == 1
    assert "is not empty (table agent has rows)" in again.stderr


def test_a_failed_check_leaves_the_destination_empty(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from csdesk.store import team_copy

    fill(desk)
    real = team_copy.table_checks
    calls: list[int] = []

    def one_row_short(connection):  # type: ignore[no-untyped-def]
        checks = real(connection)
        calls.append(1)
        if len(calls) == 1:  # the destination's checks come first
            checks[0] = team_copy.TableCheck(checks[0].table, checks[0].rows - 1, "x")
        return checks

    monkeypatch.setattr(team_copy, "table_checks", one_row_short)
    source, target = make_engine(desk.url), make_engine(tmp_path / "copy.db")
    with pytest.raises(DeskError) as caught:
        copy_store(source, desk.url, target, str(tmp_path / "copy.db"))
    assert "Nothing was written" in caught.value.message("en")
    monkeypatch.setattr(team_copy, "table_checks", real)
    assert all(rows == 0 for _, rows, _ in checks_of(tmp_path / "copy.db"))
    source.dispose()
    target.dispose()


def test_backup_and_restore(desk: Desk, tmp_path: Path, other_store) -> None:  # type: ignore[no-untyped-def]
    fill(desk)
    backup = tmp_path / "desk.backup"
    made = runner.invoke(app, ["--db", desk.url, "db", "backup", str(backup)])
    assert made.exit_code == 0, made.output
    assert stat.S_IMODE(os.stat(backup).st_mode) == 0o600
    target = desk.url if not ON_PG else str(other_store)
    if not ON_PG:
        with desk.session() as session:
            create_customer(session, {"name": "备份之后才加的客户"})
        desk.engine.dispose()  # every desk on the file is closed before a restore
    restored = runner.invoke(app, ["--lang", "en", "--db", target, "db", "restore", str(backup)])
    assert restored.exit_code == 0, restored.output
    tables = {table: rows for table, rows, _ in checks_of(target)}
    assert tables["customer"] == 30 and tables["interaction"] == 30
    if not ON_PG:
        assert "was kept as" in restored.stdout  # the replaced file is kept, not deleted
        kept = tmp_path.glob("desk.db.before-restore-*")
        aside = next(p for p in kept if not p.name.endswith(("-wal", "-shm")))
        assert {t: r for t, r, _ in checks_of(aside)}["customer"] == 31


@pg_only
def test_restore_refuses_a_database_that_is_in_use(desk: Desk, tmp_path: Path) -> None:
    backup = tmp_path / "desk.backup"
    assert runner.invoke(app, ["--db", desk.url, "db", "backup", str(backup)]).exit_code == 0
    refused = runner.invoke(app, ["--lang", "en", "--db", desk.url, "db", "restore", str(backup)])
    assert refused.exit_code == 1 and "is not empty" in refused.stderr


def test_supervisor_actions_are_refused_to_agents_and_audited(desk: Desk) -> None:
    li = desk.agent
    lead = open_desk(desk.url, agent_login="lead")
    with desk.session() as session:
        session.add(
            Task(
                kind="callback", agent_id=li.id if li else None, due_at=desk.now(), customer_id=None
            )
        )
    with pytest.raises(DeskError) as caught, desk.session() as session:
        add_team_agent(session, li, {"login": "wang", "name": "王五"}, None)
    assert caught.value.message("en") == "Only a supervisor can do that (agent.add)."
    with lead.session() as session:
        handed = disable_agent(session, lead.agent, "li")
    assert handed.tasks == 1
    with lead.session() as session:
        rows = list_audit(session)
        owners = session.execute(select(Task.agent_id)).scalars().all()
    assert owners == [lead.agent.id if lead.agent else None]
    assert [(row.action, row.agent_login, row.subject) for row in rows] == [
        ("agent.disable", "lead", "li")
    ]
    if not ON_PG:  # a SQLite file: the OS user stands beside the chosen agent
        assert rows[0].os_user == getpass.getuser() and rows[0].db_login is None
    lead.engine.dispose()
