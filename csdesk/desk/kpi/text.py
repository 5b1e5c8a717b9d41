"""A KPI report as a JSON document and as lines of text, in the user's language; the CLI prints
them and the export writes the same numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from csdesk.desk.kpi.report import KpiReport, Service
from csdesk.desk.kpi.setup import TargetProgress
from csdesk.i18n import t
from csdesk.rules.kpi import CNY, CnyTotal, Volume
from csdesk.rules.kpi_service import Rate
from csdesk.rules.kpi_targets import Progress
from csdesk.rules.pricing import money_text


def percent_text(value: float | None) -> str:
    return "-" if value is None else f"{value:g}%"


def rate_text(rate: Rate) -> str:
    return f"{percent_text(rate.percent)} ({rate.hit}/{rate.counted})"


def cny_text(total: CnyTotal) -> str:
    """A CNY total, or plainly which month's rate is missing (the first, and how many more)."""
    if total.amount_minor is not None:
        return money_text(total.amount_minor, CNY)
    if not total.missing:
        return t("kpi.no_rate")
    month, currency = total.missing[0]
    more = len(total.missing) - 1
    said = t("kpi.tile.no_rate", month=month.strftime("%Y-%m"), currency=currency)
    return said + (f" +{more}" if more else "")


def currencies_text(amounts: Mapping[str, int]) -> str:
    return "  ".join(money_text(amount, currency) for currency, amount in amounts.items()) or "-"


def boxes_text(volume: Volume) -> str:
    return " ".join(f"{code}x{count}" for code, count in volume.containers.items()) or "-"


def missing_text(report: KpiReport) -> str | None:
    missing = report.money.missing_rates
    if not missing:
        return None
    names = ", ".join(f"{month.strftime('%Y-%m')} {currency}" for month, currency in missing)
    month, currency = missing[0]
    return t("kpi.missing_rates", rates=names, month=month.strftime("%Y-%m"), currency=currency)


def _progress_text(name: str, progress: Progress | None, money: bool) -> str | None:
    if progress is None or progress.target is None:
        return None
    show = (lambda v: money_text(v, CNY)) if money else str
    return t(
        "kpi.line.target",
        measure=t(f"kpi.measure.{name}"),
        actual=show(progress.actual),
        target=show(progress.target),
        percent=percent_text(progress.percent),
        expected=show(progress.expected or 0),
        pace=t("kpi.on_pace" if progress.on_pace else "kpi.behind"),
    )


def report_lines(report: KpiReport, progress: TargetProgress | None, title: str) -> list[str]:
    money, volume, service = report.money, report.volume, report.full_service
    lines = [  # one line per measure, then the targets
        f"{title}  {report.period.label}",
        t(
            "kpi.line.revenue",
            amounts=currencies_text(money.revenue),
            cny=cny_text(money.revenue_cny),
        ),
        t("kpi.line.volume", teu=volume.teu, boxes=boxes_text(volume), shipments=volume.shipments),
        t(
            "kpi.line.profit",
            cny=cny_text(money.profit_cny),
            margin=percent_text(money.margin_percent),
        ),
        t(
            "kpi.line.service",
            reply=rate_text(service.reply),
            cadence=rate_text(service.cadence),
            follow_ups=rate_text(service.follow_ups),
            troubles=rate_text(service.troubles),
        ),
        t(
            "kpi.line.conversion",
            inquiries=service.conversion.inquiries,
            quoted=service.conversion.quoted,
            booked=service.conversion.booked,
            opened=service.complaints.opened,
            closed=service.complaints.closed,
        ),
    ]
    if progress is not None:
        for name, item, is_money in (
            ("revenue", progress.revenue, True),
            ("teu", progress.teu, False),
            ("profit", progress.profit, True),
        ):
            line = _progress_text(name, item, is_money)
            if line:
                lines.append(line)
    return lines


def _volume_doc(volume: Volume) -> dict[str, Any]:
    return {"shipments": volume.shipments, "teu": volume.teu, "containers": volume.containers}


def _rate_doc(rate: Rate) -> dict[str, Any]:
    return {"hit": rate.hit, "counted": rate.counted, "percent": rate.percent}


def _progress_doc(progress: Progress | None) -> dict[str, Any] | None:
    if progress is None:
        return None
    return {
        "actual": progress.actual,
        "target": progress.target,
        "percent": progress.percent,
        "expected_by_now": progress.expected,
        "on_pace": progress.on_pace,
    }


def _service_doc(service: Service) -> dict[str, Any]:
    return {
        "reply_5min": _rate_doc(service.reply),
        "cadence_kept": _rate_doc(service.cadence),
        "follow_ups_on_time": _rate_doc(service.follow_ups),
        "troubles_same_day": _rate_doc(service.troubles),
        "conversion": {
            "inquiries": service.conversion.inquiries,
            "quoted": service.conversion.quoted,
            "booked": service.conversion.booked,
        },
        "complaints": {
            "opened": service.complaints.opened,
            "closed": service.complaints.closed,
            "still_open": service.complaints.still_open,
        },
    }


def _month(value: dt.date) -> str:
    return value.strftime("%Y-%m")


def report_document(
    report: KpiReport, progress: TargetProgress | None, logins: Mapping[int, str]
) -> dict[str, Any]:
    money, service = report.money, report.full_service
    document: dict[str, Any] = {
        "scope": {
            "kind": report.scope.kind,
            "agent": logins.get(report.scope.agent_id or 0),
            "group": report.scope.group,
        },
        "from": report.period.start,
        "to": report.period.end,
        "revenue": {
            "per_currency_minor": money.revenue,
            "cny_minor": money.revenue_cny.amount_minor,
        },
        "cost": {"per_currency_minor": money.cost},
        "profit": {
            "per_currency_minor": money.profit,
            "cny_minor": money.profit_cny.amount_minor,
            "margin_percent": money.margin_percent,
        },
        "missing_rates": [{"month": _month(m), "currency": c} for m, c in money.missing_rates],
        "volume": _volume_doc(report.volume),
        "by_lane": {lane: _volume_doc(v) for lane, v in report.by_lane.items()},
        "by_tier": {tier: _volume_doc(v) for tier, v in report.by_tier.items()},
        "service": _service_doc(service),
        "targets": None,
        "ranking": None,
    }
    if progress is not None:
        document["targets"] = {
            "revenue_cny_minor": _progress_doc(progress.revenue),
            "teu": _progress_doc(progress.teu),
            "profit_cny_minor": _progress_doc(progress.profit),
        }
    if report.ranking is not None:
        document["ranking"] = _ranking_doc(report, logins)
    return document


def _ranking_doc(report: KpiReport, logins: Mapping[int, str]) -> list[dict[str, Any]]:
    return [
        {
            "agent": logins.get(row.agent_id),
            "revenue_cny_minor": row.revenue_cny_minor,
            "teu": row.teu,
            "profit_cny_minor": row.profit_cny_minor,
        }
        for row in report.ranking or []
    ]
