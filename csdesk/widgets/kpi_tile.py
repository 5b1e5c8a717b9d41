"""A KPI tile: one measure's numbers and, when a target is set, a progress bar with the mark of
where working days say the agent should be. The tile lays its lines out for its own width (at
80 columns a tile has 16 cells), one fact a line, each amount with its currency. Bars are
coloured spaces, so no glyph of ambiguous width ever reaches the screen."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.app import RenderResult
from textual.widgets import Static

from csdesk.desk.kpi.report import KpiReport, Service
from csdesk.desk.kpi.setup import TargetProgress
from csdesk.desk.kpi.text import cny_text, percent_text, rate_text
from csdesk.i18n import t
from csdesk.rules.kpi import CNY, CnyTotal
from csdesk.rules.kpi_service import Rate
from csdesk.rules.kpi_targets import Progress
from csdesk.rules.pricing import money_text
from csdesk.widgets.guard import Guarded
from csdesk.widgets.literal import literal

BAR_CELLS = 14
TILES = ("revenue", "teu", "profit", "service")


class KpiTile(Guarded, Static, can_focus=True):
    """Focusable, so Enter on it drills down to the records behind it."""

    def __init__(self, measure: str) -> None:
        super().__init__(Text(t("kpi.screen.loading")), id=f"tile-{measure}", markup=False)
        self.measure = measure
        self.border_title = literal(t(f"kpi.measure.{measure}"))
        self._shown: tuple[KpiReport, TargetProgress | None] | None = None

    def show(self, report: KpiReport, progress: TargetProgress | None) -> None:
        self._shown = (report, progress)
        self.refresh(layout=True)

    def render(self) -> RenderResult:
        if self._shown is None:
            return Text(t("kpi.screen.loading"), style="italic")
        width = self.content_size.width or 2 * BAR_CELLS
        return tile_text(self.measure, *self._shown, width=width)


def packed(items: list[str], width: int, gap: str = "  ") -> list[Text]:
    """Items side by side while they fit the width, then on the next line."""
    lines: list[str] = []
    for item in items:
        if lines and cell_len(lines[-1] + gap + item) <= width:
            lines[-1] += gap + item
        else:
            lines.append(item)
    return [Text(line) for line in lines]


def labelled(label: str, value: Text, width: int) -> list[Text]:
    """`label value` on one line when it fits, else the label above the value."""
    if cell_len(label) + 1 + value.cell_len <= width:
        return [Text.assemble(label, " ", value)]
    return [Text(label), value]


def cny_total_text(total: CnyTotal) -> Text:
    """A CNY total in bold, or in yellow which month's rate is missing."""
    style = "bold" if total.amount_minor is not None else "bold yellow"
    return Text(cny_text(total), style=style)


def progress_bar(progress: Progress, money: bool, width: int = BAR_CELLS + 7) -> list[Text]:
    """A bar coloured as far as the actual goes, "|" where working days say it should be, then
    the percentage; under it the target, and whether the pace is kept where there is room."""
    percent = f" {percent_text(progress.percent)}"
    cells = max(4, min(BAR_CELLS, width - cell_len(percent)))
    share = min(1.0, progress.actual / progress.target) if progress.target else 0.0
    filled = round(share * cells)
    pace_cell = min(cells - 1, round(progress.elapsed_share * cells))
    fill = "on green" if progress.on_pace else "on red"
    bar = Text()
    for cell in range(cells):
        style = fill if cell < filled else "on grey30"
        bar.append("|" if cell == pace_cell else " ", style=f"bold white {style}")
    bar.append(percent)
    target = money_text(progress.target or 0, CNY) if money else f"{progress.target} TEU"
    pace = Text(
        t("kpi.on_pace" if progress.on_pace else "kpi.behind"),
        style="green" if progress.on_pace else "bold red",
    )
    goal = Text(t("kpi.screen.target", target=target))
    if goal.cell_len + 2 + pace.cell_len <= width:
        return [bar, Text.assemble(goal, "  ", pace)]
    return [bar, goal, pace]


def _revenue(report: KpiReport, width: int) -> list[Text]:
    amounts = [money_text(amount, cur) for cur, amount in report.money.revenue.items()] or ["-"]
    total = labelled(t("kpi.tile.total_at_rates"), cny_total_text(report.money.revenue_cny), width)
    return [*packed(amounts, width), *total]


def _volume(report: KpiReport, width: int) -> list[Text]:
    volume = report.volume
    boxes = [f"{code}x{count}" for code, count in volume.containers.items()] or ["-"]
    shipments = Text(t("kpi.screen.shipments", count=volume.shipments))
    return [Text(f"{volume.teu} TEU", style="bold"), *packed(boxes, width, " "), shipments]


def _profit(report: KpiReport, width: int) -> list[Text]:
    margin = t("kpi.screen.margin", margin=percent_text(report.money.margin_percent))
    return [cny_total_text(report.money.profit_cny), Text(margin)]


def first_fitting(candidates: list[str], width: int) -> Text:
    """The first of the candidates (longest and plainest first) that fits the width."""
    for candidate in candidates:
        if cell_len(candidate) <= width:
            return Text(candidate)
    return Text(candidates[-1])


def _rate_line(name: str, rate: Rate, width: int) -> Text:
    """`A/B客户每日联系 92% (46/50)` where it fits, down to `A/B联系 92%` at 80 columns."""
    labels = (t(f"kpi.service.{name}"), t(f"kpi.tile.{name}"))
    values = (rate_text(rate), percent_text(rate.percent))
    return first_fitting([f"{label} {value}" for label in labels for value in values], width)


def service_lines(service: Service, width: int) -> list[Text]:
    """One line a measure, the labels shortened as the width asks; the funnel and the
    complaints last."""
    rates = (
        ("reply", service.reply),
        ("cadence", service.cadence),
        ("follow_ups", service.follow_ups),
        ("troubles", service.troubles),
    )
    lines = [_rate_line(name, rate, width) for name, rate in rates]
    conversion, complaints = service.conversion, service.complaints
    funnel = f"{conversion.inquiries} > {conversion.quoted} > {conversion.booked}"
    tight = funnel.replace(" ", "")
    counts = {"opened": complaints.opened, "closed": complaints.closed}
    funnels = [t("kpi.screen.funnel", funnel=funnel), t("kpi.tile.funnel", funnel=tight)]
    said = [t("kpi.tile.complaints", **counts), t("kpi.tile.complaints_short", **counts)]
    return [*lines, first_fitting(funnels, width), first_fitting(said, width)]


def tile_text(
    measure: str, report: KpiReport, progress: TargetProgress | None, width: int = 26
) -> Text:
    if measure == "service":
        if report.service is None:
            return Text(t("kpi.screen.loading"), style="italic")
        return Text("\n").join(service_lines(report.service, width))
    build = {"revenue": _revenue, "teu": _volume, "profit": _profit}[measure]
    lines = build(report, width)
    target = getattr(progress, measure, None) if progress is not None else None
    if target is not None and target.target is not None:
        lines += progress_bar(target, money=measure != "teu", width=width)
    return Text("\n").join(lines)
