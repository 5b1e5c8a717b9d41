"""Stores for the KPI benchmark: one desk of 20 agents whose November is the same in both, with
1,000 customers and a year of history, or 100,000 customers and 1,000,000 shipments of history.

What grows is the book and the history, not the month: 20 agents sail about the same shipments
a month whatever the size of the book, and each keeps about 20 A and B customers (due every
working day, H89: a person can call only so many), the rest of the 100,000 being C and D.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sqlmodel import Session

from csdesk.desk.agents import add_agent
from csdesk.desk.context import DESK_TZ, Desk, open_desk
from csdesk.desk.demo.bulk import BulkInsert
from csdesk.desk.demo.kpi_history import Booker, HistoryWriter, write_month, write_rates
from csdesk.rules.tiers import add_months

TODAY = dt.date(2026, 11, 30)
MONTH = dt.date(2026, 11, 1)
AGENTS = 20
AB_PER_AGENT = 20
MONTH_SHIPMENTS = 1_000
MONTH_INQUIRIES = 1_500
STAMP = ("created_at", "updated_at", "version")


def _customers(
    session: Session, rng: random.Random, count: int, agents: list[int]
) -> list[list[int]]:
    """Customers spread over the agents; the first AB_PER_AGENT of each agent are A or B."""
    columns = (*STAMP, "name", "kind", "tier", "owner_id", "vip", "credit_terms",
               "name_pinyin", "name_initials", "name_key")  # fmt: skip
    out = BulkInsert(session, "customer", columns)
    stamp = out.converter("created_at")(dt.datetime(2025, 1, 1, tzinfo=DESK_TZ))
    rows, ab_per_agent = [], {agent: 0 for agent in agents}
    for n in range(count):
        owner = agents[n % len(agents)]
        ab = ab_per_agent[owner] < AB_PER_AGENT
        ab_per_agent[owner] += ab
        tier = rng.choice("AB") if ab else rng.choice("CDDD")
        name = f"宁波测试贸易{n:06d}有限公司"
        rows.append((stamp, stamp, 1, name, "direct", tier, owner, False, "prepaid",
                     f"ningboceshimaoyi{n:06d}", "nbcsmy", name))  # fmt: skip
        if len(rows) == 10_000:
            out.write(rows)
            rows = []
    out.write(rows)
    ab_ids: list[list[int]] = [[] for _ in agents]
    for index in range(min(count, len(agents) * AB_PER_AGENT)):
        ab_ids[index % len(agents)].append(index + 1)  # ids follow insertion order from 1
    return ab_ids


def _interactions(
    session: Session, rng: random.Random, agents: list[int], ab: list[list[int]], others: int,
    customers: int,
) -> None:  # fmt: skip
    """November's calls: each A/B customer on most working days, plus `others` calls to C/D."""
    columns = (*STAMP, "customer_id", "agent_id", "at", "channel", "outcome")
    out = BulkInsert(session, "interaction", columns)
    at = out.converter("at")
    rows = []
    days = [MONTH + dt.timedelta(days=n) for n in range(30)]
    for agent, ids in zip(agents, ab, strict=True):
        for customer in ids:
            for day in days:
                if day.weekday() < 5 and rng.random() < 0.7:
                    when = dt.datetime.combine(day, dt.time(10, rng.randint(0, 59)), tzinfo=DESK_TZ)
                    rows.append((*_stamp(out), customer, agent, at(when), "phone", "reached"))
    ab_count = sum(len(ids) for ids in ab)
    for _ in range(others):
        customer = rng.randint(ab_count + 1, max(ab_count + 1, customers))
        when = dt.datetime.combine(
            rng.choice(days), dt.time(15, rng.randint(0, 59)), tzinfo=DESK_TZ
        )
        rows.append((*_stamp(out), customer, agents[0], at(when), "phone", "reached"))
    out.write(rows)


def _stamp(out: BulkInsert) -> tuple[object, ...]:
    stored = out.converter("created_at")(dt.datetime(2026, 11, 1, tzinfo=DESK_TZ))
    return (stored, stored, 1)


def _inquiries(
    session: Session, rng: random.Random, count: int, months: tuple[int, int], customers: int
) -> None:
    columns = (*STAMP, "customer_id", "agent_id", "received_at", "channel", "status", "dg",
               "pending", "missing", "sla_due_at", "first_response_at")  # fmt: skip
    out = BulkInsert(session, "inquiry", columns)
    at = out.converter("received_at")
    rows = []
    for _ in range(count):
        month = add_months(MONTH, -rng.randint(*months))
        received = dt.datetime.combine(month + dt.timedelta(days=rng.randint(0, 27)),
                                       dt.time(9, rng.randint(0, 59)), tzinfo=DESK_TZ)  # fmt: skip
        answered = received + dt.timedelta(minutes=rng.choice([2, 4, 6, 20]))
        due = received + dt.timedelta(minutes=5)
        who = (rng.randint(1, customers), rng.randint(2, AGENTS + 1))
        rows.append((*_stamp(out), *who, at(received), "phone", "answered", False, "", "",
                     at(due), at(answered)))  # fmt: skip
    out.write(rows)


def build(workdir: Path, customers: int, history_shipments: int) -> Desk:
    """A store with `customers` customers, November's work, and history before November."""
    desk = open_desk(workdir / f"kpi-{customers}.db", today=TODAY)
    rng = random.Random(customers)
    with desk.session() as session:
        add_agent(session, "boss", "王主管", role="supervisor")
        agents = [add_agent(session, f"a{n:02d}", f"客服{n:02d}").id or 0 for n in range(AGENTS)]
        ab = _customers(session, rng, customers, agents)
        bookers = [
            Booker(agent, rng.uniform(0.6, 1.5), None, tuple(ids))
            for agent, ids in zip(agents, ab, strict=True)
        ]
        writer = HistoryWriter(session, dt.datetime(2026, 11, 30, 8, tzinfo=DESK_TZ))
        write_month(writer, rng, MONTH, TODAY, bookers, MONTH_SHIPMENTS)
        months_back = max(11, history_shipments // 10_000)
        per_month = history_shipments // months_back
        for back in range(1, months_back + 1):
            write_month(writer, rng, add_months(MONTH, -back), TODAY, bookers, per_month)
        write_rates(session, rng, TODAY, 12)
        _interactions(session, rng, agents, ab, customers * 3 // 10, customers)
        _inquiries(session, rng, MONTH_INQUIRIES, (0, 0), customers)
        _inquiries(session, rng, history_shipments // 5, (1, months_back), customers)
    _settle_store(desk)
    return desk


def _settle_store(desk: Desk) -> None:
    """Fold the bulk write's WAL back into the file and empty it, as a desk finds its store once
    an import is over and the store reopened: left as it is, every read of the benchmark looks
    each page up in a write-ahead log of a million shipments' pages."""
    with desk.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
