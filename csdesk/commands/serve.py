"""`csdesk serve`: the same TUI in browser tabs (textual-serve), one desk process per tab.

textual-serve starts one process per tab with a fixed command, so who works at a tab is
decided inside that process. On a PostgreSQL team desk each tab asks for a login and password
and connects as that login (csdesk.web.tab): the database says who they are. A SQLite file has
no logins, so there every tab works as the one `--agent` serve was given: a desk for one agent.
"""

from __future__ import annotations

import os
import shlex
import sys
from typing import Annotated

import typer

from csdesk.commands.common import OPTIONS, desk_command, resolve_db

# What a tab must not inherit from serve's own environment: serve's login and password (libpq
# would use them for a tab) and a working agent.
_NOT_FOR_TABS = ("PGUSER", "PGPASSWORD", "PGSERVICE", "PGSERVICEFILE", "CSDESK_AGENT")


def tui_command(db_url: str) -> str:
    """The command each browser tab runs: this csdesk, with this run's global options."""
    from csdesk.store.postgres import is_postgres

    if is_postgres(db_url):
        from csdesk.web.tab import server_only

        args = [sys.executable, "-m", "csdesk.web.tab", "--db", server_only(db_url)]
        args += ["--lang", OPTIONS.lang]
    else:
        args = [sys.executable, "-m", "csdesk", "--db", db_url, "--lang", OPTIONS.lang]
        if OPTIONS.agent:
            args += ["--agent", OPTIONS.agent]
    if OPTIONS.today:
        args += ["--today", OPTIONS.today.isoformat()]
    return shlex.join(args if is_postgres(db_url) else [*args, "tui"])


def _keep_serves_login_from_tabs() -> None:
    for name in _NOT_FOR_TABS:
        os.environ.pop(name, None)
    os.environ["PGPASSFILE"] = os.devnull


@desk_command
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
) -> None:
    """Serve the desk to browser tabs at http://HOST:PORT (each tab its own desk process)."""
    from csdesk.desk.errors import DeskError
    from csdesk.i18n import t
    from csdesk.store.engine import database_url
    from csdesk.store.postgres import is_postgres

    try:
        from textual_serve.server import Server
    except ModuleNotFoundError:
        raise DeskError("serve.error.missing") from None
    db_url = database_url(resolve_db(OPTIONS.db))
    if is_postgres(db_url):
        if OPTIONS.agent:
            raise DeskError("serve.error.agent_on_team")
        _keep_serves_login_from_tabs()
        typer.echo(t("serve.tabs_sign_in"))
    else:
        typer.echo(t("serve.one_agent", agent=OPTIONS.agent or "-"))
    typer.echo(t("serve.listening", url=f"http://{host}:{port}"))
    Server(tui_command(db_url), host=host, port=port, title="csdesk").serve()


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
