"""What the KPI screen shows, in two loads: the tiles first (the period's report, targets, the
ranking), then the charts (TEU by week, revenue by month, service rates by month); and the rows
behind a tile for its drill-down."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.context import Desk
from csdesk.desk.kpi import rows as read
from csdesk.desk.kpi.cli_view import agent_names
from csdesk.desk.kpi.report import (
    KpiClock,
    KpiReport,
    Scope,
    Service,
    desk_kpis,
    service_kpis,
)
from csdesk.desk.kpi.setup import TargetProgress, target_progress
from csdesk.desk.reference import container_catalog
from csdesk.models import Customer, Inquiry
from csdesk.rules.kpi import money, series
from csdesk.rules.kpi_period import Period, bucket_starts, month_period, week_start
from csdesk.rules.tiers import add_months, month_start

CHART_WEEKS = 12
CHART_MONTHS = 12
SERVICE_MONTHS = 6
DRILL_LIMIT = 200


@dataclass(frozen=True)
class TileData:
    report: KpiReport
    progress: TargetProgress | None
    names: dict[int, tuple[str, str]]
    desk_total: KpiReport | None = None  # beside an agent's own numbers


@dataclass(frozen=True)
class ChartData:
    teu_by_week: list[tuple[dt.date, int]]
    revenue_by_month: list[tuple[dt.date, int | None]]  # CNY minor; None without a rate
    service_by_month: list[tuple[dt.date, float | None, float | None, float | None]]


def load_tiles(desk: Desk, scope: Scope, period: Period) -> TileData:
    clock = KpiClock(desk.now(), desk.calendar, desk.tz)
    with desk.session() as session:
        report = desk_kpis(session, desk.agent, scope, period, clock, False, summed=True)
        total = None
        if report.ranking is None and scope.kind == "agent":
            total = desk_kpis(session, desk.agent, Scope("desk"), period, clock, False, summed=True)
        progress = target_progress(session, report, clock)
        return TileData(report, progress, agent_names(session), total)


def load_service(desk: Desk, scope: Scope, period: Period) -> tuple[Service, tuple[int, ...]]:
    """The service tile, loaded after the others."""
    clock = KpiClock(desk.now(), desk.calendar, desk.tz)
    with desk.session() as session:
        return service_kpis(session, desk.agent, scope, period, clock)


def load_charts(desk: Desk, scope: Scope) -> ChartData:
    """The last 12 weeks and 12 months up to today, and 6 months of service rates; shipments
    summed in SQL per agent and week (a year of a big desk is a hundred thousand rows)."""
    now = desk.now()
    today = now.date()
    clock = KpiClock(now, desk.calendar, desk.tz)
    first_month = add_months(month_start(today), 1 - CHART_MONTHS)
    first_week = week_start(today) - dt.timedelta(weeks=CHART_WEEKS - 1)
    weeks = bucket_starts(Period(first_week, today), "week")
    with desk.session() as session:
        teu_of = {spec.code: spec.teu for spec in container_catalog(session).specs}
        year = desk_kpis(
            session, desk.agent, scope, Period(first_month, today), clock,
            with_service=False, summed=True, cuts=weeks,
        )  # fmt: skip
        months = bucket_starts(year.period, "month")
        monthly = series(year.shipments, months, "month", teu_of, year.rates)
        recent = [row for row in year.shipments if row.sailed_on and row.sailed_on >= first_week]
        weekly = series(recent, weeks, "week", teu_of, year.rates)
        service = []
        for offset in range(SERVICE_MONTHS - 1, -1, -1):
            month = add_months(month_start(today), -offset)
            found, _ids = service_kpis(session, desk.agent, scope, month_period(month), clock)
            rates = (found.reply.percent, found.cadence.percent, found.follow_ups.percent)
            service.append((month, *rates))
    return ChartData(
        teu_by_week=[(start, teu) for start, teu, _cny in weekly],
        revenue_by_month=[(start, cny) for start, _teu, cny in monthly],
        service_by_month=service,
    )


@dataclass(frozen=True)
class DrillRow:
    """One line of a drill-down: a shipment or an inquiry, as the list shows it."""

    record_id: int
    cells: tuple[str, ...]


def drill_shipments(desk: Desk, report: KpiReport) -> list[DrillRow]:
    """The shipments behind the tiles, one by one (the tiles were painted from sums)."""
    from csdesk.desk.kpi.text import cny_text, currencies_text

    clock = KpiClock(desk.now(), desk.calendar, desk.tz)
    with desk.session() as session:
        full = desk_kpis(session, desk.agent, report.scope, report.period, clock, False)
        chosen = full.shipments[:DRILL_LIMIT]
        names = _customer_names(session, {row.customer_id for row in chosen})
    found = []
    for row in chosen:
        result = money([row], report.rates)
        counted = Counter(row.containers)
        boxes = " ".join(f"{code}x{count}" for code, count in sorted(counted.items()))
        cells = (
            row.booking_no,
            names.get(row.customer_id, ""),
            row.sailed_on.isoformat() if row.sailed_on else "",
            row.lane,
            boxes,
            currencies_text(result.revenue),
            cny_text(result.profit_cny),
        )
        found.append(DrillRow(row.shipment_id, cells))
    return found


def drill_inquiries(desk: Desk, report: KpiReport) -> list[DrillRow]:
    ids = list(report.inquiry_ids[:DRILL_LIMIT])
    found = []
    with desk.session() as session:
        rows = session.execute(
            select(
                col(Inquiry.id),
                col(Inquiry.customer_id),
                col(Inquiry.received_at),
                col(Inquiry.first_response_at),
                col(Inquiry.status),
            ).where(col(Inquiry.id).in_(ids))
        ).all()
        names = _customer_names(session, {row[1] for row in rows})
    for inquiry_id, customer_id, received, answered, status in rows:
        minutes = "" if answered is None else str(int((answered - received).total_seconds() // 60))
        when = received.astimezone(desk.tz).strftime("%m-%d %H:%M")
        cells = (f"#{inquiry_id}", names.get(customer_id, ""), when, minutes, status)
        found.append(DrillRow(inquiry_id, cells))
    return found


def _customer_names(session: Session, ids: set[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    ordered = sorted(ids)
    for offset in range(0, len(ordered), read.CHUNK):
        chunk = ordered[offset : offset + read.CHUNK]
        statement = select(col(Customer.id), col(Customer.name)).where(col(Customer.id).in_(chunk))
        found.update(dict(session.execute(statement).all()))  # type: ignore[arg-type]
    return found
