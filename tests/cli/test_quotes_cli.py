"""`csdesk rates`, `csdesk quote ...`, `csdesk quotes` and `csdesk gri add` through Typer's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csdesk.cli import app
from csdesk.desk.context import Desk
from tests.desk.quote_fixtures import MINIMUMS, SHEET, add_customer, inquiry_for, write_sheet

runner = CliRunner()


@pytest.fixture
def cli(desk: Desk, db_path: Path):
    def run(*args: str, agent: str | None = "zhao", lang: str = "zh"):
        options = ["--db", str(db_path), "--today", "2026-11-30", "--lang", lang]
        options += ["--agent", agent] if agent else []
        return runner.invoke(app, [*options, *args])

    return run


@pytest.fixture
def inquiry(desk: Desk) -> int:
    peer = add_customer(desk, "Lagos Forwarding Ltd", kind="peer", owner="zhao")
    return inquiry_for(desk, peer, "zhao")


def _import(cli, tmp_path: Path, rows=SHEET, *extra: str, lang: str = "zh"):
    path = write_sheet(tmp_path / "rates.csv", rows)
    return cli("rates", "import", str(path), *extra, lang=lang)


def test_rates_import_dry_run_then_for_real(cli, tmp_path: Path) -> None:
    dry = _import(cli, tmp_path, SHEET, "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "试导入: 5 条运价都没问题" in dry.stdout
    assert "没有有效运价" in cli("rates").stdout
    done = _import(cli, tmp_path)
    assert done.exit_code == 0 and "已导入 5 条运价, 版本 1" in done.stdout
    newer = [[*SHEET[0][:5], "1950", *SHEET[0][6:]]]
    again = _import(cli, tmp_path, newer)
    line = next(line for line in again.stdout.splitlines() if "COSCO" in line)
    assert "USD 1,850" in line and "USD 1,950" in line and "+USD 100 (+5.4%)" in line


def test_a_bad_sheet_reports_every_row_and_exits_1(cli, tmp_path: Path) -> None:
    rows = [SHEET[0], ["MSC", "Atlantis", "NGLOS", "40HQ", "x", "1900", "1555", "USD",
                       "2026-11-20", "2026-12-20", "company", "", "", ""]]  # fmt: skip
    result = _import(cli, tmp_path, rows, lang="en")
    assert result.exit_code == 1
    assert "row 3 pol: unknown port: Atlantis" in result.stderr
    assert "row 3 buy: not an amount: x" in result.stderr
    assert "没有有效运价" in cli("rates").stdout


def test_rates_listing_by_port_name_and_json(cli, tmp_path: Path) -> None:
    _import(cli, tmp_path)
    listing = cli("rates", "--pol", "宁波", "--pod", "Lagos")
    assert listing.exit_code == 0, listing.output
    assert "PIL" not in listing.stdout  # self-sourced, not approved
    document = json.loads(cli("rates", "--json").stdout)
    assert [rate["carrier"] for rate in document["rates"]] == ["CMA", "COSCO", "MSC", "COSCO"]
    assert "min" not in json.dumps(document)
    assert cli("rates", "--pol", "Atlantis").exit_code == 1


def test_quote_new_send_win(cli, tmp_path: Path, inquiry: int) -> None:
    _import(cli, tmp_path)
    made = cli("quote", "new", str(inquiry), "--json")
    assert made.exit_code == 0, made.output
    document = json.loads(made.stdout)
    assert (document["carrier"], document["price"], document["status"]) == ("COSCO", 1850, "draft")
    quote = str(document["id"])
    assert "USD 1,850/柜 x 2" in cli("quote", "text", quote).stdout
    english = cli("quote", "text", quote, "--lang", "en")
    assert "Ocean freight 40HQ: USD 1,850/container x 2" in english.stdout
    sent = cli("quote", "send", quote)
    assert sent.exit_code == 0 and "2026-12-01 10:00" in sent.stdout
    won = cli("quote", "win", quote)
    assert won.exit_code == 0 and "Q000001" in won.stdout
    listed = json.loads(cli("quotes", "--json").stdout)["quotes"]
    assert [(row["id"], row["status"], row["shipment_id"]) for row in listed] == [
        (int(quote), "won", 1)
    ]
    assert "COSU" not in cli("board").stdout  # the booking is on the board under its own number
    assert "Q000001" in cli("board").stdout


def test_quote_new_with_price_below_the_minimum_waits_for_review(
    cli, tmp_path: Path, inquiry: int
) -> None:
    _import(cli, tmp_path)
    at_minimum = cli("quote", "new", str(inquiry), "--rate", "1", "--price", "1605")
    assert at_minimum.exit_code == 1
    assert "最低卖价只能电话口头报" in at_minimum.stderr
    below = cli("quote", "new", str(inquiry), "--rate", "1", "--price", "USD 1600")
    assert below.exit_code == 0
    quote = below.stdout.strip()
    refused = cli("quote", "send", quote)
    assert refused.exit_code == 1 and "主管审核" in refused.stderr
    wrong_currency = cli("quote", "new", str(inquiry), "--price", "CNY 12000")
    assert wrong_currency.exit_code == 1


def test_quote_lose_needs_a_known_reason(cli, tmp_path: Path, inquiry: int) -> None:
    _import(cli, tmp_path)
    quote = cli("quote", "new", str(inquiry)).stdout.strip()
    assert cli("quote", "lose", quote, "--reason", "weather").exit_code == 1
    lost = cli("quote", "lose", quote, "--reason", "price", "--note", "对手便宜")
    assert lost.exit_code == 0 and "价格" in lost.stdout
    assert "未成交" in cli("quotes").stdout


def test_provisional_quote_from_the_command_line(cli, inquiry: int) -> None:
    result = cli("quote", "new", str(inquiry), "--price", "1800")
    assert result.exit_code == 0, result.output
    assert "暂定价" in result.stderr
    assert "暂定" in cli("quotes").stdout
    assert cli("quote", "new", str(inquiry)).exit_code == 1  # no rate, no price


def test_gri_add_lists_the_touched_quotes(cli, tmp_path: Path, inquiry: int) -> None:
    _import(cli, tmp_path)
    quote = cli("quote", "new", str(inquiry)).stdout.strip()
    cli("quote", "send", quote)
    result = cli(
        "gri", "add", "--carrier", "COSCO", "--lane", "WAF", "--amount", "USD 150",
        "--effective", "2026-12-15", "--json", agent="lead",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert [(item["kind"], item["id"]) for item in document["touched"]] == [("quote", int(quote))]
    assert len(document["tasks"]) == 1
    text = cli("gri", "add", "--carrier", "COSCO", "--lane", "西非", "--amount", "150",
               "--effective", "2026-12-15")  # fmt: skip
    assert "COSCO 正式通知" in text.stderr and "爆仓" not in text.stderr


def test_no_command_output_names_a_minimum(cli, tmp_path: Path, inquiry: int) -> None:
    outputs = [_import(cli, tmp_path, SHEET, "--dry-run").output, _import(cli, tmp_path).output]
    quote = cli("quote", "new", str(inquiry)).stdout.strip()
    for args in (
        ("rates",),
        ("rates", "--json"),
        ("quote", "text", quote),
        ("quote", "text", quote, "--lang", "en"),
        ("quotes", "--json"),
        ("quotes",),
        ("quote", "send", quote),
    ):
        outputs.append(cli(*args).output)
    for output in outputs:
        for minimum in MINIMUMS:
            assert f"{minimum}" not in output.replace(",", "")
