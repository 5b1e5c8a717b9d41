"""The call list at 100,000 customers / 1,000,000 interactions against 1,000 customers.

The list reads indexed columns bounded by the agent and the day, so it must cost about the same
in both stores (aim: under 1.5x). Also timed: customer search (median over typical queries) and a
key press on the Calls screen's list (the widget's own methods, not pilot.press).
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.calls_fixture import TODAY, build
from bench.common import Result, timed

SIZES = (1_000, 100_000)
SEARCHES = ("海天", "宁波", "ningbohaitian", "nbht", "13800012345", "wx4321", "远航贸易")


def _cli_seconds(db: Path) -> float:
    command = [
        sys.executable, "-m", "csdesk", "--db", str(db), "--agent", "li",
        "--today", TODAY.isoformat(), "calls", "--json",
    ]  # fmt: skip

    def run() -> None:
        subprocess.run(command, check=True, capture_output=True)

    return timed(run, repeat=5)


def _list_seconds(db: Path) -> tuple[float, int]:
    from csdesk.desk.calls import call_list
    from csdesk.desk.context import DESK_TZ, open_desk

    desk = open_desk(db, agent_login="li", today=TODAY)
    assert desk.agent is not None
    agent_id = desk.agent.id
    now = dt.datetime.combine(TODAY, dt.time(11), tzinfo=DESK_TZ)
    rows: list[int] = []

    def run() -> None:
        with desk.session() as session:
            rows[:] = [len(call_list(session, desk.calendar, agent_id, TODAY, now).rows)]

    seconds = timed(run, repeat=9)
    desk.engine.dispose()
    return seconds, rows[0]


def _search_median(db: Path) -> float:
    from csdesk.desk.context import open_desk
    from csdesk.desk.customers import search_customers

    desk = open_desk(db, today=TODAY)
    samples = []
    with desk.session() as session:
        for query in SEARCHES * 3:
            start = time.perf_counter()
            search_customers(session, query)
            samples.append(time.perf_counter() - start)
    desk.engine.dispose()
    return statistics.median(samples)


def run(workdir: Path) -> list[Result]:
    measured: dict[int, dict[str, float]] = {}
    notes: dict[int, str] = {}
    for size in SIZES:
        db = build(workdir / f"calls-{size}.db", size)
        cli = _cli_seconds(db)
        in_process, rows = _list_seconds(db)
        measured[size] = {"cli": cli, "list": in_process, "search": _search_median(db)}
        measured[size].update(_key_press_seconds(db))
        notes[size] = f"{rows} rows"
    small, large = SIZES
    names = {
        "cli": "csdesk calls --json",
        "list": "call_list in-process",
        "search": "search median",
        "key": "cursor key on the list",
        "page_key": "page key (all rows redrawn)",
        "save_key": "outcome key: save + next",
    }
    return [
        Result(
            f"{names[key]} @{large:,}",
            measured[large][key],
            f"@{small:,}",
            measured[small][key],
            notes[large] if key in ("cli", "list") else "",
        )
        for key in names
        if key in measured[large]
    ]


def _key_press_seconds(db: Path) -> dict[str, float]:
    from bench.calls_keys import key_press_seconds

    return key_press_seconds(db, TODAY)
