"""The 5-minute clock (H20): general cargo inquiries are answered within five minutes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from csdesk.rules.records import FrozenRecord

SLA = dt.timedelta(minutes=5)


def due_at(received_at: dt.datetime, general_cargo: bool) -> dt.datetime | None:
    """When the answer is due; special cargo and break bulk run on the lines dept's time."""
    return received_at + SLA if general_cargo else None


class Clock(FrozenRecord):
    running: bool  # no response yet, the clock applies
    overdue: bool  # running past the deadline, or answered late
    remaining: dt.timedelta  # negative once overdue; zero when stopped or not applicable
    met: bool | None  # answered in time (True), late (False), or not answered yet (None)
    _fields = ("running", "overdue", "remaining", "met")

    def __init__(
        self, running: bool, overdue: bool, remaining: dt.timedelta, met: bool | None
    ) -> None:
        self._assign(running, overdue, remaining, met)

    def label(self) -> str:
        """ "4:12" while running, "-1:05" when late, "-3h05" or "-2d" when long late, "" when
        the clock is stopped or absent. At most six cells, so a queue column never cuts it."""
        if not self.running:
            return ""
        seconds = int(self.remaining.total_seconds())
        sign = "-" if seconds < 0 else ""
        minutes, rest = divmod(abs(seconds), 60)
        if minutes >= 24 * 60:
            return f"{sign}{minutes // (24 * 60)}d"
        if minutes >= 60:
            return f"{sign}{minutes // 60}h{minutes % 60:02d}"
        return f"{sign}{minutes}:{rest:02d}"


def clock(
    received_at: dt.datetime,
    first_response_at: dt.datetime | None,
    now: dt.datetime,
    deadline: dt.datetime | None,
) -> Clock:
    if deadline is None:
        return Clock(running=False, overdue=False, remaining=dt.timedelta(0), met=None)
    if first_response_at is not None:
        met = first_response_at <= deadline
        return Clock(running=False, overdue=not met, remaining=dt.timedelta(0), met=met)
    remaining = deadline - now
    return Clock(running=True, overdue=remaining <= dt.timedelta(0), remaining=remaining, met=None)


class HitRate(FrozenRecord):
    answered_in_time: int
    counted: int  # answered, or overdue without an answer
    _fields = ("answered_in_time", "counted")

    def __init__(self, answered_in_time: int, counted: int) -> None:
        self._assign(answered_in_time, counted)

    @property
    def percent(self) -> int | None:
        if not self.counted:
            return None
        return round(100 * self.answered_in_time / self.counted)


def hit_rate(clocks: Iterable[Clock]) -> HitRate:
    """Share of the day's clocked inquiries answered in time; a clock still running in time
    is not decided yet and does not count."""
    in_time = counted = 0
    for item in clocks:
        if item.met is True:
            in_time += 1
            counted += 1
        elif item.met is False or item.overdue:
            counted += 1
    return HitRate(in_time, counted)
