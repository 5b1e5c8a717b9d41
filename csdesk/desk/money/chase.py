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
from csdesk.desk.money.due import CHASE_KINDS, LEVELS_KEY, chase_plan, levels_from
from csdesk.desk.settings import get_value, set_value
from csdesk.models import Task
from csdesk.rules.cadence import day_bounds
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.money_chase import LevelError, parse_levels


def chase_levels(session: Session) -> dict[str, int]:
    return levels_from(get_value(session, LEVELS_KEY))


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


# A chase task is due when the office opens on its day, not at midnight.
OFFICE_OPENS = dt.timedelta(hours=9)


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
    planned, owing = chase_plan(session, calendar, today, start, agent_id, levels)
    tasks = [
        Task(
            customer_id=item.customer_id,
            agent_id=item.agent_id,
            kind=item.kind,
            due_at=start + OFFICE_OPENS,
            source_table="invoice",
            source_id=item.invoice_id,
            note=item.note,
        )
        for item in planned
    ]
    session.add_all(tasks)
    session.flush()
    return ChaseSweep(len(tasks), owing)


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
