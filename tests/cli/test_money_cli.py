"""The money commands through Typer's runner on a temp store: JSON listings, ids, one-line errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csdesk.cli import app
from csdesk.desk.context import Desk
from csdesk.desk.shipments import move_shipment
from tests.desk.money_fixtures import NOW, customer, sail

runner = CliRunner()


@pytest.fixture
def cli(desk: Desk, db_path: Path):
    cid = customer(desk, "宁波华光进出口", owner="li")
    with desk.session() as session:
        old = sail(session, cid, "OLD1", [("O/F", 80000, "USD")], now=NOW - dt.timedelta(days=20))
        new = sail(session, cid, "NEW1", [("THC", 50000, "CNY")], number="MSCU1234566")
        move_shipment(session, new.id or 0, "bl_issued", now=NOW)
        assert old.id

    def run(*args: str, agent: str | None = "li", lang: str = "zh"):
        options = ["--db", str(db_path), "--today", "2026-11-30", "--lang", lang]
        options += ["--agent", agent] if agent else []
        return runner.invoke(app, [*options, *args])

    return run


def _one_line_error(result) -> str:
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output and "\x1b" not in result.stderr
    return lines[0]


def test_ar_json_by_currency_with_buckets(cli) -> None:
    result = cli("ar", "--json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["totals"]["USD"]["d1_30"] == 80000
    assert document["totals"]["CNY"]["not_due"] == 50000
    assert document["customers"][0]["customer"] == "宁波华光进出口"
    assert "1-30天" in cli("ar").stdout


def test_payment_prints_its_id_and_credit_then_invoices_show_paid(cli) -> None:
    result = cli("payment", "add", "宁波华光进出口", "USD 900", "--ref", "F001", "--json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert (document["applied_minor"], document["credit_minor"]) == (80000, 10000)
    listed = json.loads(cli("invoices", "宁波华光进出口", "--json").stdout)
    assert [row["status"] for row in listed] == ["paid", "open"]
    assert "F001" in _one_line_error(
        cli("payment", "add", "宁波华光进出口", "100", "--currency", "USD", "--ref", "F001")
    )


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["100", "--currency", "EUR", "--ref", "X1"], "not EUR"),
        (["USD -5", "--ref", "X1"], "above zero"),
        (["100", "--currency", "USD", "--ref", "X1", "--date", "2026-12-24"], "future"),
        (["100", "--currency", "USD", "--ref", "X1", "--date", "31/11"], "not a date"),
        (["100", "--currency", "CNY", "--ref", "X1", "--invoice", "OLD1-USD"], "never converted"),
    ],
)
def test_bad_payments_one_line_in_english(cli, args: list[str], words: str) -> None:
    line = _one_line_error(cli("payment", "add", "宁波华光进出口", *args, lang="en"))
    assert words in line
    assert json.loads(cli("invoices", "宁波华光进出口", "--json").stdout)[0]["paid_minor"] == 0


def test_import_dry_run_and_refusal(cli, tmp_path: Path) -> None:
    sheet = tmp_path / "pay.csv"
    sheet.write_text(
        "customer,amount,currency,date,reference\n宁波华光进出口,500,CNY,2026-11-30,B1\n"
    )
    result = cli("payments", "import", str(sheet), "--dry-run", "--json")
    assert json.loads(result.stdout) == {"dry_run": True, "rows": 1, "ids": []}
    assert len(json.loads(cli("payments", "import", str(sheet), "--json").stdout)["ids"]) == 1
    assert "B1" in _one_line_error(cli("payments", "import", str(sheet)))


def test_bl_release_needs_a_supervisor_reason_and_hold_needs_one(cli) -> None:
    assert "--reason" in _one_line_error(cli("bl", "release", "NEW1", agent="lead", lang="en"))
    result = cli("bl", "release", "NEW1", "--reason", "经理担保", "--json", agent="lead")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] >= 1
    _one_line_error(cli("bl", "hold", "OLD1"))


def test_statement_text_and_xlsx(cli, tmp_path: Path) -> None:
    text = cli("statement", "宁波华光进出口", "--from", "2026-11-01", lang="en").stdout
    assert "OLD1" in text and "NEW1" in text and "USD 800.00" in text
    path = tmp_path / "s.xlsx"
    result = cli("statement", "宁波华光进出口", "--xlsx", str(path))
    assert result.exit_code == 0 and path.is_file()
    # Dates the wrong way round are a mistake to say, not an empty statement.
    line = _one_line_error(
        cli("statement", "宁波华光进出口", "--from", "2026-11-30", "--to", "2026-11-01")
    )
    assert "2026-11-30" in line and "晚于" in line


def test_rebate_refused_then_chase_and_levels(cli) -> None:
    line = _one_line_error(
        cli("rebate", "request", "NEW1", "--amount", "CNY 50", "--payee", "张三")
    )
    assert "退佣" in line
    swept = json.loads(cli("chase", "--json").stdout)
    assert swept["added"] >= 2
    assert json.loads(cli("chase", "--json").stdout)["added"] == 0
    assert "主管" in _one_line_error(cli("chase-levels", "visit=10"))
    levels = json.loads(cli("chase-levels", "visit=10", "--json", agent="lead").stdout)
    assert levels["visit"] == 10


def test_the_call_list_carries_the_chase(cli) -> None:
    items = json.loads(cli("calls", "--json").stdout)["items"]
    mine = [item for item in items if item["customer"] == "宁波华光进出口"]
    assert mine and mine[0]["section"] == "follow_up"
    assert "逾期" in mine[0]["reason"]


def test_move_past_bl_issued_needs_the_release_one_line_in_both_languages(cli) -> None:
    zh = _one_line_error(cli("shipment", "move", "NEW1", "in_transit"))
    assert "NEW1" in zh and "还没放单" in zh and "主管" in zh
    en = _one_line_error(cli("shipment", "move", "NEW1", "in_transit", lang="en"))
    assert "no release recorded" in en and "record the payment or deposit" in en
    assert cli("bl", "release", "NEW1", "--reason", "经理担保", agent="lead").exit_code == 0
    result = cli("shipment", "move", "NEW1", "in_transit")
    assert result.exit_code == 0, result.output


def test_an_agent_proposes_a_hold_a_supervisor_decides(cli) -> None:
    refusal = _one_line_error(cli("bl", "hold", "NEW1", "--reason", "逾期", lang="en"))
    assert "supervisor" in refusal and "bl propose" in refusal
    assert "--reason" in _one_line_error(cli("bl", "propose", "NEW1"))
    result = cli("bl", "propose", "NEW1", "--reason", "逾期35天, 多次催款", "--json")
    assert result.exit_code == 0, result.output
    proposal_id = json.loads(result.stdout)["id"]
    listed = json.loads(cli("bl", "proposals", "--json", agent="lead").stdout)
    assert [(row["id"], row["shipment"], row["proposed_by"]) for row in listed] == [
        (proposal_id, "NEW1", "li")
    ]
    assert "逾期35天" in cli("bl", "proposals", agent="lead").stdout
    assert _one_line_error(cli("bl", "decline", str(proposal_id), "--reason", "不行"))
    declined = cli("bl", "decline", str(proposal_id), "--reason", "下周付", agent="lead")
    assert declined.exit_code == 0, declined.output
    assert "没有等待" in cli("bl", "proposals", agent="lead").stdout
    assert cli("bl", "propose", "NEW1", "--reason", "又逾期").exit_code == 0
    held = cli("bl", "hold", "NEW1", "--reason", "同意", "--json", agent="lead")
    assert held.exit_code == 0, held.output
    assert json.loads(cli("bl", "proposals", "--json", agent="lead").stdout) == []


def test_bl_number_is_listed_on_invoices_and_the_statement(cli) -> None:
    assert "B/L" in _one_line_error(cli("bl", "number", "NEW1", " ", lang="en"))
    result = cli("bl", "number", "NEW1", "cosu6301234567", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["bl_no"] == "COSU6301234567"
    listed = json.loads(cli("invoices", "宁波华光进出口", "--json").stdout)
    assert {row["number"]: row["bl_no"] for row in listed} == {
        "OLD1-USD": None,
        "NEW1-CNY": "COSU6301234567",
    }
    assert "B/L COSU6301234567" in cli("invoices", "宁波华光进出口").stdout
    text = cli("statement", "宁波华光进出口", "--from", "2026-11-01").stdout
    assert "提单 COSU6301234567 订舱 NEW1" in text
