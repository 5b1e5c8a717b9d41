"""Opening the desk: the store (upgraded, reference data loaded), the working agent, the date."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from csdesk.desk.errors import DeskError
from csdesk.desk.opening import REFERENCE_MARKER_KEY
from csdesk.rules.calendar import WorkCalendar
from csdesk.store import migrate
from csdesk.store.engine import describe, make_engine, session_scope

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from sqlmodel import Session

    from csdesk.models import Agent

from csdesk.rules.zone import DESK_TZ

# A demo desk is a moment of a working morning: its records happened before it, and a desk
# opened on a demo store starts its clock there (the date and time the demo shows).
DEMO_TIME = dt.time(10, 30)


def demo_moment(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, DEMO_TIME, tzinfo=DESK_TZ)


@dataclass(frozen=True)
class AgentInfo:
    id: int
    login: str
    name: str
    role: str
    group: str
    hired_on: dt.date | None

    @property
    def is_supervisor(self) -> bool:
        return self.role == "supervisor"

    @classmethod
    def of(cls, agent: Agent) -> AgentInfo:
        assert agent.id is not None
        return cls(agent.id, agent.login, agent.name, agent.role, agent.group, agent.hired_on)


@dataclass
class Desk:
    """Everything a desk function needs besides its arguments; one per app or CLI run."""

    engine: Engine
    url: str
    agent: AgentInfo | None
    today: dt.date
    calendar: WorkCalendar
    today_fixed: bool = False
    tz: ZoneInfo = field(default=DESK_TZ)
    demo_clock: bool = False  # the clock starts at the demo's moment and runs from there
    _opened: float = field(default_factory=time.monotonic)

    @property
    def db_label(self) -> str:
        return describe(self.url, short=True)

    def now(self) -> dt.datetime:
        """The desk's current time: today's date (which `--today` may fix) at the clock's time."""
        if self.demo_clock:
            return demo_moment(self.today) + dt.timedelta(seconds=time.monotonic() - self._opened)
        clock = dt.datetime.now(self.tz)
        if not self.today_fixed:
            return clock
        return dt.datetime.combine(self.today, clock.time(), tzinfo=self.tz)

    def calendar_warning(self) -> str | None:
        return self.calendar.warning(self.today)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with session_scope(self.engine) as session:
            yield session


def open_desk(
    db: str | Path,
    agent_login: str | None = None,
    today: dt.date | None = None,
    data_dir: Path | None = None,
) -> Desk:
    """Open (and if needed create or upgrade) the store; refuse one newer than this csdesk."""
    from csdesk.config import REPO_DATA_DIR
    from csdesk.desk.identity import working_agent
    from csdesk.desk.opening import demo_day, imports_pending, read_calendar, setting_value
    from csdesk.desk.reference import fingerprint
    from csdesk.store.engine import database_url, is_read_only

    url = database_url(db)
    engine = make_engine(url)
    data_dir = data_dir or REPO_DATA_DIR
    try:
        migrate.upgrade(engine)
        with engine.connect() as connection:
            reference_current = setting_value(connection, REFERENCE_MARKER_KEY) == fingerprint(
                data_dir
            )
            pending = not is_read_only(engine) and imports_pending(connection)
        if pending or not reference_current:
            _store_housekeeping(engine, data_dir, pending)
        with engine.connect() as connection:
            calendar = read_calendar(connection)
            agent = working_agent(connection, agent_login)
            demo = demo_day(connection)
    except OperationalError as exc:
        engine.dispose()
        from csdesk.store.problems import store_problem

        known = store_problem(exc, describe(url))
        raise known or DeskError("error.db_open", db=describe(url), reason=str(exc.orig)) from exc
    except DeskError:
        engine.dispose()
        raise
    on_demo = demo is not None and today in (None, demo)
    return Desk(
        engine=engine,
        url=url,
        agent=agent,
        today=(demo if on_demo else today) or dt.datetime.now(DESK_TZ).date(),
        calendar=calendar,
        today_fixed=today is not None or on_demo,
        demo_clock=on_demo,
    )


def _store_housekeeping(engine: Engine, data_dir: Path, pending: bool) -> None:
    """Writes an opening may need, with the ORM: take back a killed import, load new data/."""
    from csdesk.desk.reference import load_reference_data

    with session_scope(engine) as session:
        if pending:
            from csdesk.desk.transfer.journal import recover_abandoned

            # An import killed half-way is taken back before anyone works on the store.
            recover_abandoned(session)
        load_reference_data(session, data_dir)
