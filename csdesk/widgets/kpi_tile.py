"""A KPI tile: one measure's numbers and, when a target is set, a progress bar with the mark of
where working days say the agent should be. Bars are coloured spaces, so no glyph of ambiguous
width ever reaches the screen."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Static

from csdesk.desk.kpi.report import KpiReport
from csdesk.desk.kpi.setup import TargetProgress
from csdesk.desk.kpi.text import boxes_text, cny_text, currencies_text, percent_text, rate_text
from csdesk.i18n import t
from csdesk.rules.kpi import CNY
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


def progress_bar(progress: Progress, money: bool) -> Text:
    """A bar of BAR_CELLS coloured as far as the actual goes, "|" where working days say it
    should be, then the percentage; under it the target and whether the pace is kept."""
    share = min(1.0, progress.actual / progress.target) if progress.target else 0.0
    filled = round(share * BAR_CELLS)
    pace_cell = min(BAR_CELLS - 1, round(progress.elapsed_share * BAR_CELLS))
    bar = Text()
    for cell in range(BAR_CELLS):
        style = "on green" if cell < filled else "on grey30"
        bar.append("|" if cell == pace_cell else " ", style=f"bold white {style}")
    bar.append(f" {percent_text(progress.percent)}")
    target = money_text(progress.target or 0, CNY) if money else f"{progress.target} TEU"
    key = "kpi.on_pace" if progress.on_pace else "kpi.behind"
    pace = Text(t(key), style="green" if progress.on_pace else "bold red")
    return Text.assemble(bar, "\n", t("kpi.screen.target", target=target), "  ", pace)


def tile_text(measure: str, report: KpiReport, progress: TargetProgress | None) -> Text:
    lines: list[Text] = []
    target: Progress | None = None
    if measure == "revenue":
        lines.append(Text(currencies_text(report.money.revenue)))
        lines.append(Text(f"CNY {cny_text(report.money.revenue_cny)}".replace("CNY CNY", "CNY")))
        target = progress.revenue if progress else None
    elif measure == "teu":
        lines.append(Text(f"{report.volume.teu} TEU", style="bold"))
        lines.append(Text(boxes_text(report.volume)))
        lines.append(Text(t("kpi.screen.shipments", count=report.volume.shipments)))
        target = progress.teu if progress else None
    elif measure == "profit":
        lines.append(Text(cny_text(report.money.profit_cny), style="bold"))
        lines.append(Text(t("kpi.screen.margin", margin=percent_text(report.money.margin_percent))))
        target = progress.profit if progress else None
    elif report.service is None:
        lines.append(Text(t("kpi.screen.loading"), style="italic"))
    else:
        service = report.service
        lines.append(Text(f"{t('kpi.service.reply')} {rate_text(service.reply)}"))
        lines.append(Text(f"{t('kpi.service.cadence')} {rate_text(service.cadence)}"))
        lines.append(Text(f"{t('kpi.service.follow_ups')} {rate_text(service.follow_ups)}"))
        lines.append(Text(f"{t('kpi.service.troubles')} {rate_text(service.troubles)}"))
        conversion = service.conversion
        funnel = f"{conversion.inquiries} > {conversion.quoted} > {conversion.booked}"
        lines.append(Text(t("kpi.screen.funnel", funnel=funnel)))
    if target is not None and target.target is not None:
        lines.append(progress_bar(target, money=measure != "teu"))
    return Text("\n").join(lines)


def fit(text: str, cells: int) -> str:
    """Cut `text` to `cells` terminal cells (a Chinese character takes two)."""
    out = ""
    for char in text:
        if cell_len(out + char) > cells:
            break
        out += char
    return out


def cny_short(minor: int | None) -> str:
    """CNY in whole yuan for the narrow ranking column; the word for a missing rate otherwise."""
    return t("kpi.no_rate") if minor is None else f"CNY {round(minor / 100):,}"


def desk_total_text(report: KpiReport) -> Text:
    """What an agent sees beside their own numbers: the desk's totals, no one else's."""
    lines = [
        Text(t("kpi.scope.desk"), style="bold"),
        Text(f"{t('kpi.measure.revenue')} {cny_text(report.money.revenue_cny)}"),
        Text(f"{t('kpi.measure.teu')} {report.volume.teu} TEU"),
        Text(f"{t('kpi.measure.profit')} {cny_text(report.money.profit_cny)}"),
        Text(t("kpi.screen.shipments", count=report.volume.shipments)),
        Text(""),
        Text(t("kpi.screen.own_only"), style="italic"),
    ]
    return Text("\n").join(lines)
