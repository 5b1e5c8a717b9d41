"""A SQLite store's file, checked before csdesk opens it.

Nothing is changed on a file csdesk did not create: a store given with `--db` keeps its mode,
and a file that is not a SQLite database is refused before SQLite touches it. A store on
read-only media, or one with no write permission, opens for reading.

A damaged store is refused before any write. The header check is one 100-byte read; the page
check (`PRAGMA quick_check`) runs when the header looks wrong (a truncated file) and once for a
store file this user has not opened before (a copy, a restore), since damage in the middle of
the file leaves the header intact. A file csdesk creates is known from the start. On a
100,000-customer store (390 MB) that check takes about 0.6 s warm, 3 s cold; an ordinary start
pays one 100-byte read and the read of the short list of checked stores.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from csdesk.desk.errors import DeskError

MAGIC = b"SQLite format 3\x00"
SEEN_FILE = "checked-stores"
SEEN_KEEP = 500


def prepare_sqlite_file(url: str) -> bool:
    """Check (or create) the store file of `url`; whether it can only be read."""
    from sqlalchemy.engine import make_url

    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return False
    return prepare_sqlite_path(Path(database))


def prepare_sqlite_path(path: Path) -> bool:
    """Check (or create) the store file at `path`; whether it can only be read."""
    if not path.exists():
        _create_private(path)
        _remember(path)
        return False
    if path.is_dir():
        raise DeskError("store.not_database", db=str(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
    except OSError as exc:
        raise DeskError("store.unreadable", db=str(path), reason=exc.strerror) from exc
    read_only = _read_only(path)
    if size == 0:
        return read_only
    if not header.startswith(MAGIC):
        raise DeskError("store.not_database", db=str(path))
    suspicious = header_looks_damaged(header, size)
    if suspicious or not _seen(path):
        if not pages_intact(path):
            raise DeskError("store.corrupt", db=str(path))
        _remember(path)
    return read_only


def store_read_only(url: str) -> bool:
    """Whether an already checked store file can only be read; the file itself is not opened."""
    from sqlalchemy.engine import make_url

    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return False
    path = Path(database)
    return path.is_file() and _read_only(path)


def _create_private(path: Path) -> None:
    """A new store, readable by its owner only, in a folder only its owner can enter."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as exc:
        raise DeskError("store.unreadable", db=str(path), reason=exc.strerror) from exc


def header_looks_damaged(header: bytes, size: int) -> bool:
    """A page size SQLite never writes, or a file shorter than the pages its header counts."""
    if len(header) < 100:
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return True
    if size % page_size:
        return True
    # The page count is valid only while the change counter matches "version valid for".
    counted = int.from_bytes(header[28:32], "big")
    return header[24:28] == header[92:96] and counted * page_size > size


def pages_intact(path: Path) -> bool:
    try:
        connection = sqlite3.connect(f"file:{path}?{read_options(path)}", uri=True, timeout=10)
        try:
            row = connection.execute("PRAGMA quick_check(1)").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False
    return row is not None and row[0] == "ok"


def _read_only(path: Path) -> bool:
    """No write permission (by mode: root ignores it), or a read-only file system."""
    if path.stat().st_mode & 0o222 == 0:
        return True
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return True
    return _read_only_medium(path)


def read_only_url(url: str) -> str:
    """The URL that opens `url`'s file for reading only.

    On a read-only file system SQLite cannot keep its WAL index, so the file is opened as
    immutable (nobody can change it there anyway).
    """
    from sqlalchemy.engine import make_url

    path = Path(make_url(url).database or "")
    return f"sqlite:///file:{path}?{read_options(path)}&uri=true"


def read_options(path: Path) -> str:
    """SQLite URI options to read `path`: immutable where its WAL index cannot be written."""
    immutable = not os.access(path.parent, os.W_OK) or _read_only_medium(path)
    return "mode=ro&immutable=1" if immutable else "mode=ro"


def _read_only_medium(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _key(path: Path) -> str:
    stat = path.stat()
    return f"{stat.st_dev}:{stat.st_ino}:{path}"


def _seen_file() -> Path:
    from csdesk.config import user_data_dir

    return user_data_dir() / SEEN_FILE


def _seen(path: Path) -> bool:
    try:
        return _key(path) in _seen_file().read_text(encoding="utf-8").splitlines()
    except OSError:
        return False


def _remember(path: Path) -> None:
    """Note the store as checked; the list keeps the last SEEN_KEEP stores."""
    try:
        seen_file = _seen_file()
        lines = seen_file.read_text(encoding="utf-8").splitlines() if seen_file.exists() else []
        lines = [*lines[-(SEEN_KEEP - 1) :], _key(path)]
        seen_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        partial = seen_file.with_name(f"{SEEN_FILE}.{os.getpid()}")
        fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
        partial.replace(seen_file)
    except OSError:
        return
