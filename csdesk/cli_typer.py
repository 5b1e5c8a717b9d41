"""The Typer command line: the global options and the command groups of csdesk.commands.

csdesk.cli decides which command modules a run needs and builds the command line here, so that
a run that only opens the terminal desk (csdesk.tui_start) never imports Typer.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Annotated

import typer

from csdesk.cli import MODULES
from csdesk.commands import common, plain_values, usage


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
    from csdesk.i18n import LANGUAGES, set_face, set_language

    common.guard_output(ctx)
    if lang not in LANGUAGES:
        # Which language to say it in is the question: both, in one line.
        raise common.fail(
            f"--lang (CSDESK_LANG) 只能是 zh 或 en, 不是 {lang} / must be zh or en, not {lang}"
        )
    set_language(lang)
    set_face("cli")  # the TUI, started from here, says it is the TUI
    common.start_clock_from_environment()
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
