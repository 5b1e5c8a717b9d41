"""The store keeps its word (issue 10): crashes, a long import beside another writer, the page
check on a store's first open.

- kill -9 at random points inside `log-call` and `inquiry add` transactions, 1,000 rounds
  (CSDESK_BENCH_KILL_ROUNDS to change): no acknowledged write lost, nothing half-written. The
  time per round is set against a round that runs to the end.
- a writer's worst wait for the store while 20,000 customers are imported, against the
  import's own time (the import publishes in short transactions).
- opening a 10,000-customer store for the first time (with `PRAGMA quick_check`) against
  opening it again (header check only).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.common import Result, timed


def _kill_rounds(workdir: Path) -> list[Result]:
    from tests.crash_driver import crash_rounds, prepare_store, run_command

    rounds = int(os.environ.get("CSDESK_BENCH_KILL_ROUNDS", "1000"))
    db = workdir / "crash.db"
    prepare_store(db)
    plain = ["log-call", "宁波海天贸易", "--outcome", "reached", "--note", "基准"]
    baseline = timed(lambda: run_command(db, plain, None), repeat=5)
    start = time.perf_counter()
    tally = crash_rounds(db, rounds)
    per_round = (time.perf_counter() - start) / rounds
    note = (
        f"{tally.rounds} rounds, {tally.killed} killed, {tally.acknowledged} acknowledged, "
        f"lost {len(tally.lost)}, half-written {len(tally.half_written)}"
    )
    return [
        Result("kill -9 round (log-call / inquiry add)", per_round, "a whole run", baseline, note)
    ]


# Another desk: a separate process (a thread would wait for this one's GIL, not the store).
PROBE = """
import sqlite3, sys, time
from pathlib import Path
connection = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
waits = []
while not Path(sys.argv[2]).exists():
    began = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("COMMIT")
    waits.append(time.perf_counter() - began)
    time.sleep(0.01)
print(max(waits), len(waits))
"""


def _import_beside_a_writer(workdir: Path) -> list[Result]:
    from bench import bench_transfer
    from csdesk.desk.transfer import import_customers

    source = workdir / "customers-20k.csv"
    bench_transfer.ROWS, rows = 20_000, bench_transfer.ROWS
    try:
        bench_transfer._write_list(source)
    finally:
        bench_transfer.ROWS = rows
    desk = bench_transfer._fresh_desk(workdir, "import-beside.db")
    stop = workdir / "probe.stop"
    prober = subprocess.Popen(
        [sys.executable, "-c", PROBE, str(workdir / "import-beside.db"), str(stop)],
        stdout=subprocess.PIPE,
        text=True,
    )
    began = time.perf_counter()
    try:
        with desk.session() as session:
            assert import_customers(session, source).created == 20_000
    finally:
        seconds = time.perf_counter() - began
        stop.touch()
        worst, writes = prober.communicate()[0].split()
        desk.engine.dispose()
    note = f"{writes} writes beside it"
    return [Result("worst wait of another writer", float(worst), "the 20k import", seconds, note)]


def _first_open(workdir: Path) -> list[Result]:
    from csdesk.desk.demo.database import build_demo_database
    from csdesk.store.sqlite_file import prepare_sqlite_file

    built = workdir / "check-10k.db"
    build_demo_database(built, 10_000, 7, dt.date(2026, 11, 30))
    url = f"sqlite:///{built}"
    prepare_sqlite_file(url)
    again = timed(lambda: prepare_sqlite_file(url), repeat=5)
    first: list[float] = []
    for number in range(3):
        copy = workdir / f"check-copy-{number}.db"  # a copy is a file this user never opened
        shutil.copy(built, copy)
        first.append(timed(lambda copy=copy: prepare_sqlite_file(f"sqlite:///{copy}")))
    size = built.stat().st_size // 1_000_000
    return [
        Result(
            "first open of a store (quick_check)",
            sorted(first)[1],
            "a later open",
            again,
            f"{size} MB store",
        )
    ]


def run(workdir: Path) -> list[Result]:
    # The kill rounds first, in a process that has opened no other store: run after the other
    # two parts, the loop twice found its checking connection without tables past round 400
    # (not understood yet; standalone, 1,000 rounds are clean).
    return [*_kill_rounds(workdir), *_first_open(workdir), *_import_beside_a_writer(workdir)]
