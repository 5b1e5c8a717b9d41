"""CSDESK_CLOCK sets the desk's clock for the CLI and the terminal desk; a bad one is one line."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csdesk import tui_start
from csdesk.cli import app
from csdesk.rules.zone import DESK_TZ
from csdesk.store.clock import now_in
from csdesk.tui_start import TuiOptions, tui_options
from tests.conftest import TEST_PG_URL

runner = CliRunner()


@pytest.mark.parametrize(
    ("lang", "words"), [("zh", "环境变量 CSDESK_CLOCK 的值 明天"), ("en", "CSDESK_CLOCK is 明天")]
)
@pytest.mark.parametrize("command", [["agents"], []])
def test_a_bad_clock_is_one_line_in_the_users_language(
    tmp_path: Path, lang: str, words: str, command: list[str]
) -> None:
    db = str(tmp_path / "desk.db")
    result = runner.invoke(
        app, ["--db", db, "--lang", lang, *command], env={"CSDESK_CLOCK": "明天"}
    )
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and words in result.stderr
    assert "2026-12-07T10:00+08:00" in result.stderr and "Traceback" not in result.output
    assert not Path(db).exists()


def test_the_cli_takes_its_day_from_the_clock(db_path: Path) -> None:
    runner.invoke(app, ["--db", str(db_path), "agent", "add", "li", "--name", "李娜"])
    calls = ["--db", str(db_path), "--agent", "li", "--lang", "en", "calls"]
    sunday = runner.invoke(app, calls, env={"CSDESK_CLOCK": "2026-12-06T23:55+08:00"})
    assert sunday.exit_code == 0, sunday.output
    assert "2026-12-06 is a day off" in sunday.stdout
    # Five minutes later at the desk, whatever the offset it is written with: a working Monday.
    monday = runner.invoke(app, calls, env={"CSDESK_CLOCK": "2026-12-06T16:00Z"})
    assert monday.exit_code == 0, monday.output
    assert "day off" not in monday.stdout
    assert now_in(DESK_TZ).date() == dt.date(2026, 12, 7)


@pytest.mark.skipif(TEST_PG_URL is not None, reason="runs the CLI on the SQLite file")
def test_a_cli_process_stamps_its_records_on_the_clock(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    env_clock = "2026-12-31T23:50+08:00"
    command = [
        sys.executable,
        "-m",
        "csdesk",
        "--db",
        str(db),
        "agent",
        "add",
        "li",
        "--name",
        "李娜",
    ]
    environ = {**os.environ, "CSDESK_CLOCK": env_clock}
    added = subprocess.run(command, capture_output=True, text=True, env=environ, check=False)
    assert added.returncode == 0, added.stderr
    with sqlite3.connect(db) as connection:
        (created,) = connection.execute("SELECT created_at FROM agent").fetchone()
    stamped = dt.datetime.fromisoformat(created).replace(tzinfo=dt.UTC)
    since = stamped - dt.datetime.fromisoformat(env_clock)
    assert dt.timedelta(0) <= since < dt.timedelta(minutes=5)


def test_the_terminal_desk_reads_the_clock_before_it_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from csdesk.app import CSDeskApp

    assert tui_options([], {"CSDESK_CLOCK": "明天"}) is None  # Typer says what is wrong
    options = tui_options(
        ["--db", str(tmp_path / "desk.db")], {"CSDESK_CLOCK": "2026-12-06T09:00+08:00"}
    )
    assert options is not None and options.clock == "2026-12-06T09:00+08:00"
    seen: list[dt.datetime] = []
    monkeypatch.setattr(CSDeskApp, "run", lambda self: seen.append(now_in(DESK_TZ)))
    assert tui_start.run_tui(options) == 0
    assert seen[0] - dt.datetime(2026, 12, 6, 9, tzinfo=DESK_TZ) < dt.timedelta(minutes=5)
    assert tui_start.run_tui(TuiOptions(options.db, None, "zh", None)) == 0  # no clock: the wall's
    assert abs(seen[1] - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
