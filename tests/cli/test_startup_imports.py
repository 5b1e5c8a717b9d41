"""What start-up imports: alembic only to upgrade; the head constant matches the migrations."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import typer
import typer.main
from typer.core import TyperGroup as click_group

from csdesk import cli
from csdesk.desk.context import Desk
from csdesk.store import migrate
from tests.conftest import TEST_PG_URL

# Runs one CLI command in a fresh interpreter as csdesk.cli.main does (without its fast exit)
# and prints which alembic and command modules it imported.
_CLI_PROBE = """
import sys
from csdesk.cli import build_app, modules_for
try:
    build_app(modules_for(sys.argv[1:]))(sys.argv[1:], prog_name="csdesk")
except SystemExit as leaving:
    if leaving.code:
        raise
print("ALEMBIC", sorted(name for name in sys.modules if name.split(".")[0] == "alembic"))
print("COMMANDS", sorted(name for name in sys.modules if name.startswith("csdesk.commands.")))
print("ORM", sorted(name for name in sys.modules if name.startswith(ORM_MODULES)))
print("PYDANTIC", sorted(name for name in sys.modules if name.split(".")[0] == "pydantic"))
"""
# The ORM, SQLModel and the table classes: opening a store and the Core listings never need them.
ORM_MODULES = ("sqlalchemy.orm", "sqlmodel", "csdesk.models.")
_CLI_PROBE = f"ORM_MODULES = {ORM_MODULES!r}\n" + _CLI_PROBE


def _alembic_modules(output: str) -> str:
    return next(line for line in output.splitlines() if line.startswith("ALEMBIC"))


def test_head_constant_is_the_migrations_head() -> None:
    assert migrate.code_heads() == {migrate.HEAD_REVISION}


def test_a_store_at_head_is_known_without_alembic(desk: Desk) -> None:
    assert migrate.at_head(desk.engine)
    assert migrate.upgrade(desk.engine) is False


def test_importing_the_app_leaves_alembic_alone() -> None:
    probe = "import sys, csdesk.app; print(sorted(m for m in sys.modules if 'alembic' in m))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.skipif(TEST_PG_URL is not None, reason="runs the CLI on the SQLite file")
@pytest.mark.parametrize(
    "command",
    [
        ("calls", "--json"),
        ("customers", "--search", "宁波", "--json"),
        ("agents",),
        ("inquiries",),
        ("board",),
        ("quotes",),
    ],
)
def test_listing_commands_on_a_current_store_leave_alembic_alone(
    desk: Desk, db_path: Path, command: tuple[str, ...]
) -> None:
    options = ["--db", str(db_path), "--agent", "li", "--today", "2026-11-30"]
    result = subprocess.run(
        [sys.executable, "-c", _CLI_PROBE, *options, *command],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert _alembic_modules(result.stdout) == "ALEMBIC []"
    # Only the command's own module is registered (csdesk.cli.COMMAND_MODULES).
    own = f"csdesk.commands.{cli.COMMAND_MODULES[command[0]][0]}"
    loaded = next(line for line in result.stdout.splitlines() if line.startswith("COMMANDS"))
    assert own in loaded and "csdesk.commands.kpi" not in loaded


def _command_names(app: typer.Typer) -> set[str | None]:
    names = {info.name for info in app.registered_commands}
    return names | {info.name for info in app.registered_groups}


def test_every_command_is_mapped_to_the_modules_that_register_it() -> None:
    assert _command_names(cli.build_app()) == set(cli.COMMAND_MODULES)
    for name, modules in cli.COMMAND_MODULES.items():
        assert name in _command_names(cli.build_app(modules)), name


def test_a_run_registers_only_its_command_module_and_all_when_unsure() -> None:
    assert cli.modules_for(["--db", "x.db", "--agent=li", "calls", "--json"]) == ("calls",)
    assert cli.modules_for(["db", "copy"]) == ("core", "team")
    assert cli.modules_for(["--db", "x.db"]) == ("core",)
    assert cli.modules_for(["--help"]) == cli.MODULES
    assert cli.modules_for(["cals"]) == cli.MODULES
    assert cli.modules_for(["--verbose", "calls"]) == cli.MODULES


def test_a_group_registered_alone_lists_every_subcommand() -> None:
    """`csdesk db --help` on its own registers core and team, as the full app does."""
    full = typer.main.get_command(cli.build_app())
    alone = typer.main.get_command(cli.build_app(cli.modules_for(["db", "--help"])))
    assert isinstance(full, click_group) and isinstance(alone, click_group)
    for group in ("db", "agent"):
        alone_group, full_group = alone.commands[group], full.commands[group]
        assert isinstance(alone_group, click_group) and isinstance(full_group, click_group)
        assert sorted(alone_group.commands) == sorted(full_group.commands)


@pytest.mark.skipif(TEST_PG_URL is not None, reason="reads the SQLite file's WAL")
def test_a_command_ends_early_only_with_its_output_written_and_its_store_closed(
    desk: Desk, db_path: Path
) -> None:
    """`csdesk agents` ends through os._exit (common.leave_now): every line is out, the exit
    code is kept, and the store was closed (SQLite removes the WAL when its last connection
    closes; one left open at os._exit would leave it behind)."""
    desk.engine.dispose()
    options = ["--db", str(db_path), "--today", "2026-11-30", "--lang", "en"]
    listing = subprocess.run(
        [sys.executable, "-m", "csdesk", *options, "agents"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert listing.returncode == 0, listing.stderr
    logins = sorted(line.split()[0] for line in listing.stdout.splitlines())
    assert logins == ["lead", "li", "xin", "zhao"]
    assert not db_path.with_name(db_path.name + "-wal").exists()
    refused = subprocess.run(
        [sys.executable, "-m", "csdesk", *options, "calls", "--date", "2026-13-01"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert refused.returncode == 1 and len(refused.stderr.splitlines()) == 1


def _orm_modules(output: str) -> str:
    return next(line for line in output.splitlines() if line.startswith("ORM"))


@pytest.mark.skipif(TEST_PG_URL is not None, reason="runs the CLI on the SQLite file")
@pytest.mark.parametrize(
    "command",
    [
        ("customers",),
        ("customers", "--search", "宁波", "--json"),
        ("inquiries",),
        ("inquiries", "--agent", "zhao", "--status", "all"),
        ("quotes", "--json"),
        ("calls",),
        ("calls", "--json", "--date", "2026-12-01"),
        ("log-call", "宁波海天", "--outcome", "callback_agreed", "--callback", "明天上午"),
        ("ar", "--json"),
        ("invoices", "宁波海天"),
        ("chase-levels",),
        ("bl", "proposals", "--json"),
        ("agents", "--json"),
        ("ports", "--search", "宁波"),
        ("ports", "--lane", "WAF", "--json"),
        ("containers",),
        ("audit",),
        ("audit", "--action", "customer.tier", "--by", "li", "--limit", "5", "--json"),
        ("rates", "--pol", "宁波"),
        ("rates", "--pol", "CNNGB", "--pod", "Lagos", "--json"),
        ("tiers", "review"),
        ("tiers", "review", "--agent", "li", "--limit", "5", "--json"),
        ("kpi",),
        ("kpi", "--desk", "--period", "2026-Q4", "--json"),
        ("kpi", "--agent", "li", "--json"),
        ("targets",),
        ("fx",),
        ("inquiry", "add", "宁波到拉各斯 2x40HQ 家具 每柜18吨", "--customer", "宁波海天"),
        ("inquiry", "parse", "宁波到拉各斯 2x40HQ 家具 每柜18吨"),
        ("inquiry", "check", "-", "--customer", "宁波海天"),
    ],
)
def test_core_listings_leave_the_orm_and_pydantic_alone(
    desk: Desk, db_path: Path, command: tuple[str, ...]
) -> None:
    """Nothing is due (no chase, refund or rebate), so the call list needs no ORM; options are
    plain text and numbers, read without pydantic (commands.plain_values). `inquiry add` writes
    with Core (desk.inquiry_add)."""
    from csdesk.desk.customers import create_customer

    assert desk.agent is not None
    with desk.session() as session:
        create_customer(session, {"name": "宁波海天", "tier": "B", "owner_id": desk.agent.id})
    options = ["--db", str(db_path), "--agent", "li", "--today", "2026-11-30"]
    result = subprocess.run(
        [sys.executable, "-c", _CLI_PROBE, *options, *command],
        input="宁波到拉各斯 2x40HQ 家具",  # `inquiry check -` reads the message from stdin
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert _orm_modules(result.stdout) == "ORM []"
    assert "PYDANTIC []" in result.stdout.splitlines()


def test_opening_a_current_store_leaves_the_orm_alone(desk: Desk) -> None:
    probe = (
        "import sys, datetime\n"
        "from csdesk.desk.context import open_desk\n"
        "desk = open_desk(sys.argv[1], 'li', datetime.date(2026, 11, 30))\n"
        "assert desk.agent is not None and desk.agent.login == 'li'\n"
        f"print(sorted(m for m in sys.modules if m.startswith({ORM_MODULES!r})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, desk.url], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
