"""The daily call list built from what a store's reads return (desk.calls reads with SQLAlchemy
Core, desk.calls_sqlite with the sqlite3 module; both the same indexed columns), and the card
beside it (CallCard: desk.call_card and desk.call_card_sqlite read it).

Every query is bounded by the agent and the day (customer rows by owner, tier and last reached;
today's interactions by agent and time; open tasks by agent and due time), so the list costs the
same in a store of 1,000 customers as in one of 100,000: nothing aggregates all interactions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from csdesk.desk.errors import DeskError
from csdesk.desk.handle import AgentInfo
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

# The spare-time sections would grow with the book; an agent calls ~100 customers a day.
DEFAULT_LIMITS: Mapping[str, int] = {"due": 300, "reactivate": 50, "spare": 50}
FLAG_WINDOW_DAYS = 90
RECENT = 5  # interactions on a call card, as desk.customers.customer_card
# The customer columns every row of the list is read with, in this order.
ROW_COLUMNS = ("id", "name", "name_pinyin", "tier", "ownership", "last_contact_at",
               "last_reached_at", "last_shipped_on")  # fmt: skip


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


@dataclass
class CallCard:
    """What desk.customers.CustomerCard holds, as Core rows (attribute access by column)."""

    customer: Any
    owner: Any | None
    contacts: list[Any]
    recent: list[Any]
    money: list[tuple[str, int, dt.date | None]] = field(default_factory=list)
    held_bookings: list[str] = field(default_factory=list)
    today: dt.date | None = None


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
class Window:
    day: dt.date
    start: dt.datetime
    end: dt.datetime
    tz: dt.tzinfo


@dataclass(frozen=True)
class CallReads:
    """The reads a call list is built from, each over a connection of one kind. Rows have the
    ROW_COLUMNS as attributes; times are aware UTC, dates dates, as the tables type them."""

    attempts: Callable[[Any, int, Window], dict[int, list[Attempt]]]
    open_tasks: Callable[[Any, int, Window], dict[int, list[OpenTask]]]
    hidden: Callable[[Any, int, Window], dict[int, dt.datetime]]
    # (connection, ids, owner or None)
    rows_by_id: Callable[[Any, Iterable[int], int | None], list[Any]]
    # (connection, agent, tiers, limit, reached before, reached from, shipped by)
    owned: Callable[
        [Any, int, Sequence[str], int, dt.datetime, dt.datetime | None, dt.date | None], list[Any]
    ]
    # (connection, customer ids, agent, now): the ids another agent is on a call with
    claimed_by_others: Callable[[Any, Iterable[int], int, dt.datetime], Iterable[int]]
    inquiry_counts: Callable[[Any, Sequence[int], dt.datetime], dict[int, int]]


def _candidate_rows(
    reads: CallReads,
    connection: Any,
    calendar: WorkCalendar,
    agent_id: int,
    window: Window,
    limits: Mapping[str, int],
    extra: int,
) -> list[Any]:
    """Customer rows that may be due today: one bounded index range per tier and purpose."""
    due, spare = limits.get("due", 10**6) + extra, limits.get("spare", 10**6) + extra
    reactivate = limits.get("reactivate", 10**6) + extra
    c_due_start, _ = day_bounds(c_due_before(calendar, window.day), window.tz)
    dormant_start, _ = day_bounds(window.day - dt.timedelta(days=DORMANT_DAYS), window.tz)
    shipped_by = window.day - dt.timedelta(days=DORMANT_DAYS)
    owned = reads.owned
    return [
        *owned(connection, agent_id, ("A",), due, window.start, None, None),
        *owned(connection, agent_id, ("B",), due, window.start, None, None),
        *owned(connection, agent_id, ("C",), due, c_due_start, None, None),
        *owned(connection, agent_id, ("C", "D"), reactivate, dormant_start, None, shipped_by),
        *owned(connection, agent_id, ("D",), spare, window.start, None, None),
        *owned(connection, agent_id, ("C",), spare, window.start, c_due_start, None),
    ]


def plan_call_list(
    reads: CallReads,
    connection: Any,
    calendar: WorkCalendar,
    agent_id: int,
    day: dt.date,
    now: dt.datetime,
    viewer: AgentInfo | None = None,
    limits: Mapping[str, int] = DEFAULT_LIMITS,
) -> CallList:
    """`agent_id`'s list for `day` as seen at `now` (aware, in the desk's zone)."""
    check_can_view(viewer, agent_id)
    assert now.tzinfo is not None
    start, end = day_bounds(day, now.tzinfo)
    window = Window(day, start, end, now.tzinfo)
    working = calendar.is_workday(day)
    attempts = reads.attempts(connection, agent_id, window)
    tasks = reads.open_tasks(connection, agent_id, window)
    hidden = reads.hidden(connection, agent_id, window)
    rows = reads.rows_by_id(connection, tasks, None) + reads.rows_by_id(
        connection, attempts, agent_id
    )
    if working:
        extra = len(attempts) + len(hidden) + 1
        rows += _candidate_rows(reads, connection, calendar, agent_id, window, limits, extra)
    unique = {row.id: row for row in rows}
    for busy in reads.claimed_by_others(connection, unique, agent_id, now):
        del unique[busy]  # another agent is on a call with them right now
    since = now - dt.timedelta(FLAG_WINDOW_DAYS)
    inquiries = reads.inquiry_counts(connection, sorted(unique), since)
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
    window: Window,
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
