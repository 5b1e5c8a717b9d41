"""What every command shares: the global options, opening the desk, errors, JSON output."""

from __future__ import annotations

import datetime as dt
import functools
import gc
import json
import os
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import typer

if TYPE_CHECKING:
    from csdesk.desk.context import Desk

P = ParamSpec("P")
R = TypeVar("R")


@dataclass
class GlobalOptions:
    db: str | None = None
    agent: str | None = None
    lang: str = "zh"
    today: dt.date | None = None


OPTIONS = GlobalOptions()


def resolve_db(db: str | None) -> str:
    from csdesk.config import default_db_path

    return db or str(default_db_path())


def open_cli_desk(with_agent: bool = True) -> Desk:
    from csdesk.desk.context import open_desk

    desk = open_desk(
        resolve_db(OPTIONS.db), OPTIONS.agent if with_agent else None, today=OPTIONS.today
    )
    # Start-up is over (see cli.main): keep what it built out of every later collection.
    gc.freeze()
    gc.enable()
    from csdesk.i18n import t

    warning = desk.calendar_warning()
    if warning:
        typer.echo(t(warning, year=desk.today.year), err=True)
    if desk.demo_clock:  # a demo store shows its own day and moment, here as in the TUI
        typer.echo(t("demo.clock", moment=desk.now().strftime("%Y-%m-%d %H:%M")), err=True)
    return desk


def scope_agent_id(desk: Desk, login: str | None) -> int | None:
    """`--agent` on a listing names one agent; else the working agent; else the whole desk."""
    if login:
        from csdesk.desk.agents import agent_by_login

        with desk.session() as session:
            agent_id = agent_by_login(session, login).id
        return agent_id
    return desk.agent.id if desk.agent else None


def echo_json(document: Any) -> None:
    typer.echo(json.dumps(document, ensure_ascii=False, indent=2, default=_json_default))


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def fail(message: str) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(1)


def _log_unexpected() -> Path | None:
    try:
        from csdesk.config import user_data_dir

        log = user_data_dir() / "error.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now().isoformat()}\n{traceback.format_exc()}\n")
        return log
    except OSError:
        return None


def desk_command(function: Callable[P, R]) -> Callable[P, R]:
    """Turn a user's mistake into one line on stderr and exit 1; never show a traceback."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        from csdesk.desk.errors import DeskError
        from csdesk.i18n import t

        try:
            return function(*args, **kwargs)
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            # The reader went away (`csdesk customers | head`): nothing to tell anyone.
            _silence_stdout()
            raise typer.Exit(0) from None
        except DeskError as error:
            raise fail(error.message()) from None
        except Exception as error:
            if isinstance(error, SystemExit | typer.BadParameter):
                raise
            log = _log_unexpected()
            reason = f"{type(error).__name__}: {error}" + (f" ({log})" if log else "")
            raise fail(t("error.unexpected", reason=reason)) from None

    return wrapper


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so the interpreter's final flush is quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def parse_date(value: str | None) -> dt.date | None:
    from csdesk.i18n import t

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(t("error.bad_date", value=value)) from None


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()
