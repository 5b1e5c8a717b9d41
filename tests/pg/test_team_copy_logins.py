"""An existing SQLite desk with agents moves to a team store: `db copy ... --create-logins`
gives each active agent a database login (password shown once), a disabled one none, and
the copied agents then work as themselves."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from csdesk.cli import app
from csdesk.desk.agents import add_agent, agent_by_login
from csdesk.desk.context import open_desk
from csdesk.desk.customers import create_customer
from tests.cli.test_team_cli import as_login, run
from tests.conftest import TODAY, pg_only
from tests.pg.databases import PgDatabases

pytestmark = pg_only
runner = CliRunner()


def sqlite_desk(path: Path) -> Path:
    desk = open_desk(path, today=TODAY)
    with desk.session() as session:
        add_agent(session, "lead", "王主管", role="supervisor")
        li = add_agent(session, "li", "李娜")
        add_agent(session, "xin", "新人小陈").active = False
        create_customer(session, {"name": "宁波海天 [/]", "owner_id": li.id})
    desk.engine.dispose()
    return path


def test_a_copied_desk_gets_a_login_per_active_agent(
    tmp_path: Path, pg_databases: PgDatabases
) -> None:
    source = sqlite_desk(tmp_path / "desk.db")
    target = pg_databases.create_empty()
    try:
        copied = run(target, "db", "copy", str(source), target, "--create-logins", "--json")
        assert copied.exit_code == 0, copied.output
        passwords = json.loads(copied.stdout)["logins"]
        assert sorted(passwords) == ["lead", "li"]  # xin is disabled: no login
        li_url = as_login(target, "li", passwords["li"])
        desk = open_desk(li_url)
        assert desk.agent is not None and desk.agent.login == "li"
        with desk.session() as session:
            assert agent_by_login(session, "li").name == "李娜"
        desk.engine.dispose()
        refused = run(li_url, "agent", "add", "wang", "--name", "王芳")
        assert "Only a supervisor can do that (agent.add)" in refused.stderr
        lead_url = as_login(target, "lead", passwords["lead"])
        assert run(lead_url, "agent", "add", "wang", "--name", "王芳").exit_code == 0
        engine = create_engine(target)
        with engine.connect() as connection:
            xin = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = 'xin'"))
            assert xin.first() is None
        engine.dispose()
    finally:
        pg_databases.drop(target)


def test_a_role_of_another_kind_leaves_the_destination_empty(
    tmp_path: Path, pg_databases: PgDatabases
) -> None:
    source = sqlite_desk(tmp_path / "desk.db")
    target = pg_databases.create_empty()
    admin = create_engine(pg_databases.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("DROP ROLE IF EXISTS li; CREATE ROLE li NOLOGIN"))
    try:
        copied = run(target, "db", "copy", str(source), target, "--create-logins")
        assert copied.exit_code == 1
        assert copied.stderr.strip() == (
            "The server has a role named li that is not this desk's: ask the database"
            " administrator to rename or drop it, then copy again."
        )
        engine = create_engine(target)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM agent")).scalar() == 0
        engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text("DROP ROLE IF EXISTS li"))
        admin.dispose()
        pg_databases.drop(target)


def test_create_logins_needs_a_postgresql_destination(tmp_path: Path) -> None:
    source = sqlite_desk(tmp_path / "desk.db")
    copied = runner.invoke(
        app, ["--lang", "en", "db", "copy", str(source), str(tmp_path / "b.db"), "--create-logins"]
    )
    assert copied.exit_code == 1
    assert (
        copied.stderr.strip()
        == "This command needs a PostgreSQL database (postgresql+psycopg://...)."
    )
