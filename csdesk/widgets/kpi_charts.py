"""The KPI screen's charts (textual-plotext), imported only once the tiles are painted: TEU by
week, revenue by month, service rates by month.

One date format per kind of bucket, the same on every chart: a week is its Monday, `11-23`; a
month is `2026-11`. The dates go in the chart's border (`2025-12 ~ 2026-11`), not on plotext's
x axis: plotext places a label a cell either way from one draw to the next and drops one that
no longer fits, so the latest month came and went."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from textual_plotext import PlotextPlot

from csdesk.desk.kpi.screen_data import ChartData

TEN_THOUSAND_YUAN = 1_000_000  # minor units (fen)
WEEK_FORMAT = "%m-%d"
MONTH_FORMAT = "%Y-%m"
SERVICE_LINES = ("5min", "A/B", "F/U")  # plotext draws legends in ASCII cells


def week_label(start: dt.date) -> str:
    return start.strftime(WEEK_FORMAT)


def month_label(start: dt.date) -> str:
    return start.strftime(MONTH_FORMAT)


def span_text(labels: Sequence[str], width: int) -> str:
    """`first ~ latest` where the border has room for it, else `~ latest`."""
    if not labels:
        return ""
    both = f"{labels[0]} ~ {labels[-1]}"
    return both if len(both) + 6 <= width else f"~ {labels[-1]}"


def _no_ticks(plot: PlotextPlot, count: int) -> None:
    plot.plt.xticks([], [])
    plot.plt.xlim(-1.0, float(count))


def bars(values: Sequence[float]) -> PlotextPlot:
    """Bars at positions 0..n-1, oldest first."""
    plot = PlotextPlot()
    plot.plt.bar([float(index) for index in range(len(values))], list(values))
    _no_ticks(plot, len(values))
    return plot


def service_plot(data: ChartData) -> PlotextPlot:
    """Reply, cadence and follow-up rates by month; a month with nothing counted is left out."""
    plot = PlotextPlot()
    for index, label in enumerate(SERVICE_LINES):
        points = [
            (float(position), row[index + 1])
            for position, row in enumerate(data.service_by_month)
            if row[index + 1] is not None
        ]
        if points:
            plot.plt.plot([x for x, _ in points], [y for _, y in points], label=label)
    _no_ticks(plot, len(data.service_by_month))
    plot.plt.ylim(0, 100)
    return plot


def chart_plots(data: ChartData) -> dict[str, tuple[PlotextPlot, list[str]]]:
    """The three charts by name with their buckets' labels; revenue in 10,000 yuan (万元), a
    month without a rate has no bar rather than a guessed one."""
    weeks = [week_label(start) for start, _ in data.teu_by_week]
    months = [month_label(start) for start, _ in data.revenue_by_month]
    service_months = [month_label(start) for start, *_rest in data.service_by_month]
    amounts = [(value or 0) / TEN_THOUSAND_YUAN for _, value in data.revenue_by_month]
    return {
        "teu": (bars([float(value) for _, value in data.teu_by_week]), weeks),
        "revenue": (bars(amounts), months),
        "service": (service_plot(data), service_months),
    }
