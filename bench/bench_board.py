"""The board at 20,000 open shipments against 200: opening it (every column's first page and
counts), one agent's board, paging deep into the biggest column, filtering as you type, and the
alert sweep that runs on each open. Ratios near 1 mean the columns page by index."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from bench.common import Result, timed
from csdesk.desk.agents import add_agent
from csdesk.desk.context import Desk, open_desk
from csdesk.desk.customers import create_customer
from csdesk.desk.demo.shipments import build_shipments
from csdesk.desk.shipments import BoardFilter, board_column, load_board, raise_due_alerts

TODAY = dt.date(2026, 11, 30)
SMALL, LARGE = 200, 20_000
AGENTS = 20


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
    with desk.session() as session:
        after = None
        for _ in range(pages):
            cards = board_column(session, stage, BoardFilter(), today=TODAY, after=after)
            if not cards:
                return
            after = cards[-1].cursor


def _measures(desk: Desk) -> dict[str, float]:
    def board(flt: BoardFilter) -> None:
        with desk.session() as session:
            load_board(session, flt, today=TODAY)

    def sweep() -> None:
        with desk.session() as session:
            raise_due_alerts(session, desk.now(), TODAY, desk.calendar)

    sweep()  # the first sweep raises what is due; later ones find nothing new
    return {
        "board open, all agents": timed(lambda: board(BoardFilter()), repeat=5),
        "board open, one agent": timed(lambda: board(BoardFilter(agent_id=1)), repeat=5),
        "filter 'cosu' (carrier, booking)": timed(
            lambda: board(BoardFilter(text="cosu")), repeat=5
        ),
        "filter customer '测试贸易0012'": timed(
            lambda: board(BoardFilter(text="测试贸易0012")), repeat=5
        ),
        "held B/Ls only": timed(lambda: board(BoardFilter(trouble="bl_held")), repeat=5),
        "in transit: 4 pages of 50": timed(lambda: _deep_page(desk, "in_transit", 4), repeat=5),
        "alert sweep on open": timed(sweep, repeat=5),
    }


def run(workdir: Path) -> list[Result]:
    small, large = _store(workdir, SMALL), _store(workdir, LARGE)
    try:
        base, big = _measures(small), _measures(large)
    finally:
        small.engine.dispose()
        large.engine.dispose()
    return [Result(f"{name} @{LARGE}", big[name], f"@{SMALL}", base[name]) for name in base]
