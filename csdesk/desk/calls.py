"""The daily call list read with SQLAlchemy Core (desk.call_plan builds it from the reads).

Every query is bounded by the agent and the day (customer rows by owner, tier and last reached;
today's interactions by agent and time; open tasks by agent and due time), so the list costs the
same in a store of 1,000 customers as in one of 100,000: nothing aggregates all interactions.
desk.calls_sqlite reads the same columns with the sqlite3 module for the terminal desk's start.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select

from csdesk.desk.call_plan import (
    DEFAULT_LIMITS,
    FLAG_WINDOW_DAYS,
    ROW_COLUMNS,
    CallList,
    CallReads,
    Window,
    check_can_view,
    plan_call_list,
    row_json,
)
from csdesk.desk.claims import claimed_by_others
from csdesk.desk.handle import AgentInfo
from csdesk.rules.cadence import Attempt, OpenTask
from csdesk.rules.calendar import WorkCalendar
from csdesk.store.core_tables import call_mark, customer, interaction, task

if TYPE_CHECKING:
    from csdesk.desk.context import Desk

__all__ = ["DEFAULT_LIMITS", "FLAG_WINDOW_DAYS", "CallList", "call_list", "check_can_view",
           "read_call_list", "row_json"]  # fmt: skip

_COLUMNS = tuple(customer.c[name] for name in ROW_COLUMNS)


def _owned(
    connection: Any,
    agent_id: int,
    tiers: Sequence[str],
    limit: int,
    reached_before: dt.datetime,
    reached_from: dt.datetime | None,
    shipped_by: dt.date | None,
) -> list[Any]:
    """The agent's customers of `tiers` least recently reached first (index order)."""
    reached = customer.c.last_reached_at
    statement = select(*_COLUMNS).where(customer.c.owner_id == agent_id, customer.c.tier.in_(tiers))
    if reached_from is None:
        statement = statement.where(or_(reached.is_(None), reached < reached_before))
    else:
        statement = statement.where(reached >= reached_from, reached < reached_before)
    if shipped_by is not None:
        statement = statement.where(customer.c.last_shipped_on <= shipped_by)
    statement = statement.order_by(reached.asc().nulls_first(), customer.c.id).limit(limit)
    return list(connection.execute(statement).all())


def _rows_by_id(connection: Any, ids: Iterable[int], agent_id: int | None) -> list[Any]:
    wanted = sorted(set(ids))
    if not wanted:
        return []
    statement = select(*_COLUMNS).where(customer.c.id.in_(wanted))
    if agent_id is not None:
        statement = statement.where(customer.c.owner_id == agent_id)
    return list(connection.execute(statement).all())


def _attempts(connection: Any, agent_id: int, window: Window) -> dict[int, list[Attempt]]:
    found: dict[int, list[Attempt]] = defaultdict(list)
    statement = select(interaction.c.customer_id, interaction.c.at, interaction.c.outcome).where(
        interaction.c.agent_id == agent_id,
        interaction.c.at >= window.start,
        interaction.c.at < window.end,
    )
    for customer_id, at, outcome in connection.execute(statement).all():
        found[customer_id].append(Attempt(at, outcome))
    return found


def _open_tasks(connection: Any, agent_id: int, window: Window) -> dict[int, list[OpenTask]]:
    found: dict[int, list[OpenTask]] = defaultdict(list)
    statement = select(
        task.c.id, task.c.customer_id, task.c.kind, task.c.due_at, task.c.created_at
    ).where(
        task.c.agent_id == agent_id,
        task.c.done_at.is_(None),
        task.c.due_at < window.end,
        task.c.customer_id.is_not(None),
    )
    for task_id, customer_id, kind, due_at, created_at in connection.execute(statement).all():
        found[customer_id].append(OpenTask(task_id, kind, due_at, created_at))
    return found


def _hidden(connection: Any, agent_id: int, window: Window) -> dict[int, dt.datetime]:
    statement = select(call_mark.c.customer_id, func.max(call_mark.c.until)).where(
        call_mark.c.agent_id == agent_id, call_mark.c.until > window.start
    )
    rows = connection.execute(statement.group_by(call_mark.c.customer_id)).all()
    return {customer_id: until for customer_id, until in rows}


def _inquiry_counts(connection: Any, ids: Sequence[int], since: dt.datetime) -> dict[int, int]:
    """Inquiries logged in the window for the listed customers only (bounded by the list)."""
    if not ids:
        return {}
    statement = (
        select(interaction.c.customer_id, func.count())
        .where(
            interaction.c.customer_id.in_(ids),
            interaction.c.at >= since,
            interaction.c.outcome == "inquiry",
        )
        .group_by(interaction.c.customer_id)
    )
    return {customer_id: int(n) for customer_id, n in connection.execute(statement).all()}


CORE_READS = CallReads(
    attempts=_attempts,
    open_tasks=_open_tasks,
    hidden=_hidden,
    rows_by_id=_rows_by_id,
    owned=_owned,
    claimed_by_others=claimed_by_others,
    inquiry_counts=_inquiry_counts,
)


def call_list(
    connection: Any,
    calendar: WorkCalendar,
    agent_id: int,
    day: dt.date,
    now: dt.datetime,
    viewer: AgentInfo | None = None,
    limits: Mapping[str, int] = DEFAULT_LIMITS,
) -> CallList:
    """`agent_id`'s list for `day` as seen at `now` (aware, in the desk's zone).

    `connection` is a Core Connection or a Session: the list reads columns, never the tables'
    classes, so a CLI run lists calls without importing the ORM."""
    return plan_call_list(CORE_READS, connection, calendar, agent_id, day, now, viewer, limits)


def read_call_list(desk: Desk, agent_id: int, day: dt.date | None = None) -> CallList:
    """An agent's list as the CLI and the Calls screen show it, read with Core; the money sweeps
    (and the ORM they need) run first only when the day's list has a chase, refund or rebate
    task to raise (issue 13)."""
    from csdesk.desk.money.due import money_tasks_due

    now = desk.now()  # one instant: the day and the time of the list agree at midnight
    day = day or now.date()
    with desk.engine.connect() as connection:
        if day != now.date() or not money_tasks_due(connection, desk.calendar, day, now, agent_id):
            return call_list(connection, desk.calendar, agent_id, day, now, viewer=desk.agent)
    from csdesk.desk.money import raise_money_tasks

    with desk.session() as session:
        raise_money_tasks(session, desk.calendar, day, now, agent_id)
        return call_list(session, desk.calendar, agent_id, day, now, viewer=desk.agent)
