from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csdesk.cli import app
from csdesk.commands import demo as demo_command
from csdesk.config import demo_db_path

runner = CliRunner()


def invoke(db: Path, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["--db", str(db), "--today", "2026-11-30", *args])


def test_demo_data_builds_a_desk_once(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    built = invoke(db, "demo-data", "--customers", "200", "--json")
    assert built.exit_code == 0, built.output
    summary = json.loads(built.stdout)
    assert summary["customers"] == 200 and summary["first_agent"] == "li"
    assert sum(summary["tiers"].values()) == 200 and summary["interactions"] > 1000
    logins = {
        agent["login"] for agent in json.loads(invoke(db, "agents", "--json").stdout)["agents"]
    }
    assert {"zhou", "li", "wang", "zhang", "chen", "xin"} <= logins
    listed = json.loads(invoke(db, "--agent", "li", "customers", "--json").stdout)["customers"]
    assert listed and {row["owner"] for row in listed} == {"li"}

    again = invoke(db, "demo-data", "--customers", "200")
    assert again.exit_code == 1
    assert again.stderr.strip().count("\n") == 0 and "200" in again.stderr
    assert "Traceback" not in again.output


def test_force_rebuilds_a_demo_but_never_real_data(tmp_path: Path) -> None:
    demo_db = tmp_path / "demo.db"
    assert invoke(demo_db, "demo-data", "--customers", "100").exit_code == 0
    rebuilt = invoke(demo_db, "demo-data", "--customers", "150", "--force", "--json")
    assert rebuilt.exit_code == 0, rebuilt.output
    listed = json.loads(invoke(demo_db, "customers", "--limit", "1000", "--json").stdout)
    assert len(listed["customers"]) == 150

    real = tmp_path / "real.db"
    assert invoke(real, "agent", "add", "lead", "--name", "王主管").exit_code == 0
    refused = invoke(real, "demo-data", "--customers", "100", "--force")
    assert refused.exit_code == 1 and "--force" in refused.stderr
    agents = json.loads(invoke(real, "agents", "--json").stdout)["agents"]
    assert [agent["login"] for agent in agents] == ["lead"]


def test_demo_data_text_output_in_english(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["--db", str(tmp_path / "en.db"), "--lang", "en", "demo-data", "--customers", "50"]
    )
    assert result.exit_code == 0, result.output
    assert "Demo data built" in result.stdout and "--agent li" in result.stdout


@pytest.fixture
def launches(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, object, str]]:
    calls: list[tuple[str, str, object, str]] = []
    monkeypatch.setattr(
        demo_command,
        "launch_tui",
        lambda db, agent, today, lang: calls.append((db, agent, today, lang)),
    )
    return calls


def test_demo_builds_its_own_store_then_reuses_it(
    tmp_path: Path, launches: list[tuple[str, str, object, str]]
) -> None:
    first = runner.invoke(app, ["demo", "--customers", "120"])
    assert first.exit_code == 0, first.output
    path = demo_db_path()
    assert path.is_file()
    assert launches == [(f"sqlite:///{path}", "li", demo_command._demo_day(), "zh")]
    built_at = path.stat().st_mtime_ns

    second = runner.invoke(app, ["demo", "--customers", "120"])
    assert second.exit_code == 0, second.output
    assert "使用已有的演示数据库" in second.stderr
    assert len(launches) == 2

    resized = runner.invoke(app, ["--lang", "en", "demo", "--customers", "90"])
    assert resized.exit_code == 0 and "Building the demo database" in resized.stderr
    assert launches[-1][3] == "en"
    assert path.stat().st_mtime_ns != built_at


def test_demo_rebuilds_a_store_it_cannot_open(
    launches: list[tuple[str, str, object, str]],
) -> None:
    path = demo_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not a database at all" * 100)
    result = runner.invoke(app, ["demo", "--customers", "60"])
    assert result.exit_code == 0, result.output
    assert len(launches) == 1
    listed = runner.invoke(app, ["--db", str(path), "customers", "--json"])
    assert len(json.loads(listed.stdout)["customers"]) == 60


