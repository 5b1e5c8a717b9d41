"""`csdesk kpi`, `kpi export`, `targets set`, `fx set` through Typer's runner on a temp store."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from csdesk.cli import app
from csdesk.desk.context import Desk
from tests.desk.kpi_fixtures import build_store

runner = CliRunner()
Run = Callable[..., Any]


@pytest.fixture
def cli(desk: Desk, db_path: Path) -> Run:
    build_store(desk)

    def run(*args: str, agent: str | None = "lead", lang: str = "zh") -> Any:
        options = ["--db", str(db_path), "--today", "2026-11-30", "--lang", lang]
        options += ["--agent", agent] if agent else []
        return runner.invoke(app, [*options, *args])

    return run


def test_kpi_json_for_an_agent(cli: Run) -> None:
    result = cli("kpi", "--agent", "li", "--period", "2026-11", "--json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["scope"] == {"kind": "agent", "agent": "li", "group": None}
    assert document["revenue"]["per_currency_minor"] == {"CNY": 50_000, "USD": 300_000}
    assert document["revenue"]["cny_minor"] == 2_136_000 + 50_000
    assert document["volume"]["containers"] == {"40HQ": 2, "45HQ": 1}
    assert document["targets"]["teu"]["target"] == 10
    assert document["ranking"] is None


def test_the_desk_says_which_rate_is_missing(cli: Run) -> None:
    result = cli("kpi", "--desk", "--period", "2026-11", lang="en")
    assert result.exit_code == 0, result.output
    assert "Revenue" in result.stdout and "no rate" in result.stdout
    assert "Ranking" in result.stdout
    assert "2026-11 EUR" in result.stderr


def test_a_range_and_a_group(cli: Run) -> None:
    result = cli("kpi", "--group", "peer", "--from", "2026-11-01", "--to", "2026-11-15", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["volume"]["shipments"] == 1


@pytest.mark.parametrize(
    ("args", "agent", "words"),
    [
        (("kpi", "--agent", "zhao"), "li", "客服只能查看自己的"),
        (("kpi", "--period", "2026-13"), "lead", "时间段 2026-13 无法识别"),
        (("kpi", "--agent", "li", "--desk"), "lead", "只能选一个"),
        (("kpi", "--period", "2026-11", "--from", "2026-11-01"), "lead", "只能用一种"),
        (("kpi", "--from", "2026-11-09", "--to", "2026-11-01"), "lead", "--from 不能晚于 --to"),
        (("fx", "set", "2026-11", "USD", "7.2"), "li", "只有主管可以"),
        (("targets", "set", "li", "--teu", "30"), "li", "只有主管可以"),
        (("fx", "set", "2026-11", "USD", "七点一"), "lead", "汇率 七点一 无法识别"),
        (("fx", "set", "2026-11", "JPY", "0.05"), "lead", "币种 JPY 不可用"),
        (("targets", "set", "li", "--revenue", "USD 100"), "lead", "金额 USD 100 无法识别"),
        (("kpi", "export", "out.csv"), "lead", "要以 .xlsx 结尾"),
    ],
)
def test_bad_input_is_one_line(cli: Run, args: tuple[str, ...], agent: str, words: str) -> None:
    result = cli(*args, agent=agent)
    assert result.exit_code == 1
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_fx_set_then_the_desk_has_a_cny_total(cli: Run) -> None:
    saved = cli("fx", "set", "2026-11", "eur", "7.7")
    assert saved.exit_code == 0, saved.output
    assert "1 EUR = 7.7 CNY" in saved.stdout
    assert "EUR = 7.7" in cli("fx", "--month", "2026-11").stdout
    document = json.loads(cli("kpi", "--desk", "--json").stdout)
    assert document["missing_rates"] == []
    assert document["revenue"]["cny_minor"] == 2_136_000 + 50_000 + 854_400 + 616_000


def test_targets_set_keeps_other_measures(cli: Run) -> None:
    assert cli("targets", "set", "li", "--month", "2026-11", "--profit", "￥80,000").exit_code == 0
    listed = cli("targets", "--month", "2026-11", lang="en").stdout
    assert "li  revenue CNY 100,000  volume 10  profit CNY 80,000" in listed


def test_export_has_a_sheet_per_measure_with_charts_and_values(cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "kpi.xlsx"
    result = cli("kpi", "export", str(path), "--desk", "--period", "2026-11", lang="en")
    assert result.exit_code == 0, result.output
    book = load_workbook(path)
    assert book.sheetnames == ["Revenue", "Volume", "Profit", "Service", "Targets", "Ranking"]
    for name in ("Revenue", "Volume", "Profit", "Service", "Ranking"):
        assert book[name]._charts, name
    cells = [cell.value for sheet in book for row in sheet.iter_rows() for cell in row]
    assert not any(isinstance(value, str) and value.startswith("=") for value in cells)
    weeks = [row[1] for row in book["Volume"].iter_rows(min_row=2, max_row=7, values_only=True)]
    # Six weeks touch November 2026 (26 Oct to 30 Nov); the 30th is a Monday of its own.
    assert weeks == [0, 0, 2, 2, 0, 6]


def test_export_runs_no_formula_from_the_store_and_is_private(
    cli: Run, desk: Desk, tmp_path: Path
) -> None:
    from sqlalchemy import text

    with desk.session() as session:  # as an older csdesk, or another program, may have stored
        session.execute(text("UPDATE shipment SET booking_no = '=' || id || '+2'"))
        session.execute(text("UPDATE agent SET name = '\x01=HYPERLINK(\"http://evil.example\")'"))
    path = tmp_path / "kpi.xlsx"
    result = cli("kpi", "export", str(path), "--desk", "--period", "2026-11")
    assert result.exit_code == 0, result.output
    cells = [cell for sheet in load_workbook(path) for row in sheet.iter_rows() for cell in row]
    assert '\'=HYPERLINK("http://evil.example")' in [cell.value for cell in cells]
    assert any(str(cell.value).startswith("'=") and "+2" in str(cell.value) for cell in cells)
    assert all(cell.data_type != "f" for cell in cells)
    assert path.stat().st_mode & 0o077 == 0
    assert [entry.name for entry in tmp_path.iterdir() if entry.name.startswith(".csdesk-")] == []


@pytest.mark.parametrize("agent", [None, "li"])
def test_no_ranking_unless_a_supervisor_asks(cli: Run, agent: str | None) -> None:
    """Without --agent nobody has said who they are: the desk total, no one else's numbers."""
    result = cli("kpi", "--desk", "--json", agent=agent)
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["scope"]["kind"] == "desk" and document["ranking"] is None
    assert document["volume"]["teu"] == 10
    assert set(document["tier_drift"]) <= {agent}
    text = cli("kpi", agent=agent, lang="en").stdout
    assert "Ranking" not in text and "赵强" not in text
    assert "Ranking" in cli("kpi", agent="lead", lang="en").stdout


@pytest.mark.parametrize("args", [("--agent", "li"), ("--group", "peer")])
def test_without_a_working_agent_other_scopes_are_refused(cli: Run, args: tuple[str, ...]) -> None:
    result = cli("kpi", *args, agent=None, lang="en")
    assert result.exit_code == 1
    assert "say who you are first" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
