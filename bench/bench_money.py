"""Money at scale (issue 13): the desk's ageing, one agent's ageing and chase sweep, at 100,000
customers / 1,000,000 invoices against 1,000 / 10,000 (aim: within 1.5x, since both read summary
rows kept in the same transaction as the invoices); and the statement of a customer with 500
shipments against the issue's target of a tenth of a second.

Measurements alternate between the two stores (A, B, A, B) and report medians.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import Result
from bench.money_fixture import BIG_CUSTOMER, TODAY, build

SIZES = (1_000, 100_000)
ROUNDS = 15
STATEMENT_TARGET = 0.1


def _operations(desk: Any) -> dict[str, Callable[[], object]]:
    from sqlmodel import Session

    from csdesk.desk.agents import agent_by_login
    from csdesk.desk.context import DESK_TZ
    from csdesk.desk.money import ageing_totals, customer_ageing_page, sweep_chase

    with desk.session() as session:
        agent_id = agent_by_login(session, "a0").id
    now = dt.datetime.combine(TODAY, dt.time(9), tzinfo=DESK_TZ)

    def desk_ageing() -> None:
        with desk.session() as session:
            ageing_totals(session, TODAY)

    def desk_page() -> None:
        with desk.session() as session:
            customer_ageing_page(session, TODAY)

    def agent_ageing() -> None:
        with desk.session() as session:
            ageing_totals(session, TODAY, agent_id)
            customer_ageing_page(session, TODAY, owner_id=agent_id)

    def agent_chase() -> None:
        with Session(desk.engine) as session:  # rolled back: every round raises the same tasks
            sweep_chase(session, desk.calendar, TODAY, now, agent_id)
            session.rollback()

    return {
        "desk ageing totals": desk_ageing,
        "desk first page (200 customers)": desk_page,
        "agent ageing (totals, page)": agent_ageing,
        "agent chase sweep": agent_chase,
    }


def _statement_seconds(desk: Any) -> tuple[float, int]:
    from csdesk.desk.money import build_statement, statement_text

    lines: list[int] = []

    def run() -> None:
        with desk.session() as session:
            found = build_statement(session, BIG_CUSTOMER, TODAY - dt.timedelta(days=400), TODAY)
            lines[:] = [len(statement_text(found).splitlines())]

    samples = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), lines[0]


def run(workdir: Path) -> list[Result]:
    from csdesk.desk.context import open_desk

    desks = {
        size: open_desk(build(workdir / f"money-{size}.db", size), today=TODAY) for size in SIZES
    }
    operations = {size: _operations(desk) for size, desk in desks.items()}
    samples: dict[tuple[int, str], list[float]] = {}
    for _ in range(ROUNDS):
        for name in operations[SIZES[0]]:
            for size in SIZES:  # alternate A, B, A, B: each pair measured back to back
                start = time.perf_counter()
                operations[size][name]()
                samples.setdefault((size, name), []).append(time.perf_counter() - start)
    small, large = SIZES
    results = [
        Result(
            f"money: {name} at {large:,} customers",
            statistics.median(samples[(large, name)]),
            f"{small:,} customers",
            statistics.median(samples[(small, name)]),
            f"{large * 10:,} invoices vs {small * 10:,}",
        )
        for name in operations[small]
    ]
    seconds, lines = _statement_seconds(desks[large])
    results.append(
        Result(
            "money: statement, 500 shipments",
            seconds,
            "target 100 ms",
            STATEMENT_TARGET,
            f"{lines} lines of text",
        )
    )
    for desk in desks.values():
        desk.engine.dispose()
    return results
