"""A day of the desk, compressed: many agents at once on one store, through the desk functions.

Each agent (a thread with its own desk, as each terminal has) calls customers from one shared
pool: claims the customer, logs the call, sometimes files an inquiry or edits the customer's
notes from a copy it read earlier (the version check must refuse a raced save). At random a
client is killed mid-transaction: its connection is closed under it before the commit.

Checked afterwards against the store:
- lost writes: every acknowledged interaction and inquiry is there (and nothing unacknowledged);
- double calls: no two agents held the same customer's claim at overlapping times;
- unhandled errors: anything but a refusal the desk explains to its user;
- conflicts: counted, each with the other agent's values in its message.

`python -m bench.team [--agents 50] [--actions 40]` runs it on a throw-away PostgreSQL (and 8
agents on SQLite); `make bench` runs it through bench/bench_team.py; a short version is a test.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import Session, col

from csdesk.desk.agents import add_agent
from csdesk.desk.call_log import log_call
from csdesk.desk.claims import CLAIM_TTL, ClaimedError, start_call
from csdesk.desk.context import Desk, open_desk
from csdesk.desk.customers import create_customer, update_customer
from csdesk.desk.errors import ConflictError, DeskError
from csdesk.desk.inquiries import create_inquiry
from csdesk.models import Customer, Inquiry, Interaction

NOTE = "bench-day"


class Killed(Exception):
    """The client died: its connection went away before the commit."""


@dataclass
class Journal:
    """What the agents were told happened, kept apart from the store to check it."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    acked_interactions: set[int] = field(default_factory=set)
    acked_inquiries: set[int] = field(default_factory=set)
    claims: dict[int, list[tuple[float, float, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    conflicts: int = 0
    conflicts_shown: int = 0
    refusals: int = 0
    kills: int = 0
    errors: list[str] = field(default_factory=list)
    actions: dict[str, int] = field(default_factory=lambda: defaultdict(int))


@dataclass(frozen=True)
class DayReport:
    store: str
    agents: int
    seconds: float
    writes: int
    lost_writes: int
    phantom_writes: int
    double_calls: int
    unhandled_errors: list[str]
    conflicts: int
    conflicts_shown: int
    refusals: int
    kills: int

    @property
    def per_agent_per_minute(self) -> float:
        return self.writes / self.agents / (self.seconds / 60) if self.seconds else 0.0

    def lines(self) -> list[str]:
        return [
            f"{self.store}: {self.agents} agents, {self.seconds:.1f} s, {self.writes} writes"
            f" ({self.per_agent_per_minute:.0f} per agent-minute)",
            f"  lost writes {self.lost_writes}, phantom writes {self.phantom_writes},"
            f" double calls {self.double_calls}, unhandled errors {len(self.unhandled_errors)}",
            f"  conflicts {self.conflicts} (shown with the other's values: {self.conflicts_shown}),"
            f" claims refused {self.refusals}, clients killed {self.kills}",
            *[f"  ! {error}" for error in self.unhandled_errors[:5]],
        ]


def prepare(store: str | Path, agents: int, customers: int) -> None:
    desk = open_desk(store)
    with desk.session() as session:
        for number in range(agents):
            add_agent(session, f"sim{number}", f"模拟客服{number}")
        for number in range(customers):
            create_customer(session, {"name": f"模拟客户{number}有限公司", "tier": "B"})
    desk.engine.dispose()


def _die_mid_transaction(desk: Desk, write: Callable[[Session], object]) -> None:
    """Write, then lose the connection before the commit, as a killed terminal would."""
    session = Session(desk.engine)
    write(session)
    session.flush()
    session.connection().connection.dbapi_connection.close()  # type: ignore[union-attr]
    session.invalidate()  # no rollback: a dead client sends nothing more
    raise Killed


class Agent:
    def __init__(self, store: str | Path, login: str, journal: Journal, rng: random.Random):
        self.desk: Desk = open_desk(store, agent_login=login)
        self.login = login
        self.journal = journal
        self.rng = rng
        self.me = self.desk.agent.id if self.desk.agent else 0
        self.stale: dict[int, tuple[int, str | None]] = {}
        self.dangling: dict[int, int] = {}  # customer -> index of a claim left by a killed call

    def call(self, customer_id: int, kill: bool) -> None:
        desk, journal = self.desk, self.journal
        with desk.session() as session:
            start_call(session, self.me, customer_id, desk.now(), desk.tz)
        started = time.monotonic()
        if kill:  # dies on the call: the claim stays until it lapses or this agent comes back
            with journal.lock:
                holds = journal.claims[customer_id]
                self.dangling[customer_id] = len(holds)
                holds.append((started, started + CLAIM_TTL.total_seconds(), self.login))
            _die_mid_transaction(desk, lambda session: log_call(
                session, customer_id, self.me, "reached", desk.now(), NOTE,
                calendar=desk.calendar, now=desk.now()))  # fmt: skip
        with desk.session() as session:
            made = log_call(session, customer_id, self.me, "reached", desk.now(), NOTE,
                            calendar=desk.calendar, now=desk.now())  # fmt: skip
            ended = time.monotonic()  # before the commit: the claim is surely held until then
        with journal.lock:
            journal.acked_interactions.add(made.id or 0)
            holds = journal.claims[customer_id]
            if customer_id in self.dangling:  # back on the call it had claimed: it ends now
                index = self.dangling.pop(customer_id)
                holds[index] = (holds[index][0], ended, self.login)
            holds.append((started, ended, self.login))

    def inquiry(self, customer_id: int, kill: bool) -> None:
        desk = self.desk
        fields = {"pol": "CNNGB", "pod": "NGLOS", "notes": NOTE}
        if kill:
            _die_mid_transaction(desk, lambda session: create_inquiry(
                session, customer_id, self.me, desk.now(), fields))  # fmt: skip
        with desk.session() as session:
            made = create_inquiry(session, customer_id, self.me, desk.now(), fields)
        with self.journal.lock:
            self.journal.acked_inquiries.add(made.id or 0)

    def edit_notes(self, customer_id: int) -> None:
        """Save notes from the copy read earlier: a colleague's save in between is a conflict."""
        desk = self.desk
        if customer_id not in self.stale:
            with desk.session() as session:
                customer = session.get(Customer, customer_id)
                assert customer is not None
                self.stale[customer_id] = (customer.version, customer.notes)
            return
        version, notes = self.stale.pop(customer_id)
        try:
            with desk.session() as session:
                update_customer(session, customer_id, version, {"notes": notes},
                                {"notes": f"{self.login} {self.rng.random():.6f}"})  # fmt: skip
        except ConflictError as conflict:
            with self.journal.lock:
                self.journal.conflicts += 1
                self.journal.conflicts_shown += bool(conflict.changes and conflict.message())

    def work(self, actions: int, customer_ids: list[int], kill_rate: float) -> None:
        journal = self.journal
        try:
            for _ in range(actions):
                customer_id = self.rng.choice(customer_ids)
                kind = self.rng.choices(("call", "inquiry", "notes"), (6, 2, 2))[0]
                kill = self.rng.random() < kill_rate
                try:
                    if kind == "call":
                        self.call(customer_id, kill)
                    elif kind == "inquiry":
                        self.inquiry(customer_id, kill)
                    else:
                        self.edit_notes(customer_id)
                    journal.actions[kind] += 1
                except ClaimedError as refused:
                    assert refused.message()
                    journal.refusals += 1
                except Killed:
                    journal.kills += 1
                except DeskError as refusal:
                    journal.errors.append(f"{self.login}: refused: {refusal.message('en')}")
        except Exception as error:
            journal.errors.append(f"{self.login}: {type(error).__name__}: {error}")
        finally:
            self.desk.engine.dispose()


def _double_calls(journal: Journal) -> int:
    doubles = 0
    for holds in journal.claims.values():
        held_until, holder = float("-inf"), ""
        for start, end, who in sorted(holds):
            if start < held_until and who != holder:
                doubles += 1
            if end > held_until:
                held_until, holder = end, who
    return doubles


def _check(store: str | Path, journal: Journal) -> tuple[int, int, int]:
    desk = open_desk(store)
    with desk.session() as session:
        stored_calls = set(session.execute(select(col(Interaction.id)).where(
            col(Interaction.note) == NOTE)).scalars())  # fmt: skip
        stored_inquiries = set(session.execute(select(col(Inquiry.id))).scalars())
        total = session.execute(select(func.count()).select_from(Interaction)).scalar_one()
    desk.engine.dispose()
    lost = len(journal.acked_interactions - stored_calls)
    lost += len(journal.acked_inquiries - stored_inquiries)
    phantom = len(stored_calls - journal.acked_interactions)
    phantom += len(stored_inquiries - journal.acked_inquiries)
    return lost, phantom, int(total)


def run_day(
    store: str | Path, label: str, agents: int, actions: int, seed: int = 7, kill_rate: float = 0.05
) -> DayReport:
    customers = max(agents * 3, 12)
    prepare(store, agents, customers)
    journal = Journal()
    desk = open_desk(store)
    with desk.session() as session:
        customer_ids = list(session.execute(select(col(Customer.id))).scalars())
    desk.engine.dispose()
    crew = [Agent(store, f"sim{n}", journal, random.Random(seed + n)) for n in range(agents)]
    threads = [threading.Thread(target=a.work, args=(actions, customer_ids, kill_rate))
               for a in crew]  # fmt: skip
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.monotonic() - began
    lost, phantom, _ = _check(store, journal)
    writes = len(journal.acked_interactions) + len(journal.acked_inquiries)
    return DayReport(label, agents, seconds, writes, lost, phantom, _double_calls(journal),
                     journal.errors, journal.conflicts, journal.conflicts_shown,
                     journal.refusals, journal.kills)  # fmt: skip


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agents", type=int, default=50)
    parser.add_argument("--sqlite-agents", type=int, default=8)
    parser.add_argument("--actions", type=int, default=40)
    options = parser.parse_args(argv)
    reports = []
    with tempfile.TemporaryDirectory(prefix="csdesk-team-") as workdir:
        reports.append(run_day(Path(workdir) / "day.db", "SQLite", options.sqlite_agents,
                               options.actions))  # fmt: skip
    from tests.pg.cluster import ClusterUnavailable, start_cluster

    try:
        cluster = start_cluster()
    except ClusterUnavailable as missing:
        print(f"PostgreSQL skipped: {missing}")
    else:
        try:
            reports.append(run_day(cluster.url(), "PostgreSQL", options.agents, options.actions))
        finally:
            cluster.stop()
    for report in reports:
        print("\n".join(report.lines()))
    bad = any(r.lost_writes or r.phantom_writes or r.double_calls or r.unhandled_errors
              for r in reports)  # fmt: skip
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
