"""The daily call list (H11, H14, H16, H85, H87-H89): who is on it, in which section, in what order.

Pure: the desk reads indexed columns and hands over plain facts; the day and the time are
arguments. Working days are counted from the last time a customer was *reached*: an unanswered
attempt does not make a customer "contacted" (H89 counts conversations, 2-3 a week for C).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.vocab import REACHED_OUTCOMES

SECTIONS = ("callback", "follow_up", "due", "reactivate", "spare")
TASK_CALLBACK = "callback"
C_DUE_WORKDAYS = 2
# Working days are counted back this far; anything older reads as "this many or more".
HORIZON_DAYS = 400
# Never reached sorts before any real count: the most overdue of all.
NEVER_REACHED = 10**6
_DUE_RANK = {"A": 0, "B": 1, "C": 2}
_SPARE_RANK = {"D": 0, "C": 1}


@dataclass(frozen=True)
class Reason:
    """Words from the catalogue: `key` with `params`; a param may itself be a Reason."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Attempt:
    at: dt.datetime
    outcome: str

    @property
    def reached(self) -> bool:
        return self.outcome in REACHED_OUTCOMES


@dataclass(frozen=True)
class OpenTask:
    """A task due by the end of the list's day; attempts after `since` (when it was set) count."""

    task_id: int
    kind: str
    due_at: dt.datetime
    since: dt.datetime


@dataclass(frozen=True)
class CallFacts:
    """What the list needs to know about one customer, read from indexed columns."""

    customer_id: int
    name: str
    tier: str
    sort_name: str = ""
    last_contact_at: dt.datetime | None = None
    last_reached_at: dt.datetime | None = None
    last_shipped_on: dt.date | None = None
    dormant: bool = False
    flags: tuple[str, ...] = ()
    attempts: tuple[Attempt, ...] = ()  # today's calls by the list's agent
    tasks: tuple[OpenTask, ...] = ()
    hidden_until: dt.datetime | None = None  # skipped or snoozed until then


@dataclass(frozen=True)
class CallRow:
    customer_id: int
    name: str
    tier: str
    section: str
    reasons: tuple[Reason, ...]
    last_contact_at: dt.datetime | None
    attempts_today: int
    flags: tuple[str, ...]
    workdays_since: int | None  # None: never reached
    tried_at: dt.datetime | None = None  # one unanswered attempt today: sunk, marked
    due_now: bool = False  # a callback whose time has come
    task_id: int | None = None
    due_at: dt.datetime | None = None


@dataclass(frozen=True)
class CallPlan:
    rows: list[CallRow]
    truncated: frozenset[str]


class WorkdayCounter:
    """Working days after a date up to and including `today`, tabled once per list."""

    def __init__(self, calendar: WorkCalendar, today: dt.date, horizon: int = HORIZON_DAYS) -> None:
        self.today = today
        self._counts: dict[dt.date, int] = {}
        count = 0
        day = today
        for _ in range(horizon):
            self._counts[day] = count
            if calendar.is_workday(day):
                count += 1
            day -= dt.timedelta(days=1)
        self._oldest = count

    def since(self, day: dt.date) -> int:
        if day >= self.today:
            return 0
        return self._counts.get(day, self._oldest)


def nth_workday_back(calendar: WorkCalendar, today: dt.date, n: int) -> dt.date:
    """The n-th most recent working day on or before `today` (n=1: today if it is one)."""
    day = today
    seen = 0
    for _ in range(HORIZON_DAYS):
        if calendar.is_workday(day):
            seen += 1
            if seen == n:
                return day
        day -= dt.timedelta(days=1)
    return day


def c_due_before(calendar: WorkCalendar, today: dt.date) -> dt.date:
    """A C customer last reached on a day before this one is due today (2+ working days)."""
    return nth_workday_back(calendar, today, C_DUE_WORKDAYS)


def local_day(at: dt.datetime, tz: dt.tzinfo) -> dt.date:
    return at.astimezone(tz).date()


def day_bounds(day: dt.date, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time(), tzinfo=tz)
    return start, dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=tz)


def _clock(at: dt.datetime, day: dt.date, tz: dt.tzinfo) -> str:
    local = at.astimezone(tz)
    return local.strftime("%H:%M") if local.date() == day else local.strftime("%m-%d %H:%M")


