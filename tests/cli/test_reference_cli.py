from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from csdesk.cli import app

RUNNER = CliRunner()


def _run(db: Path, *args: str) -> tuple[int, str, str]:
    result = RUNNER.invoke(app, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def test_ports_search_by_chinese_alias_as_json(db_path: Path) -> None:
    code, out, _ = _run(db_path, "ports", "--search", "拉各斯", "--json")
    assert code == 0
    document = json.loads(out)
    # Lagos first; Tin Can Island (拉各斯汀坎岛, one of Lagos's ports) also carries the name.
    assert [port["locode"] for port in document["ports"]] == ["NGLOS", "NGTIN"]
    assert document["ports"][0]["name_en"] == "Lagos"
    assert "Apapa" in document["ports"][0]["aliases"]
    assert document["suggestions"] == []


def test_ports_search_by_code_prints_one_line_per_port(db_path: Path) -> None:
    code, out, _ = _run(db_path, "ports", "--search", "LOS")
    assert code == 0
    lines = out.splitlines()
    # The exact match first, then names that begin with the code (Los Angeles).
    assert lines[1].split()[:5] == ["NGLOS", "拉各斯", "Lagos", "NG", "WAF"]
    assert lines[2].split()[0] == "USLAX"
    assert lines[-1] == "共 2 个港口"


def test_ports_of_one_lane(db_path: Path) -> None:
    code, out, _ = _run(db_path, "ports", "--lane", "waf", "--json")
    assert code == 0
    ports = json.loads(out)["ports"]
    assert len(ports) >= 25
    assert {port["lane"] for port in ports} == {"WAF"}
    assert {"NGLOS", "NGTIN", "GHTEM"} <= {port["locode"] for port in ports}


def test_ports_search_within_a_lane(db_path: Path) -> None:
    code, out, _ = _run(db_path, "ports", "--search", "Lagos", "--lane", "EAF", "--json")
    assert code == 0
    assert json.loads(out)["ports"] == []


def test_unknown_port_gets_suggestions(db_path: Path) -> None:
    code, out, _ = _run(db_path, "--lang", "en", "ports", "--search", "Lagoss")
    assert code == 0
    assert "No port matches Lagoss." in out
    assert "Did you mean: 拉各斯 (NGLOS)" in out
    code, out, _ = _run(db_path, "ports", "--search", "拉哥斯x", "--json")
    assert json.loads(out)["suggestions"][0]["locode"] == "NGLOS"


def test_unknown_lane_is_one_line_on_stderr(db_path: Path) -> None:
    code, out, err = _run(db_path, "ports", "--lane", "XX")
    assert code == 1
    assert out == ""
    assert err.strip().startswith("没有航线 XX。")
    assert "WAF" in err and "Traceback" not in err


def test_all_ports_without_options(db_path: Path) -> None:
    code, out, _ = _run(db_path, "ports", "--json")
    assert code == 0
    assert len(json.loads(out)["ports"]) >= 300


def test_containers_json_and_text(db_path: Path) -> None:
    code, out, _ = _run(db_path, "containers", "--json")
    assert code == 0
    containers = json.loads(out)["containers"]
    assert [c["code"] for c in containers][:3] == ["20GP", "40GP", "40HQ"]
    high_cube = containers[2]
    assert high_cube["iso_code"] == "45G1" and high_cube["teu"] == 2
    assert "高柜" in high_cube["aliases"]
    code, out, _ = _run(db_path, "--lang", "en", "containers")
    assert code == 0
    assert out.splitlines()[0].startswith("Type")
    assert any(line.startswith("40RF") and " yes " in line for line in out.splitlines())
