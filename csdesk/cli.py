"""The command line: global options, then one command group per area (csdesk.commands).

A run registers only the command module(s) its command lives in (COMMAND_MODULES): Typer turns
every registered command into a click command, reading its signature, so registering all 70
costs more than most commands' own work. `csdesk --help`, an unknown name or anything this
cannot read registers them all, as `csdesk.cli.app` does for the tests.
"""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer

from csdesk.commands import common, plain_values, usage

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


def global_options(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(envvar="CSDESK_DB", help="Database file or SQLAlchemy URL."),
    ] = None,
    agent: Annotated[
        str | None, typer.Option(envvar="CSDESK_AGENT", help="Working agent's login.")
    ] = None,
    lang: Annotated[
        str, typer.Option(envvar="CSDESK_LANG", help="Language: zh (default) or en.")
    ] = "zh",
    today: Annotated[
        str | None, typer.Option(help="The desk's date, YYYY-MM-DD (demos and tests).")
    ] = None,
) -> None:
    from csdesk.i18n import LANGUAGES, set_language

    common.guard_output(ctx)
    if lang not in LANGUAGES:
        raise common.fail(f"--lang: zh | en, not {lang}")
    set_language(lang)
    common.OPTIONS.db = db
    common.OPTIONS.agent = agent
    common.OPTIONS.lang = lang
    common.OPTIONS.today = common.parse_date(today)
    if ctx.invoked_subcommand is None:
        from csdesk.commands import core

        core.tui()


def build_app(modules: Sequence[str] = MODULES) -> typer.Typer:
    """The command line with the commands of `modules` (all of them by default)."""
    plain_values.install()
    app = typer.Typer(
        cls=usage.DeskGroup,
        name="csdesk",
        help="客服工作台 / the customer-service desk of an ocean-freight forwarder.",
        no_args_is_help=False,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
    )
    app.callback(invoke_without_command=True)(global_options)
    for name in MODULES:
        if name not in modules:
            continue
        module = importlib.import_module(f"csdesk.commands.{name}")
        if name == "team":
            from csdesk.commands import core

            module.register(app, core.db_app, core.agent_app)
        else:
            module.register(app)
    return app


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
    if name == "app":  # every command, for the tests and tools that import the app
        full = build_app()
        globals()["app"] = full
        return full
    raise AttributeError(name)


def main() -> None:
    # Start-up allocates a few hundred thousand long-lived objects (tables, SQL, Typer): a
    # collection then costs tens of milliseconds and finds nothing. Collections resume once the
    # desk is open (commands.common.open_cli_desk); what is left at exit is frozen, so the
    # interpreter's last collection at shutdown has nothing to walk.
    # A command that opened a desk ends with os._exit once its output and store are closed
    # (common.leave_now), skipping the teardown of every imported module.
    gc.disable()
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
