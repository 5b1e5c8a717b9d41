"""`db restore`: a backup back into service, on SQLite (a file) or PostgreSQL (pg_restore).

Nothing is deleted: a SQLite store being replaced is moved aside with its WAL files, and
PostgreSQL is restored only into an empty database. Every desk on a SQLite file must be closed
first: an open connection would go on writing into the file that was moved aside.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url

from csdesk.desk.errors import DeskError
from csdesk.store.backup import create_private
from csdesk.store.clock import now_in
from csdesk.store.migrate import known_revisions
from csdesk.store.postgres import is_postgres

SIDE_FILES = ("-wal", "-shm")


def _check_sqlite_backup(source: Path) -> None:
    if not source.is_file():
        raise DeskError("error.file_missing", path=str(source))
    with source.open("rb") as handle:
        if handle.read(5) == b"PGDMP":  # pg_dump's custom format: a team store's backup
            raise DeskError("team.error.dump_into_sqlite", path=str(source))
    try:
        connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            ok = connection.execute("PRAGMA integrity_check").fetchone()
            has_version = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'"
            ).fetchone()
            revisions = (
                {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}
                if has_version
                else set()
            )
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DeskError("team.error.not_a_backup", path=str(source)) from exc
    if ok != ("ok",) or not has_version:
        raise DeskError("team.error.not_a_backup", path=str(source))
    # A backup a newer csdesk made would replace a working store with one this csdesk
    # cannot open: refused before the store in place is moved aside.
    unknown = revisions - known_revisions()
    if unknown:
        raise DeskError("error.db_newer", revision=", ".join(sorted(unknown)))


def _move_aside(target: Path) -> Path | None:
    if not target.exists() or target.stat().st_size == 0:
        return None
    stamp = now_in().strftime("%Y%m%d%H%M%S")
    aside = target.with_name(f"{target.name}.before-restore-{stamp}")
    target.replace(aside)
    for suffix in SIDE_FILES:
        side = target.with_name(target.name + suffix)
        if side.exists():
            side.replace(aside.with_name(aside.name + suffix))
    return aside


def restore_sqlite(source: Path, target: Path) -> Path | None:
    """Copy a SQLite backup to `target` (0600); returns where the replaced store was moved."""
    source = source.expanduser().resolve()
    _check_sqlite_backup(source)
    target = target.expanduser().resolve()
    partial = target.with_name(target.name + ".restoring")
    create_private(partial, target)
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    writer = sqlite3.connect(partial)
    try:
        reader.backup(writer)
        writer.execute("PRAGMA journal_mode=DELETE")  # no WAL state carried over
    finally:
        writer.close()
        reader.close()
    aside = _move_aside(target)
    partial.replace(target)
    return aside


def restore(source: Path, url: str) -> Path | None:
    """Restore into the store at `url`; returns the moved-aside SQLite file, if any."""
    if is_postgres(url):
        from csdesk.store.postgres_dump import restore as pg_restore

        pg_restore(source.expanduser().resolve(), url)
        return None
    return restore_sqlite(source, Path(make_url(url).database or ""))
