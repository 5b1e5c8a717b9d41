"""The KPI screen's charts (textual-plotext), imported only once the tiles are painted: TEU by
week, revenue by month, service rates by month.

One date format per kind of bucket, the same on every chart: a week is its Monday, `11-23`; a
month is `2026-11`. Ticks are placed every few buckets counted back from the latest, so they
never depend on how plotext would thin them out (nor sit against the y axis, where plotext
places a label one cell either way from run to run)."""

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


def _ticks(plot: PlotextPlot, labels: Sequence[str], every: int) -> None:
    positions = [float(index) for index in range(len(labels))]
    shown = positions[::-1][::every][::-1]
    plot.plt.xticks(shown, [labels[int(index)] for index in shown])


def bars(labels: Sequence[str], values: Sequence[float], every: int) -> PlotextPlot:
    """Bars at positions 0..n-1, a tick every `every` bars from the latest."""
    plot = PlotextPlot()
    plot.plt.bar([float(index) for index in range(len(labels))], list(values))
    _ticks(plot, labels, every)
    return plot


def service_plot(data: ChartData, every: int) -> PlotextPlot:
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
    _ticks(plot, [month_label(start) for start, *_rest in data.service_by_month], every)
    plot.plt.ylim(0, 100)
    return plot


def chart_plots(data: ChartData) -> dict[str, PlotextPlot]:
    """The three charts by name; revenue in 10,000 yuan (万元), a month without a rate has no
    bar rather than a guessed one."""
    weeks = [week_label(start) for start, _ in data.teu_by_week]
    months = [month_label(start) for start, _ in data.revenue_by_month]
    amounts = [(value or 0) / TEN_THOUSAND_YUAN for _, value in data.revenue_by_month]
    return {
        "teu": bars(weeks, [float(value) for _, value in data.teu_by_week], every=6),
        "revenue": bars(months, amounts, every=6),
        "service": service_plot(data, every=3),
    }
