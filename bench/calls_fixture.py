"""A store shaped like a real desk for the call-list benchmark, written with Core bulk inserts.

One book agent per 250 customers (as a desk grows, so does its staff), tiers A 5% B 15% C 30%
D 50%, ten interactions per customer over two years, one contact each, and a few callbacks and
attempts today for every agent. Values go through each column's own bind processor, so the store
holds exactly what the ORM would write.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Table
from sqlmodel import Session

from csdesk.desk.context import DESK_TZ, open_desk
from csdesk.desk.customers import search_keys
from csdesk.models import Agent, Contact, Customer, Interaction, Task
from csdesk.rules.vocab import OUTCOMES

TODAY = dt.date(2026, 11, 30)
# When the rows were written (created_at, updated_at): a fixed evening before TODAY, so the store
# is the same whenever it is built and nothing in it happened after the moments the benches read
# it at (TODAY, by the desk's clock).
STAMPED_AT = dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(18), tzinfo=DESK_TZ)
BOOK_SIZE = 250
INTERACTIONS_PER_CUSTOMER = 10
_CITIES = ("宁波", "上海", "义乌", "深圳", "广州", "青岛", "天津", "厦门", "苏州", "杭州")
_WORDS = ("海天", "远航", "华通", "金桥", "恒达", "顺丰", "蓝海", "东方", "新世纪", "利达")
_TRADES = ("贸易", "进出口", "实业", "电子", "机械", "纺织", "化工", "家具")
_CUSTOMER_COLUMNS = (
    "id", "name", "kind", "tier", "owner_id", "ownership", "name_pinyin", "name_initials",
    "name_key", "last_contact_at", "last_reached_at", "last_shipped_on", "wechat",
    "created_at", "updated_at", "version", "vip", "credit_terms",
)  # fmt: skip
_CONTACT_COLUMNS = (
    "customer_id", "name", "phone", "phone_digits", "primary", "created_at", "updated_at",
    "version",
)  # fmt: skip
_INTERACTION_COLUMNS = (
    "customer_id", "agent_id", "at", "channel", "outcome", "created_at", "updated_at", "version",
)  # fmt: skip
_TASK_COLUMNS = (
    "customer_id", "agent_id", "kind", "due_at", "created_at", "updated_at", "version",
)  # fmt: skip
_TIERS = ("A",) * 5 + ("B",) * 15 + ("C",) * 30 + ("D",) * 50


def _writer(session: Session, model: Any, columns: Sequence[str]) -> Any:
    connection = session.connection()
    dialect = connection.dialect
    table: Table = model.__table__
    processors = [
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in columns
    ]
    names = ", ".join(f'"{name}"' for name in columns)
    sql = f"INSERT INTO {table.name} ({names}) VALUES ({', '.join('?' * len(columns))})"

    def write(rows: list[tuple[Any, ...]]) -> None:
        converted = [
            tuple(p(v) if p and v is not None else v for p, v in zip(processors, row, strict=True))
            for row in rows
        ]
        connection.exec_driver_sql(sql, converted)

    return write


def _at(day: dt.date, minute: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(9), tzinfo=DESK_TZ) + dt.timedelta(minutes=minute)


def _chunks(rows: Iterator[tuple[Any, ...]], size: int = 20_000) -> Iterator[list[tuple[Any, ...]]]:
    chunk: list[tuple[Any, ...]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _customer_rows(count: int, books: int, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    keys = {part: search_keys(part) for part in (*_CITIES, *_WORDS, *_TRADES)}
    for number in range(1, count + 1):
        parts = (rng.choice(_CITIES), rng.choice(_WORDS), rng.choice(_TRADES))
        name = "".join(parts) + f"有限公司{number}"
        pinyin = "".join(keys[p]["name_pinyin"] for p in parts) + f"youxiangongsi{number}"
        initials = "".join(keys[p]["name_initials"] for p in parts) + f"yxgs{number}"
        reached_days = rng.randint(1, 60) if rng.random() < 0.9 else None
        reached = _at(TODAY - dt.timedelta(days=reached_days), 30) if reached_days else None
        contact = _at(TODAY - dt.timedelta(days=rng.randint(0, reached_days or 60)), 45)
        shipped = TODAY - dt.timedelta(days=rng.randint(1, 400)) if rng.random() < 0.4 else None
        ownership = "soe" if rng.random() < 0.05 else "private"
        owner = 2 + number % books
        yield (number, name, "direct", rng.choice(_TIERS), owner, ownership, pinyin, initials,
               name, contact, reached, shipped, f"wx{number}")  # fmt: skip


def _interaction_rows(count: int, books: int, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    for customer_id in range(1, count + 1):
        owner = 2 + customer_id % books
        for _ in range(INTERACTIONS_PER_CUSTOMER):
            day = TODAY - dt.timedelta(days=rng.randint(1, 730))
            yield (customer_id, owner, _at(day, rng.randint(0, 480)), "phone", rng.choice(OUTCOMES))


def build(path: Path, customers: int, seed: int = 1, stamped_at: dt.datetime = STAMPED_AT) -> Path:
    """A store at `path` with `customers` customers, its rows written at `stamped_at`; returns
    `path`."""
    rng = random.Random(seed)
    books = max(4, round(customers / BOOK_SIZE))
    desk = open_desk(path, today=TODAY)
    now = stamped_at
    with desk.session() as session:
        session.add(Agent(id=1, login="lead", name="王主管", role="supervisor"))
        for index in range(books):
            login = "li" if index == 0 else f"agent{index}"
            session.add(Agent(id=2 + index, login=login, name=f"客服{index}"))
        session.flush()
        write = _writer(session, Customer, _CUSTOMER_COLUMNS)
        for chunk in _chunks(
            (*row, now, now, 1, False, "prepaid") for row in _customer_rows(customers, books, rng)
        ):
            write(chunk)
        contacts = _writer(session, Contact, _CONTACT_COLUMNS)
        for chunk in _chunks(
            (cid, "联系人", f"138{cid:08d}", f"138{cid:08d}", True, now, now, 1)
            for cid in range(1, customers + 1)
        ):
            contacts(chunk)
        interactions = _writer(session, Interaction, _INTERACTION_COLUMNS)
        for chunk in _chunks(
            (*row, now, now, 1) for row in _interaction_rows(customers, books, rng)
        ):
            interactions(chunk)
        tasks = _writer(session, Task, _TASK_COLUMNS)
        set_at = _at(TODAY - dt.timedelta(days=1), 0)
        callbacks = [(agent, n) for agent in range(books) for n in range(1, 6)]
        tasks(
            [
                (2 + agent + books * n, 2 + agent, "callback", _at(TODAY, 60 * n), set_at, now, 1)
                for agent, n in callbacks
            ]
        )
    desk.engine.dispose()
    return path
