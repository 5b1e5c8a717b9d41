"""An unexpected error in a handler or a worker is logged and told, and the desk keeps running.

Textual ends the app on any exception a handler raises (`App._handle_exception`), and the
message loop that ran the handler stops for good, so only exiting is safe at that point
(Textual issue #2818). The desk catches the error one step earlier instead: every screen, modal
and widget of the desk mixes in `Guarded`, whose `_dispatch_message` catches what a handler or an
action raised, writes the traceback to the error log and shows one line, and the loop carries
on with the screen and the form's input as they were. Worker errors and timer callbacks reach
`App._handle_exception` without stopping any loop; the app reports those the same way.
`tests/ui/test_unexpected_errors.py` checks that no desk widget is left unguarded.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from csdesk.i18n import t

if TYPE_CHECKING:
    from textual.app import App
    from textual.message import Message


# The running desk's store (set by the app): its private error log is the one written.
_DESK_STORE: list[str] = []


def use_store(db: str | Path) -> None:
    _DESK_STORE[:] = [str(db)]


def write_error_log(error: BaseException) -> Path | None:
    """Append `error`'s traceback to the store's private error log; its path, or None."""
    from csdesk.store.errorlog import write_error_log as write_log

    try:
        if _DESK_STORE:
            from csdesk.store.engine import database_url

            url = database_url(_DESK_STORE[0])
        else:
            from csdesk.commands.common import database_url_of_options

            url = database_url_of_options()
    except Exception:
        url = "sqlite:///unknown"
    try:  # the log writer formats the exception being handled: make `error` that exception
        raise error
    except BaseException:
        return write_log(url)


def unexpected_message(error: BaseException, log: Path | None) -> str:
    first_line = next(iter(str(error).splitlines()), "")
    reason = f"{type(error).__name__}: {first_line[:200]}".rstrip(": ")
    if log is None:
        return t("error.unexpected", reason=reason)
    return t("error.unexpected_logged", reason=reason, log=str(log))


def report_unexpected(app: App[Any], error: BaseException) -> None:
    """Log `error` with its traceback and tell the user in one line; the app carries on."""
    log = write_error_log(error)
    app.notify(unexpected_message(error, log), severity="error", timeout=12)


class Guarded:
    """Mixed into a desk widget: an exception in one of its handlers does not end the app."""

    async def _dispatch_message(self, message: Message) -> None:
        try:
            await super()._dispatch_message(message)  # type: ignore[misc]
        except Exception as error:
            report_unexpected(self.app, error)  # type: ignore[attr-defined]


def explain(error: BaseException) -> str:
    """One line for a failed action: a refusal in the desk's own words; anything unexpected is
    logged with its traceback first (workers that catch everything still leave a trace)."""
    from csdesk.desk.errors import DeskError

    if isinstance(error, DeskError):
        return error.message()
    return unexpected_message(error, write_error_log(error))
