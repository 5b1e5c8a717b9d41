"""The supervisor's desk at 100,000 customers / 1,000,000 shipments of history against 1,000
customers and a year of history (bench/kpi_fixture.py): a month's KPIs for the desk, a group
and one agent must cost about the same in both (aim: within 1.5x), because every measure reads
the month's rows through an index on its date; and the KPI screen's first paint (its tiles) is
timed against the Customers screen's first page in the same large store (aim: within 1.3x).

Runs alternate small and large (A, B, A, B) so a busy machine slows both alike.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import Result, timed
from bench.kpi_fixture import TODAY, build
from csdesk.desk.agents import agent_by_login
from csdesk.desk.context import DESK_TZ, AgentInfo, Desk
from csdesk.desk.kpi import KpiClock, Scope, desk_kpis, target_progress
from csdesk.rules.kpi_period import parse_period

SMALL, LARGE = (1_000, 12_000), (100_000, 1_000_000)
ROUNDS = 7
PAINT_ROUNDS = 5


def _month(desk: Desk, scope: Scope) -> Callable[[], object]:
    """The CLI's month (every measure, row by row) as the supervisor asks for it."""
    clock = KpiClock(
        dt.datetime.combine(TODAY, dt.time(18), tzinfo=DESK_TZ), desk.calendar, DESK_TZ
    )
    period = parse_period("2026-11")
    with desk.session() as session:
        boss = AgentInfo.of(agent_by_login(session, "boss"))

    def run() -> None:
        with desk.session() as session:
            report = desk_kpis(session, boss, scope, period, clock)
            target_progress(session, report, clock)

    return run


def _interleaved(small: Callable[[], object], large: Callable[[], object]) -> tuple[float, float]:
    small_times, large_times = [], []
    for _ in range(ROUNDS):
        small_times.append(timed(small))
        large_times.append(timed(large))
    return statistics.median(small_times), statistics.median(large_times)


async def _first_paint(db: Path, mode: str, ready: Callable[[object], bool]) -> float:
    """Seconds from switching to the screen (from Calls, settled) to it showing its data; for
    the KPI screen that is the tiles, the charts follow in their own worker."""
    from csdesk.app import CSDeskApp

    app = CSDeskApp(db=db, agent="boss", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        while app.desk is None:
            await pilot.pause(0.01)
        await app.workers.wait_for_complete()
        await pilot.pause()
        start = time.perf_counter()
        app.action_goto(mode)
        while not ready(app.screen):
            await pilot.pause(0.005)
        return time.perf_counter() - start


def _kpi_ready(screen: object) -> bool:
    return getattr(screen, "tiles", None) is not None


def _customers_ready(screen: object) -> bool:
    from csdesk.widgets.row_list import RowList

    lists = screen.query(RowList)  # type: ignore[attr-defined]
    return bool(lists) and bool(lists.first().rows)


def _paints(db: Path) -> tuple[float, float]:
    customers, kpis = [], []
    for _ in range(PAINT_ROUNDS):
        customers.append(asyncio.run(_first_paint(db, "customers", _customers_ready)))
        kpis.append(asyncio.run(_first_paint(db, "kpi", _kpi_ready)))
    return statistics.median(customers), statistics.median(kpis)


def run(workdir: Path) -> list[Result]:
    started = time.perf_counter()
    small, large = build(workdir, *SMALL), build(workdir, *LARGE)
    note = f"(stores built in {time.perf_counter() - started:.0f} s)"
    results = []
    try:
        scopes = {
            "desk": Scope("desk"),
            "group direct": Scope("group", group="direct"),
            "one agent": Scope("agent", agent_id=5),
        }
        for name, scope in scopes.items():
            base, big = _interleaved(_month(small, scope), _month(large, scope))
            label = f"month KPIs, {name} @100k/1M"
            results.append(Result(label, big, "@1k", base, note if name == "desk" else ""))
        # The desk started from the CLI freezes what start-up built out of collections
        # (csdesk.app); here start-up also built two stores, a million shipments' worth of
        # objects that every collection during the paints would otherwise walk again.
        gc.collect()
        gc.freeze()
        try:
            customers, kpis = _paints(workdir / f"kpi-{LARGE[0]}.db")
        finally:
            gc.unfreeze()
        results.append(Result("KPI screen first paint @100k", kpis, "Customers", customers))
    finally:
        small.engine.dispose()
        large.engine.dispose()
    return results
