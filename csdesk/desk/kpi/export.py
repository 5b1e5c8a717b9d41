"""`kpi export FILE.xlsx`: one sheet per measure, each with a native Excel chart (openpyxl.chart)
over the values written in it; cells hold values, never formulas, so the file reads the same
wherever it is opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet.worksheet import Worksheet

from csdesk.desk.context import Desk
from csdesk.desk.errors import cannot_write
from csdesk.desk.kpi.cli_view import agent_names
from csdesk.desk.kpi.report import KpiClock, KpiReport, Scope, desk_kpis
from csdesk.desk.kpi.setup import TargetProgress, target_progress
from csdesk.desk.reference import container_catalog
from csdesk.desk.transfer.files import save_private
from csdesk.i18n import t
from csdesk.rules.customer_import import neutralise_cell
from csdesk.rules.kpi import series, shipment_profit_cny
from csdesk.rules.kpi_period import Period, bucket_starts
from csdesk.rules.kpi_service import Rate

WEEKS_UP_TO_DAYS = 62  # a period up to two months is drawn by week, a longer one by month


def _yuan(minor: int | None) -> float | None:
    return None if minor is None else minor / 100


def _append(sheet: Worksheet, row: list[Any]) -> None:
    """Text from the store (booking numbers, agent names) is never a formula (openpyxl takes a
    string starting with '=' for one) and holds no control character (a worksheet refuses it)."""
    sheet.append([neutralise_cell(value) if isinstance(value, str) else value for value in row])


def _sheet(book: Workbook, key: str, header: list[str]) -> Worksheet:
    sheet = book.create_sheet(t(f"kpi.sheet.{key}"))
    _append(sheet, [t(f"kpi.col.{name}") for name in header])
    return sheet


def _chart(sheet: Worksheet, title: str, values_col: int, rows: int, anchor: str) -> None:
    """A bar chart of one column against the first, over the `rows` rows under the header."""
    if rows == 0:
        return
    chart = BarChart()
    chart.title = title
    chart.add_data(
        Reference(sheet, min_col=values_col, min_row=1, max_row=rows + 1), titles_from_data=True
    )
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=rows + 1))
    sheet.add_chart(chart, anchor)


def _series_rows(report: KpiReport, teu_of: dict[str, int]) -> tuple[str, list[list[Any]]]:
    size = "week" if (report.period.end - report.period.start).days < WEEKS_UP_TO_DAYS else "month"
    buckets = bucket_starts(report.period, size)
    points = series(report.shipments, buckets, size, teu_of, report.rates)
    return size, [[start.isoformat(), teu, _yuan(cny)] for start, teu, cny in points]


def _revenue(book: Workbook, report: KpiReport, rows: list[list[Any]], size: str) -> None:
    sheet = _sheet(book, "revenue", [size, "teu", "revenue_cny"])
    for row in rows:
        _append(sheet, row)
    _chart(sheet, t("kpi.measure.revenue"), 3, len(rows), "E2")
    _append(sheet, [])
    _append(sheet, [t("kpi.col.currency"), t("kpi.col.amount"), t("kpi.col.cny")])
    for currency, minor in report.money.revenue.items():
        _append(sheet, [currency, minor / 100, None])
    _append(sheet, ["CNY", None, _yuan(report.money.revenue_cny.amount_minor)])


def _volume(book: Workbook, report: KpiReport, rows: list[list[Any]], size: str) -> None:
    sheet = _sheet(book, "volume", [size, "teu"])
    for row in rows:
        _append(sheet, row[:2])
    _chart(sheet, "TEU", 2, len(rows), "E2")
    _append(sheet, [])
    _append(sheet, [t("kpi.col.type"), t("kpi.col.boxes")])
    for code, count in report.volume.containers.items():
        _append(sheet, [code, count])
    _append(sheet, [])
    _append(sheet, [t("kpi.col.lane"), t("kpi.col.shipments"), t("kpi.col.teu")])
    for lane, item in report.by_lane.items():
        _append(sheet, [lane, item.shipments, item.teu])
    _append(sheet, [])
    _append(sheet, [t("kpi.col.tier"), t("kpi.col.shipments"), t("kpi.col.teu")])
    for tier, item in report.by_tier.items():
        _append(sheet, [tier, item.shipments, item.teu])


def _profit(book: Workbook, report: KpiReport) -> None:
    sheet = _sheet(book, "profit", ["booking", "profit_cny", "sailed", "lane", "teu"])
    for row in report.shipments:
        profit = shipment_profit_cny(row, report.rates).amount_minor
        cells = [row.booking_no, _yuan(profit), row.sailed_on, row.lane, len(row.containers)]
        _append(sheet, cells)
    _chart(sheet, t("kpi.measure.profit"), 2, len(report.shipments), "G2")


def _service(book: Workbook, report: KpiReport) -> None:
    service = report.full_service
    rates: list[tuple[str, Rate]] = [
        ("reply", service.reply),
        ("cadence", service.cadence),
        ("follow_ups", service.follow_ups),
        ("troubles", service.troubles),
        ("quote_rate", service.conversion.quote_rate),
        ("booking_rate", service.conversion.booking_rate),
    ]
    sheet = _sheet(book, "service", ["measure", "percent", "hit", "counted"])
    for key, rate in rates:
        _append(sheet, [t(f"kpi.service.{key}"), rate.percent, rate.hit, rate.counted])
    _chart(sheet, t("kpi.measure.service"), 2, len(rates), "F2")


def _targets(book: Workbook, progress: TargetProgress) -> None:
    sheet = _sheet(book, "targets", ["measure", "target", "actual", "expected", "percent"])
    count = 0
    for key, item, scale in (
        ("revenue", progress.revenue, 100),
        ("teu", progress.teu, 1),
        ("profit", progress.profit, 100),
    ):
        if item is None or item.target is None:
            continue
        expected = None if item.expected is None else item.expected / scale
        row = [t(f"kpi.measure.{key}"), item.target / scale, item.actual / scale, expected]
        _append(sheet, [*row, item.percent])
        count += 1
    _chart(sheet, t("kpi.sheet.targets"), 5, count, "G2")


def _ranking(book: Workbook, report: KpiReport, names: dict[int, tuple[str, str]]) -> None:
    sheet = _sheet(book, "ranking", ["agent", "profit_cny", "revenue_cny", "teu"])
    for row in report.ranking or []:
        name = names.get(row.agent_id, ("", "?"))[1]
        _append(sheet, [name, _yuan(row.profit_cny_minor), _yuan(row.revenue_cny_minor), row.teu])
    _chart(sheet, t("kpi.sheet.ranking"), 2, len(report.ranking or []), "F2")


def export_kpis(desk: Desk, scope: Scope, period: Period, path: Path) -> int:
    """Write the workbook; returns how many sheets it has."""
    clock = KpiClock(desk.now(), desk.calendar, desk.tz)
    with desk.session() as session:
        report = desk_kpis(session, desk.agent, scope, period, clock)
        progress = target_progress(session, report, clock)
        names = agent_names(session)
        teu_of = {spec.code: spec.teu for spec in container_catalog(session).specs}
    book = Workbook()
    assert book.active is not None
    book.remove(book.active)
    size, rows = _series_rows(report, teu_of)
    _revenue(book, report, rows, size)
    _volume(book, report, rows, size)
    _profit(book, report)
    _service(book, report)
    if progress is not None:
        _targets(book, progress)
    if report.ranking is not None:
        _ranking(book, report, names)
    try:
        save_private(path, book.save)
    except OSError as exc:
        raise cannot_write(path, exc) from exc
    return len(book.sheetnames)
