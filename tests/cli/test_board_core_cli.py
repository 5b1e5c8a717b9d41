"""`csdesk board` reads with Core: the ORM is imported only when the alert sweep writes."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from csdesk.desk.context import Desk
from tests.cli.test_startup_imports import _CLI_PROBE
from tests.conftest import TEST_PG_URL
from tests.desk.shipment_fixtures import book, customer

pytestmark = pytest.mark.skipif(TEST_PG_URL is not None, reason="runs the CLI on the SQLite file")


def _board(db_path: Path, *options: str) -> tuple[str, str]:
    """The board's text and the ORM (and pydantic) modules the run imported."""
    common = ["--db", str(db_path), "--agent", "li", "--today", "2026-11-30", "--lang", "en"]
    result = subprocess.run(
        [sys.executable, "-c", _CLI_PROBE, *common, "board", *options],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    orm = " ".join(line for line in lines if line.startswith(("ORM", "PYDANTIC")))
    probes = ("ALEMBIC", "COMMANDS", "ORM", "PYDANTIC")
    board = "\n".join(line for line in lines if not line.startswith(probes))
    return board, orm


def test_the_board_imports_the_orm_only_to_raise_an_alert(desk: Desk, db_path: Path) -> None:
    owner = customer(desk, "宁波华光")
    # The CLI's clock (the desk's, run from CSDESK_CLOCK, under the same --today): a cut-off set
    # from the fixtures' NOW (10:00) was 'near' only after 06:00 desk time.
    now = desk.now()
    with desk.session() as session:
        book(session, owner, "COSU41", gate_cutoff=now + dt.timedelta(days=5))
        book(session, owner, "COSU42", gate_cutoff=now + dt.timedelta(hours=20))
    desk.engine.dispose()
    first, orm = _board(db_path)
    assert orm != "ORM [] PYDANTIC []"  # the cut-off of COSU42 was due: the sweep wrote its alert
    again, orm = _board(db_path)
    assert orm == "ORM [] PYDANTIC []"
    assert again == first
    near = next(line for line in first.splitlines() if "COSU42" in line)
    assert near.endswith("cut-off near")


def test_filtered_boards_leave_the_orm_alone(desk: Desk, db_path: Path) -> None:
    owner = customer(desk, "宁波华光")
    with desk.session() as session:
        book(session, owner, "COSU43")
    desk.engine.dispose()
    for options in (("--search", "cosu"), ("--search", "华光"), ("--trouble", "bl_held")):
        _board_text, orm = _board(db_path, *options)
        assert orm == "ORM [] PYDANTIC []", options
