"""A consistent online copy of a SQLite store, safe while other desks keep writing."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from csdesk.desk.errors import DeskError, cannot_write
from csdesk.store.clock import now_in
from csdesk.store.sqlite_file import read_options

PAGES_PER_STEP = 256


def check_source(url: str) -> None:
    """Refuse a source that is no store, or a damaged one, before copying it."""
    from csdesk.store.sqlite_file import prepare_sqlite_file

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and Path(parsed.database or "").is_file():
        prepare_sqlite_file(url)


def create_private(partial: Path, dest: Path) -> None:
    """The empty file (0600, its new folders 0700) a copy is written into before it becomes
    `dest`; a place that cannot be written is told as `dest`, the name the user gave."""
    try:
        dest.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    except OSError as error:
        raise cannot_write(dest, error) from error


def backup_sqlite(
    url: str,
    dest: Path,
    progress: Callable[[int, int], None] | None = None,
    pages_per_step: int = PAGES_PER_STEP,
) -> Path:
    """Copy the database page by page with SQLite's backup API into `dest` (mode 0600).

    The copy is one consistent moment (a read snapshot held for the whole copy); in WAL mode the
    other desks keep writing meanwhile.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise DeskError("db.backup_not_sqlite")
    source_path = Path(parsed.database or "")
    if not source_path.is_file():
        raise DeskError("error.file_missing", path=str(source_path))
    dest = dest.expanduser().resolve()
    if dest.exists():
        raise DeskError("db.backup_exists", dest=str(dest))
    partial = dest.with_name(dest.name + ".partial")
    create_private(partial, dest)
    source = sqlite3.connect(
        f"file:{source_path}?{read_options(source_path)}", uri=True, timeout=10
    )
    source.isolation_level = None
    target = sqlite3.connect(partial)
    try:
        # Hold one read transaction for the whole copy: in WAL mode writers go on, and the copy
        # is the snapshot of this moment instead of restarting whenever another desk commits.
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()

        def report(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        source.backup(target, pages=pages_per_step, progress=report)
        source.execute("COMMIT")
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()
        source.close()
    partial.replace(dest)
    return dest


def backup_before_upgrade(engine: Engine, revisions: set[str]) -> Path | None:
    """A copy of a SQLite store as it is, beside it, before its schema changes; None if new.

    A store that has no schema yet has nothing to keep. One that can only be read cannot be
    upgraded, and says so before anything is tried.
    """
    from csdesk.store.engine import is_read_only

    if engine.dialect.name != "sqlite" or not revisions:
        return None
    source = Path(engine.url.database or "")
    if is_read_only(engine):
        raise DeskError("store.read_only_old", db=str(source))
    stamp = now_in().strftime("%Y%m%d-%H%M%S")
    before = "+".join(sorted(revisions))
    dest = source.with_name(f"{source.name}.before-upgrade-{before}-{stamp}.bak")
    return backup_sqlite(f"sqlite:///{source}", dest)
