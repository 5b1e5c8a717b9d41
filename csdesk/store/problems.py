"""Database failures a user can act on, told in one line instead of a driver's message.

A driver's exception text holds the SQL (and, unless hidden, its parameters) over several lines;
none of that helps the agent at the desk. These say what happened, whether anything was saved,
and what to do.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError, StatementError

from csdesk.desk.errors import DeskError

_BUSY = ("database is locked", "database table is locked", "busy")
_READ_ONLY = ("readonly database", "read-only", "read only")
LOGIN_REFUSED = (
    "password authentication failed",
    "no password supplied",
    "is not permitted to log in",
)
_CORRUPT = (
    "file is not a database",
    "database disk image is malformed",
    "file is encrypted",
    "disk i/o error",
)


# PostgreSQL's numeric_value_out_of_range (a 25-digit id) and datetime_field_overflow: the
# value, not the store, is wrong, as SQLite's OverflowError says for the same input.
_PG_OUT_OF_RANGE = ("22003", "22008")

# A driver's message is cut here: enough to name the constraint and the value, never a screenful.
REASON_CHARS = 240


def _driver_text(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).splitlines()[0].lower() if str(original) else ""


def driver_message(error: BaseException) -> str:
    """The driver's own words on one line, without the SQL SQLAlchemy appends.

    psycopg puts PostgreSQL's DETAIL and HINT on lines of their own (and a failed connection
    one line per address tried): the primary message keeps the detail in brackets.
    """
    original = getattr(error, "orig", None) or error
    diag = getattr(original, "diag", None)
    primary = getattr(diag, "message_primary", None)
    if primary:
        detail = getattr(diag, "message_detail", None)
        words = f"{primary} ({detail})" if detail else str(primary)
    else:
        words = str(original)
    flat = " ".join(words.split())
    return flat if len(flat) <= REASON_CHARS else flat[: REASON_CHARS - 3] + "..."


def _postgres_problem(error: DBAPIError, db: str) -> DeskError | None:
    """A PostgreSQL server that cannot be reached, or a login it refused, in one line."""
    if type(error.orig).__module__.split(".")[0] != "psycopg":
        return None
    if getattr(error.orig, "sqlstate", None) in _PG_OUT_OF_RANGE:
        return DeskError("store.out_of_range")
    text = driver_message(error)
    if any(marker in text for marker in LOGIN_REFUSED):
        return DeskError("team.error.login_refused", db=db)
    if isinstance(error, OperationalError):
        return DeskError("error.db_open", db=db, reason=text)
    return None


def store_problem(error: BaseException, db: str = "") -> DeskError | None:
    """The one-line refusal for a database failure, or None when it is not one we know."""
    if type(error) is StatementError and isinstance(error.orig, OverflowError | ValueError):
        # A value that failed while being bound (a moment in year 1 has no UTC), not the driver.
        error = error.orig
    if isinstance(error, OverflowError) or (
        isinstance(error, ValueError) and "out of range" in str(error)
    ):
        return DeskError("store.out_of_range")
    if not isinstance(error, DBAPIError):
        return None
    text = _driver_text(error)
    if any(marker in text for marker in _BUSY):
        return DeskError("store.busy")
    if any(marker in text for marker in _READ_ONLY):
        return DeskError("store.read_only", db=db)
    if any(marker in text for marker in _CORRUPT):
        return DeskError("store.corrupt", db=db)
    return _postgres_problem(error, db)


def short_reason(error: BaseException) -> str:
    """An unexpected error in a few words: its kind and the first line of the driver's text."""
    original = getattr(error, "orig", None) or error
    words = driver_message(error)
    return f"{type(original).__name__}: {words}" if words else type(original).__name__
