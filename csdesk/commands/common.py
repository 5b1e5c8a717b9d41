"""What every command shares: the global options, opening the desk, errors, JSON output."""

from __future__ import annotations

import datetime as dt
import functools
import gc
import io
import json
import os
import re
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import typer

from csdesk.rules.records import Record

if TYPE_CHECKING:
    from csdesk.desk.context import Desk

P = ParamSpec("P")
R = TypeVar("R")


class GlobalOptions(Record):
    db: str | None
    agent: str | None
    lang: str
    today: dt.date | None
    _fields = ("db", "agent", "lang", "today")

    def __init__(
        self,
        db: str | None = None,
        agent: str | None = None,
        lang: str = "zh",
        today: dt.date | None = None,
    ) -> None:
        self._assign(db, agent, lang, today)


OPTIONS = GlobalOptions()


def resolve_db(db: str | None) -> str:
    from csdesk.config import default_db_path

    if db is None:
        return str(default_db_path())
    if not db.strip():
        from csdesk.i18n import t

        # `--db ''` is a slip, not a wish for the default store (an empty CSDESK_DB is unset).
        raise fail(t("store.empty_path"))
    return db


def start_clock_from_environment() -> None:
    """The desk's clock as CSDESK_CLOCK sets it (csdesk.store.clock); a bad value is one line
    in the user's language and exit 1."""
    from csdesk.store.clock import ENV, EXAMPLE, ClockError, clock_from_environment

    try:
        clock_from_environment(os.environ)
    except ClockError:
        from csdesk.i18n import t

        raise fail(t("error.bad_clock", value=os.environ.get(ENV, ""), example=EXAMPLE)) from None


def open_cli_desk(with_agent: bool = True) -> Desk:
    from csdesk.desk.context import open_desk

    desk = open_desk(
        resolve_db(OPTIONS.db), OPTIONS.agent if with_agent else None, today=OPTIONS.today
    )
    OPENED.append(desk)
    if not gc.isenabled():
        # Start-up is over (cli.main held the collector): keep what it built out of every later
        # collection. A process that collects as usual (tests run commands in theirs) freezes
        # nothing: its garbage of the moment would never be freed (the CLI tests grew to 2.6 GB).
        gc.freeze()
        gc.enable()
    from csdesk.i18n import t

    warning = desk.calendar_warning()
    if warning:
        NOTICES.append(t(warning, year=desk.today.year))
    if desk.demo_clock:  # a demo store shows its own day and moment, here as in the TUI
        NOTICES.append(t("demo.clock", moment=desk.now().strftime("%Y-%m-%d %H:%M")))
    return desk


# The desks this run opened, closed by leave_now before the process ends.
OPENED: list[Desk] = []


def leave_now(code: int) -> None:
    """End a command that opened a desk without the interpreter's teardown (tens of ms of
    freeing modules one by one): once output is flushed and every store it opened is closed.
    Returns (the caller exits normally) when a thread still runs or the output cannot flush."""
    if not OPENED or threading.active_count() > 1:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    while OPENED:
        OPENED.pop().engine.dispose()
    os._exit(code)


# Notes about the desk a command ran on (a calendar without holidays, a demo's clock): said on
# stderr once the command has done its work, and not at all when it fails, whose one line is
# then the only one.
NOTICES: list[str] = []


def _say_notices() -> None:
    for notice in dict.fromkeys(NOTICES):
        typer.echo(notice, err=True)
    NOTICES.clear()


def scope_agent_id(desk: Desk, login: str | None) -> int | None:
    """`--agent` on a listing names one agent; else the working agent; else the whole desk."""
    if login:
        from csdesk.desk.identity import agent_named

        with desk.engine.connect() as connection:
            return agent_named(connection, login).id
    return desk.agent.id if desk.agent else None


