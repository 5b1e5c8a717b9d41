"""Demo data: `csdesk demo-data` builds it into a store, `csdesk demo` builds one and opens it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from csdesk.commands.common import OPTIONS, desk_command, echo_json, resolve_db, terminal

if TYPE_CHECKING:
    from csdesk.desk.demo.records import DemoSummary

DEMO_CUSTOMERS = 3000
DEFAULT_SEED = 7

CustomersOption = Annotated[
    int, typer.Option("--customers", min=1, max=1_000_000, help="How many customers.")
]
SeedOption = Annotated[int, typer.Option("--seed", help="Same seed, same data.")]


def _desk_today() -> dt.date:
    from csdesk.rules.zone import DESK_TZ
    from csdesk.store.clock import now_in

    return OPTIONS.today or now_in(DESK_TZ).date()


def _desk_today_real() -> dt.date:
    from csdesk.rules.zone import DESK_TZ
    from csdesk.store.clock import now_in

    return now_in(DESK_TZ).date()


def _demo_day() -> dt.date:
    """Today when it is a working day, else the next working day."""
    from csdesk.rules.calendar import WorkCalendar

    today = _desk_today_real()
    calendar = WorkCalendar()
    return today if calendar.is_workday(today) else calendar.next_workday(today)


def _build(
    db: str, customers: int, seed: int, replace: bool = False, not_demo: str = "demo.not_demo"
) -> DemoSummary:
    """Build with a progress bar on stderr (stdout stays clean for --json)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from csdesk.desk.demo.database import build_demo_database
    from csdesk.i18n import t

    columns = (
        "{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    tasks: dict[str, Any] = {}
    with Progress(*columns, console=Console(file=terminal(err=True)), transient=True) as bar:

        def report(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                label = (
                    t("demo.stage.customers")
                    if stage == "customers"
                    else t("demo.stage.extension", name=stage)
                )
                tasks[stage] = bar.add_task(label, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        return build_demo_database(db, customers, seed, _desk_today(), report, replace, not_demo)


def _summary_lines(summary: DemoSummary, db: str) -> list[str]:
    from csdesk.i18n import t
    from csdesk.store.engine import describe

    tiers = {tier.lower(): summary.tiers.get(tier, 0) for tier in "ABCD"}
    built = t(
        "demo.built",
        agents=summary.agents,
        customers=summary.customers,
        contacts=summary.contacts,
        interactions=summary.interactions,
        **tiers,
    )
    hint = t(
        "demo.open_hint",
        db=describe(db),
        agent=summary.first_agent,
        supervisor=summary.supervisor,
        new_hire=summary.new_hire,
    )
    return [built, hint]


@desk_command
def demo_data(
    customers: CustomersOption = DEMO_CUSTOMERS,
    seed: SeedOption = DEFAULT_SEED,
    force: Annotated[
        bool, typer.Option("--force", help="Rebuild a demo database (never real data).")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Build demo agents, customers, contacts and six months of contacts into an empty --db."""
    from csdesk.store.engine import database_url

    db = database_url(resolve_db(OPTIONS.db))
    summary = _build(db, customers, seed, replace=force)
    if as_json:
        echo_json({"db": db, **vars(summary)})
        return
    for line in _summary_lines(summary, db):
        typer.echo(line)


def launch_tui(db: str, agent: str, today: dt.date | None, lang: str) -> None:
    from csdesk.app import CSDeskApp

    app = CSDeskApp(db=db, agent=agent, today=today, lang=lang)
    app.run()
    if app.return_code:
        raise typer.Exit(app.return_code)


def _db_on_the_command_line() -> str | None:
    """`--db` as typed on the command line; a CSDESK_DB from the environment (usually the
    agent's real store) does not send the demo there."""
    import os

    if OPTIONS.db is None or OPTIONS.db == os.environ.get("CSDESK_DB"):
        return None
    return resolve_db(OPTIONS.db)


def _prepare_store(db: str, own_path: Path | None, customers: int, seed: int, fresh: bool) -> None:
    """Build the demo into `db` unless it holds a current one; never over a real desk."""
    from csdesk.desk.demo import demo_record
    from csdesk.desk.demo.database import current_demo, refuse_a_real_desk, remove_sqlite_files
    from csdesk.i18n import t
    from csdesk.store.engine import describe

    assert OPTIONS.today is not None
    if not fresh and current_demo(db, customers, seed, OPTIONS.today):
        from csdesk.desk.context import open_desk

        desk = open_desk(db)
        with desk.session() as session:
            built = (demo_record(session) or {}).get("today")
        desk.engine.dispose()
        typer.echo(t("demo.reusing", db=describe(db), today=built), err=True)
        return
    if own_path is not None:
        remove_sqlite_files(own_path)
    else:
        refuse_a_real_desk(db, "demo.db_not_demo")
    typer.echo(t("demo.building", db=describe(db)), err=True)
    # A --db store is rebuilt only when it holds a demo; a real desk is refused in one line.
    summary = _build(db, customers, seed, replace=own_path is None, not_demo="demo.db_not_demo")
    typer.echo(_summary_lines(summary, db)[0], err=True)


@desk_command
def demo(
    customers: CustomersOption = DEMO_CUSTOMERS,
    seed: SeedOption = DEFAULT_SEED,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Build it again.")] = False,
) -> None:
    """Open the desk on a demo database: its own (built once, then reused), or an empty or demo
    --db file; never a store holding real data."""
    from csdesk.config import demo_db_path
    from csdesk.desk.demo import FIRST_AGENT
    from csdesk.i18n import t
    from csdesk.store.engine import database_url

    if OPTIONS.today is None:
        # On a weekend or holiday the call list is rightly empty; a demo shows a working day.
        OPTIONS.today = _demo_day()
        if OPTIONS.today != _desk_today_real():
            typer.echo(t("demo.working_day", day=OPTIONS.today.isoformat()), err=True)
    given = _db_on_the_command_line()
    own_path = None if given else demo_db_path()
    db = database_url(given if given else demo_db_path())
    _prepare_store(db, own_path, customers, seed, rebuild)
    agent = OPTIONS.agent or FIRST_AGENT
    typer.echo(t("demo.opening", agent=agent), err=True)
    launch_tui(db, agent, OPTIONS.today, OPTIONS.lang)


def register(app: typer.Typer) -> None:
    app.command("demo-data")(demo_data)
    app.command("demo")(demo)
