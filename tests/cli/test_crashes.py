"""Issue 10: kill -9 at random points inside `log-call` and `inquiry add` transactions, 50 rounds
(the bench runs 1,000): no acknowledged write lost, nothing half-written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.crash_driver import crash_rounds, prepare_store, run_command


def test_fifty_kills_inside_transactions_lose_nothing_and_half_write_nothing(
    tmp_path: Path,
) -> None:
    db = tmp_path / "crash.db"
    prepare_store(db)
    tally = crash_rounds(db, rounds=50)
    assert tally.lost == [] and tally.half_written == []
    # Both kinds of round happened, or the suite proved nothing.
    assert tally.killed >= 10 and tally.acknowledged >= 5


def test_the_hook_kills_inside_the_transaction_and_the_write_is_gone(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    prepare_store(db)
    args = ["log-call", "宁波海天贸易", "--outcome", "reached", "--note", "被杀"]
    # The third point: after the call's INSERT ran, before anything else.
    assert run_command(db, args, kill_at=2) is None
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT count(*) FROM interaction").fetchone()[0] == 0
    connection.close()
    assert run_command(db, args, kill_at=None) == 0
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT count(*) FROM interaction").fetchone()[0] == 1
    connection.close()
