"""What the KPI commands print, made in one session: the report, its lines and warnings, the
month's targets and exchange rates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from csdesk.desk.context import AgentInfo, Desk
from csdesk.desk.kpi.report import KpiClock, KpiReport, Scope, desk_kpis, sees_everyone
from csdesk.desk.kpi.setup import target_progress, tier_drift_counts
from csdesk.desk.kpi.text import missing_text, report_document, report_lines
from csdesk.i18n import t
from csdesk.rules.kpi import CNY, fx_rate_text
from csdesk.rules.kpi_period import Period
from csdesk.rules.pricing import money_text
from csdesk.store.core_tables import agent as AGENT
from csdesk.store.core_tables import fx_rate as FX_RATE
from csdesk.store.core_tables import kpi_target as KPI_TARGET


@dataclass(frozen=True)
class KpiView:
    document: dict[str, Any]
    lines: list[str]
    warnings: list[str]


def agent_names(session: Any) -> dict[int, tuple[str, str]]:
    """id -> (login, name) of every agent."""
    rows = session.execute(select(AGENT.c.id, AGENT.c.login, AGENT.c.name)).all()
    return {agent_id: (login, name) for agent_id, login, name in rows}


def scope_title(scope: Scope, names: dict[int, tuple[str, str]]) -> str:
    if scope.kind == "agent":
        login, name = names.get(scope.agent_id or 0, ("", ""))
        return f"{name} ({login})"
    if scope.kind == "group":
        return t(f"kpi.scope.group.{scope.group}")
    return t("kpi.scope.desk")


def _optional_cny(amount: int | None) -> str:
    return t("kpi.no_rate") if amount is None else money_text(amount, CNY)


def ranking_lines(report: KpiReport, names: dict[int, tuple[str, str]]) -> list[str]:
    if not report.ranking:
        return []
    lines = [t("kpi.ranking")]
    for rank, row in enumerate(report.ranking, start=1):
        lines.append(
            t(
                "kpi.line.rank",
                rank=rank,
                name=names.get(row.agent_id, ("", "?"))[1],
                profit=_optional_cny(row.profit_cny_minor),
                revenue=_optional_cny(row.revenue_cny_minor),
                teu=row.teu,
            )
        )
    return lines


def kpi_view(desk: Desk, scope: Scope, period: Period) -> KpiView:
    clock = KpiClock(desk.now(), desk.calendar, desk.tz)
    with desk.engine.connect() as session:
        report = desk_kpis(session, desk.agent, scope, period, clock)
        progress = target_progress(session, report, clock)
        names = agent_names(session)
        owner = scope.agent_id if scope.kind == "agent" else None
        drift = tier_drift_counts(session, desk.today, desk.tz, owner)
    logins = {agent_id: login for agent_id, (login, _name) in names.items()}
    document = report_document(report, progress, logins)
    drift_count = sum(drift.values()) if scope.kind != "group" else 0
    # Per agent only for whom the viewer may see: everyone for a supervisor, else their own.
    shown = drift if sees_everyone(desk.agent) else _own(drift, desk.agent)
    document["tier_drift"] = {logins.get(k or 0, "-"): v for k, v in shown.items()}
    document["tier_drift_total"] = drift_count
    lines = report_lines(report, progress, scope_title(scope, names))
    if drift_count:
        lines.append(t("kpi.line.drift", count=drift_count))
    lines += ranking_lines(report, names)
    missing = missing_text(report)
    return KpiView(document, lines, [missing] if missing else [])


def _own(drift: dict[int | None, int], actor: AgentInfo | None) -> dict[int | None, int]:
    return {k: v for k, v in drift.items() if actor is not None and k == actor.id}


def target_lines(desk: Desk, month: dt.date) -> list[str]:
    c = KPI_TARGET.c
    statement = select(c.agent_id, c.revenue_cny_minor, c.teu, c.profit_cny_minor)
    with desk.engine.connect() as connection:
        names = agent_names(connection)
        rows = connection.execute(statement.where(c.month == month).order_by(c.agent_id))
        found = [target_line(names.get(row.agent_id, ("?", ""))[0], row) for row in rows]
    return found or [t("kpi.targets.none", month=month.strftime("%Y-%m"))]


def _amount(value: int | None) -> str:
    return "-" if value is None else money_text(value, CNY)


def target_line(login: str, target: Any) -> str:
    """A month's targets of one agent: a KpiTarget, or a row of its columns."""
    return t(
        "kpi.targets.line",
        login=login,
        revenue=_amount(target.revenue_cny_minor),
        teu="-" if target.teu is None else target.teu,
        profit=_amount(target.profit_cny_minor),
    )


def target_saved_line(login: str, target: Any) -> str:
    """A KpiTarget just saved."""
    return t(
        "kpi.target.saved",
        login=login,
        month=target.month.strftime("%Y-%m"),
        revenue=_amount(target.revenue_cny_minor),
        teu="-" if target.teu is None else target.teu,
        profit=_amount(target.profit_cny_minor),
    )


def fx_lines(desk: Desk, month: dt.date) -> list[str]:
    c = FX_RATE.c
    statement = select(c.currency, c.cny_per_unit_micros).where(c.month == month)
    with desk.engine.connect() as connection:
        rows = connection.execute(statement.order_by(c.currency))
        found = [
            t(
                "kpi.fx.line",
                month=month.strftime("%Y-%m"),
                currency=row.currency,
                rate=fx_rate_text(row.cny_per_unit_micros),
            )
            for row in rows
        ]
    return found or [t("kpi.fx.none", month=month.strftime("%Y-%m"))]
