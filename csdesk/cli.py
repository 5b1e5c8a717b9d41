"""The command line: global options, then one command group per area (csdesk.commands)."""

from __future__ import annotations

import gc
from typing import Annotated

import typer

from csdesk.commands import (
    board,
    calls,
    common,
    core,
    demo,
    inquiries,
    money,
    quotes,
    rates,
    reference,
    serve,
    team,
    transfer,
)

app = typer.Typer(
    name="csdesk",
    help="客服工作台 / the customer-service desk of an ocean-freight forwarder.",
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback(invoke_without_command=True)
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
        core.tui()


core.register(app)
demo.register(app)
reference.register(app)
calls.register(app)
transfer.register(app)
inquiries.register(app)
board.register(app)
rates.register(app)
quotes.register(app)
money.register(app)  # issue 13
# The supervisor's desk (issue 14).
from csdesk.commands import kpi as kpi_commands  # noqa: E402

kpi_commands.register(app)
team.register(app, core.db_app, core.agent_app)
serve.register(app)


def main() -> None:
    # Start-up allocates a few hundred thousand long-lived objects (tables, SQL, Typer): a
    # collection then costs tens of milliseconds and finds nothing. Collections resume once the
    # desk is open (commands.common.open_cli_desk); what is left at exit is frozen, so the
    # interpreter's last collection at shutdown has nothing to walk.
    gc.disable()
    try:
        app(prog_name="csdesk")
    finally:
        gc.freeze()
