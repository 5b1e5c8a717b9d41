"""`csdesk import customers FILE` and `csdesk export customers FILE`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from csdesk.commands.common import (
    desk_command,
    echo_json,
    open_cli_desk,
    scope_agent_id,
    terminal,
)

if TYPE_CHECKING:
    from csdesk.desk.transfer import ImportResult, PlanItem

import_app = typer.Typer(help="导入 / import customer lists (.csv, .xlsx).", no_args_is_help=True)
export_app = typer.Typer(help="导出 / export customer lists (.csv, .xlsx).", no_args_is_help=True)


class OnDuplicate(StrEnum):
    error = "error"
    skip = "skip"
    update = "update"


@contextmanager
def progress_bar() -> Iterator[Callable[[str, int, int], None] | None]:
    """A rich progress bar on stderr while long work runs, when stderr is a terminal."""
    import sys

    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    from csdesk.i18n import t

    with Progress(console=Console(file=terminal(err=True)), transient=True) as progress:
        task = progress.add_task("", total=None)

        def update(stage: str, done: int, total: int) -> None:
            progress.update(task, description=t(stage), completed=done, total=total)

        yield update


def _shown(field_name: str, value: Any) -> str:
    from csdesk.i18n import t

    if value is None or value == "":
        return "-"
    if field_name == "vip":
        return t("transfer.yes" if value else "transfer.no")
    if field_name in {"kind", "source", "ownership"}:
        return t(f"{field_name}.{value}")
    from csdesk.rules.customer_import import one_line

    return one_line(str(value))


def _plan_line(item: PlanItem) -> str:
    from csdesk.i18n import t
    from csdesk.rules.customer_import import one_line

    name = one_line(item.name, 200)
    changes = ", ".join(
        f"{t('transfer.field.' + field_name)} {_shown(field_name, old)}->{_shown(field_name, new)}"
        for field_name, (old, new) in item.changes.items()
    )
    return t(
        f"transfer.plan.{item.action}",
        row=item.row,
        name=name,
        id=item.customer_id,
        changes=changes,
    )


def _document(result: ImportResult) -> dict[str, Any]:
    from csdesk.desk.transfer import problem_message

    return {
        "dry_run": result.dry_run,
        "written": result.written,
        "created": result.created,
        "updated": result.updated,
        "skipped": result.skipped,
        "plan": [
            {
                "row": item.row,
                "action": item.action,
                "name": item.name,
                "customer_id": item.customer_id,
                "changes": {name: list(pair) for name, pair in item.changes.items()},
            }
            for item in result.plan
        ],
        "warnings": result.warning_messages(),
        "problems": [
            {"row": p.row, "column": p.column, "reason": problem_message(p), "key": p.key}
            for p in result.problems
        ],
    }


def _print(result: ImportResult) -> None:
    from csdesk.desk.transfer import problem_message
    from csdesk.i18n import t

    for warning in result.warning_messages():
        typer.echo(warning, err=True)
    if result.problems:
        for problem in result.problems:
            typer.echo(problem_message(problem), err=True)
        rows = len({problem.row for problem in result.problems})
        typer.echo(t("transfer.failed", rows=rows), err=True)
        return
    counts = {"created": result.created, "updated": result.updated, "skipped": result.skipped}
    if result.dry_run:
        for item in result.plan:
            typer.echo(_plan_line(item))
        typer.echo(t("transfer.dry_run", **counts))
    else:
        typer.echo(t("transfer.done", **counts))


@import_app.command("customers")
@desk_command
def import_customers(
    file: Annotated[Path, typer.Argument(help=".csv (UTF-8 or GBK) or .xlsx")],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check and show, write nothing.")
    ] = False,
    on_duplicate: Annotated[
        str, typer.Option(help="A customer already known: error, skip or update it.")
    ] = OnDuplicate.error.value,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Import customers; with any bad row nothing is imported and every bad row is listed."""
    from csdesk.desk.transfer import import_customers as run_import
    from csdesk.i18n import t

    choices = [choice.value for choice in OnDuplicate]
    if on_duplicate not in choices:
        # One line in the user's language, like every other word option (not Click's box).
        raise typer.BadParameter(t("error.choice", choices=" ".join(choices)))
    desk = open_cli_desk(with_agent=False)
    with progress_bar() as progress, desk.session() as session:
        result = run_import(session, file, dry_run, on_duplicate, progress)
    if as_json:
        echo_json(_document(result))
    else:
        _print(result)
    if result.problems:
        raise typer.Exit(1)


@export_app.command("customers")
@desk_command
def export_customers(
    file: Annotated[Path, typer.Argument(help="The new .csv or .xlsx file.")],
    agent: Annotated[str | None, typer.Option(help="One agent's customers (login).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Export customers with the import's headers (formula-like cells neutralised)."""
    from csdesk.desk.errors import DeskError
    from csdesk.desk.transfer import export_customers as run_export
    from csdesk.desk.transfer.files import file_kind
    from csdesk.i18n import t

    file_kind(file)
    if file.exists() and not force:
        raise DeskError("transfer.file.exists", path=str(file))
    desk = open_cli_desk()
    owner_id = scope_agent_id(desk, agent)
    with progress_bar() as progress, desk.session() as session:
        count = run_export(session, file, owner_id, progress)
    typer.echo(t("transfer.exported", count=count, path=str(file)))


def register(app: typer.Typer) -> None:
    app.add_typer(import_app, name="import")
    app.add_typer(export_app, name="export")