@dataclass(frozen=True)
class _Context:
    day: dt.date
    as_of: dt.datetime
    working: bool
    counter: WorkdayCounter

    @property
    def tz(self) -> dt.tzinfo:
        assert self.as_of.tzinfo is not None
        return self.as_of.tzinfo


def _workdays(facts: CallFacts, ctx: _Context) -> int | None:
    if facts.last_reached_at is None:
        return None
    return ctx.counter.since(local_day(facts.last_reached_at, ctx.tz))


def _plain_section(facts: CallFacts, workdays: int | None) -> str:
    if facts.tier in ("A", "B"):
        return "due"
    if facts.dormant:
        return "reactivate"
    if facts.tier == "C" and (workdays is None or workdays >= C_DUE_WORKDAYS):
        return "due"
    return "spare"


def _plain_reason(section: str, facts: CallFacts, ctx: _Context, days: int | None) -> Reason:
    if section == "reactivate":
        if facts.last_contact_at is None:
            # The desk never spoke to them: that, not years since a shipment, is the news.
            return Reason("calls.reason.reactivate_never")
        idle = (ctx.day - facts.last_shipped_on).days if facts.last_shipped_on else None
        return Reason("calls.reason.reactivate", {"days": idle if idle is not None else "-"})
    if days is None:
        never = "never_contacted" if facts.last_contact_at is None else "never_reached"
        return Reason(f"calls.reason.{never}", {"tier": facts.tier})
    return Reason(f"calls.reason.{section}", {"tier": facts.tier, "days": days})


def _task_reasons(task: OpenTask, ctx: _Context) -> tuple[Reason, ...]:
    time = _clock(task.due_at, ctx.day, ctx.tz)
    reasons: tuple[Reason, ...]
    if task.kind == TASK_CALLBACK:
        reasons = (Reason("calls.reason.callback", {"time": time}),)
    else:
        reasons = (
            Reason("calls.reason.follow_up", {"time": time, "task": Reason(f"task.{task.kind}")}),
        )
    if task.due_at <= ctx.as_of:
        reasons += (Reason("calls.reason.time_come"),)
    return reasons


def _pick_task(facts: CallFacts, ctx: _Context) -> OpenTask | None:
    start, end = day_bounds(ctx.day, ctx.tz)
    tasks = [task for task in facts.tasks if task.due_at < end]
    if not ctx.working:
        # On a day off only the callbacks set for that very day are shown.
        tasks = [t for t in tasks if t.kind == TASK_CALLBACK and t.due_at >= start]
    if not tasks:
        return None
    return min(tasks, key=lambda task: (task.kind != TASK_CALLBACK, task.due_at, task.task_id))


def place(facts: CallFacts, ctx: _Context) -> CallRow | None:
    """The customer's row on the list, or None when they are not on it today."""
    if facts.hidden_until is not None and facts.hidden_until > ctx.as_of:
        return None
    task = _pick_task(facts, ctx)
    if task is None and not ctx.working:
        return None
    if task is not None:
        since = task.since
        relevant = [a for a in facts.attempts if a.at > since]
        reached = facts.last_reached_at is not None and facts.last_reached_at > since
    else:
        relevant = list(facts.attempts)
        reached = (
            facts.last_reached_at is not None
            and local_day(facts.last_reached_at, ctx.tz) == ctx.day
        )
    unanswered = sorted(a.at for a in relevant if not a.reached)
    if reached or any(a.reached for a in relevant) or len(unanswered) >= 2:
        return None
    tried_at = unanswered[0] if unanswered else None
    workdays = _workdays(facts, ctx)
    if task is not None:
        section = TASK_CALLBACK if task.kind == TASK_CALLBACK else "follow_up"
        reasons = _task_reasons(task, ctx)
    else:
        section = _plain_section(facts, workdays)
        reasons = (_plain_reason(section, facts, ctx, workdays),)
    if tried_at is not None:
        reasons += (Reason("calls.reason.tried", {"time": _clock(tried_at, ctx.day, ctx.tz)}),)
    return CallRow(
        customer_id=facts.customer_id,
        name=facts.name,
        tier=facts.tier,
        section=section,
        reasons=reasons,
        last_contact_at=facts.last_contact_at,
        attempts_today=len(facts.attempts),
        flags=facts.flags,
        workdays_since=workdays,
        tried_at=tried_at,
        due_now=task is not None and task.due_at <= ctx.as_of,
        task_id=task.task_id if task else None,
        due_at=task.due_at if task else None,
    )


