"""The chase as tasks in the agent's call list (H18, H55, H56, H61).

`sweep_chase` looks only at customers with an open amount (their summary rows, by index) and adds
the tasks the levels want today, each once: a task's key (level, invoice, day) is kept in its
`source_*` columns and note, so running the sweep again the same day adds nothing, and a task
closed by a payment is not raised again that day. Levels are desk settings a supervisor changes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlmodel import Session, col

from csdesk.desk.context import AgentInfo
from csdesk.desk.errors import DeskError
from csdesk.desk.settings import get_value, set_value
from csdesk.models import CustomerAccount, Invoice, Task
from csdesk.models.money import ALL_CURRENCIES
from csdesk.rules.cadence import day_bounds
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


def chase_levels(session: Session) -> dict[str, int]:
    stored = get_value(session, LEVELS_KEY)
    if not stored:
        return dict(DEFAULT_LEVELS)
    try:
        return parse_levels(json.loads(stored))
    except (LevelError, ValueError, TypeError):
        return dict(DEFAULT_LEVELS)


def set_chase_levels(
    session: Session, changes: Mapping[str, str | int], actor: AgentInfo | None
) -> dict[str, int]:
    """A supervisor's change to the levels (days relative to the due date)."""
    if actor is None or not actor.is_supervisor:
        raise DeskError("money.error.supervisor_only")
    try:
        levels = parse_levels({**chase_levels(session), **changes})
    except LevelError as error:
        raise DeskError("money.error.levels", detail=str(error)) from None
    set_value(session, LEVELS_KEY, json.dumps(levels))
    return levels


@dataclass(frozen=True)
class ChaseSweep:
    added: int
    customers: int


def _customers_owing(session: Session, agent_id: int | None) -> list[tuple[int, int | None]]:
    """(customer, owner) of everyone with an open invoice: their "*" account row has an oldest
    open due date. One agent's are read from the owner's stretch of an index."""
    statement = select(col(CustomerAccount.customer_id), col(CustomerAccount.owner_key)).where(
        col(CustomerAccount.currency) == ALL_CURRENCIES,
        col(CustomerAccount.oldest_due_on).is_not(None),
    )
    if agent_id is not None:
        statement = statement.where(col(CustomerAccount.owner_key) == agent_id)
    return [(row[0], row[1] or None) for row in session.execute(statement).all()]


Key = tuple[str, int | None, str]  # (task kind, invoice id, "once" or the day)
CHUNK = 500  # customers per read: a bounded IN list
# A chase task is due when the office opens on its day, not at midnight.
OFFICE_OPENS = dt.timedelta(hours=9)


def _existing_keys(session: Session, customer_ids: list[int], start: dt.datetime) -> set[Key]:
    """Chase tasks already raised for these customers (read by the task's customer index): the
    once-only ones, and today's chase."""
    statement = select(col(Task.kind), col(Task.source_id), col(Task.note)).where(
        col(Task.customer_id).in_(customer_ids),
        col(Task.source_table) == "invoice",
        col(Task.kind).in_(CHASE_KINDS),
        or_(col(Task.kind) != TASK_KINDS["chase"], col(Task.due_at) >= start),
    )
    return {
        (kind, source, (note or "").split(" ")[0])
        for kind, source, note in session.execute(statement)
    }


def _open_invoices(session: Session, customer_ids: list[int]) -> list[Any]:
    statement = select(
        col(Invoice.id),
        col(Invoice.customer_id),
        col(Invoice.agent_id),
        col(Invoice.due_on),
        col(Invoice.terms),
        col(Invoice.number),
    ).where(col(Invoice.customer_id).in_(customer_ids), col(Invoice.status) == "open")
    return list(session.execute(statement.order_by(col(Invoice.due_on), col(Invoice.id))).all())


def sweep_chase(
    session: Session,
    calendar: WorkCalendar,
    today: dt.date,
    now: dt.datetime,
    agent_id: int | None = None,
) -> ChaseSweep:
    """Raise today's chase tasks for `agent_id`'s customers (None: the whole desk)."""
    levels = chase_levels(session)
    start, _ = day_bounds(today, now.tzinfo or dt.UTC)
    owners = dict(_customers_owing(session, agent_id))
    ids = sorted(owners)
    tasks: list[Task] = []
    for first in range(0, len(ids), CHUNK):
        chunk = ids[first : first + CHUNK]
        invoices, keys = _open_invoices(session, chunk), _existing_keys(session, chunk, start)
        for row in invoices:
            monthly = row.terms == "monthly"
            for step in chase_steps(row.due_on, monthly, today, calendar, levels):
                if (step.kind, row.id, step.key) in keys:
                    continue
                tasks.append(
                    Task(
                        customer_id=row.customer_id,
                        agent_id=owners[row.customer_id] or row.agent_id,
                        kind=step.kind,
                        due_at=start + OFFICE_OPENS,
                        source_table="invoice",
                        source_id=row.id,
                        note=f"{step.key} {row.number}",
                    )
                )
    session.add_all(tasks)
    session.flush()
    return ChaseSweep(len(tasks), len(ids))


def close_chase_tasks(session: Session, customer_id: int, at: dt.datetime) -> int:
    """A payment closes the customer's open chase tasks at once."""
    statement = select(Task).where(
        col(Task.customer_id) == customer_id,
        col(Task.kind).in_(CHASE_KINDS),
        col(Task.done_at).is_(None),
    )
    closed = 0
    for task in session.execute(statement).scalars():
        task.done_at = at
        task.version += 1
        session.add(task)
        closed += 1
    return closed
