"""The open desk (Desk) and its working agent (AgentInfo), without SQLAlchemy.

csdesk.desk.context opens a desk with SQLAlchemy; csdesk.desk.calls_sqlite opens one on a
current SQLite store with the sqlite3 module, for the terminal desk's first call list, and
leaves its engine to be made on first use (SQLAlchemy's import is about 90 ms of a start).
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.records import FrozenRecord
from csdesk.rules.zone import DESK_TZ
from csdesk.store.clock import now_in

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from sqlalchemy import Engine
    from sqlmodel import Session

    from csdesk.models import Agent

# A demo desk is a moment of a working morning: its records happened before it, and a desk
# opened on a demo store starts its clock there (the date and time the demo shows).
DEMO_TIME = dt.time(10, 30)
SQLITE_PREFIX = "sqlite:///"
_ENGINE_LOCK = threading.Lock()


def demo_moment(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, DEMO_TIME, tzinfo=DESK_TZ)


class AgentInfo(FrozenRecord):
    id: int
    login: str
    name: str
    role: str
    group: str
    hired_on: dt.date | None
    _fields = ("id", "login", "name", "role", "group", "hired_on")

    def __init__(
        self, id: int, login: str, name: str, role: str, group: str, hired_on: dt.date | None
    ) -> None:
        self._assign(id, login, name, role, group, hired_on)

    @property
    def is_supervisor(self) -> bool:
        return self.role == "supervisor"

    @classmethod
    def of(cls, agent: Agent) -> AgentInfo:
        assert agent.id is not None
        return cls(agent.id, agent.login, agent.name, agent.role, agent.group, agent.hired_on)


@dataclass
class Desk:
    """Everything a desk function needs besides its arguments; one per app or CLI run.

    `_engine` is None for a desk opened with sqlite3 (calls_sqlite): `engine` makes it then,
    once, on first use. `opened_on` is the day the desk opened on: the day `--today` fixes, a
    demo's day, or the clock's day then; `today` is the desk's day now (see there)."""

    _engine: Engine | None
    url: str
    agent: AgentInfo | None
    opened_on: dt.date
    calendar: WorkCalendar
    today_fixed: bool = False
    tz: ZoneInfo = field(default=DESK_TZ)
    demo_clock: bool = False  # the clock starts at the demo's moment and runs from there
    _opened: float = field(default_factory=time.monotonic)
    # The plain file a desk opened with sqlite3 reads (calls_sqlite), else None.
    sqlite_path: Path | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            with _ENGINE_LOCK:
                if self._engine is None:
                    from csdesk.store.engine import make_engine

                    # A desk with a sqlite_path checked its file when it opened, and its
                    # sqlite3 connections may be open now: the file is not read again.
                    self._engine = make_engine(self.url, checked=self.sqlite_path is not None)
        return self._engine

    @property
    def has_engine(self) -> bool:
        return self._engine is not None

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()

    @property
    def db_label(self) -> str:
        if self.sqlite_path is not None:  # describe(url, short=True), without SQLAlchemy
            return self.sqlite_path.name
        from csdesk.store.engine import describe

        return describe(self.url, short=True)

    @property
    def today(self) -> dt.date:
        """The desk's day, read afresh each time: a desk left open past midnight (the TUI) is on
        the new day, unless `--today` fixed the day. The date of `now()`, so a caller that needs
        both reads `now()` once and takes its date."""
        return self.now().date()

    def now(self) -> dt.datetime:
        """The desk's current time: the clock's, or on a day `--today` fixed, that day at the
        clock's time; a demo desk's clock runs on from the demo's moment."""
        if self.demo_clock:
            return demo_moment(self.opened_on) + dt.timedelta(
                seconds=time.monotonic() - self._opened
            )
        clock = now_in(self.tz)
        if not self.today_fixed:
            return clock
        return dt.datetime.combine(self.opened_on, clock.time(), tzinfo=self.tz)

    def reread_calendar(self) -> None:
        """Read the working calendar from the store again: a desk left open for days takes up
        a holiday table imported since it opened (next year's, published in December)."""
        from csdesk.desk.opening import read_calendar

        with self.engine.connect() as connection:
            self.calendar = read_calendar(connection)

    def calendar_warning(self) -> str | None:
        return self.calendar.warning(self.today)

    @contextmanager
    def session(self) -> Iterator[Session]:
        from csdesk.store.engine import session_scope

        with session_scope(self.engine) as session:
            if self.agent is not None:
                from csdesk.store.engine import SAVED_BY

                session.info[SAVED_BY] = self.agent.login
            yield session
