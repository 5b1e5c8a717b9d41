"""Opening the terminal desk without Typer: `csdesk`, `csdesk --db X --lang en` and the like.

Typer and the command line it builds cost a start about 20 ms before the first frame (issue 11).
A command line made only of well-formed global options opens the desk from here, as the Typer
callback would (csdesk.cli_typer.global_options, then commands.core.tui). Anything else (a
command, --help, an option given twice, a value Typer would refuse) returns None from
`tui_options`, and Typer takes the whole command line, so every message stays its own.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Mapping, Sequence

from csdesk.rules.records import FrozenRecord

# The global options and the variables they fall back to (as in cli_typer.global_options).
_ENVIRONMENT = {"--db": "CSDESK_DB", "--agent": "CSDESK_AGENT", "--lang": "CSDESK_LANG"}
_OPTIONS = (*_ENVIRONMENT, "--today")
# The dates commands.common.parse_date accepts.
_EARLIEST, _LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)


class TuiOptions(FrozenRecord):
    db: str | None
    agent: str | None
    lang: str
    today: dt.date | None
    clock: str | None  # CSDESK_CLOCK, a value csdesk.store.clock reads
    _fields = ("db", "agent", "lang", "today", "clock")

    def __init__(
        self,
        db: str | None,
        agent: str | None,
        lang: str,
        today: dt.date | None,
        clock: str | None = None,
    ) -> None:
        self._assign(db, agent, lang, today, clock)


def tui_options(args: Sequence[str], environ: Mapping[str, str]) -> TuiOptions | None:
    """The options of a command line that only opens the desk, or None for Typer to read."""
    from csdesk.i18n import LANGUAGES
    from csdesk.store.clock import ENV, parse_clock

    given = _given(args)
    if given is None:
        return None
    # Typer (Click) reads an empty variable as unset; an empty value typed is kept.
    values = {name: given[name] if name in given else environ.get(variable) or None
              for name, variable in _ENVIRONMENT.items()}  # fmt: skip
    lang, db = values["--lang"], values["--db"]
    lang = "zh" if lang is None else lang
    if lang not in LANGUAGES or (db is not None and not db.strip()):
        return None
    clock = (environ.get(ENV) or "").strip() or None
    try:
        today = _date(given.get("--today"))
        if clock is not None:
            parse_clock(clock)
    except ValueError:  # a bad CSDESK_CLOCK too (ClockError), which Typer then reports
        return None
    return TuiOptions(db, values["--agent"], lang, today, clock)


def _given(args: Sequence[str]) -> dict[str, str] | None:
    """`--name value` and `--name=value` pairs, each option at most once; None otherwise."""
    given: dict[str, str] = {}
    index = 0
    while index < len(args):
        name, equals, value = args[index].partition("=")
        if name not in _OPTIONS or name in given:
            return None
        if not equals:
            if index + 1 == len(args) or args[index + 1].startswith("-"):
                return None
            value = args[index + 1]
            index += 1
        given[name] = value
        index += 1
    return given


def _date(text: str | None) -> dt.date | None:
    """The --today date; ValueError where commands.common.parse_date would refuse it."""
    if text is None:
        return None
    day = dt.date.fromisoformat(text.strip())
    if not _EARLIEST <= day <= _LATEST:
        raise ValueError(text)
    return day


def run_tui(options: TuiOptions) -> int:
    """Run the desk; its exit code. An error the app lets out is reported as commands.core.tui
    reports it (through commands.common.desk_command)."""
    try:
        from csdesk.app import CSDeskApp
        from csdesk.config import default_db_path
        from csdesk.store.clock import ENV, clock_from_environment

        clock_from_environment({ENV: options.clock or ""})
        db = options.db if options.db is not None else str(default_db_path())
        app = CSDeskApp(db=db, agent=options.agent, today=options.today, lang=options.lang)
        app.run()
        return app.return_code or 0
    except KeyboardInterrupt:
        return 130  # as Typer ends on Ctrl+C
    except Exception as error:
        return _as_typer_would(error, options)


def _as_typer_would(error: Exception, options: TuiOptions) -> int:
    import typer

    from csdesk.commands.common import OPTIONS, desk_command

    # The error log goes beside the store the options name, as under Typer.
    OPTIONS.db, OPTIONS.agent, OPTIONS.lang = options.db, options.agent, options.lang
    OPTIONS.today = options.today

    def fail() -> None:
        raise error

    try:
        desk_command(fail)()
    except typer.Exit as leaving:
        return leaving.exit_code
    except typer.Abort:
        print("Aborted!", file=sys.stderr)
        return 1
    return 0
