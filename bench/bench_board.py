"""The board at 20,000 open shipments against 200: opening it (every column's first page and
counts), one agent's board, paging deep into the biggest column, filtering as you type, and the
alert check that runs on each open (the sweep itself only when something is due). Ratios near
1 mean the columns page by index. Reads go through a Core connection, as `csdesk board` and the
Board screen read.

At 200 shipments the board holds all of them; at 20,000 it holds eight full first pages (96
cards of 12). A filter that matches 8% of the shipments ('cosu': 1,673 at 20,000, 15 at 200)
draws six times the cards at 20,000; '宁波' matches every customer, 'co' is two letters of
2,757 shipments (32 at 200) and 'q7' two characters of none.

Each case times the read alone (its statements, their rows and the cards built from them), as
the Board screen's worker and `csdesk board` read; drawing the cards is not timed. Fifteen
rounds: on two shared cores a load spike lasting a few rounds moved a median of nine; the
ratio of the fastest runs is noted too.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
from collections.abc import Callable
from pathlib import Path

from bench.common import Result, timed
from csdesk.desk.agents import add_agent
from csdesk.desk.context import Desk, open_desk
from csdesk.desk.customers import create_customer
from csdesk.desk.demo.shipments import build_shipments
from csdesk.desk.shipments import (
    BoardFilter,
    board_column,
    load_board,
    raise_due_alerts,
    sweep_when_due,
)

TODAY = dt.date(2026, 11, 30)
SMALL, LARGE = 200, 20_000
AGENTS = 20
ROUNDS = 15


def _store(workdir: Path, shipments: int) -> Desk:
    desk = open_desk(workdir / f"board-{shipments}.db", today=TODAY)
    rng = random.Random(shipments)
    with desk.session() as session:
        agents = [add_agent(session, f"a{n:02d}", f"客服{n:02d}").id for n in range(AGENTS)]
        customers = [
            create_customer(
                session,
                {
                    "name": f"宁波测试贸易{n:04d}有限公司",
                    "owner_id": rng.choice(agents),
                    "tier": "ABCD"[n % 4],
                },
            ).id
            for n in range(max(40, shipments // 10))
        ]
    with desk.session() as session:
        build_shipments(session, rng, TODAY, customers, shipments, desk.calendar)
    return desk


def _deep_page(desk: Desk, stage: str, pages: int) -> None:
    """Walk `pages` pages of a column, as an agent holding the down key would."""
    with desk.engine.connect() as connection:
        after = None
        for _ in range(pages):
            cards = board_column(connection, stage, BoardFilter(), today=TODAY, after=after)
            if not cards:
                return
            after = cards[-1].cursor


def _actions(desk: Desk) -> dict[str, Callable[[], object]]:
    def board(flt: BoardFilter) -> None:
        with desk.engine.connect() as connection:
            load_board(connection, flt, today=TODAY)

    def sweep() -> None:
        with desk.session() as session:
            raise_due_alerts(session, desk.now(), TODAY, desk.calendar)

    sweep()  # the first sweep raises what is due; later ones find nothing new
    return {
        "board open, all agents": lambda: board(BoardFilter()),
        "board open, one agent": lambda: board(BoardFilter(agent_id=1)),
        "filter 'cosu' (carrier, booking)": lambda: board(BoardFilter(text="cosu")),
        "filter customer '测试贸易0012'": lambda: board(BoardFilter(text="测试贸易0012")),
        "filter '宁波' (every customer)": lambda: board(BoardFilter(text="宁波")),
        "filter 'co' (two characters)": lambda: board(BoardFilter(text="co")),
        "filter 'q7' (two characters, none)": lambda: board(BoardFilter(text="q7")),
        "held B/Ls only": lambda: board(BoardFilter(trouble="bl_held")),
        "in transit: 4 pages of 30": lambda: _deep_page(desk, "in_transit", 4),
        "alert sweep (ORM, nothing new)": sweep,
        "alert check on open": lambda: sweep_when_due(desk),
    }


def _interleaved(
    small: Callable[[], object], large: Callable[[], object]
) -> tuple[float, float, str]:
    """Medians of small and large runs taken in turn, so a busy machine slows both alike, and
    the ratio of their fastest runs (the least disturbed by other processes) as a note."""
    small_times, large_times = [], []
    for _ in range(ROUNDS):
        small_times.append(timed(small))
        large_times.append(timed(large))
    fastest = f"fastest x{min(large_times) / min(small_times):.2f}"
    return statistics.median(small_times), statistics.median(large_times), fastest


def run(workdir: Path) -> list[Result]:
    small, large = _store(workdir, SMALL), _store(workdir, LARGE)
    results = []
    try:
        small_actions, large_actions = _actions(small), _actions(large)
        for name, action in small_actions.items():
            base, big, fastest = _interleaved(action, large_actions[name])
            results.append(Result(f"{name} @{LARGE}", big, f"@{SMALL}", base, fastest))
    finally:
        small.engine.dispose()
        large.engine.dispose()
    return results
