"""What start-up imports: alembic only to upgrade; the head constant matches the migrations."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from csdesk.desk.context import Desk
from csdesk.store import migrate
from tests.conftest import TEST_PG_URL

# Runs one CLI command in a fresh interpreter and prints which alembic modules it imported.
_CLI_PROBE = """
import sys
from csdesk.cli import app
try:
    app(sys.argv[1:], prog_name="csdesk")
except SystemExit as leaving:
    if leaving.code:
        raise
print("ALEMBIC", sorted(name for name in sys.modules if name.split(".")[0] == "alembic"))
"""


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
