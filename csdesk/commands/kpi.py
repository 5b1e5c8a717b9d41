"""The supervisor's desk on the command line: `kpi`, `kpi export`, `kpi move-group`,
`targets`, `targets set`, `fx`, `fx set`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from csdesk.commands.common import desk_command, echo_json, fail, open_cli_desk, parse_date

if TYPE_CHECKING:
    from csdesk.desk.context import Desk
    from csdesk.desk.kpi import Scope
    from csdesk.rules.kpi_period import Period

kpi_app = typer.Typer(help="业绩指标 / KPIs: revenue, volume, profit, service, targets.")
targets_app = typer.Typer(help="目标 / monthly targets per agent (supervisors set them).")
fx_app = typer.Typer(help="汇率 / the month's exchange rates into CNY (supervisors set them).")

AgentOpt = Annotated[str | None, typer.Option("--agent", help="One agent's login.")]
GroupOpt = Annotated[str | None, typer.Option("--group", help="direct | peer")]
DeskOpt = Annotated[bool, typer.Option("--desk", help="The whole desk.")]
PeriodOpt = Annotated[
    str | None, typer.Option("--period", help="2026-11, 2026-Q4, 2026-W45, 2026 or a day.")
]
FromOpt = Annotated[str | None, typer.Option("--from", help="First day, YYYY-MM-DD.")]
ToOpt = Annotated[str | None, typer.Option("--to", help="Last day, YYYY-MM-DD.")]


def _period(desk: Desk, period: str | None, start: str | None, end: str | None) -> Period:
    from csdesk.i18n import t
    from csdesk.rules.kpi_period import PeriodError, named_period, parse_period, range_period

    if period and (start or end):
        raise fail(t("kpi.error.period_and_range"))
    if start or end:
        first, last = parse_date(start), parse_date(end)
        if first is None or last is None or last < first:
            raise fail(t("kpi.error.range"))
        return range_period(first, last)
    if period is None:
        return named_period("month", desk.today)
    try:
        return parse_period(period)
    except PeriodError:
        raise fail(t("kpi.error.period", value=period)) from None


def _scope(desk: Desk, agent: str | None, group: str | None, whole: bool) -> Scope:
    from csdesk.desk.identity import agent_named
    from csdesk.desk.kpi import Scope
    from csdesk.i18n import t

    if sum((agent is not None, group is not None, whole)) > 1:
        raise fail(t("kpi.error.one_scope"))
    if agent is not None:
        with desk.engine.connect() as connection:
            return Scope("agent", agent_id=agent_named(connection, agent).id)
    if group is not None:
        return Scope("group", group=group)
    if whole or desk.agent is None or desk.agent.is_supervisor:
        return Scope("desk")
    return Scope("agent", agent_id=desk.agent.id)


@kpi_app.callback(invoke_without_command=True)
@desk_command
def kpi(
    ctx: typer.Context,
    agent: AgentOpt = None,
    group: GroupOpt = None,
    whole: DeskOpt = False,
    period: PeriodOpt = None,
    start: FromOpt = None,
    end: ToOpt = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """业绩指标 / an agent's, a group's or the desk's KPIs for a period (default: this month)."""
    if ctx.invoked_subcommand is not None:
        return
    from csdesk.desk.kpi.cli_view import kpi_view

    desk = open_cli_desk()
    view = kpi_view(desk, _scope(desk, agent, group, whole), _period(desk, period, start, end))
    if as_json:
        echo_json(view.document)
        return
    for line in view.lines:
        typer.echo(line)
    for warning in view.warnings:
        typer.echo(warning, err=True)


@kpi_app.command("export")
@desk_command
def kpi_export(
    path: Annotated[Path, typer.Argument(help="The .xlsx file to write.")],
    agent: AgentOpt = None,
    group: GroupOpt = None,
    whole: DeskOpt = False,
    period: PeriodOpt = None,
    start: FromOpt = None,
    end: ToOpt = None,
) -> None:
    """导出 / one sheet per measure with native Excel charts; values, not formulas."""
    from csdesk.desk.kpi.export import export_kpis
    from csdesk.i18n import t

    if path.suffix.lower() != ".xlsx":
        raise fail(t("kpi.error.export_path", path=path))
    desk = open_cli_desk()
    scope = _scope(desk, agent, group, whole)
    sheets = export_kpis(desk, scope, _period(desk, period, start, end), path)
    typer.echo(t("kpi.export.done", path=path, sheets=sheets))