def test_demo_on_a_day_off_shows_the_next_working_day(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    monkeypatch.setattr(demo_command, "_desk_today_real", lambda: dt.date(2026, 11, 28))
    assert demo_command._demo_day() == dt.date(2026, 11, 30)  # Saturday -> Monday
    monkeypatch.setattr(demo_command, "_desk_today_real", lambda: dt.date(2026, 10, 1))
    assert demo_command._demo_day() == dt.date(
        2026, 10, 8
    )  # National Day -> first working day after
    monkeypatch.setattr(demo_command, "_desk_today_real", lambda: dt.date(2026, 12, 1))
    assert demo_command._demo_day() == dt.date(2026, 12, 1)


def test_demo_opens_as_the_agent_asked_for_and_the_cli_keeps_its_day(
    launches: list[tuple[str, str, object, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    monkeypatch.setattr(demo_command, "_desk_today_real", lambda: dt.date(2026, 11, 28))
    for login in ("xin", "zhou"):
        result = runner.invoke(app, ["--agent", login, "demo", "--customers", "60"])
        assert result.exit_code == 0, result.output
        assert launches[-1][1] == login and login in result.stderr
    assert launches[-1][2] == dt.date(2026, 11, 30)  # Saturday: the demo shows Monday
    listed = runner.invoke(app, ["--db", str(demo_db_path()), "--agent", "li", "calls", "--json"])
    assert listed.exit_code == 0, listed.output
    assert "2026-11-30 10:" in listed.stderr  # the CLI says the demo's day and moment
    assert json.loads(listed.stdout)["date"] == "2026-11-30"


def test_demo_builds_into_an_empty_db_file_then_reopens_it(
    tmp_path: Path, launches: list[tuple[str, str, object, str]]
) -> None:
    given = tmp_path / "mine.db"
    first = runner.invoke(app, ["--db", str(given), "demo", "--customers", "80"])
    assert first.exit_code == 0, first.output
    assert launches[-1][0] == f"sqlite:///{given}" and not demo_db_path().exists()
    listed = runner.invoke(app, ["--db", str(given), "customers", "--limit", "500", "--json"])
    assert len(json.loads(listed.stdout)["customers"]) == 80
    built_at = given.stat().st_mtime_ns

    again = runner.invoke(app, ["--db", str(given), "demo", "--customers", "80"])
    assert again.exit_code == 0 and "使用已有的演示数据库" in again.stderr
    assert launches[-1][0] == f"sqlite:///{given}" and given.stat().st_mtime_ns == built_at


def test_demo_refuses_a_db_holding_a_real_desk_in_one_line(
    tmp_path: Path, launches: list[tuple[str, str, object, str]]
) -> None:
    real = tmp_path / "real.db"
    assert invoke(real, "agent", "add", "lead", "--name", "王主管").exit_code == 0
    for flags in ([], ["--rebuild"]):
        refused = runner.invoke(
            app, ["--lang", "en", "--db", str(real), "--today", "2026-11-30", "demo", *flags]
        )
        assert refused.exit_code == 1 and "Traceback" not in refused.output
        said = refused.stderr.strip().splitlines()
        assert len(said) == 1 and "real.db holds a real desk, not a demo" in said[0], said
    assert launches == []
    agents = json.loads(invoke(real, "agents", "--json").stdout)["agents"]
    assert [agent["login"] for agent in agents] == ["lead"]


def test_demo_leaves_a_csdesk_db_from_the_environment_alone(
    tmp_path: Path, launches: list[tuple[str, str, object, str]]
) -> None:
    """CSDESK_DB names the agent's own store: the demo keeps to its own."""
    real = tmp_path / "real.db"
    result = runner.invoke(app, ["demo", "--customers", "60"], env={"CSDESK_DB": str(real)})
    assert result.exit_code == 0, result.output
    assert launches[-1][0] == f"sqlite:///{demo_db_path()}" and not real.exists()
