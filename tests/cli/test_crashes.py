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


def test_an_import_killed_between_its_batches_is_taken_back_by_the_next_desk(
    tmp_path: Path,
) -> None:
    import csv

    db = tmp_path / "crash.db"
    prepare_store(db)
    source = tmp_path / "list.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        rows = [[f"批量客户{number}有限公司", f"1390000{number:04d}"] for number in range(2500)]
        csv.writer(handle).writerows([["客户名称", "电话"], *rows])
    # Each batch of 1,000 passes 7 points (customers, contacts, journal, commit): the 10th is
    # inside the second batch, with the first one published.
    assert run_command(db, ["import", "customers", str(source)], kill_at=10) is None
    connection = sqlite3.connect(db)
    published = connection.execute("SELECT count(*) FROM customer").fetchone()[0]
    pending = connection.execute(
        "SELECT count(*) FROM desksetting WHERE key LIKE 'import.pending.%'"
    ).fetchone()[0]
    connection.close()
    assert (published, pending) == (1001, 1)  # the store's own customer and the first batch
    assert run_command(db, ["customers"], kill_at=None) == 0  # the next desk to open it
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT count(*) FROM customer").fetchone()[0] == 1
    assert (
        connection.execute("SELECT count(*) FROM contact WHERE phone LIKE '1390000%'").fetchone()[0]
        == 0
    )
    assert (
        connection.execute("SELECT count(*) FROM desksetting WHERE key LIKE 'import.%'").fetchone()[
            0
        ]
        == 0
    )
    connection.close()
    assert run_command(db, ["import", "customers", str(source)], kill_at=None) == 0
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT count(*) FROM customer").fetchone()[0] == 2501
    connection.close()
