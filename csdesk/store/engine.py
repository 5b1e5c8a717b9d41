"""Turning `--db` into an engine: SQLite by default (WAL, foreign keys, busy timeout), or a URL."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from csdesk.store import faults
from csdesk.store.sqlite_file import prepare_sqlite_file, read_only_url, store_read_only

if TYPE_CHECKING:
    from sqlmodel import Session

BUSY_TIMEOUT_MS = 10_000

# session.info key: the login of the agent whose desk opened the session (Desk.session); a save
# writes it into the row's `updated_by` (0021_polish) in the UPDATE that makes the new version.
SAVED_BY = "csdesk.saved_by"


def saving_login(session: Any) -> str | None:
    """The login a save by this session writes into `updated_by` (None: a desk with no agent,
    so an older login is not left naming someone who did not make this version)."""
    login: str | None = session.info.get(SAVED_BY)
    return login


# Engines opened on a store csdesk may only read (a read-only file or medium).
_READ_ONLY_ENGINES: weakref.WeakSet[Engine] = weakref.WeakSet()


class StoreError(Exception):
    """A problem with the database that the user can act on; the message says what to do."""


def database_url(db: str | Path) -> str:
    """A SQLAlchemy URL for a file path or a URL given by the user."""
    from csdesk.desk.errors import DeskError

    text = str(db)
    if not text.strip():
        # An empty `--db ''` is a mistake, not a wish for the default store. (An empty CSDESK_DB
        # is unset, as Click and most Unix tools read an empty variable: `export CSDESK_DB=`
        # is how a shell script drops it.)
        raise DeskError("store.empty_path")
    if "://" in text:
        _check_url(text)
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


# The stores csdesk speaks to; any other URL is refused before a dialect is looked for.
_BACKENDS = ("sqlite", "postgresql")


def _check_url(text: str) -> None:
    """A URL csdesk can open, or one line saying what --db takes (the URL is not echoed: it
    may hold a password)."""
    from sqlalchemy.exc import ArgumentError

    from csdesk.desk.errors import DeskError

    try:
        backend = make_url(text).get_backend_name()
    except (ArgumentError, ValueError):
        raise DeskError("store.bad_url") from None
    if backend not in _BACKENDS:
        raise DeskError("store.bad_url")


def describe(url: str, short: bool = False) -> str:
    """A password-free name of the database for messages; `short` for the header (file name)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ":memory:"
        return Path(database).name if short else database
    if short:
        return f"{parsed.get_backend_name()}://{parsed.host or ''}/{parsed.database or ''}"
    return parsed.render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _sqlite_engine(url: str, checked: bool) -> Engine:
    read_only = store_read_only(url) if checked else prepare_sqlite_file(url)
    timeout = {"timeout": BUSY_TIMEOUT_MS / 1000}
    if not read_only:
        engine = create_engine(url, connect_args=timeout, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    engine = create_engine(
        read_only_url(url), connect_args=timeout | {"uri": True}, hide_parameters=True
    )
    event.listen(engine, "connect", _read_only_pragmas)
    _READ_ONLY_ENGINES.add(engine)
    return engine


def make_engine(db: str | Path, checked: bool = False) -> Engine:
    """An engine for `db`; a SQLite file is checked first (see csdesk.store.sqlite_file) unless
    `checked` says this process checked it before opening connections that are still open.

    Statement parameters are left out of error messages: they hold what agents typed (notes,
    names), and an error message ends up in the error log.
    """
    url = database_url(db)
    if make_url(url).get_backend_name() == "sqlite":
        engine = _sqlite_engine(url, checked)
    else:
        try:
            engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
        except ModuleNotFoundError as exc:
            raise StoreError(
                f"缺少数据库驱动 {exc.name}: 请安装 csdesk[postgres] / "
                f"missing database driver {exc.name}: install csdesk[postgres]"
            ) from exc
    faults.install(engine)
    return engine


def is_read_only(engine: Engine) -> bool:
    return engine in _READ_ONLY_ENGINES


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commits on success, rolls back on any error.

    The ORM is imported here, on the first unit of work: reads that start a desk or list
    records use Core queries and never pay for it.
    """
    from sqlmodel import Session

    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
