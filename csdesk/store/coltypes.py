"""Column types shared by the tables and by the Core reads: aware UTC timestamps.

They live apart from csdesk.models.base so that a Core read (opening a desk, a listing) can
convert its columns as the ORM does without importing SQLModel.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

# A clock that stands still (the demo build's): None is the wall clock.
_STILL: ContextVar[Iterator[dt.datetime] | None] = ContextVar("csdesk_still_clock", default=None)


def utcnow() -> dt.datetime:
    """Now, in UTC: the wall clock, or inside `clock_before` a time just before its moment."""
    still = _STILL.get()
    return dt.datetime.now(dt.UTC) if still is None else next(still)


@contextmanager
def clock_before(
    moment: dt.datetime, room: dt.timedelta = dt.timedelta(minutes=5)
) -> Iterator[None]:
    """Within the block, every stamp the desk takes by itself (created_at, a hold, a task's due
    time) falls in the `room` before `moment`, one microsecond apart in the order taken, so a
    store built here (the demo) has nothing that happened after its moment and builds the same
    way at any hour of the wall clock."""
    start = (moment - room).astimezone(dt.UTC)
    last = moment.astimezone(dt.UTC)
    ticks = (min(start + dt.timedelta(microseconds=n), last) for n in itertools.count())
    token = _STILL.set(ticks)
    try:
        yield
    finally:
        _STILL.reset(token)


_FROM_ISO = dt.datetime.fromisoformat


def _aware_utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def utc_from_sqlite(value: Any) -> dt.datetime | None:
    """A UTCDateTime as SQLite stores it (naive UTC text) read back aware, in UTC.

    Parsing the text with its offset appended makes the aware value at once: a tenth of
    parsing it naive and then `replace(tzinfo=...)` (about 1.2 us), which a page of 200
    customers paid per row (issue 11). Text this does not read as UTC (a date alone, an offset
    of its own) takes the general way: the same value either way.
    """
    if value is None:
        return None
    if isinstance(value, str):
        try:
            moment = _FROM_ISO(value + "+00:00")
        except ValueError:
            moment = None
        if moment is not None and moment.tzinfo is dt.UTC:
            return moment
    return _aware_utc(value if isinstance(value, dt.datetime) else _FROM_ISO(value))


class NaiveDatetimeError(ValueError):
    """A naive datetime reached the store; every time the desk keeps is timezone-aware."""


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores aware datetimes as UTC (naive in SQLite, timestamptz in PostgreSQL); reads aware."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        if value.tzinfo is None:
            raise NaiveDatetimeError(f"naive datetime {value.isoformat()} cannot be stored")
        as_utc = value.astimezone(dt.UTC)
        if dialect.name == "sqlite":
            return as_utc.replace(tzinfo=None)
        return as_utc

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else _aware_utc(value)

    def result_processor(self, dialect: Dialect, coltype: Any) -> Any:
        """On SQLite the stored text straight to an aware datetime (utc_from_sqlite)."""
        if dialect.name == "sqlite":
            return utc_from_sqlite
        return super().result_processor(dialect, coltype)
