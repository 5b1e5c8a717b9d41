"""A team desk from the command line: db init-team / copy / restore, agent add / disable, audit."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from csdesk.commands.common import (
    OPTIONS,
    database_url_of_options,
    desk_command,
    echo_json,
    fail,
    naming_store,
    open_cli_desk,
    parse_date,
    resolve_db,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from csdesk.desk.context import Desk
    from csdesk.desk.team import NewLogin


def _password_from_stdin(wanted: bool) -> str | None:
    if not wanted:
        return None
    from csdesk.i18n import t

    secret = sys.stdin.readline().strip()
    if not secret:
        raise fail(t("team.error.password_empty"))
    return secret


@desk_command
def db_init_team(
    url: Annotated[str, typer.Argument(help="postgresql+psycopg://owner@host/database")],
    supervisor: Annotated[str, typer.Option(help="The first supervisor's login (a new role).")],
    name: Annotated[str, typer.Option(help="The supervisor's full name.")],
    password_stdin: Annotated[bool, typer.Option("--password-stdin")] = False,
) -> None:
    """Prepare an empty PostgreSQL database as a team desk with its first supervisor."""
    from csdesk.desk.team import init_team
    from csdesk.i18n import t
    from csdesk.store.engine import describe, make_engine
    from csdesk.store.postgres import require_team_store

    require_team_store(url)
    password = _password_from_stdin(password_stdin)
    engine = make_engine(url)
    try:
        with naming_store(url):
            created = init_team(engine, supervisor, name, password)
    finally:
        engine.dispose()
    typer.echo(t("team.init_done", db=describe(url), login=created.login))
    if created.password:
        typer.echo(t("team.password_once", login=created.login, password=created.password))


@desk_command
def db_copy(
    source: Annotated[str, typer.Argument(help="Database file or URL to copy from.")],
    dest: Annotated[str, typer.Argument(help="Empty database file or URL to copy to.")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    create_logins: Annotated[
        bool, typer.Option("--create-logins", help="PostgreSQL: a login for each active agent.")
    ] = False,
) -> None:
    """Copy a whole desk between stores (SQLite <-> PostgreSQL), checked table by table."""
    from csdesk.i18n import t
    from csdesk.store.engine import database_url
    from csdesk.store.postgres import require_team_store
    from csdesk.store.team_copy import copy_store

    source_url, dest_url = database_url(source), database_url(dest)
    _require_source_file(source_url)
    if create_logins:
        require_team_store(dest_url)
    source_engine, dest_engine = _open_copy_stores(source_url, dest_url)
    logins: list[NewLogin] = []

    def make_logins(connection: Connection) -> None:
        from csdesk.desk.team_logins import create_team_logins

        logins.extend(create_team_logins(connection))

    try:
        then = make_logins if create_logins else None
        checks = copy_store(source_engine, source_url, dest_engine, dest_url, then=then)
    finally:
        source_engine.dispose()
        dest_engine.dispose()
    if as_json:
        passwords = {login.login: login.password for login in logins}
        echo_json({"tables": [check.__dict__ for check in checks], "logins": passwords})
        return
    for check in checks:
        typer.echo(t("team.copy_table", **check.__dict__))
    total = sum(check.rows for check in checks)
    typer.echo(t("team.copy_done", tables=len(checks), rows=total))
    for login in logins:
        typer.echo(t("team.password_once", login=login.login, password=login.password))


def _open_copy_stores(source_url: str, dest_url: str) -> tuple[Engine, Engine]:
    """Both stores of a copy, each failure named after its own store; the source is checked
    (reachable, at this csdesk's version) before the destination is touched, so a refused copy
    leaves no new empty file behind."""
    from csdesk.store.engine import make_engine
    from csdesk.store.team_copy import require_current

    source_engine = make_engine(source_url)
    try:
        with naming_store(source_url):
            require_current(source_engine, source_url)
        dest_engine = make_engine(dest_url)
    except BaseException:
        source_engine.dispose()
        raise
    try:
        with naming_store(dest_url):
            dest_engine.connect().close()
    except BaseException:
        source_engine.dispose()
        dest_engine.dispose()
        raise
    return source_engine, dest_engine


def _require_source_file(url: str) -> None:
    """A SQLite source that is not there is a slip of the keyboard: opening it would create an
    empty store there (and the destination), then ask for an upgrade of the empty one."""
    from sqlalchemy.engine import make_url

    from csdesk.desk.errors import DeskError

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and not Path(parsed.database or "").is_file():
        raise DeskError("error.file_missing", path=parsed.database or url)


@desk_command
def db_restore(
    source: Annotated[Path, typer.Argument(help="A backup made by `csdesk db backup`.")],
) -> None:
    """Put a backup back: a SQLite file (the old one is kept aside) or an empty PostgreSQL."""
    from csdesk.i18n import t
    from csdesk.store.engine import database_url
    from csdesk.store.team_restore import restore

    aside = restore(source, database_url(resolve_db(OPTIONS.db)))
    typer.echo(t("team.restored", source=str(source)))
    if aside:
        typer.echo(t("team.moved_aside", path=str(aside)))


@desk_command
def agent_add(
    login: str,
    name: Annotated[str, typer.Option(help="Full name.")],
    role: Annotated[str, typer.Option(help="agent | supervisor")] = "agent",
    group: Annotated[str, typer.Option(help="direct | peer")] = "direct",
    hired: Annotated[str | None, typer.Option(help="Hire date YYYY-MM-DD.")] = None,
    password_stdin: Annotated[bool, typer.Option("--password-stdin")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Add an agent or a supervisor; on PostgreSQL also their login (password shown once)."""
    from csdesk.desk.team import add_team_agent
    from csdesk.i18n import t

    password = _password_from_stdin(password_stdin)
    desk = _desk_to_add_agents()
    fields = {"login": login, "name": name, "role": role, "group": group}
    with desk.session() as session:
        added = add_team_agent(
            session, desk.agent, fields | {"hired_on": parse_date(hired)}, password
        )
    if as_json:
        echo_json({"id": added.agent_id, "login": login, "password": added.password})
        return
    typer.echo(added.agent_id)
    if added.password:
        typer.echo(t("team.password_once", login=login, password=added.password))


def _desk_to_add_agents() -> Desk:
    """The desk as the named agent; on SQLite a name not (yet) on the desk is no obstacle: the
    first agents are added before any exists, and the file's owner may add them anyway."""
    from csdesk.desk.errors import NotFoundError

    try:
        return open_cli_desk()
    except NotFoundError:
        if database_url_of_options().startswith("postgresql"):
            raise
        return open_cli_desk(with_agent=False)


@desk_command
def agent_disable(login: str) -> None:
    """Stop an agent's login; their open work moves to your list. Nothing is deleted."""
    from csdesk.desk.team import disable_agent
    from csdesk.i18n import t

    desk = open_cli_desk()
    with desk.session() as session:
        handed = disable_agent(session, desk.agent, login)
    typer.echo(t("team.disabled", login=login, tasks=handed.tasks, inquiries=handed.inquiries))
    if handed.draft:
        typer.echo(t("team.disabled_draft"))


@desk_command
def audit(
    action: Annotated[str | None, typer.Option(help="Only this action, e.g. tier.set.")] = None,
    by: Annotated[str | None, typer.Option("--by", help="Only this agent's actions.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 200,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """The audit log of supervisor actions, newest first."""
    from csdesk.desk.audit import list_audit
    from csdesk.i18n import t

    desk = open_cli_desk(with_agent=False)
    with desk.engine.connect() as connection:
        rows = list_audit(connection, action, by, limit)
    if as_json:
        echo_json({"audit": [row.__dict__ for row in rows]})
        return
    if not rows:
        typer.echo(t("team.audit_empty"))
    for row in rows:
        who = f"{row.agent_login} ({row.db_login or row.os_user or '-'})"
        when = row.at.astimezone(desk.tz).strftime("%Y-%m-%d %H:%M")
        typer.echo(f"{when}  {who}  {row.action}  {row.subject}  {row.before} -> {row.after}")


@desk_command
def call_start(
    customer: Annotated[str, typer.Argument(help="Customer id or exact name.")],
) -> None:
    """Start a call: others see you are on it until you log it (log-call)."""
    from csdesk.desk.claims import start_call
    from csdesk.desk.customers import resolve_customer
    from csdesk.desk.errors import DeskError
    from csdesk.i18n import t

    desk = open_cli_desk()
    if desk.agent is None:
        raise DeskError("calls.need_working_agent")
    with desk.session() as session:
        found = resolve_customer(session, customer)
        start_call(session, desk.agent.id, found.id or 0, desk.now(), desk.tz)
        name = found.name
    typer.echo(t("claims.started", customer=name))


def register(app: typer.Typer, db_app: typer.Typer, agent_app: typer.Typer) -> None:
    db_app.command("init-team")(db_init_team)
    db_app.command("copy")(db_copy)
    db_app.command("restore")(db_restore)
    agent_app.command("add")(agent_add)
    agent_app.command("disable")(agent_disable)
    app.command("audit")(audit)
    app.command("call-start")(call_start)
