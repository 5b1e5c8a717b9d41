"""`csdesk serve`: the same TUI in a browser tab (textual-serve), one desk process per tab."""

from __future__ import annotations

import shlex
import sys
from typing import Annotated

import typer

from csdesk.commands.common import OPTIONS, desk_command, resolve_db


def tui_command() -> str:
    """The command each browser tab runs: this csdesk, with this run's global options."""
    args = [sys.executable, "-m", "csdesk", "--db", resolve_db(OPTIONS.db), "--lang", OPTIONS.lang]
    if OPTIONS.agent:
        args += ["--agent", OPTIONS.agent]
    if OPTIONS.today:
        args += ["--today", OPTIONS.today.isoformat()]
    return shlex.join([*args, "tui"])


@desk_command
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
) -> None:
    """Serve the desk to browser tabs at http://HOST:PORT (each tab its own desk process)."""
    from csdesk.desk.errors import DeskError
    from csdesk.i18n import t

    try:
        from textual_serve.server import Server
    except ModuleNotFoundError:
        raise DeskError("serve.error.missing") from None
    typer.echo(t("serve.listening", url=f"http://{host}:{port}"))
    Server(tui_command(), host=host, port=port, title="csdesk").serve()


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
