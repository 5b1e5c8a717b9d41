"""What opening a desk reads, with SQLAlchemy Core: settings, the calendar, pending imports.

The ORM, SQLModel and the table classes cost a start-up about 450 ms of imports (issue 11);
a desk whose store is current opens without them. Writing (a killed import to take back, new
reference files to load) imports them then, through the ORM functions that do the writing.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Boolean, Date, String, column, select, table

from csdesk.rules.calendar import WorkCalendar

# Desk settings whose keys start with this note an import being published (transfer.journal).
IMPORT_PENDING_PREFIX = "import.pending."
REFERENCE_MARKER_KEY = "reference_marker"
DEMO_RECORD_KEY = "demo"

_SETTING = table("desksetting", column("key", String), column("value", String))
_CALENDAR = table(
    "calendarday", column("day", Date), column("workday", Boolean), column("name", String)
)


def setting_value(connection: Any, key: str) -> str | None:
    """A desk setting's value; `connection` is a Core Connection or a Session."""
    statement = select(_SETTING.c.value).where(_SETTING.c.key == key)
    row = connection.execute(statement).first()
    return None if row is None else str(row[0])


def imports_pending(connection: Any) -> bool:
    """Whether an import's note is left (one still running, or one killed half-way)."""
    key = _SETTING.c.key
    statement = select(key).where(key >= IMPORT_PENDING_PREFIX, key < IMPORT_PENDING_PREFIX + "~")
    return connection.execute(statement.limit(1)).first() is not None


def read_calendar(connection: Any) -> WorkCalendar:
    """The working calendar from the store's holiday and swapped-workday rows."""
    c = _CALENDAR.c
    days = connection.execute(select(c.day, c.workday, c.name)).all()
    return WorkCalendar(
        overrides={day: bool(workday) for day, workday, _name in days},
        names={day: name for day, _workday, name in days},
    )


def demo_day(connection: Any) -> dt.date | None:
    """The day a demo store shows (the day it was built for), None for a real store."""
    value = setting_value(connection, DEMO_RECORD_KEY)
    if value is None:
        return None
    return dt.date.fromisoformat(json.loads(value)["today"])
