"""A team desk on PostgreSQL from the command line: set-up, logins, who may do what, audit."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, ProgrammingError
from typer.testing import CliRunner

from csdesk.cli import app
from csdesk.desk.context import open_desk
from csdesk.desk.errors import DeskError
from tests.conftest import pg_only
from tests.pg.databases import PgDatabases

runner = CliRunner()
pytestmark = pg_only


def run(db: str, *args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["--db", db, "--lang", "en", *args], input=stdin)


def as_login(url: str, login: str, password: str) -> str:
    return make_url(url).set(username=login, password=password).render_as_string(False)


def shown_password(output: str) -> str:
    match = re.search(r"shown only this once\): (\S+)", output)
    assert match, output
    return match.group(1)


@pytest.fixture
def team(db_path: Path) -> dict[str, str]:
    """A team desk: lead (supervisor, generated password) and li (agent) as database logins."""
    admin = str(db_path)
    done = run(admin, "db", "init-team", admin, "--supervisor", "lead", "--name", "王主管")
    assert done.exit_code == 0, done.output
    lead = as_login(admin, "lead", shown_password(done.stdout))
    added = run(lead, "agent", "add", "li", "--name", "李娜", "--json")
    assert added.exit_code == 0, added.output
    li = as_login(admin, "li", json.loads(added.stdout)["password"])
    return {"admin": admin, "lead": lead, "li": li}


def test_the_database_login_is_the_agent(team: dict[str, str]) -> None:
    desk = open_desk(team["li"])
    assert desk.agent is not None and desk.agent.login == "li"
    desk.engine.dispose()
    refused = run(team["li"], "--agent", "lead", "customers")
    assert refused.exit_code == 1
    assert refused.stderr.strip() == "Login li cannot work as lead: only a supervisor can."
    allowed = run(team["lead"], "--agent", "li", "customers", "--json")
    assert allowed.exit_code == 0, allowed.output


def test_an_agent_cannot_add_or_disable_anyone(team: dict[str, str]) -> None:
    added = run(team["li"], "agent", "add", "wang", "--name", "王五")
    assert added.exit_code == 1
    assert "Only a supervisor can do that (agent.add)" in added.stderr
    disabled = run(team["li"], "agent", "disable", "lead")
    assert disabled.exit_code == 1 and "agent.disable" in disabled.stderr


def test_an_agent_login_has_the_desks_privileges_and_nothing_more(team: dict[str, str]) -> None:
    engine = create_engine(team["li"])
    try:
        with engine.begin() as connection:
            assert connection.execute(text("SELECT count(*) FROM customer")).scalar() == 0
        for statement in (
            "UPDATE audit_entry SET action = 'x'",
            "DELETE FROM audit_entry",
            "UPDATE alembic_version SET version_num = 'x'",
            "CREATE TABLE mine (id int)",
            "DROP TABLE customer",
            "SELECT csdesk_add_login('li2', 'pw', true)",
        ):
            denied = pytest.raises(ProgrammingError, match=r"permission denied|must be owner")
            with denied, engine.begin() as connection:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def test_a_supervisor_cannot_take_over_a_role_outside_the_desk(team: dict[str, str]) -> None:
    admin = create_engine(team["admin"])
    with admin.begin() as connection:
        connection.execute(text("CREATE ROLE outsider LOGIN PASSWORD 'pw'"))
    lead = create_engine(team["lead"])
    try:
        for login, reason in (("postgres", "is a superuser"), ("outsider", "not a desk login")):
            with pytest.raises(Exception, match=reason), lead.begin() as connection:
                connection.execute(
                    text("SELECT csdesk_add_login(:login, 'pw', true)"), {"login": login}
                )
    finally:
        lead.dispose()
        with admin.begin() as connection:
            connection.execute(text("DROP ROLE outsider"))
        admin.dispose()


def test_a_login_that_is_no_agent_is_refused(team: dict[str, str]) -> None:
    admin = create_engine(team["admin"])
    with admin.begin() as connection:
        connection.execute(text("CREATE ROLE stranger LOGIN PASSWORD 'pw'"))
        database = make_url(team["admin"]).database
        connection.execute(text(f"GRANT CONNECT ON DATABASE {database} TO stranger"))
        connection.execute(text("GRANT USAGE ON SCHEMA public TO stranger"))
        connection.execute(text("GRANT SELECT ON ALL TABLES IN SCHEMA public TO stranger"))
    admin.dispose()
    try:
        with pytest.raises(DeskError) as caught:
            open_desk(as_login(team["admin"], "stranger", "pw"))
        assert "not an agent of this desk" in caught.value.message("en")
    finally:
        admin = create_engine(team["admin"])
        with admin.begin() as connection:
            connection.execute(text("DROP OWNED BY stranger"))
            connection.execute(text("DROP ROLE stranger"))
        admin.dispose()


def test_disable_revokes_the_login_and_hands_work_to_the_supervisor(
    team: dict[str, str],
) -> None:
    desk = open_desk(team["li"])
    with desk.session() as session:
        session.execute(
            text(
                "INSERT INTO task (kind, due_at, agent_id, created_at, updated_at, version)"
                " VALUES ('callback', now(), :li, now(), now(), 1)"
            ),
            {"li": desk.agent.id if desk.agent else 0},
        )
    desk.engine.dispose()
    done = run(team["lead"], "agent", "disable", "li")
    assert done.exit_code == 0, done.output
    assert "1 task and" in done.stdout  # English plurals: "1 task"
    with pytest.raises((OperationalError, DeskError)):
        open_desk(team["li"])
    audit = json.loads(run(team["lead"], "audit", "--json").stdout)["audit"]
    assert [row["action"] for row in audit] == ["agent.disable", "agent.add", "agent.add"]
    assert audit[0]["db_login"] == "lead" and audit[0]["subject"] == "li"
    lead = open_desk(team["lead"])
    with lead.session() as session:
        owners = session.execute(
            text("SELECT a.login FROM task t JOIN agent a ON a.id = t.agent_id")
        )
        assert [row[0] for row in owners] == ["lead"]
    lead.engine.dispose()


def test_password_from_stdin_is_not_echoed(team: dict[str, str]) -> None:
    added = run(team["lead"], "agent", "add", "zhao", "--name", "赵强", "--password-stdin",
                stdin="s3cret-zhao\n")  # fmt: skip
    assert added.exit_code == 0, added.output
    assert "s3cret" not in added.stdout
    desk = open_desk(as_login(team["admin"], "zhao", "s3cret-zhao"))
    assert desk.agent is not None and desk.agent.login == "zhao"
    desk.engine.dispose()


def test_init_team_refuses_a_database_with_agents(team: dict[str, str]) -> None:
    again = run(team["admin"], "db", "init-team", team["admin"], "--supervisor", "x", "--name", "X")
    assert again.exit_code == 1
    assert again.stderr.strip() == (
        "This database has agents already: init-team is for an empty database."
    )


def test_init_team_by_a_database_owner_who_is_not_a_superuser(pg_databases: PgDatabases) -> None:
    databases = pg_databases
    url = databases.create_empty()
    database = make_url(url).database
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("CREATE ROLE deskowner LOGIN CREATEROLE PASSWORD 'owner-pw'"))
        connection.execute(text(f"ALTER DATABASE {database} OWNER TO deskowner"))
    admin.dispose()
    owner = as_login(url, "deskowner", "owner-pw")
    try:
        done = run(owner, "db", "init-team", owner, "--supervisor", "zhou", "--name", "周主管")
        assert done.exit_code == 0, done.output
        zhou = as_login(url, "zhou", shown_password(done.stdout))
        added = run(zhou, "agent", "add", "li", "--name", "李娜", "--json")
        assert added.exit_code == 0, added.output
        li = as_login(url, "li", json.loads(added.stdout)["password"])
        desk = open_desk(li)
        assert desk.agent is not None and desk.agent.login == "li"
        desk.engine.dispose()
        assert run(zhou, "agent", "disable", "li").exit_code == 0
    finally:
        databases.drop(url)
        admin = create_engine(databases.admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("DROP ROLE IF EXISTS deskowner"))
        admin.dispose()