def _order_key(row: CallRow, sort_name: str) -> tuple[object, ...]:
    overdue = -(NEVER_REACHED if row.workdays_since is None else row.workdays_since)
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    if row.section == TASK_CALLBACK:
        inner: tuple[object, ...] = (not row.due_now, row.due_at or far)
    elif row.section == "follow_up":
        inner = (row.due_at or far,)
    elif row.section == "due":
        inner = (_DUE_RANK.get(row.tier, 3),)
    elif row.section == "spare":
        inner = (_SPARE_RANK.get(row.tier, 2),)
    else:
        inner = ()
    sunk = (row.tried_at is not None, row.tried_at or far)
    return (SECTIONS.index(row.section), *sunk, *inner, overdue, sort_name, row.customer_id)


def build_call_list(
    facts: Iterable[CallFacts],
    calendar: WorkCalendar,
    day: dt.date,
    now: dt.datetime,
    limits: Mapping[str, int] | None = None,
) -> CallPlan:
    """The rows of `day`'s list in the order they are called, as seen at `now`.

    `now` is aware (the desk's zone gives the days). For a day other than now's, the list is seen
    from that day's start or end. A customer appears once, in the first section that claims them.
    `limits` caps sections (the spare-time ones would otherwise grow with the book).
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    start, end = day_bounds(day, now.tzinfo)
    as_of = min(max(now, start), end - dt.timedelta(microseconds=1))
    ctx = _Context(
        day=day,
        as_of=as_of,
        working=calendar.is_workday(day),
        counter=WorkdayCounter(calendar, day),
    )
    keyed: dict[int, tuple[tuple[object, ...], CallRow]] = {}
    for item in facts:
        row = place(item, ctx)
        if row is not None and item.customer_id not in keyed:
            keyed[item.customer_id] = (_order_key(row, item.sort_name or item.name), row)
    ordered = [row for _, row in sorted(keyed.values(), key=lambda pair: pair[0])]
    return _apply_limits(ordered, limits or {})


def _apply_limits(rows: list[CallRow], limits: Mapping[str, int]) -> CallPlan:
    kept: list[CallRow] = []
    counts: dict[str, int] = {}
    truncated: set[str] = set()
    for row in rows:
        counts[row.section] = counts.get(row.section, 0) + 1
        limit = limits.get(row.section)
        if limit is not None and counts[row.section] > limit:
            truncated.add(row.section)
            continue
        kept.append(row)
    return CallPlan(kept, frozenset(truncated))


FLAG_BIG_CARGO = "big_cargo"
FLAG_ASKS_NEVER_BOOKS = "asks_never_books"
BIG_CARGO_OWNERSHIPS = frozenset({"soe", "central_soe"})
ASKS_OFTEN = 3
DORMANT_DAYS = 90


def customer_flags(
    ownership: str | None, special_shipped: bool, inquiries_90d: int, bookings_90d: int
) -> tuple[str, ...]:
    """Big-cargo prospect (H16: SOE, central SOE, or special equipment shipped before) and
    asks-often-never-books (H85: 3 or more inquiries in 90 days and no booking in them)."""
    flags: list[str] = []
    if ownership in BIG_CARGO_OWNERSHIPS or special_shipped:
        flags.append(FLAG_BIG_CARGO)
    if inquiries_90d >= ASKS_OFTEN and bookings_90d == 0:
        flags.append(FLAG_ASKS_NEVER_BOOKS)
    return tuple(flags)


def is_dormant(
    last_shipped_on: dt.date | None, last_reached_on: dt.date | None, today: dt.date
) -> bool:
    """H11: shipped before, but nothing shipped and nobody reached for 90 days."""
    if last_shipped_on is None or (today - last_shipped_on).days < DORMANT_DAYS:
        return False
    return last_reached_on is None or (today - last_reached_on).days >= DORMANT_DAYS
