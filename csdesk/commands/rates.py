"""Rates on the command line: `csdesk rates [--pol] [--pod] [--json]`, `csdesk rates import FILE`.

No output here carries a rate's minimum sell price (H8).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from csdesk.commands.common import desk_command, echo_json, open_cli_desk

if TYPE_CHECKING:
    from csdesk.desk.rates import RateRow

RATE_WIDTHS = (6, 8, 12, 6, 12, 12, 21, 6, 4)
rates_app = typer.Typer(help="运价 / rates: list what may be offered, import a rate sheet.")


def pad(text: str, cells: int) -> str:
    """Pad to a width in terminal cells: a Chinese character takes two."""
    from csdesk.desk.rate_report import pad as pad_cells

    return pad_cells(text, cells)


@rates_app.callback(invoke_without_command=True)
@desk_command
def rates(
    ctx: typer.Context,
    pol: Annotated[str | None, typer.Option(help="Port of loading: 宁波, Ningbo or CNNGB.")] = None,
    pod: Annotated[
        str | None, typer.Option(help="Port of discharge: 拉各斯, Lagos, NGLOS.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """运价 / the rates valid today that a quote may use, by lane, container and price."""
    if ctx.invoked_subcommand is not None:
        return
    from csdesk.desk.rates import LIST_LIMIT, list_rates, rate_json, resolve_port_code
    from csdesk.i18n import t

    desk = open_cli_desk(with_agent=False)
    with desk.engine.connect() as connection:
        pol_code = resolve_port_code(connection, pol)
        found = list_rates(connection, desk.today, pol_code, resolve_port_code(connection, pod))
        documents = [rate_json(rate) for rate in found]
        lines = [_rate_line(rate) for rate in found]
    if as_json:
        echo_json({"date": desk.today, "rates": documents})
        return
    if not lines:
        typer.echo(t("rates.none"))
        return
    typer.echo(_header())
    for line in lines:
        typer.echo(line)
    if len(lines) >= LIST_LIMIT:
        typer.echo(t("rates.truncated", limit=LIST_LIMIT), err=True)


def _header() -> str:
    from csdesk.i18n import t

    names = ("carrier", "lane", "container", "buy", "sell", "valid", "source", "transit")
    cells = ["#", *(t(f"rates.column.{name}") for name in names)]
    line = "  ".join(pad(cell, width) for cell, width in zip(cells, RATE_WIDTHS, strict=True))
    return f"{line}  {t('rates.column.surcharges')}"


def _rate_line(rate: RateRow) -> str:
    from csdesk.desk.rates import surcharges_text
    from csdesk.i18n import t
    from csdesk.rules.pricing import money_text

    valid = f"{rate.valid_from.isoformat()}~{rate.valid_to.isoformat()}"
    source = t(f"rates.source.{rate.source}")
    transit = str(rate.transit_days) if rate.transit_days is not None else "-"
    cells = (
        f"{rate.id}",
        rate.carrier,
        f"{rate.pol}-{rate.pod}",
        rate.container,
        money_text(rate.buy_minor, rate.currency),
        money_text(rate.sell_minor, rate.currency),
        valid,
        source,
        transit,
    )
    line = "  ".join(pad(cell, width) for cell, width in zip(cells, RATE_WIDTHS, strict=True))
    return f"{line}  {surcharges_text(rate)}".rstrip()


@rates_app.command("import")
@desk_command
def rates_import(
    file: Annotated[Path, typer.Argument(help=".xlsx or .csv rate sheet.")],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check and show the changes; write nothing.")
    ] = False,
) -> None:
    """导入运价 / import a rate sheet: all rows or none; shows old and new price per lane."""
    from csdesk.desk.rate_import import import_rates
    from csdesk.desk.rate_report import report_lines

    desk = open_cli_desk()
    with desk.session() as session:
        result = import_rates(
            session,
            file,
            desk.today,
            agent_id=desk.agent.id if desk.agent else None,
            dry_run=dry_run,
            now=desk.now(),
        )
    lines = report_lines(result)
    if not result.ok:
        for line in lines:
            typer.echo(line, err=True)
        raise typer.Exit(1)
    for line in lines:
        typer.echo(line)


def register(app: typer.Typer) -> None:
    app.add_typer(rates_app, name="rates")
