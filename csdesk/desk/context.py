"""Opening the desk: the store (upgraded, reference data loaded), the working agent, the date."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from csdesk.desk.errors import DeskError
from csdesk.models import Agent
from csdesk.rules.calendar import WorkCalendar
from csdesk.store import migrate
from csdesk.store.engine import describe, make_engine, session_scope

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

from csdesk.rules.zone import DESK_TZ

# A demo desk is a moment of a working morning: its records happened before it, and a desk
# opened on a demo store starts its clock there (the date and time the demo shows).
DEMO_TIME = dt.time(10, 30)
DEMO_RECORD_KEY = "demo"


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


def _working_agent(session: Session, agent_login: str | None) -> AgentInfo | None:
    from csdesk.desk.identity import working_agent

    agent = working_agent(session, agent_login)
    return AgentInfo.of(agent) if agent else None


def open_desk(
    db: str | Path,
    agent_login: str | None = None,
    today: dt.date | None = None,
    data_dir: Path | None = None,
) -> Desk:
    """Open (and if needed create or upgrade) the store; refuse one newer than this csdesk."""
    from csdesk.config import REPO_DATA_DIR
    from csdesk.desk.reference import load_calendar, load_reference_data
    from csdesk.desk.transfer.journal import recover_abandoned
    from csdesk.store.engine import database_url, is_read_only

    url = database_url(db)
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
        with session_scope(engine) as session:
            if not is_read_only(engine):
                # An import killed half-way is taken back before anyone works on the store.
                recover_abandoned(session)
            load_reference_data(session, data_dir or REPO_DATA_DIR)
            calendar = load_calendar(session)
            agent = _working_agent(session, agent_login)
            demo_day = _demo_day(session)
    except OperationalError as exc:
        engine.dispose()
        from csdesk.store.problems import store_problem

        known = store_problem(exc, describe(url))
        raise known or DeskError("error.db_open", db=describe(url), reason=str(exc.orig)) from exc
    except DeskError:
        engine.dispose()
        raise
    on_demo = demo_day is not None and today in (None, demo_day)
    return Desk(
        engine=engine,
        url=url,
        agent=agent,
        today=(demo_day if on_demo else today) or dt.datetime.now(DESK_TZ).date(),
        calendar=calendar,
        today_fixed=today is not None or on_demo,
        demo_clock=on_demo,
    )


def _demo_day(session: Session) -> dt.date | None:
    """The day a demo store shows (the day it was built for), None for a real store."""
    from csdesk.models import DeskSetting

    setting = session.get(DeskSetting, DEMO_RECORD_KEY)
    if setting is None:
        return None
    return dt.date.fromisoformat(json.loads(setting.value)["today"])
