"""Kill -9 inside the commands' transactions: the driver shared by the crash test and its bench.

Each round forks a child that runs one real CLI command (`log-call` or `inquiry add`) against a
SQLite store, with csdesk.store.faults told to SIGKILL the child at a random point among its
writes and commits (a number past the last point lets the command finish). After each round
the store is checked: every command that exited 0 has its row (no acknowledged write lost),
and every row is whole (the customer's bookkeeping matches its calls and inquiries, each
inquiry has its container lines, the pages are intact).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import random
import signal
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from csdesk.rules.zone import DESK_TZ
from csdesk.store.clock import now_in
from csdesk.store.faults import ENV

# log-call passes about 7 points and inquiry add about 9; some rounds run to the end.
MAX_POINT = 12


@dataclass
class Tally:
    rounds: int = 0
    killed: int = 0
    acknowledged: int = 0
    lost: list[str] = field(default_factory=list)
    half_written: list[str] = field(default_factory=list)


def prepare_store(db: Path) -> None:
    """A store with one agent and one customer, built by the CLI itself."""
    for args in (["agent", "add", "li", "--name", "李娜"],):
        assert run_command(db, args, None) == 0
    from csdesk.desk.context import open_desk
    from csdesk.desk.customers import create_customer

    desk = open_desk(db)
    with desk.session() as session:
        create_customer(session, {"name": "宁波海天贸易"})
    desk.engine.dispose()


@functools.cache
def _command_line() -> Any:
    """The CLI built once, with what the commands import, so each forked child starts warm."""
    import typer

    import csdesk.commands.calls
    import csdesk.commands.inquiries
    import csdesk.desk.calls
    import csdesk.desk.inquiries  # noqa: F401
    from csdesk.cli import app

    return typer.main.get_command(app)


def run_command(db: Path, args: list[str], kill_at: int | None) -> int | None:
    """One CLI command in a forked child: its exit code, or None when it was killed."""
    command_line = _command_line()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        code = 99
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115
            if kill_at is None:
                os.environ.pop(ENV, None)
            else:
                os.environ[ENV] = str(kill_at)
            try:
                command_line.main(["--db", str(db), "--agent", "li", *args], prog_name="csdesk")
                code = 0
            except SystemExit as stop:
                code = stop.code if isinstance(stop.code, int) else 1
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL
        return None
    return os.WEXITSTATUS(status)


def _command(number: int, rng: random.Random, start: dt.datetime) -> tuple[str, list[str]]:
    marker = f"第{number}轮"
    if rng.random() < 0.5:
        at = (start + dt.timedelta(minutes=number)).isoformat()
        return marker, ["log-call", "宁波海天贸易", "--outcome", "reached", "--at", at,
                        "--note", marker]  # fmt: skip
    return marker, ["inquiry", "add", "--customer", "宁波海天贸易",
                    f"{marker} 宁波到拉各斯 2x40HQ 家具 18吨"]  # fmt: skip


def _saved(connection: sqlite3.Connection, marker: str) -> bool:
    calls = connection.execute("SELECT count(*) FROM interaction WHERE note = ?", (marker,))
    asks = connection.execute(
        "SELECT count(*) FROM inquiry WHERE raw_text LIKE ?", (marker + " %",)
    )
    return calls.fetchone()[0] + asks.fetchone()[0] == 1


HALF_WRITTEN = {
    "pages damaged": "SELECT quick_check != 'ok' FROM pragma_quick_check",
    "last contact behind its calls": """
        SELECT count(*) FROM customer c WHERE c.last_contact_at IS NOT
            (SELECT max(at) FROM interaction i WHERE i.customer_id = c.id)
            AND EXISTS (SELECT 1 FROM interaction i WHERE i.customer_id = c.id)""",
    "inquiry without its containers": """
        SELECT count(*) FROM inquiry q WHERE NOT EXISTS
            (SELECT 1 FROM inquirycontainer l WHERE l.inquiry_id = q.id)""",
    "inquiry the customer does not show": """
        SELECT count(*) FROM inquiry q JOIN customer c ON c.id = q.customer_id
        WHERE c.last_inquiry_at IS NULL OR c.last_inquiry_at < q.received_at""",
}


def crash_rounds(db: Path, rounds: int, seed: int = 10) -> Tally:
    rng = random.Random(seed)
    tally = Tally()
    acknowledged: list[str] = []
    # The calls happened a minute apart up to the desk's clock, whatever its hour: a call
    # logged at a time still to come is refused.
    start = now_in(DESK_TZ).replace(tzinfo=None, microsecond=0) - dt.timedelta(minutes=rounds + 1)
    for number in range(1, rounds + 1):
        marker, args = _command(number, rng, start)
        code = run_command(db, args, rng.randint(1, MAX_POINT))
        tally.rounds += 1
        if code is None:
            tally.killed += 1
        elif code == 0:
            tally.acknowledged += 1
            acknowledged.append(marker)
        else:
            raise AssertionError(f"{args} exited {code}")
        connection = sqlite3.connect(f"file:{db}?mode=rw", uri=True)
        try:
            tally.lost += [m for m in acknowledged[-1:] if not _saved(connection, m)]
            for problem, query in HALF_WRITTEN.items():
                if connection.execute(query).fetchone()[0]:
                    tally.half_written.append(f"round {number}: {problem}")
        finally:
            connection.close()
    connection = sqlite3.connect(db)
    tally.lost = [marker for marker in acknowledged if not _saved(connection, marker)]
    connection.close()
    return tally
