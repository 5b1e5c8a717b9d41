from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csdesk.cli import app
from csdesk.desk.context import Desk
from csdesk.desk.customers import create_customer

runner = CliRunner()
MESSAGE = "宁波到拉各斯 2x40HQ 家具 每柜18吨 12月10号出货 目标价USD1500"


def invoke(db: Path, *args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["--db", str(db), "--today", "2026-11-30", *args], input=stdin)


def _customers(desk: Desk) -> None:
    with desk.session() as session:
        create_customer(session, {"name": "宁波海天贸易", "kind": "direct"})
        create_customer(session, {"name": "Lagos Freight Services", "kind": "peer"})


def test_parse_reads_the_fields_with_their_sources(db_path: Path) -> None:
    result = invoke(
        db_path, "inquiry", "parse", MESSAGE, "--received", "2026-11-30T09:30", "--json"
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["fields"]["weight_kg"] == 36000
    assert document["fields"]["containers"] == [{"type": "40HQ", "qty": 2}]
    assert document["fields"]["pol"] == "CNNGB" and document["fields"]["pod"] == "NGLOS"
    assert document["fields"]["cargo_ready"] == "2026-12-10"
    assert document["read"]["weight_kg"]["text"] == "18吨 / 2x40HQ"
    assert document["fields"]["shipper"] is None


def test_parse_saves_the_patterns_it_compiled(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`inquiry parse`, like `inquiry add`, keeps the programs of the patterns it compiled."""
    from csdesk.rules import fastre, pattern_store

    monkeypatch.setenv("CSDESK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(pattern_store, "_loaded", [])
    monkeypatch.setattr(pattern_store, "_added", [])
    key = ("(?:kept)+ by parse", 0, True)
    _compiled, entry = fastre._compile_entry(*key)
    assert entry is not None
    pattern_store.put(key, entry)  # as a pattern first used by this run's parse
    path = pattern_store.file_path()
    assert path is not None and not path.exists()
    assert invoke(db_path, "inquiry", "parse", MESSAGE).exit_code == 0
    monkeypatch.setattr(pattern_store, "_loaded", [])
    assert pattern_store.get(key) == entry


def test_parse_reads_stdin_and_dates_count_from_received(db_path: Path) -> None:
    result = invoke(
        db_path, "inquiry", "parse", "-", "--received", "2026-12-03", "--json", stdin="下周三货好"
    )
    assert json.loads(result.stdout)["fields"]["cargo_ready"] == "2026-12-09"
    text = invoke(db_path, "--lang", "en", "inquiry", "parse", MESSAGE)
    assert "Gross weight" in text.stdout and "36,000 kg" in text.stdout


def test_check_json_fields_reports_missing_errors_warnings_advice(db_path: Path) -> None:
    fields = {
        "mode": "FCL",
        "pol": "宁波",
        "pod": "宁波",
        "weight_kg": 0,
        "containers": [{"type": "40HQ", "qty": 1}],
        "cargo_ready": "2026-11-01",
    }
    result = invoke(db_path, "inquiry", "check", "-", "--json", stdin=json.dumps(fields))
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert set(document) == {"fields", "missing", "errors", "warnings", "advice"}
    assert document["missing"] == ["commodity"]
    assert [error["code"] for error in document["errors"]] == ["not_positive", "same_port"]
    assert [warning["code"] for warning in document["warnings"]] == ["date_past"]
    assert document["fields"]["pol"] == "CNNGB"


def test_check_free_text_from_a_file_with_the_customer_for_lane_advice(
    db_path: Path, desk: Desk, tmp_path: Path
) -> None:
    _customers(desk)
    message = tmp_path / "message.txt"
    message.write_text("宁波到汉堡 1x40HQ 家具 8吨", encoding="utf-8")
    peer = invoke(db_path, "inquiry", "check", str(message), "--customer",
                  "Lagos Freight Services", "--json")  # fmt: skip
    assert [item["code"] for item in json.loads(peer.stdout)["advice"]] == ["decline_peer_lane"]
    direct = invoke(db_path, "--lang", "en", "inquiry", "check", str(message), "--customer",
                    "宁波海天贸易")  # fmt: skip
    assert "not a main lane" in direct.stdout


def test_check_exits_1_only_when_the_input_cannot_be_read(db_path: Path, tmp_path: Path) -> None:
    assert invoke(db_path, "inquiry", "check", str(tmp_path / "none.txt")).exit_code == 1
    assert invoke(db_path, "inquiry", "check", "-", stdin="{not json").exit_code == 1
    assert invoke(db_path, "inquiry", "check", "-", stdin="[1, 2]").exit_code == 1
    odd = invoke(db_path, "inquiry", "check", "-", "--json", stdin='{"weight_kg": "abc"}')
    assert odd.exit_code == 0
    assert json.loads(odd.stdout)["errors"][0]["code"] == "unreadable"
    assert invoke(db_path, "inquiry", "check", "-", stdin="").exit_code == 0


def test_add_stores_the_message_and_the_queue_lists_it(db_path: Path, desk: Desk) -> None:
    _customers(desk)
    added = invoke(db_path, "--agent", "li", "inquiry", "add", MESSAGE, "--customer",
                   "宁波海天贸易", "--json")  # fmt: skip
    assert added.exit_code == 0, added.output
    document = json.loads(added.stdout)
    assert document["id"] == 1 and document["status"] == "open"
    plain = invoke(db_path, "inquiry", "add", "-", "--customer", "1", stdin="到拉各斯 家具")
    assert plain.stdout.splitlines()[0] == "2"
    assert "还缺" in plain.stdout
    queue = json.loads(invoke(db_path, "inquiries", "--json").stdout)["inquiries"]
    assert {row["id"] for row in queue} == {1, 2}
    mine = json.loads(invoke(db_path, "inquiries", "--agent", "li", "--json").stdout)
    assert [row["id"] for row in mine["inquiries"]] == [1]


def test_show_status_and_respond(db_path: Path, desk: Desk) -> None:
    _customers(desk)
    invoke(db_path, "inquiry", "add", MESSAGE, "--customer", "1")
    shown = json.loads(invoke(db_path, "inquiry", "show", "1", "--json").stdout)
    assert shown["raw_text"] == MESSAGE and "weight_kg" in shown["pending"]
    assert invoke(db_path, "inquiry", "respond", "1").exit_code == 0
    assert json.loads(invoke(db_path, "inquiry", "show", "1", "--json").stdout)["first_response_at"]
    assert invoke(db_path, "inquiry", "status", "1", "quoted").exit_code == 0
    assert json.loads(invoke(db_path, "inquiries", "--json").stdout)["inquiries"] == []
    closed = json.loads(invoke(db_path, "inquiries", "--status", "quoted", "--json").stdout)
    assert [row["status"] for row in closed["inquiries"]] == ["quoted"]
    missing = invoke(db_path, "inquiry", "show", "99")
    assert missing.exit_code == 1 and "99" in missing.stderr
    # A bad value is one line and exit 1, as every refusal (issue 10).
    nonsense = invoke(db_path, "inquiries", "--status", "nonsense")
    assert nonsense.exit_code == 1 and nonsense.stderr.count("\n") == 1


def test_an_implausible_count_is_asked_about_not_dropped(db_path: Path, desk: Desk) -> None:
    """Issue 10: 1000x40HQ is not read as 1x40HQ, and the agent is told why the boxes are
    empty (the parser's question), in every view of the message."""
    _customers(desk)
    text = "宁波到拉各斯 1000x40HQ 家具"
    views = (
        invoke(db_path, "inquiry", "parse", text),
        invoke(db_path, "inquiry", "check", "-", stdin=text),
        invoke(db_path, "--agent", "li", "inquiry", "add", text, "--customer", "1"),
    )
    for result in views:
        assert result.exit_code == 0, result.output
        assert '"1000x40HQ" 箱量不合常理' in result.stdout, result.stdout
    added = invoke(db_path, "--agent", "li", "inquiry", "add", text, "--customer", "1", "--json")
    document = json.loads(added.stdout)
    assert document["fields"]["containers"] in (None, [])
    assert any("1000x40HQ" in line for line in document["questions"])
