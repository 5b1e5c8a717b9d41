"""The daily call list: read from indexed columns only, ordered by csdesk.rules.cadence.

Every query is bounded by the agent and the day (customer rows by owner, tier and last reached;
today's interactions by agent and time; open tasks by agent and due time), so the list costs the
same in a store of 1,000 customers as in one of 100,000: nothing aggregates all interactions.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select

from csdesk.desk.claims import claimed_by_others
from csdesk.desk.context import AgentInfo
from csdesk.desk.errors import DeskError
from csdesk.desk.words import say_all
from csdesk.rules.cadence import (
    DORMANT_DAYS,
    Attempt,
    CallFacts,
    CallRow,
    OpenTask,
    Reason,
    build_call_list,
    c_due_before,
    customer_flags,
    day_bounds,
    is_dormant,
    local_day,
)
from csdesk.rules.calendar import WorkCalendar
from csdesk.store.core_tables import call_mark, customer, interaction, task

if TYPE_CHECKING:
    from csdesk.desk.context import Desk

# The spare-time sections would grow with the book; an agent calls ~100 customers a day.
DEFAULT_LIMITS: Mapping[str, int] = {"due": 300, "reactivate": 50, "spare": 50}
FLAG_WINDOW_DAYS = 90

_COLUMNS = (
    customer.c.id,
    customer.c.name,
    customer.c.name_pinyin,
    customer.c.tier,
    customer.c.ownership,
    customer.c.last_contact_at,
    customer.c.last_reached_at,
    customer.c.last_shipped_on,
)


@dataclass(frozen=True)
class CallList:
    agent_id: int
    day: dt.date
    working_day: bool
    day_off: Reason | str | None  # the holiday's name, or "weekend", on a day off
    calendar_warning: str | None  # a catalogue key
    rows: list[CallRow]
    truncated: frozenset[str]

    def to_json(self) -> dict[str, Any]:
        """The document of `csdesk calls --json` (the issue fixes its shape)."""
        from csdesk.i18n import t

        warning = t(self.calendar_warning, year=self.day.year) if self.calendar_warning else None
        return {
            "date": self.day.isoformat(),
            "working_day": self.working_day,
            "calendar_warning": warning,
            "items": [row_json(row) for row in self.rows],
        }


def row_json(row: CallRow) -> dict[str, Any]:
    return {
        "customer_id": row.customer_id,
        "customer": row.name,
        "tier": row.tier,
        "section": row.section,
        "reason": say_all(row.reasons),
        "last_contact_at": row.last_contact_at,
        "attempts_today": row.attempts_today,
        "flags": list(row.flags),
    }


def check_can_view(viewer: AgentInfo | None, agent_id: int) -> None:
    """An agent sees their own list; a supervisor any agent's. No viewer: the store's owner."""
    if viewer is not None and not viewer.is_supervisor and viewer.id != agent_id:
        raise DeskError("calls.not_yours")


@dataclass(frozen=True)
class _Window:
    day: dt.date
    start: dt.datetime
    end: dt.datetime
    tz: dt.tzinfo


def _owned(
    connection: Any,
    agent_id: int,
    tiers: Sequence[str],
    limit: int,
    reached_before: dt.datetime,
    reached_from: dt.datetime | None = None,
    shipped_by: dt.date | None = None,
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


def _candidate_rows(
    connection: Any,
    calendar: WorkCalendar,
    agent_id: int,
    window: _Window,
    limits: Mapping[str, int],
    extra: int,
) -> list[Any]:
    """Customer rows that may be due today: one bounded index range per tier and purpose."""
    due, spare = limits.get("due", 10**6) + extra, limits.get("spare", 10**6) + extra
    reactivate = limits.get("reactivate", 10**6) + extra
    c_due_start, _ = day_bounds(c_due_before(calendar, window.day), window.tz)
    dormant_start, _ = day_bounds(window.day - dt.timedelta(days=DORMANT_DAYS), window.tz)
    shipped_by = window.day - dt.timedelta(days=DORMANT_DAYS)
    return [
        *_owned(connection, agent_id, ("A",), due, window.start),
        *_owned(connection, agent_id, ("B",), due, window.start),
        *_owned(connection, agent_id, ("C",), due, c_due_start),
        *_owned(connection, agent_id, ("C", "D"), reactivate, dormant_start, shipped_by=shipped_by),
        *_owned(connection, agent_id, ("D",), spare, window.start),
        *_owned(connection, agent_id, ("C",), spare, window.start, reached_from=c_due_start),
    ]


def _rows_by_id(connection: Any, ids: Iterable[int], agent_id: int | None) -> list[Any]:
    wanted = sorted(set(ids))
    if not wanted:
        return []
    statement = select(*_COLUMNS).where(customer.c.id.in_(wanted))
    if agent_id is not None:
        statement = statement.where(customer.c.owner_id == agent_id)
    return list(connection.execute(statement).all())


def _attempts(connection: Any, agent_id: int, window: _Window) -> dict[int, list[Attempt]]:
    found: dict[int, list[Attempt]] = defaultdict(list)
    statement = select(interaction.c.customer_id, interaction.c.at, interaction.c.outcome).where(
        interaction.c.agent_id == agent_id,
        interaction.c.at >= window.start,
        interaction.c.at < window.end,
    )
    for customer_id, at, outcome in connection.execute(statement).all():
        found[customer_id].append(Attempt(at, outcome))
    return found


def _open_tasks(connection: Any, agent_id: int, window: _Window) -> dict[int, list[OpenTask]]:
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


def _hidden(connection: Any, agent_id: int, window: _Window) -> dict[int, dt.datetime]:
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
    check_can_view(viewer, agent_id)
    assert now.tzinfo is not None
    start, end = day_bounds(day, now.tzinfo)
    window = _Window(day, start, end, now.tzinfo)
    working = calendar.is_workday(day)
    attempts = _attempts(connection, agent_id, window)
    tasks = _open_tasks(connection, agent_id, window)
    hidden = _hidden(connection, agent_id, window)
    rows = _rows_by_id(connection, tasks, None) + _rows_by_id(connection, attempts, agent_id)
    if working:
        extra = len(attempts) + len(hidden) + 1
        rows += _candidate_rows(connection, calendar, agent_id, window, limits, extra)
    unique = {row.id: row for row in rows}
    for busy in claimed_by_others(connection, unique, agent_id, now):
        del unique[busy]  # another agent is on a call with them right now
    inquiries = _inquiry_counts(connection, sorted(unique), now - dt.timedelta(FLAG_WINDOW_DAYS))
    flag_since = day - dt.timedelta(days=FLAG_WINDOW_DAYS)
    facts = [
        _facts(row, window, attempts, tasks, hidden, inquiries, flag_since)
        for row in unique.values()
    ]
    plan = build_call_list(facts, calendar, day, now, limits)
    return CallList(
        agent_id=agent_id,
        day=day,
        working_day=working,
        day_off=None if working else _day_off(calendar, day),
        calendar_warning=calendar.warning(day),
        rows=plan.rows,
        truncated=plan.truncated,
    )


def _day_off(calendar: WorkCalendar, day: dt.date) -> Reason | str:
    """The holiday's name, or the weekend. The date words are read only on a day off: a list on
    a working day (nearly every CLI run) does without them."""
    from csdesk.rules.when import holiday_term

    name = calendar.holiday_name(day)
    return holiday_term(name) if name else Reason("calls.weekend")


def _facts(
    row: Any,
    window: _Window,
    attempts: Mapping[int, list[Attempt]],
    tasks: Mapping[int, list[OpenTask]],
    hidden: Mapping[int, dt.datetime],
    inquiries: Mapping[int, int],
    flag_since: dt.date,
) -> CallFacts:
    reached_on = local_day(row.last_reached_at, window.tz) if row.last_reached_at else None
    # Bookings arrive with the board (issue 6): until then a shipment in the window stands for
    # one, and no record of special equipment exists to flag (H16's second half).
    booked = row.last_shipped_on is not None and row.last_shipped_on >= flag_since
    return CallFacts(
        customer_id=row.id,
        name=row.name,
        tier=row.tier,
        sort_name=row.name_pinyin or row.name,
        last_contact_at=row.last_contact_at,
        last_reached_at=row.last_reached_at,
        last_shipped_on=row.last_shipped_on,
        dormant=is_dormant(row.last_shipped_on, reached_on, window.day),
        flags=customer_flags(row.ownership, False, inquiries.get(row.id, 0), int(booked)),
        attempts=tuple(attempts.get(row.id, ())),
        tasks=tuple(tasks.get(row.id, ())),
        hidden_until=hidden.get(row.id),
    )


def read_call_list(desk: Desk, agent_id: int, day: dt.date | None = None) -> CallList:
    """An agent's list as the CLI and the Calls screen show it, read with Core; the money sweeps
    (and the ORM they need) run first only when the day's list has a chase, refund or rebate
    task to raise (issue 13)."""
    from csdesk.desk.money.due import money_tasks_due

    day = day or desk.today
    with desk.engine.connect() as connection:
        if day != desk.today or not money_tasks_due(
            connection, desk.calendar, day, desk.now(), agent_id
        ):
            return call_list(
                connection, desk.calendar, agent_id, day, desk.now(), viewer=desk.agent
            )
    from csdesk.desk.money import raise_money_tasks

    with desk.session() as session:
        raise_money_tasks(session, desk.calendar, day, desk.now(), agent_id)
        return call_list(session, desk.calendar, agent_id, day, desk.now(), viewer=desk.agent)
