"""`csdesk board` and `csdesk shipment ...` through Typer's runner, on a temp store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csdesk.cli import app
from csdesk.desk.context import Desk
from tests.desk.shipment_fixtures import customer

runner = CliRunner()


@pytest.fixture
def cli(desk: Desk, db_path: Path):
    customer(desk, "宁波华光进出口", owner="li")
    customer(desk, "中远海运特运", owner="li", vip=True)

    def run(*args: str, agent: str | None = "li", lang: str = "zh"):
        options = ["--db", str(db_path), "--today", "2026-11-30", "--lang", lang]
        options += ["--agent", agent] if agent else []
        return runner.invoke(app, [*options, *args])

    return run


def add(cli, booking_no: str, *extra: str) -> int:
    result = cli(
        "shipment",
        "add",
        "--customer",
        "宁波华光进出口",
        "--booking-no",
        booking_no,
        "--carrier",
        "COSCO",
        "--pol",
        "CNNGB",
        "--pod",
        "NGLOS",
        "--json",
        *extra,
    )
    assert result.exit_code == 0, result.output
    return int(json.loads(result.stdout)["id"])


def test_board_json_has_the_issue_shape(cli) -> None:
    first = add(cli, "COSU9001", "--container", "2x40HQ")
    add(cli, "COSU9002", "--container", "40HQ:CSQU3054383:SL1")
    assert (
        cli("shipment", "trouble", str(first), "complaint", "--note", "备注 [/] 结束").exit_code
        == 0
    )
    result = cli("board", "--json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    stages = [column["stage"] for column in document["columns"]]
    assert stages == [
        "booked",
        "pre_allocated",
        "stuffing",
        "gated_in",
        "sailed",
        "bl_issued",
        "in_transit",
        "arrived",
    ]
    booked = document["columns"][0]["shipments"]
    assert [card["booking_no"] for card in booked] == ["COSU9001", "COSU9002"]
    assert set(booked[0]) >= {"id", "booking_no", "customer", "trouble", "days_in_stage"}
    assert booked[0]["trouble"] == ["complaint"]
    assert booked[0]["customer"] == "宁波华光进出口" and booked[0]["days_in_stage"] == 0


def test_board_agent_option_scopes_to_one_agent(cli) -> None:
    add(cli, "COSU9003")
    mine = json.loads(cli("board", "--agent", "li", "--json").stdout)
    theirs = json.loads(cli("board", "--agent", "zhao", "--json").stdout)
    assert len(mine["columns"][0]["shipments"]) == 1
    assert all(not column["shipments"] for column in theirs["columns"])


def test_a_broad_filter_says_its_counts_are_floors(cli, monkeypatch) -> None:
    from csdesk.desk.shipments import board_filtered

    for number in range(3):
        add(cli, f"COSU910{number}")
    exact = json.loads(cli("board", "--search", "cosu", "--limit", "2", "--json").stdout)
    assert exact["columns"][0]["count"] == 3 and not exact["columns"][0]["count_at_least"]
    monkeypatch.setattr(board_filtered, "COUNT_CAP", 1)
    broad = json.loads(cli("board", "--search", "cosu", "--limit", "2", "--json").stdout)
    booked = broad["columns"][0]
    assert (booked["count"], booked["count_at_least"], len(booked["shipments"])) == (2, True, 2)
    assert not broad["columns"][1]["count_at_least"] and broad["columns"][1]["count"] == 0
    lines = cli("board", "--search", "cosu", "--limit", "2", lang="en").stdout.splitlines()
    assert lines[0].endswith("(2+)") and lines[3].endswith("(0)"), lines


def test_move_forward_and_back_and_show_the_history(cli) -> None:
    shipment = add(
        cli,
        "COSU9004",
        "--container",
        "40HQ:MSCU1234566",
        "--shipper",
        "宁波华光",
        "--consignee",
        "TO ORDER",
        "--commodity",
        "LED",
        "--stuffing",
        "warehouse",
        "--warehouse-fee",
        "300",
    )
    moved = cli("shipment", "move", "COSU9004", "gated_in")
    assert moved.exit_code == 0 and "进港" in moved.stdout
    refused = cli("shipment", "move", str(shipment), "booked")
    assert refused.exit_code == 1 and "原因" in refused.stderr and "Traceback" not in refused.output
    assert cli("shipment", "move", str(shipment), "booked", "--reason", "客户改船期").exit_code == 0
    shown = json.loads(cli("shipment", "show", "COSU9004", "--json").stdout)
    assert [(h["from"], h["to"], h["reason"], h["by"]) for h in shown["history"]] == [
        (None, "booked", None, "li"),
        ("booked", "gated_in", None, "li"),
        ("gated_in", "booked", "客户改船期", "li"),
    ]
    assert shown["warehouse_fee_minor"] == 30000


def test_wrong_container_number_is_one_line_naming_the_digit(cli) -> None:
    result = cli(
        "shipment",
        "add",
        "--customer",
        "宁波华光进出口",
        "--booking-no",
        "BAD1",
        "--carrier",
        "MSC",
        "--pol",
        "CNSHA",
        "--pod",
        "NGLOS",
        "--container",
        "40HQ:MSCU1234560",
        lang="en",
    )
    assert result.exit_code == 1
    assert "ISO 6346 gives 6" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_trouble_with_details_then_release_rules(cli) -> None:
    shipment = add(cli, "COSU9005")
    rolled = cli(
        "shipment",
        "trouble",
        str(shipment),
        "rolled",
        "--detail",
        "reason=爆仓",
        "--detail",
        "new_vessel=CSCL STAR",
        "--json",
    )
    assert rolled.exit_code == 0 and json.loads(rolled.stdout)["task_id"]
    missing = cli("shipment", "trouble", str(shipment), "rolled")
    assert missing.exit_code == 1 and "新船名" in missing.stderr
    vip = json.loads(
        cli(
            "shipment",
            "add",
            "--customer",
            "中远海运特运",
            "--booking-no",
            "VIP1",
            "--carrier",
            "COSCO",
            "--pol",
            "CNNGB",
            "--pod",
            "NGLOS",
            "--json",
        ).stdout
    )["id"]
    hold = cli(
        "shipment",
        "trouble",
        str(vip),
        "bl_held",
        "--detail",
        "holder=us",
        "--detail",
        "reason=account_overdue",
    )
    hold_id = hold.stdout.strip()
    refused = cli("shipment", "trouble-status", hold_id, "closed")
    assert refused.exit_code == 1 and "主管" in refused.stderr
    released = cli("shipment", "trouble-status", hold_id, "closed", agent="lead")
    assert released.exit_code == 0, released.output
    shown = cli("shipment", "show", str(shipment), lang="en")
    assert "CSCL STAR" in shown.stdout and "rolled" in shown.stdout


def test_records_from_the_command_line(cli) -> None:
    shipment = str(add(cli, "COSU9006"))
    assert cli("shipment", "note", shipment, "客户要求 [urgent] 处理").exit_code == 0
    refused = cli("shipment", "charge", shipment, "receivable", "ALL IN", "USD 1,850")
    assert refused.exit_code == 1 and "H48" in refused.stderr
    assert (
        cli(
            "shipment",
            "charge",
            shipment,
            "receivable",
            "ALL IN",
            "USD 1,850",
            "--covers",
            "O/F, THC, DOC",
        ).exit_code
        == 0
    )
    flagged = cli("shipment", "free-days", shipment, "21", "--origin", "21", "--destination", "14")
    assert flagged.exit_code == 0 and "H66" in flagged.stderr
    unconfirmed = cli(
        "shipment",
        "document",
        shipment,
        "bl",
        "--courier",
        "顺丰",
        "--tracking-no",
        "SF1",
        "--address",
        "宁波",
    )
    assert unconfirmed.exit_code == 1
    sent = cli(
        "shipment",
        "document",
        shipment,
        "bl",
        "--courier",
        "顺丰",
        "--tracking-no",
        "SF1",
        "--address",
        "宁波",
        "--confirmed",
    )
    assert sent.exit_code == 0
    shown = json.loads(cli("shipment", "show", shipment, "--json").stdout)
    assert shown["notes"][0]["text"] == "客户要求 [urgent] 处理"
    assert shown["charges"][0]["covers"] == ["O/F", "THC", "DOC"]
    assert shown["free_days"][0]["flag"]
    assert shown["documents"][0]["due"] == "2026-12-03"
