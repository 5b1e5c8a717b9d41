"""What an agent on a team store reads when something is wrong: one line that says what to do.

A store that needs an upgrade names the owner and the command; a refused login says so; a
constraint the server enforces (psycopg puts its DETAIL on a line of its own) stays one line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from csdesk.models import Agent
from csdesk.store.problems import short_reason
from tests.cli.test_team_cli import as_login, run, team
from tests.conftest import pg_only

pytestmark = pg_only
__all__ = ["team"]


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def test_an_agent_on_a_store_that_needs_an_upgrade_is_told_who_runs_it(
    team: dict[str, str],
) -> None:
    engine = create_engine(team["admin"])
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0010_kpi'"))
        owner = connection.execute(text("SELECT current_user")).scalar_one()
    engine.dispose()
    refused = run(team["li"], "customers")
    assert refused.exit_code == 1
    line = one_line(refused.stderr)
    database = make_url(team["admin"]).database
    assert f"needs an upgrade to this csdesk that only its owner {owner} can run" in line
    assert f"csdesk --db postgresql+psycopg://{owner}@" in line
    assert line.endswith(f"/{database} db upgrade")
    assert "must be owner" not in line  # the server's half-way error never reaches the agent


def test_a_wrong_password_is_one_line_that_says_so(team: dict[str, str]) -> None:
    wrong = as_login(team["admin"], "li", "not-the-password")
    refused = run(wrong, "customers")
    assert refused.exit_code == 1
    assert "refused this login: wrong name or password" in one_line(refused.stderr)


def duplicate_login(url: str) -> IntegrityError:
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            session.add(Agent(login="li", name="重复的李娜"))
            session.commit()
    except IntegrityError as error:
        return error
    finally:
        engine.dispose()
    raise AssertionError("the second agent li was stored")


def test_a_constraint_violation_reaches_the_user_as_one_line(
    team: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    error = duplicate_login(team["admin"])
    assert "\n" in str(error.orig)  # psycopg's own text spans lines: DETAIL on its own
    reason = short_reason(error)
    assert "\n" not in reason
    assert reason.startswith("UniqueViolation: duplicate key value violates unique constraint")
    assert "Key (login)=(li) already exists." in reason

    def raced(*_args: object, **_kwargs: object) -> None:
        raise error

    monkeypatch.setattr("csdesk.desk.team.add_team_agent", raced)
    failed = run(team["lead"], "agent", "add", "wang", "--name", "王芳")
    assert failed.exit_code == 1
    line = one_line(failed.stderr)
    assert "duplicate key value violates unique constraint" in line and "SQL" not in line


@pytest.mark.parametrize(
    "args",
    [
        ["log-call", "1234567890123456789012345", "--outcome", "reached"],
        ["tiers", "set", "1234567890123456789012345", "B"],
        ["shipment", "show", "1234567890123456789012345"],
        ["invoices", "1234567890123456789012345"],
    ],
)
def test_an_id_the_server_cannot_hold_is_out_of_range_not_unexpected(
    team: dict[str, str], args: list[str]
) -> None:
    refused = run(team["lead"], *args)
    assert refused.exit_code == 1
    line = one_line(refused.stderr)
    assert "out of range" in line and "Unexpected" not in line


def test_a_backup_with_a_wrong_password_says_so_as_the_desk_does(
    team: dict[str, str], tmp_path: Path
) -> None:
    """pg_dump's own English error was passed on; the desk's one line says the login was refused."""
    wrong = as_login(team["admin"], "li", "not-the-password")
    refused = run(wrong, "db", "backup", str(tmp_path / "desk.dump"))
    line = one_line(refused.stderr)
    assert "refused this login: wrong name or password" in line, line
    assert "pg_dump" not in line and "not-the-password" not in line
    assert not list(tmp_path.iterdir())
