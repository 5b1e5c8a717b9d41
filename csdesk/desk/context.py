"""Opening the desk: the store (upgraded, reference data loaded), the working agent, the date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from csdesk.desk.errors import DeskError
from csdesk.desk.handle import DEMO_TIME, AgentInfo, Desk, demo_moment
from csdesk.desk.opening import REFERENCE_MARKER_KEY
from csdesk.rules.zone import DESK_TZ
from csdesk.store import migrate
from csdesk.store.clock import now_in
from csdesk.store.engine import describe, make_engine, session_scope

# AgentInfo, Desk and the demo's moment live in csdesk.desk.handle (no SQLAlchemy there).
__all__ = ["DEMO_TIME", "DESK_TZ", "AgentInfo", "Desk", "demo_moment", "open_desk"]


def open_desk(
    db: str | Path,
    agent_login: str | None = None,
    today: dt.date | None = None,
    data_dir: Path | None = None,
) -> Desk:
    """Open (and if needed create or upgrade) the store; refuse one newer than this csdesk."""
    from csdesk.config import REPO_DATA_DIR
    from csdesk.desk.customer_names import marked, respell_marked
    from csdesk.desk.identity import working_agent
    from csdesk.desk.opening import demo_day, imports_pending, read_calendar, setting_value
    from csdesk.rules.refcsv import fingerprint
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
            writable = not is_read_only(engine)
            pending = writable and imports_pending(connection)
            renamed = writable and bool(marked(connection, limit=1))
        if pending or not reference_current:
            _store_housekeeping(engine, data_dir, pending)
        if renamed:  # customers renamed outside the desk: their pinyin follows (0022_polish2)
            respell_marked(engine)
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
        _engine=engine,
        url=url,
        agent=agent,
        opened_on=(demo if on_demo else today) or now_in(DESK_TZ).date(),
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
