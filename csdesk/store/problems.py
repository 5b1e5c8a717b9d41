"""Database failures a user can act on, told in one line instead of a driver's message.

A driver's exception text holds the SQL (and, unless hidden, its parameters) over several lines;
none of that helps the agent at the desk. These say what happened, whether anything was saved,
and what to do.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from csdesk.desk.errors import DeskError

_BUSY = ("database is locked", "database table is locked", "busy")
_READ_ONLY = ("readonly database", "read-only", "read only")
_CORRUPT = (
    "file is not a database",
    "database disk image is malformed",
    "file is encrypted",
    "disk i/o error",
)


def _driver_text(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).splitlines()[0].lower() if str(original) else ""


def store_problem(error: BaseException, db: str = "") -> DeskError | None:
    """The one-line refusal for a database failure, or None when it is not one we know."""
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
    return None


def short_reason(error: BaseException) -> str:
    """An unexpected error in a few words: its kind and the first line of the driver's text."""
    original = getattr(error, "orig", None) or error
    first = str(original).splitlines()[0] if str(original) else ""
    return f"{type(original).__name__}: {first[:120]}" if first else type(original).__name__
