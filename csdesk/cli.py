"""The command line: global options, then one command group per area (csdesk.commands).

A command line of global options only opens the terminal desk without Typer (csdesk.tui_start);
every other one is read by the Typer command line of csdesk.cli_typer.

A run registers only the command module(s) its command lives in (COMMAND_MODULES): Typer turns
every registered command into a click command, reading its signature, so registering all 70
costs more than most commands' own work. `csdesk --help`, an unknown name or anything this
cannot read registers them all, as `csdesk.cli.app` does for the tests.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from typing import Any

# The modules in the order their commands are listed by `csdesk --help`.
MODULES = ("core", "demo", "reference", "calls", "transfer", "inquiries", "board", "rates",
           "quotes", "money", "kpi", "team", "serve")  # fmt: skip
MONEY_COMMANDS = ("ar", "invoices", "statement", "chase", "chase-levels", "payment", "payments",
                  "deposit", "rebate", "bl")  # fmt: skip
# Which modules register each top-level command or group (team adds to core's `db`, `agent`).
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("tui", "agents", "customers", "calendar"), ("core",)),
    **dict.fromkeys(("db", "agent"), ("core", "team")),
    **dict.fromkeys(("demo", "demo-data"), ("demo",)),
    **dict.fromkeys(("ports", "containers"), ("reference",)),
    **dict.fromkeys(("calls", "log-call", "tiers"), ("calls",)),
    **dict.fromkeys(("import", "export"), ("transfer",)),
    **dict.fromkeys(("inquiries", "inquiry"), ("inquiries",)),
    **dict.fromkeys(("board", "shipment"), ("board",)),
    "rates": ("rates",),
    **dict.fromkeys(("quote", "quotes", "gri"), ("quotes",)),
    **dict.fromkeys(MONEY_COMMANDS, ("money",)),
    **dict.fromkeys(("kpi", "targets", "fx"), ("kpi",)),
    **dict.fromkeys(("audit", "call-start"), ("core", "team")),
    "serve": ("serve",),
}
# Global options that take a value (`--db FILE`), to find the command name after them.
_VALUE_OPTIONS = ("--db", "--agent", "--lang", "--today")


def modules_for(args: Sequence[str]) -> Sequence[str]:
    """The command modules a run with these arguments needs (all when unsure)."""
    index = 0
    while index < len(args):
        word = args[index]
        if word in _VALUE_OPTIONS:
            index += 2
        elif word.startswith("--") and word.split("=", 1)[0] in _VALUE_OPTIONS:
            index += 1
        elif word.startswith("-"):  # --help, or an option this does not know
            return MODULES
        else:
            return COMMAND_MODULES.get(word, MODULES)
    return ("core",)  # no command: the TUI


def __getattr__(name: str) -> Any:
    """The Typer command line, imported on first use (csdesk.cli_typer)."""
    if name == "app":  # every command, for the tests and tools that import the app
        from csdesk.cli_typer import build_app

        full = build_app()
        globals()["app"] = full
        return full
    if name in ("build_app", "global_options"):
        from csdesk import cli_typer

        return getattr(cli_typer, name)
    raise AttributeError(name)


def main() -> None:
    # Start-up allocates a few hundred thousand long-lived objects (tables, SQL, Typer): a
    # collection then costs tens of milliseconds and finds nothing. Collections resume once the
    # desk is open (commands.common.open_cli_desk); what is left at exit is frozen, so the
    # interpreter's last collection at shutdown has nothing to walk.
    # A command that opened a desk ends with os._exit once its output and store are closed
    # (common.leave_now), skipping the teardown of every imported module.
    # A command line that only opens the terminal desk does so without Typer (csdesk.tui_start).
    gc.disable()
    from csdesk.tui_start import run_tui, tui_options

    options = tui_options(sys.argv[1:], os.environ)
    if options is not None:
        code = run_tui(options)
        gc.freeze()
        sys.exit(code)
    from csdesk.cli_typer import build_app
    from csdesk.commands import common

    try:
        build_app(modules_for(sys.argv[1:]))(prog_name="csdesk")
    except SystemExit as leaving:
        gc.freeze()
        if leaving.code is None or isinstance(leaving.code, int):
            common.leave_now(leaving.code or 0)
        raise
    finally:
        gc.freeze()
    common.leave_now(0)
