"""Demo data at 100,000 customers: build time, customer search, the app's first screen.

- build: `build_demo` into a fresh store at 1,000 and at 100,000 customers; the 100k time per
  1,000 customers as a ratio to the 1k build (1.0: the build grows linearly with the store).
- search: `csdesk.desk.customers.search_customers` median over typical queries (a name part,
  full pinyin, initials, phone digits, a WeChat id) at 100k against the same at 1k, and the
  real `csdesk customers --search` once per size through a subprocess.

The searches at 1k and 100k are taken in turn (1k, 100k, 1k, 100k ...). The app's start-up on
the 100k store is bench_startup's. `demo_db` hands out the cached stores of bench/fixtures.py.
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
SEARCH_REPEAT = 15
# A name part, a city, full pinyin, initials, a fixed 4-digit tail; the store adds one real
# phone's 8 middle digits and one real WeChat id. Then broad ones (issue 11): one and two letters
# of the pinyin, a part of most names (3+ characters), a miss.
# ningbo, zhongguo: a place or a word typed in pinyin (no input method), a thousand matches.
FIXED_QUERIES = ("海天", "宁波", "ningbo", "zhongguo", "ningbohaitian", "nbht", "5678")
BROAD_QUERIES = ("z", "zh", "有限公司", "youxian", "q7x")
SLOW_SEARCH_S = 0.050
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
    """A demo store with `customers` customers (seed 7, today 2026-11-30), cached on disk."""
    from bench.fixtures import demo_store

    return demo_store(customers)


def _build_time(workdir: Path, customers: int) -> tuple[float, int]:
    """(seconds, interactions) of building this size; timed afresh if another module built it."""
    path = workdir / f"demo-{customers}-timed.db"
    if path not in _build_seconds:
        _build(path, customers)
    return _build_seconds[path]


def _store_queries(db: Path) -> tuple[str, ...]:
    import sqlite3

    with sqlite3.connect(db) as connection:
        phone = connection.execute("SELECT phone_digits FROM contact ORDER BY id LIMIT 1")
        wechat = connection.execute(
            "SELECT wechat FROM customer WHERE wechat IS NOT NULL ORDER BY id LIMIT 1"
        )
        real = (phone.fetchone()[0][2:10], wechat.fetchone()[0])
        return (*FIXED_QUERIES, *real, *BROAD_QUERIES)


def _search_medians(
    small: Path, large: Path, queries: tuple[str, ...], limit: int | None = None
) -> tuple[dict[str, float], dict[str, float], dict[str, int]]:
    """Medians per query (and "all") at each size, the sizes searched in turn; rows found.
    Each search reads `limit` rows (search_customers' page of 200 when None)."""
    from csdesk.desk.context import open_desk
    from csdesk.desk.customer_search import PAGE_SIZE
    from csdesk.desk.customers import search_customers

    rows = PAGE_SIZE if limit is None else limit

    desks = [open_desk(db, today=TODAY) for db in (small, large)]
    samples: list[dict[str, list[float]]] = [{query: [] for query in queries} for _ in desks]
    found: dict[str, int] = {}
    for _ in range(SEARCH_REPEAT):
        for query in queries:
            for index, desk in enumerate(desks):
                with desk.session() as session:
                    start = time.perf_counter()
                    found[query] = len(search_customers(session, query, limit=rows))
                    samples[index][query].append(time.perf_counter() - start)
    for desk in desks:
        desk.engine.dispose()
    medians = []
    for per_query in samples:
        size_medians = {query: statistics.median(times) for query, times in per_query.items()}
        size_medians["all"] = statistics.median(t for times in per_query.values() for t in times)
        medians.append(size_medians)
    return medians[0], medians[1], found


def _query_plan(db: Path, query: str, limit: int | None = None) -> str:
    """SQLite's plan for the search statement `search_customers` sends for `query`."""
    from sqlalchemy import event

    from csdesk.desk.context import open_desk
    from csdesk.desk.customer_search import PAGE_SIZE
    from csdesk.desk.customers import search_customers

    desk = open_desk(db, today=TODAY)
    sent: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        sent.append((statement, parameters))

    event.listen(desk.engine, "before_cursor_execute", capture)
    with desk.session() as session:
        search_customers(session, query, limit=limit or PAGE_SIZE)
        statement, parameters = sent[-1]
        plan = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        lines = [row[-1] for row in plan]
    desk.engine.dispose()
    return "; ".join(lines)


def _cli_search_seconds(db: Path) -> float:
    command = [sys.executable, "-m", "csdesk", "--db", str(db), "customers", "--search", "海天"]
    return timed(lambda: subprocess.run([*command, "--json"], check=True, capture_output=True))


def _search_results(small: Path, large: Path, limit: int | None = None) -> list[Result]:
    """A result per query and one for "all", each search reading `limit` rows (a page of 200
    when None)."""
    queries = _store_queries(large)
    at_small, at_large, found = _search_medians(small, large, queries, limit)
    results = []
    for query in (*queries, "all"):
        note = f"{found[query]} rows" if query in found else ""
        if query != "all" and at_large[query] > SLOW_SEARCH_S:
            note += f"; SLOW, plan: {_query_plan(large, query, limit)}"
        results.append(
            Result(f"search 100k: {query}", at_large[query], "1k", at_small[query], note)
        )
    return results


def run(workdir: Path) -> list[Result]:
    small_build, _ = _build_time(workdir, SIZES[0])
    large_build, interactions = _build_time(workdir, SIZES[1])
    small, large = (demo_db(workdir, size) for size in SIZES)
    return [
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
