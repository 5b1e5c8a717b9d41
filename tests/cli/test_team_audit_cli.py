"""Supervisor-only actions leave audit rows, readable with `csdesk audit` (both stores)."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

from typer.testing import CliRunner

from csdesk.cli import app
from csdesk.desk.context import Desk
from csdesk.desk.customers import create_customer
from tests.conftest import ON_PG

runner = CliRunner()


def run(db: Path, *args: str, agent: str | None = None):  # type: ignore[no-untyped-def]
    options = ["--db", str(db), "--lang", "en", "--today", "2026-11-30"]
    return runner.invoke(app, [*options, *(["--agent", agent] if agent else []), *args])


def test_a_tier_change_is_refused_to_an_agent_and_audited_for_a_supervisor(
    db_path: Path, desk: Desk
) -> None:
    with desk.session() as session:
        create_customer(session, {"name": "中远海运 [/]", "tier": "B"})
    refused = run(db_path, "tiers", "set", "中远海运 [/]", "D", agent="li")
    assert refused.exit_code == 1
    assert run(db_path, "audit", "--json").stdout.count('"action"') == 0
    done = run(db_path, "tiers", "set", "中远海运 [/]", "D", "--note", "不出货了", agent="lead")
    assert done.exit_code == 0, done.output
    rows = json.loads(run(db_path, "audit", "--json").stdout)["audit"]
    assert [(r["action"], r["agent_login"], r["before"], r["after"]) for r in rows] == [
        ("customer.tier", "lead", '{"tier": "B"}', '{"tier": "D"}')
    ]
    assert rows[0]["subject"].endswith("中远海运 [/]")
    if not ON_PG:
        assert rows[0]["os_user"] == getpass.getuser()
    text = run(db_path, "audit", "--action", "customer.tier").stdout
    assert "lead (" in text and "customer.tier" in text and '{"tier": "B"} -> {"tier": "D"}' in text
    assert run(db_path, "audit", "--by", "li").stdout.strip() == "No audit entries."


def test_call_start_claims_the_customer_until_the_call_is_logged(db_path: Path, desk: Desk) -> None:
    with desk.session() as session:
        create_customer(session, {"name": "宁波海天 [urgent]", "tier": "A"})
    started = run(db_path, "call-start", "宁波海天 [urgent]", agent="li")
    assert started.exit_code == 0, started.output
    assert "宁波海天 [urgent]" in started.stdout
    taken = run(db_path, "call-start", "宁波海天 [urgent]", agent="zhao")
    assert taken.exit_code == 1
    assert taken.stderr.startswith("李娜 is on a call (since ")
    logged = run(db_path, "log-call", "宁波海天 [urgent]", "--outcome", "reached", agent="li")
    assert logged.exit_code == 0, logged.output
    assert run(db_path, "call-start", "宁波海天 [urgent]", agent="zhao").exit_code == 0
