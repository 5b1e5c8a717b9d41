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

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.context import AgentInfo
from csdesk.desk.errors import DeskError
from csdesk.desk.settings import get_value, set_value
from csdesk.models import Customer, CustomerAccount, Invoice, Task
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
    statement = (
        select(col(Customer.id), col(Customer.owner_id))
        .join(CustomerAccount, col(CustomerAccount.customer_id) == col(Customer.id))
        .where(col(CustomerAccount.open_minor) > 0)
        .distinct()
    )
    if agent_id is not None:
        statement = statement.where(col(Customer.owner_id) == agent_id)
    return [(row[0], row[1]) for row in session.execute(statement).all()]


def _existing_keys(session: Session, customer_id: int) -> set[tuple[str, int | None, str]]:
    statement = select(col(Task.kind), col(Task.source_id), col(Task.note)).where(
        col(Task.customer_id) == customer_id,
        col(Task.kind).in_(CHASE_KINDS),
        col(Task.source_table) == "invoice",
    )
    return {
        (kind, source, (note or "").split(" ")[0])
        for kind, source, note in session.execute(statement)
    }


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
    added = 0
    owing = _customers_owing(session, agent_id)
    for customer_id, owner_id in owing:
        keys = _existing_keys(session, customer_id)
        statement = select(Invoice).where(
            col(Invoice.customer_id) == customer_id, col(Invoice.status) == "open"
        )
        for invoice in session.execute(statement.order_by(col(Invoice.due_on))).scalars():
            for step in chase_steps(
                invoice.due_on, invoice.terms == "monthly", today, calendar, levels
            ):
                key = (step.kind, invoice.id, step.key)
                if key in keys:
                    continue
                keys.add(key)
                session.add(
                    Task(
                        customer_id=customer_id,
                        agent_id=owner_id or invoice.agent_id,
                        kind=step.kind,
                        due_at=start,
                        source_table="invoice",
                        source_id=invoice.id,
                        note=f"{step.key} {invoice.number}",
                    )
                )
                added += 1
    session.flush()
    return ChaseSweep(added, len(owing))


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
