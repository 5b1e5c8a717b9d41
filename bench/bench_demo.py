"""Demo data at 100,000 customers: build time, customer search, the app's first screen.

- build: `build_demo` into a fresh store at 1,000 and at 100,000 customers; the 100k time per
  1,000 customers as a ratio to the 1k build (1.0: the build grows linearly with the store).
- search: `csdesk.desk.customers.search_customers` median over typical queries (a name part,
  full pinyin, initials, phone digits, a WeChat id) at 100k against the same at 1k, and the
  real `csdesk customers --search` once per size through a subprocess.
- first screen: `CSDeskApp` on the 100k store, in a subprocess that leaves as soon as the first
  screen has drawn and its workers have finished, against a minimal Textual app run the same way.

`demo_db(workdir, customers)` builds a demo store once per run and hands it to any bench module.
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import Result, timed

TODAY = dt.date(2026, 11, 30)
SEED = 7
SIZES = (1_000, 100_000)
SEARCH_REPEAT = 5
# A name part, a city, full pinyin, initials, a fixed 4-digit tail; the store adds one real
# phone's 8 middle digits and one real WeChat id.
FIXED_QUERIES = ("海天", "宁波", "ningbohaitian", "nbht", "5678")
SLOW_SEARCH_S = 0.050
_FIRST_SCREEN = """
import datetime as dt, sys
from textual.app import App
from textual.widgets import Static

async def settle(pilot):
    # The first screen counts as shown once it has drawn and its workers have loaded its data.
    for _ in range(20):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if not any(worker.is_running for worker in pilot.app.workers):
            break
    pilot.app.exit()

if sys.argv[1] == "minimal":
    class Minimal(App):
        def compose(self):
            yield Static("csdesk")
    app = Minimal()
else:
    from csdesk.app import CSDeskApp
    app = CSDeskApp(db=sys.argv[2], agent="li", today=dt.date.fromisoformat(sys.argv[3]))
app.run(headless=True, size=(120, 36), auto_pilot=settle)
"""
_build_seconds: dict[Path, tuple[float, int]] = {}


def _build(path: Path, customers: int) -> None:
    from csdesk.desk.context import open_desk
    from csdesk.desk.customers import search_keys
    from csdesk.desk.demo import build_demo
    from csdesk.desk.demo.database import remove_sqlite_files

    search_keys("宁波")  # pypinyin loads its dictionaries once per process: not the build's time
    partial = path.with_name(path.name + ".partial")
    remove_sqlite_files(partial)
    desk = open_desk(partial, today=TODAY)
    start = time.perf_counter()
    with desk.session() as session:
        summary = build_demo(session, customers, SEED, today=TODAY)
    _build_seconds[path] = (time.perf_counter() - start, summary.interactions)
    desk.engine.dispose()
    partial.replace(path)


def demo_db(workdir: Path, customers: int) -> Path:
    """A demo store with `customers` customers (seed 7, today 2026-11-30), built once per run."""
    path = workdir / f"demo-{customers}.db"
    if not path.exists():
        _build(path, customers)
    return path


def _build_time(workdir: Path, customers: int) -> tuple[float, int]:
    """(seconds, interactions) of building this size; timed afresh if another module built it."""
    path = demo_db(workdir, customers)
    if path not in _build_seconds:
        path = workdir / f"demo-{customers}-timed.db"
        _build(path, customers)
    return _build_seconds[path]


def _store_queries(db: Path) -> tuple[str, ...]:
    import sqlite3

    with sqlite3.connect(db) as connection:
        phone = connection.execute("SELECT phone_digits FROM contact ORDER BY id LIMIT 1")
        wechat = connection.execute(
            "SELECT wechat FROM customer WHERE wechat IS NOT NULL ORDER BY id LIMIT 1"
        )
        return (*FIXED_QUERIES, phone.fetchone()[0][2:10], wechat.fetchone()[0])


def _search_medians(db: Path, queries: tuple[str, ...]) -> tuple[dict[str, float], dict[str, int]]:
    """(median seconds per query plus "all" over every sample, rows found per query)."""
    from csdesk.desk.context import open_desk
    from csdesk.desk.customers import search_customers

    desk = open_desk(db, today=TODAY)
    samples: dict[str, list[float]] = {query: [] for query in queries}
    found: dict[str, int] = {}
    with desk.session() as session:
        for _ in range(SEARCH_REPEAT):
            for query in queries:
                start = time.perf_counter()
                found[query] = len(search_customers(session, query))
                samples[query].append(time.perf_counter() - start)
    desk.engine.dispose()
    medians = {query: statistics.median(times) for query, times in samples.items()}
    medians["all"] = statistics.median(t for times in samples.values() for t in times)
    return medians, found


def _query_plan(db: Path, query: str) -> str:
    """SQLite's plan for the search statement `search_customers` sends for `query`."""
    from sqlalchemy import event

    from csdesk.desk.context import open_desk
    from csdesk.desk.customers import search_customers

    desk = open_desk(db, today=TODAY)
    sent: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        sent.append((statement, parameters))

    event.listen(desk.engine, "before_cursor_execute", capture)
    with desk.session() as session:
        search_customers(session, query)
        statement, parameters = sent[-1]
        plan = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        lines = [row[-1] for row in plan]
    desk.engine.dispose()
    return "; ".join(lines)


def _cli_search_seconds(db: Path) -> float:
    command = [sys.executable, "-m", "csdesk", "--db", str(db), "customers", "--search", "海天"]
    return timed(lambda: subprocess.run([*command, "--json"], check=True, capture_output=True))


def _first_screen_seconds(*args: str) -> float:
    command = [sys.executable, "-c", _FIRST_SCREEN, *args]
    return timed(lambda: subprocess.run(command, check=True, capture_output=True), repeat=3)


def _search_results(small: Path, large: Path) -> list[Result]:
    queries = _store_queries(large)
    at_small, _ = _search_medians(small, queries)
    at_large, found = _search_medians(large, queries)
    results = []
    for query in (*queries, "all"):
        note = f"{found[query]} rows" if query in found else ""
        if query != "all" and at_large[query] > SLOW_SEARCH_S:
            note += f"; SLOW, plan: {_query_plan(large, query)}"
        results.append(
            Result(f"search 100k: {query}", at_large[query], "1k", at_small[query], note)
        )
    return results


def run(workdir: Path) -> list[Result]:
    small_build, _ = _build_time(workdir, SIZES[0])
    large_build, interactions = _build_time(workdir, SIZES[1])
    small, large = (demo_db(workdir, size) for size in SIZES)
    results = [
        Result(
            "demo build 100k, per 1,000 customers",
            large_build / (SIZES[1] / SIZES[0]),
            "build 1k",
            small_build,
            f"100k build {large_build:.1f} s, {interactions:,} interactions",
        ),
        *_search_results(small, large),
        Result(
            "csdesk customers --search (CLI) 100k",
            _cli_search_seconds(large),
            "CLI 1k",
            _cli_search_seconds(small),
        ),
    ]
    minimal = _first_screen_seconds("minimal")
    for size, db in zip(SIZES, (small, large), strict=True):
        results.append(
            Result(
                f"app first screen {size // 1000}k",
                _first_screen_seconds("csdesk", str(db), TODAY.isoformat()),
                "minimal Textual app",
                minimal,
            )
        )
    return results
