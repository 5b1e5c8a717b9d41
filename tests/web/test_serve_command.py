"""What `csdesk serve` hands each tab: on SQLite the one agent it was given, on a team store the
server alone (no login, no password, none of serve's PG* environment) and a sign-in."""

from __future__ import annotations

import os
import shlex

import pytest
from typer.testing import CliRunner

from csdesk.cli import app
from csdesk.commands import serve
from csdesk.commands.common import OPTIONS

runner = CliRunner()


def test_a_sqlite_tab_runs_the_tui_as_the_one_agent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(OPTIONS, "agent", "li")
    command = shlex.split(serve.tui_command("sqlite:////srv/desk.db"))
    assert command[1:3] == ["-m", "csdesk"] and command[-1] == "tui"
    assert command[command.index("--agent") + 1] == "li"


def test_a_team_tab_gets_the_server_alone_and_signs_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(OPTIONS, "agent", None)
    url = "postgresql+psycopg://deskowner:s3cret@db.example:5433/desk"
    command = serve.tui_command(url)
    assert shlex.split(command)[1:3] == ["-m", "csdesk.web.tab"]
    assert "postgresql+psycopg://db.example:5433/desk" in command
    assert "deskowner" not in command and "s3cret" not in command and "--agent" not in command


def test_serves_own_login_stays_out_of_the_tabs(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in (
        ("PGPASSWORD", "owner-secret"),
        ("PGUSER", "deskowner"),
        ("CSDESK_AGENT", "li"),
    ):
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("PGPASSFILE", "/home/owner/.pgpass")
    serve._keep_serves_login_from_tabs()
    assert "PGPASSWORD" not in os.environ and "PGUSER" not in os.environ
    assert "CSDESK_AGENT" not in os.environ and os.environ["PGPASSFILE"] == os.devnull


def test_serve_on_a_team_store_takes_no_agent() -> None:
    refused = runner.invoke(
        app,
        ["--lang", "en", "--db", "postgresql+psycopg://db.example/desk", "--agent", "li", "serve"],
    )
    assert refused.exit_code == 1
    assert refused.stderr.strip() == "On a team desk each tab signs in: serve takes no --agent."