def echo_json(document: Any) -> None:
    text = json.dumps(document, ensure_ascii=False, indent=2, default=_json_default)
    # JSON escapes C0 controls itself; DEL, C1 and the bidi overrides are escaped here too, so
    # the document stays valid and prints nothing a terminal acts on.
    typer.echo(_JSON_HIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


_JSON_HIDDEN = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


class VisibleStream(io.TextIOBase):
    """stdout or stderr of a command: every control character written shows as an escape.

    Commands print names, notes and messages from the store and from the user; this way none
    of them can move the cursor, clear the screen or set the clipboard, whichever command
    prints it (csdesk.rules.visible).
    """

    def __init__(self, stream: Any) -> None:
        self.raw_stream = stream

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(getattr(self.raw_stream, "encoding", None) or "utf-8")

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self.raw_stream, "errors", None)

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        from csdesk.rules.visible import visible

        self.raw_stream.write(visible(text))
        return len(text)

    def flush(self) -> None:
        self.raw_stream.flush()

    def isatty(self) -> bool:
        return bool(self.raw_stream.isatty())

    def fileno(self) -> int:
        return int(self.raw_stream.fileno())


def guard_output(ctx: typer.Context) -> None:
    """Print a command's output through VisibleStream (the TUI draws on its own)."""
    if ctx.invoked_subcommand in (None, "tui", "demo"):
        return
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = VisibleStream(sys.stdout), VisibleStream(sys.stderr)

    def restore() -> None:
        sys.stdout, sys.stderr = saved

    ctx.call_on_close(restore)


def terminal(err: bool = False) -> Any:
    """The real terminal stream, for progress bars that draw with escape sequences."""
    stream = sys.stderr if err else sys.stdout
    return stream.raw_stream if isinstance(stream, VisibleStream) else stream


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def fail(message: str) -> typer.Exit:
    """One line on stderr (control characters shown, line breaks flattened), exit code 1."""
    from csdesk.rules.visible import visible

    typer.echo(visible(" ".join(message.split()), one_line=True), err=True)
    return typer.Exit(1)


def _unexpected(error: Exception) -> typer.Exit:
    """Log the traceback in the store's private error log; one line for the user."""
    from csdesk.i18n import t
    from csdesk.store.errorlog import write_error_log
    from csdesk.store.problems import short_reason

    try:
        url = database_url_of_options()
    except Exception:
        url = "sqlite:///unknown"
    log = write_error_log(url)
    reason = short_reason(error)
    if log is None:
        return fail(t("store.unexpected_nolog", reason=reason))
    return fail(t("store.unexpected", reason=reason, log=str(log)))


def database_url_of_options() -> str:
    from csdesk.store.engine import database_url

    return database_url(resolve_db(OPTIONS.db))


@contextmanager
def naming_store(url: str) -> Iterator[None]:
    """A database failure inside is told with `url`'s name: for a command whose store is an
    argument (db copy, db init-team), not the --db store, which it never opened."""
    from csdesk.store.engine import describe
    from csdesk.store.problems import store_problem

    try:
        yield
    except Exception as error:
        problem = store_problem(error, describe(url))
        if problem is None:
            raise
        raise problem from None


def desk_command(function: Callable[P, R]) -> Callable[P, R]:
    """Turn a user's mistake into one line on stderr and exit 1; never show a traceback."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        from csdesk.desk.errors import DeskError

        try:
            result = function(*args, **kwargs)
            _say_notices()
            return result
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            NOTICES.clear()
            raise
        except BrokenPipeError:
            NOTICES.clear()
            # The reader went away (`csdesk customers | head`): nothing to tell anyone.
            _silence_stdout()
            raise typer.Exit(0) from None
        except DeskError as error:
            NOTICES.clear()
            raise fail(error.message()) from None
        except typer.BadParameter as error:
            NOTICES.clear()
            raise fail(error.message) from None
        except Exception as error:
            NOTICES.clear()
            if isinstance(error, SystemExit):
                raise
            raise _known_or_unexpected(error) from None

    return wrapper


def _known_or_unexpected(error: Exception) -> typer.Exit:
    from csdesk.store.engine import describe
    from csdesk.store.problems import store_problem

    try:
        db = describe(database_url_of_options())
    except Exception:
        db = ""
    problem = store_problem(error, db)
    return fail(problem.message()) if problem else _unexpected(error)


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so the interpreter's final flush is quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


# Dates a desk works with; beyond them, date arithmetic (a week later, a UTC moment) overflows.
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2100, 12, 31)


def parse_date(value: str | None) -> dt.date | None:
    """A YYYY-MM-DD option; a bad or out-of-range one is one line and exit 1."""
    from csdesk.i18n import t

    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise fail(t("error.bad_date", value=value)) from None
    if not EARLIEST <= day <= LATEST:
        raise fail(t("store.out_of_range"))
    return day


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()
