"""Column types shared by the tables and by the Core reads: aware UTC timestamps.

They live apart from csdesk.models.base so that a Core read (opening a desk, a listing) can
convert its columns as the ORM does without importing SQLModel.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

# The desk's one clock (csdesk.store.clock): the tables' default stamps take it from here.
from csdesk.store.clock import utcnow as utcnow


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
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)
