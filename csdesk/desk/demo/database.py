"""A demo desk in a database file or URL: build it, clear one, tell whether one is current."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import Table, delete, select
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from csdesk.desk.demo import FIRST_AGENT, Progress, build_demo, demo_record
from csdesk.desk.demo.records import DemoSummary
from csdesk.desk.errors import DeskError
from csdesk.models import metadata


def desk_record_tables() -> list[Table]:
    """Agents, customers and every table that hangs off them (contacts, interactions, tasks,
    inquiries...), children first; reference data (ports, lanes, calendar, settings) stays."""
    roots = {metadata.tables["agent"], metadata.tables["customer"]}
    owned: list[Table] = []
    for table in metadata.sorted_tables:
        parents = {key.column.table for key in table.foreign_keys}
        if table in roots or parents & (roots | set(owned)):
            owned.append(table)
    return list(reversed(owned))


def _holds_records(session: Session) -> bool:
    return any(session.execute(select(table).limit(1)).first() for table in desk_record_tables())


def clear_desk_records(session: Session) -> None:
    """Delete every agent and customer and what hangs off them.

    Only ever called on a store a demo build made (`demo-data --force`): real data is never
    cleared, whatever the flags.
    """
    for table in desk_record_tables():
        session.execute(delete(table))


def build_demo_database(
    db: str | Path,
    customers: int,
    seed: int,
    today: dt.date,
    progress: Progress | None = None,
    replace: bool = False,
    not_demo: str = "demo.not_demo",
) -> DemoSummary:
    """Open (create or upgrade) the store at `db` and build the demo in it, in one transaction.

    `replace` clears a demo built before; a store with other records is refused (`not_demo`
    names the message: --force and `csdesk demo --db` say it differently).
    """
    from csdesk.desk.context import open_desk

    desk = open_desk(db, today=today)
    try:
        with desk.session() as session:
            if replace and demo_record(session) is not None:
                clear_desk_records(session)
            elif replace and _holds_records(session):
                raise DeskError(not_demo, db=desk.db_label)
            return build_demo(session, customers, seed, today=today, progress=progress)
    finally:
        desk.engine.dispose()


def refuse_a_real_desk(db: str | Path, message: str = "demo.not_demo") -> None:
    """Raise `message` when `db` holds agents or customers that no demo build put there."""
    from csdesk.desk.context import open_desk

    desk = open_desk(db)
    try:
        with desk.session() as session:
            if demo_record(session) is None and _holds_records(session):
                raise DeskError(message, db=desk.db_label)
    finally:
        desk.engine.dispose()


def remove_sqlite_files(path: Path) -> None:
    """Delete a SQLite store with its WAL and shared-memory files (a demo being rebuilt)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def current_demo(db: str | Path, customers: int, seed: int, today: dt.date) -> bool:
    """Whether `db` holds a finished demo of this size, seed and day for this csdesk's schema.

    A store that fails to open, is not a demo, or was built by an older csdesk (whose demo lacks
    what newer features add) is not current.
    """
    from csdesk.desk.context import open_desk
    from csdesk.store.migrate import HEAD_REVISION

    try:
        desk = open_desk(db, agent_login=FIRST_AGENT)
    except (DeskError, SQLAlchemyError):
        return False
    try:
        with desk.session() as session:
            record = demo_record(session)
    finally:
        desk.engine.dispose()
    return (
        record is not None
        and record.get("customers") == customers
        and record.get("seed") == seed
        and record.get("today") == today.isoformat()
        and record.get("schema") == [HEAD_REVISION]
    )