@kpi_app.command("move-group")
@desk_command
def move_group(
    login: Annotated[str, typer.Argument(help="The agent's login.")],
    group: Annotated[str, typer.Argument(help="direct | peer")],
    start: Annotated[str | None, typer.Option("--from", help="In effect from, YYYY-MM-DD.")] = None,
) -> None:
    """调组 / an agent joins another group from a day; earlier days count for the old group."""
    from csdesk.desk.kpi import move_to_group
    from csdesk.i18n import t

    desk = open_cli_desk()
    day = parse_date(start) or desk.today
    with desk.session() as session:
        move_to_group(session, desk.agent, login, group, day)
    typer.echo(t("kpi.group.moved", login=login, group=group, day=day.isoformat()))


def _month(value: str | None, today: dt.date) -> dt.date:
    from csdesk.i18n import t
    from csdesk.rules.kpi_period import PeriodError, parse_period

    if value is None:
        return today.replace(day=1)
    try:
        period = parse_period(value)
    except PeriodError:
        raise fail(t("kpi.error.period", value=value)) from None
    return period.start.replace(day=1)


def _cny(value: str | None) -> int | None:
    from csdesk.i18n import t
    from csdesk.rules.money import AmountError, parse_amount

    if value is None:
        return None
    try:
        minor, currency = parse_amount(value, "CNY")
    except AmountError:
        raise fail(t("kpi.error.amount", value=value)) from None
    if currency != "CNY":
        raise fail(t("kpi.error.amount", value=value))
    return minor


@targets_app.callback(invoke_without_command=True)
@desk_command
def targets(
    ctx: typer.Context,
    month: Annotated[
        str | None, typer.Option("--month", help="2026-11 (default: this month)")
    ] = None,
) -> None:
    """目标 / the month's targets of every agent."""
    if ctx.invoked_subcommand is not None:
        return
    from csdesk.desk.kpi.cli_view import target_lines

    desk = open_cli_desk()
    for line in target_lines(desk, _month(month, desk.today)):
        typer.echo(line)


@targets_app.command("set")
@desk_command
def targets_set(
    login: Annotated[str, typer.Argument(help="The agent's login.")],
    month: Annotated[
        str | None, typer.Option("--month", help="2026-11 (default: this month)")
    ] = None,
    revenue: Annotated[str | None, typer.Option(help="Revenue in CNY, e.g. 1200000.")] = None,
    teu: Annotated[int | None, typer.Option(help="TEU.")] = None,
    profit: Annotated[str | None, typer.Option(help="Profit in CNY.")] = None,
) -> None:
    """设置目标 / an agent's monthly targets (supervisors only)."""
    from csdesk.desk.kpi import set_target
    from csdesk.desk.kpi.cli_view import target_saved_line
    from csdesk.i18n import t

    if revenue is None and teu is None and profit is None:
        raise fail(t("kpi.error.no_target"))
    desk = open_cli_desk()
    first = _month(month, desk.today)
    with desk.session() as session:
        saved = set_target(
            session,
            desk.agent,
            login,
            first,
            revenue_cny_minor=_cny(revenue),
            teu=teu,
            profit_cny_minor=_cny(profit),
        )
        line = target_saved_line(login, saved)
    typer.echo(line)


@fx_app.callback(invoke_without_command=True)
@desk_command
def fx(
    ctx: typer.Context,
    month: Annotated[
        str | None, typer.Option("--month", help="2026-11 (default: this month)")
    ] = None,
) -> None:
    """汇率 / the exchange rates entered for a month."""
    if ctx.invoked_subcommand is not None:
        return
    from csdesk.desk.kpi.cli_view import fx_lines

    desk = open_cli_desk(with_agent=False)
    for line in fx_lines(desk, _month(month, desk.today)):
        typer.echo(line)


@fx_app.command("set")
@desk_command
def fx_set(
    month: Annotated[str, typer.Argument(help="The month, 2026-11.")],
    currency: Annotated[str, typer.Argument(help="USD or EUR.")],
    rate: Annotated[str, typer.Argument(help="CNY per one unit, e.g. 7.12.")],
) -> None:
    """录入汇率 / CNY per unit of a currency for a month (supervisors only)."""
    from csdesk.desk.kpi import set_fx_rate
    from csdesk.i18n import t
    from csdesk.rules.kpi import fx_rate_text

    desk = open_cli_desk()
    first = _month(month, desk.today)
    with desk.session() as session:
        saved = set_fx_rate(session, desk.agent, first, currency, rate)
        text = fx_rate_text(saved.cny_per_unit_micros)
        code = saved.currency
    typer.echo(t("kpi.fx.saved", month=first.strftime("%Y-%m"), currency=code, rate=text))


def register(app: typer.Typer) -> None:
    app.add_typer(kpi_app, name="kpi")
    app.add_typer(targets_app, name="targets")
    app.add_typer(fx_app, name="fx")
