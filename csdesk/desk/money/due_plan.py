"""The chase's plan from what a store's reads return (desk.money.due reads with SQLAlchemy
Core, desk.calls_sqlite with the sqlite3 module: the same indexed columns)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.money_chase import (
    DEFAULT_LEVELS,
    TASK_KINDS,
    LevelError,
    chase_steps,
    parse_levels,
)

LEVELS_KEY = "money.chase_levels"
CHASE_KINDS = tuple(TASK_KINDS.values())
ALL_CURRENCIES = "*"  # the account row of every currency (models.money.ALL_CURRENCIES)
CHUNK = 500  # customers per read: a bounded IN list

Key = tuple[str, int | None, str]  # (task kind, invoice id, "once" or the day)


def levels_from(stored: str | None) -> dict[str, int]:
    """The chase levels a desk setting holds; the defaults when unset or unreadable."""
    if not stored:
        return dict(DEFAULT_LEVELS)
    try:
        return parse_levels(json.loads(stored))
    except (LevelError, ValueError, TypeError):
        return dict(DEFAULT_LEVELS)


@dataclass(frozen=True)
class ChaseTask:
    """A chase task the levels want today and nobody has raised yet."""

    customer_id: int
    agent_id: int | None
    kind: str
    invoice_id: int
    note: str


@dataclass(frozen=True)
class ChaseReads:
    """The reads of the chase's plan. Invoice rows have id, customer_id, agent_id, due_on,
    terms and number as attributes."""

    # (connection, agent or None): (customer, owner) of everyone with an open invoice
    customers_owing: Callable[[Any, int | None], list[tuple[int, int | None]]]
    # (connection, customer ids): open invoices by due date, id
    open_invoices: Callable[[Any, list[int]], list[Any]]
    # (connection, customer ids, start of today): chase tasks already raised
    existing_keys: Callable[[Any, list[int], dt.datetime], set[Key]]


def plan_chase(
    reads: ChaseReads,
    connection: Any,
    calendar: WorkCalendar,
    today: dt.date,
    start: dt.datetime,
    agent_id: int | None,
    levels: Mapping[str, int],
    first_only: bool = False,
) -> tuple[list[ChaseTask], int]:
    """Today's chase tasks not yet raised for `agent_id`'s customers (None: the whole desk),
    and how many customers owe. `start` is the beginning of today in the desk's zone.

    `first_only` stops at the first task found (the question "is anything due?"): the list
    then holds that one task, and the count is still every customer who owes."""
    owners = dict(reads.customers_owing(connection, agent_id))
    ids = sorted(owners)
    planned: list[ChaseTask] = []
    for first in range(0, len(ids), CHUNK):
        chunk = ids[first : first + CHUNK]
        invoices = reads.open_invoices(connection, chunk)
        keys = reads.existing_keys(connection, chunk, start)
        for row in invoices:
            monthly = row.terms == "monthly"
            for step in chase_steps(row.due_on, monthly, today, calendar, levels):
                if (step.kind, row.id, step.key) in keys:
                    continue
                owner = owners[row.customer_id] or row.agent_id
                note = f"{step.key} {row.number}"
                planned.append(ChaseTask(row.customer_id, owner, step.kind, row.id, note))
                if first_only:
                    return planned, len(ids)
    return planned, len(ids)
