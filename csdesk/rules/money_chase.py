"""Ageing buckets and the chase levels (H18, H55, H56, H61): what the agent does about money owed,
by days to or past the due date. Levels are the supervisor's to change (kept as desk settings).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from csdesk.rules.calendar import WorkCalendar

BUCKETS = ("not_due", "d1_30", "d31_60", "d61_90", "over_90")
# Days relative to the due date (negative: before it). "chase" repeats every working day from
# its day on; the others come once per open invoice.
DEFAULT_LEVELS: Mapping[str, int] = {
    "statement": -7,  # H18: send the statement a week before a monthly settlement
    "confirm": 0,  # the due day: confirm the payment is on its way
    "chase": 1,  # H55: every working day once overdue
    "visit": 15,  # H56: supervisor told, plan a visit
    "hold": 30,  # B/L hold proposed: the last resort, never automatic
}
LEVELS = tuple(DEFAULT_LEVELS)
TASK_KINDS = {level: f"money_{level}" for level in LEVELS}


class LevelError(ValueError):
    """Levels that cannot work: out of order, or not numbers."""


def bucket(due_on: dt.date, today: dt.date) -> str:
    overdue = (today - due_on).days
    if overdue <= 0:
        return "not_due"
    if overdue <= 30:
        return "d1_30"
    if overdue <= 60:
        return "d31_60"
    if overdue <= 90:
        return "d61_90"
    return "over_90"


def age(items: Iterable[tuple[str, dt.date, int]], today: dt.date) -> dict[str, dict[str, int]]:
    """currency -> bucket -> open minor units, from (currency, due date, open amount) items."""
    result: dict[str, dict[str, int]] = {}
    for currency, due_on, open_minor in items:
        buckets = result.setdefault(currency, dict.fromkeys(BUCKETS, 0))
        buckets[bucket(due_on, today)] += open_minor
    return result


def parse_levels(text: Mapping[str, str | int]) -> dict[str, int]:
    """Levels from settings or the command line, checked: each known, whole days, in order."""
    levels = dict(DEFAULT_LEVELS)
    for name, value in text.items():
        if name not in DEFAULT_LEVELS:
            raise LevelError(name)
        try:
            levels[name] = int(value)
        except (TypeError, ValueError):
            raise LevelError(name) from None
    days = [levels[name] for name in LEVELS]
    if levels["statement"] >= 0 or days != sorted(days) or len(set(days)) != len(days):
        raise LevelError("order")
    if levels["chase"] < 1:
        raise LevelError("chase")
    return levels


@dataclass(frozen=True)
class ChaseStep:
    """A task the chase wants for one open invoice on one day: `key` makes it happen once."""

    level: str
    kind: str
    key: str


def chase_steps(
    due_on: dt.date,
    monthly: bool,
    today: dt.date,
    calendar: WorkCalendar,
    levels: Mapping[str, int] = DEFAULT_LEVELS,
) -> list[ChaseStep]:
    """The chase tasks for an open invoice today; the daily chase only on working days."""
    days = (today - due_on).days
    steps: list[ChaseStep] = []
    if monthly and levels["statement"] <= days < levels["confirm"]:
        steps.append(ChaseStep("statement", TASK_KINDS["statement"], "once"))
    if days == levels["confirm"] or (days > 0 and days < levels["chase"]):
        steps.append(ChaseStep("confirm", TASK_KINDS["confirm"], "once"))
    for level in ("hold", "visit"):
        if days >= levels[level]:
            steps.append(ChaseStep(level, TASK_KINDS[level], "once"))
            break
    if days >= levels["chase"] and calendar.is_workday(today):
        steps.append(ChaseStep("chase", TASK_KINDS["chase"], today.isoformat()))
    return steps


def level_of(due_on: dt.date, today: dt.date, levels: Mapping[str, int] = DEFAULT_LEVELS) -> str:
    """The level an invoice has reached, for lists: not_due, statement, confirm, chase, ..."""
    days = (today - due_on).days
    reached = "not_due"
    for level in LEVELS:
        if days >= levels[level]:
            reached = level
    return reached
