"""Working days: the Chinese public-holiday calendar with its swapped working weekends.

chinesecalendar carries the official tables up to the year it was released for. Later years can be
added as data (csdesk calendar import); a year with neither falls back to Monday-Friday, and
`warning()` says so, so the header and the CLI can show it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import lru_cache

import chinese_calendar


@lru_cache(maxsize=64)
def builtin_covers(year: int) -> bool:
    try:
        chinese_calendar.is_workday(dt.date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


@lru_cache(maxsize=4096)
def _builtin_is_workday(day: dt.date) -> bool:
    return bool(chinese_calendar.is_workday(day))


@lru_cache(maxsize=4096)
def _builtin_holiday_name(day: dt.date) -> str | None:
    on_holiday, name = chinese_calendar.get_holiday_detail(day)
    return str(name) if on_holiday and name else None


class WorkCalendar:
    """Answers "is this a working day" for any date; `overrides` are imported day tables."""

    def __init__(
        self,
        overrides: Mapping[dt.date, bool] | None = None,
        names: Mapping[dt.date, str] | None = None,
    ) -> None:
        self._overrides = dict(overrides or {})
        self._names = dict(names or {})
        self._override_years = {day.year for day in self._overrides}

    def covers(self, year: int) -> bool:
        return year in self._override_years or builtin_covers(year)

    def is_workday(self, day: dt.date) -> bool:
        if day in self._overrides:
            return self._overrides[day]
        if day.year in self._override_years:
            return day.weekday() < 5
        if builtin_covers(day.year):
            return _builtin_is_workday(day)
        return day.weekday() < 5

    def holiday_name(self, day: dt.date) -> str | None:
        """The holiday's name (English, as the tables give it) when `day` is a named holiday."""
        if day in self._names and not self.is_workday(day):
            return self._names[day] or None
        if day.year not in self._override_years and builtin_covers(day.year):
            return _builtin_holiday_name(day)
        return None

    def warning(self, day: dt.date) -> str | None:
        """A catalogue key when `day`'s year has no table and Monday-Friday is assumed."""
        return None if self.covers(day.year) else "calendar.no_table"

    def workdays_after(self, start: dt.date, end: dt.date, limit: int = 400) -> int:
        """Working days d with start < d <= end, counted up to `limit` (old dates stop there)."""
        count = 0
        day = end
        while day > start and count < limit:
            if self.is_workday(day):
                count += 1
            day -= dt.timedelta(days=1)
        return count

    def next_workday(self, day: dt.date) -> dt.date:
        """The first working day strictly after `day`."""
        candidate = day + dt.timedelta(days=1)
        while not self.is_workday(candidate):
            candidate += dt.timedelta(days=1)
        return candidate

    def previous_workday(self, day: dt.date) -> dt.date:
        candidate = day - dt.timedelta(days=1)
        while not self.is_workday(candidate):
            candidate -= dt.timedelta(days=1)
        return candidate
