"""The app, the store, agents, customers and the calendar."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from csdesk.commands.common import (
    OPTIONS,
    database_url_of_options,
    desk_command,
    echo_json,
    open_cli_desk,
    resolve_db,
    scope_agent_id,
    terminal,
)

db_app = typer.Typer(help="数据库 / the store: upgrade, backup.", no_args_is_help=True)
agent_app = typer.Typer(help="客服 / agents.", no_args_is_help=True)
calendar_app = typer.Typer(help="工作日历 / working-day calendar.", no_args_is_help=True)


@desk_command
def tui() -> None:
    """Open the terminal desk (the default command)."""
    from csdesk.app import CSDeskApp

    # The app opens (and upgrades) the store itself, in a worker after the first screen draws;
    # a store it cannot open ends the app with that one-line message and exit code 1.
    app = CSDeskApp(
        db=resolve_db(OPTIONS.db), agent=OPTIONS.agent, today=OPTIONS.today, lang=OPTIONS.lang
    )
    app.run()
    if app.return_code:
        raise typer.Exit(app.return_code)


@db_app.command("upgrade")
@desk_command
def db_upgrade() -> None:
    """Bring the database to this csdesk's schema version."""
    from csdesk.i18n import t
    from csdesk.store import migrate
    from csdesk.store.engine import database_url, make_engine

    engine = make_engine(database_url(resolve_db(OPTIONS.db)))
    changed = migrate.upgrade(engine)
    typer.echo(t("db.upgraded" if changed else "db.current"))


@db_app.command("backup")
@desk_command
def db_backup(dest: Annotated[Path, typer.Argument(help="The new backup file.")]) -> None:
    """A consistent copy of the database as it is (never upgraded first), safe while agents work."""
    from rich.console import Console
    from rich.progress import Progress

    from csdesk.i18n import t
    from csdesk.store.backup import backup_sqlite, check_source

    url = database_url_of_options()
    if url.startswith("postgresql"):
        from csdesk.store.postgres_dump import dump

        typer.echo(t("db.backup_done", dest=str(dump(url, dest))))
        return
    check_source(url)
    with Progress(console=Console(file=terminal()), transient=True) as progress:
        task = progress.add_task(t("db.backing_up"), total=None)
        written = backup_sqlite(
            url, dest, lambda done, total: progress.update(task, completed=done, total=total)
        )
    typer.echo(t("db.backup_done", dest=str(written)))


@desk_command
def agents(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List the desk's agents."""
    from csdesk.desk.agents import list_agents
    from csdesk.i18n import t

    desk = open_cli_desk(with_agent=False)
    with desk.engine.connect() as connection:
        rows = [
            {
                "id": agent.id,
                "login": agent.login,
                "name": agent.name,
                "role": agent.role,
                "group": agent.group,
                "hired_on": agent.hired_on,
            }
            for agent in list_agents(connection)
        ]
    if as_json:
        echo_json({"agents": rows})
        return
    if not rows:  # a listing that prints nothing reads as a command that did nothing
        typer.echo(t("team.agents_empty"))
    for row in rows:
        role, group = t(f"role.{row['role']}"), t(f"group.{row['group']}")
        typer.echo(f"{row['login']!s:<12} {row['name']}  {role}  {group}  {row['hired_on'] or ''}")


@desk_command
def customers(
    search: Annotated[
        str | None, typer.Option(help="Name, pinyin, initials, phone or WeChat.")
    ] = None,
    agent: Annotated[str | None, typer.Option(help="One agent's customers (login).")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 200,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List or search customers."""
    from csdesk.desk.customer_search import search_customers

    desk = open_cli_desk()
    owner_id = scope_agent_id(desk, agent)
    with desk.engine.connect() as connection:
        rows = search_customers(connection, search, owner_id=owner_id, limit=limit)
    if as_json:
        echo_json(
            {
                "customers": [
                    {
                        "id": row.id,
                        "name": row.name,
                        "tier": row.tier,
                        "kind": row.kind,
                        "vip": row.vip,
                        "owner": row.owner_login,
                        "wechat": row.wechat,
                        "last_contact_at": row.last_contact_at,
                    }
                    for row in rows
                ]
            }
        )
        return
    if not rows:
        from csdesk.i18n import t

        typer.echo(
            t("customers.cli_no_match", query=search) if search else t("customers.cli_empty")
        )
    for row in rows:
        typer.echo(f"{row.id:>7}  {row.tier}  {row.name}  {row.owner_login or '-'}")


@calendar_app.command("import")
@desk_command
def calendar_import(
    file: Annotated[Path, typer.Argument(help="CSV: date,workday,name")],
) -> None:
    """Import a year's holidays and swapped working days (for years chinesecalendar lacks)."""
    from csdesk.desk.reference import import_calendar
    from csdesk.i18n import t

    desk = open_cli_desk(with_agent=False)
    with desk.session() as session:
        count = import_calendar(session, file)
    typer.echo(t("calendar.imported", count=count))


def register(app: typer.Typer) -> None:
    app.command("tui")(tui)
    app.command("agents")(agents)
    app.command("customers")(customers)
    app.add_typer(db_app, name="db")
    app.add_typer(agent_app, name="agent")
    app.add_typer(calendar_app, name="calendar")
