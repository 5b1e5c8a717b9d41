"""Periods a KPI is measured over (a day, a week, a month, a quarter, a year, any range) and the
buckets its charts are drawn in (weeks starting Monday, calendar months).

Pure: today is an argument. A period is a closed range of desk-zone dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.tiers import add_months, month_start

FIRST_YEAR, LAST_YEAR = 1900, 2100
PERIOD_KINDS = ("week", "month", "last_month", "quarter", "year")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-?[Ww](\d{1,2})$")


class PeriodError(ValueError):
    """Text that names no period; the CLI says so in one line."""


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def label(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        if self.start == month_start(self.start) and self.end == month_end(self.start):
            return self.start.strftime("%Y-%m")
        return f"{self.start.isoformat()}~{self.end.isoformat()}"

    def months(self) -> list[dt.date]:
        """The first day of every month the period touches."""
        found, month = [], month_start(self.start)
        while month <= self.end:
            found.append(month)
            month = add_months(month, 1)
        return found

    def days(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=n) for n in range((self.end - self.start).days + 1)]


def month_end(day: dt.date) -> dt.date:
    return add_months(month_start(day), 1) - dt.timedelta(days=1)


def month_period(day: dt.date) -> Period:
    return Period(month_start(day), month_end(day))


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def quarter_period(day: dt.date) -> Period:
    first = dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return Period(first, month_end(add_months(first, 2)))


def named_period(kind: str, today: dt.date) -> Period:
    """This week, this month, last month, this quarter, this year: the keys of the KPI screen."""
    if kind == "week":
        start = week_start(today)
        return Period(start, start + dt.timedelta(days=6))
    if kind == "month":
        return month_period(today)
    if kind == "last_month":
        return month_period(add_months(month_start(today), -1))
    if kind == "quarter":
        return quarter_period(today)
    if kind == "year":
        return Period(dt.date(today.year, 1, 1), dt.date(today.year, 12, 31))
    raise PeriodError(kind)


def parse_period(text: str) -> Period:
    """2026-11, 2026-Q4, 2026-W45, 2026, or one day 2026-11-05, in the years the desk counts
    days in (1900-2100: a week's sum in year 1 overflows)."""
    try:
        period = _read_period(text.strip())
    except (ValueError, OverflowError):  # 9999-W52 ends in year 10000
        raise PeriodError(text) from None
    if not (period.start.year >= FIRST_YEAR and period.end.year <= LAST_YEAR):
        raise PeriodError(text)
    return period


def _read_period(value: str) -> Period:
    if match := _MONTH.match(value):
        return month_period(dt.date(int(match[1]), int(match[2]), 1))
    if match := _QUARTER.match(value):
        return quarter_period(dt.date(int(match[1]), 3 * int(match[2]) - 2, 1))
    if match := _WEEK.match(value):
        start = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        return Period(start, start + dt.timedelta(days=6))
    if match := _YEAR.match(value):
        return Period(dt.date(int(match[1]), 1, 1), dt.date(int(match[1]), 12, 31))
    day = dt.date.fromisoformat(value)
    return Period(day, day)


def range_period(start: dt.date, end: dt.date) -> Period:
    if end < start:
        raise PeriodError(f"{start.isoformat()}~{end.isoformat()}")
    return Period(start, end)


def bucket_starts(period: Period, size: str) -> list[dt.date]:
    """The weeks (Mondays) or months (1sts) a period is drawn in, oldest first."""
    if size == "month":
        return period.months()
    first, found = week_start(period.start), []
    while first <= period.end:
        found.append(first)
        first += dt.timedelta(days=7)
    return found


def bucket_of(day: dt.date, size: str) -> dt.date:
    return month_start(day) if size == "month" else week_start(day)


def workdays(calendar: WorkCalendar, period: Period, until: dt.date | None = None) -> list[dt.date]:
    """The period's working days, up to and including `until` when given."""
    last = period.end if until is None else min(period.end, until)
    return [day for day in period.days() if day <= last and calendar.is_workday(day)]
