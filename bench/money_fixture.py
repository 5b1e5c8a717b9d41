"""A store with `customers` customers, one shipment each and ten invoices per customer, written in
bulk, with the summary rows (CustomerAccount, ReceivableDue) computed as the desk keeps them.

About 90% of invoices are paid; the open ones are due from 120 days ago to 30 days ahead, in USD
and CNY. One agent per 250 customers, as the demo has. A customer "五百票客户" has 500 shipments
for the statement's timing.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

TODAY = dt.date(2026, 11, 30)
INVOICES_PER_CUSTOMER = 10
CUSTOMERS_PER_AGENT = 250
STAMP = "2026-11-01 09:00:00.000000"
BIG_CUSTOMER = "五百票客户"


def _columns(db: sqlite3.Connection, table: str) -> list[tuple[str, str, bool]]:
    return [
        (row[1], row[2].upper(), bool(row[3])) for row in db.execute(f"PRAGMA table_info({table})")
    ]


def _filler(kind: str) -> Any:
    if "INT" in kind or "BOOL" in kind:
        return 0
    if "DATETIME" in kind or "TIMESTAMP" in kind:
        return STAMP
    if kind == "DATE":
        return TODAY.isoformat()
    return ""


def insert(db: sqlite3.Connection, table: str, rows: Iterable[dict[str, Any]]) -> None:
    """Rows with every NOT NULL column the caller left out filled with a neutral value."""
    columns = [
        (name, kind, required) for name, kind, required in _columns(db, table) if name != "id"
    ]
    names = [name for name, _, _ in columns]
    fill = {name: _filler(kind) for name, kind, required in columns if required}
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    db.executemany(sql, ([row.get(name, fill.get(name)) for name in names] for row in rows))


def _customers(db: sqlite3.Connection, count: int, agents: Sequence[int]) -> None:
    def rows() -> Iterable[dict[str, Any]]:
        for number in range(count):
            name = BIG_CUSTOMER if number == 0 else f"客户{number:06d}"
            yield {
                "name": name,
                "kind": "direct",
                "tier": "C",
                "owner_id": agents[number % len(agents)],
                "credit_terms": "monthly",
                "settlement_day": 25,
                "version": 1,
            }

    insert(db, "customer", rows())


def _shipments(db: sqlite3.Connection, count: int, agents: Sequence[int]) -> None:
    def rows() -> Iterable[dict[str, Any]]:
        for number in range(count + 499):
            customer = 1 if number >= count else number + 1
            yield {
                "booking_no": f"BN{number:08d}",
                "customer_id": customer,
                "agent_id": agents[(customer - 1) % len(agents)],
                "carrier": "COSCO",
                "pol": "CNNGB",
                "pod": "NGLOS",
                "stage": "in_transit",
                "version": 1,
                "trouble_rank": 1,
            }

    insert(db, "shipment", rows())


def _invoices(
    db: sqlite3.Connection, count: int, agents: Sequence[int], rng: random.Random
) -> None:
    def rows() -> Iterable[dict[str, Any]]:
        for number in range(count * INVOICES_PER_CUSTOMER + 499):
            if number < count * INVOICES_PER_CUSTOMER:
                customer, shipment = (
                    number // INVOICES_PER_CUSTOMER + 1,
                    number // INVOICES_PER_CUSTOMER + 1,
                )
            else:
                customer, shipment = 1, count + number - count * INVOICES_PER_CUSTOMER + 1
            amount = rng.randrange(50_000, 500_000)
            due = TODAY - dt.timedelta(days=rng.randint(-30, 120))
            open_minor = amount if rng.random() < 0.1 else 0
            yield {
                "number": f"INV{number:09d}",
                "shipment_id": shipment,
                "customer_id": customer,
                "agent_id": agents[(customer - 1) % len(agents)],
                "currency": "USD" if number % 3 else "CNY",
                "terms": "monthly",
                "issued_on": (due - dt.timedelta(days=30)).isoformat(),
                "due_on": due.isoformat(),
                "amount_minor": amount,
                "paid_minor": amount - open_minor,
                "open_minor": open_minor,
                "status": "open" if open_minor else "paid",
                "lines": f'[{{"name": "O/F", "amount_minor": {amount}}}]',
                "version": 1,
            }

    insert(db, "invoice", rows())


def _summaries(db: sqlite3.Connection) -> None:
    db.execute(
        "INSERT INTO customeraccount"
        " (customer_id, currency, owner_key, open_minor, credit_minor, oldest_due_on)"
        " SELECT customer_id, currency, MIN(customer.owner_id), SUM(open_minor), 0,"
        " MIN(CASE WHEN status = 'open' THEN due_on END)"
        " FROM invoice JOIN customer ON customer.id = invoice.customer_id"
        " GROUP BY customer_id, currency"
    )
    db.execute(
        "INSERT INTO customeraccount"
        " (customer_id, currency, owner_key, open_minor, credit_minor, oldest_due_on)"
        " SELECT customer_id, '*', MIN(owner_key), 0, 0, MIN(oldest_due_on) FROM customeraccount"
        " GROUP BY customer_id"
    )
    # About one customer in a hundred has paid more than it owed: a credit kept on its account.
    db.execute(
        "UPDATE customeraccount SET credit_minor = 10000"
        " WHERE currency = 'USD' AND customer_id % 97 = 0"
    )
    for key, group in (("agent_id", "agent_id, "), ("-1", "")):
        db.execute(
            "INSERT INTO receivabledue (agent_key, currency, due_on, open_minor)"
            f" SELECT {key}, currency, due_on, SUM(open_minor) FROM invoice"
            f" WHERE status = 'open' GROUP BY {group}currency, due_on"
        )


def build(path: Path, customers: int, seed: int = 13) -> Path:
    from csdesk.desk.agents import add_agent
    from csdesk.desk.context import open_desk

    desk = open_desk(path, today=TODAY)
    with desk.session() as session:
        agent_count = max(1, customers // CUSTOMERS_PER_AGENT)
        ids = [add_agent(session, f"a{n}", f"客服{n}").id or 0 for n in range(agent_count)]
        add_agent(session, "lead", "主管", role="supervisor")
    desk.engine.dispose()
    db = sqlite3.connect(path)
    rng = random.Random(seed)
    with db:
        _customers(db, customers, ids)
        _shipments(db, customers, ids)
        _invoices(db, customers, ids, rng)
        _summaries(db)
    db.execute("ANALYZE")
    db.close()
    return path
