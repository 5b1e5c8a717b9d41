"""Reading a SQLite store with the sqlite3 module, values typed as SQLAlchemy types them.

The terminal desk reads its first call list and cards this way (desk.calls_sqlite): importing
SQLAlchemy costs a start about 90 ms. Values convert as the tables' column types convert them
(store.coltypes.UTCDateTime over SQLAlchemy's SQLite DateTime, Date, Boolean): times are kept
as "YYYY-MM-DD HH:MM:SS.ffffff" in UTC and read back aware, dates as ISO text.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import namedtuple
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from csdesk.store.sqlite_file import read_options

SQLITE_URL = "sqlite:///"
TIMEOUT_SECONDS = 10  # as store.engine.BUSY_TIMEOUT_MS
Convert = Callable[[Any], Any]


def plain_path(url: str) -> Path | None:
    """The file of a `sqlite:///` URL that names a plain file (no query, not in memory)."""
    if not url.startswith(SQLITE_URL):
        return None
    database = url[len(SQLITE_URL) :]
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    if any(mark in database for mark in "?#%"):  # would need quoting in a URI
        return None
    return Path(database)


def connect(path: Path) -> sqlite3.Connection:
    """A connection that may only read `path` (immutable on a read-only medium)."""
    connection = sqlite3.connect(
        f"file:{path}?{read_options(path)}", uri=True, timeout=TIMEOUT_SECONDS
    )
    connection.execute("PRAGMA query_only=ON")
    return connection


def moment(text: str) -> dt.datetime:
    """A stored time, aware in UTC (UTCDateTime.process_result_value)."""
    stored = dt.datetime.fromisoformat(text)
    if stored.tzinfo is None:
        return stored.replace(tzinfo=dt.UTC)
    return stored.astimezone(dt.UTC)


def utc(value: Any) -> dt.datetime | None:
    return None if value is None else moment(value)


def day(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def flag(value: Any) -> bool | None:
    return None if value is None else bool(value)


def as_is(value: Any) -> Any:
    return value


def bind_time(moment: dt.datetime) -> str:
    """An aware time as a parameter (UTCDateTime.process_bind_param, then SQLite's DateTime)."""
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment.isoformat()} cannot be compared")
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def bind_day(value: dt.date) -> str:
    return value.isoformat()


def marks(values: Sequence[Any]) -> str:
    """The placeholders of an IN list of `values`."""
    return ", ".join("?" * len(values))


class Shape:
    """Rows of one SELECT: named like its columns (attribute access, as Core rows), each value
    converted as its column's type converts it."""

    def __init__(self, name: str, columns: Sequence[tuple[str, Convert]]) -> None:
        self.fields = tuple(column for column, _ in columns)
        self.row: Any = namedtuple(name, self.fields)  # type: ignore[misc]
        self._converts = [convert for _, convert in columns]

    def make(self, raw: Sequence[Any]) -> Any:
        return self.row._make(
            convert(value) for convert, value in zip(self._converts, raw, strict=True)
        )

    def all(self, connection: sqlite3.Connection, sql: str, params: Sequence[Any]) -> list[Any]:
        return [self.make(raw) for raw in connection.execute(sql, params).fetchall()]

    def first(self, connection: sqlite3.Connection, sql: str, params: Sequence[Any]) -> Any:
        raw = connection.execute(sql, params).fetchone()
        return None if raw is None else self.make(raw)
