"""The KPI screen's side panel: the ranking of agents for a supervisor; beside an agent's own
numbers, the desk's totals and no one else's. Laid out for its width: at 80 columns a line
drops its TEU rather than wrap."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.app import RenderResult
from textual.widgets import Static

from csdesk.desk.kpi.report import KpiReport
from csdesk.desk.kpi.screen_data import TileData
from csdesk.i18n import t
from csdesk.widgets.guard import Guarded
from csdesk.widgets.kpi_tile import cny_total_text

NAME_CELLS = 8


class KpiSide(Guarded, Static):
    def __init__(self) -> None:
        super().__init__("", id="kpi-ranking", markup=False)
        self._shown: TileData | None = None

    def show(self, data: TileData) -> None:
        self._shown = data
        self.refresh(layout=True)

    def render(self) -> RenderResult:
        if self._shown is None:
            return Text("")
        return side_text(self._shown, self.content_size.width or 30)


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


def side_text(data: TileData, width: int) -> Text:
    report = data.report
    if data.desk_total is not None:
        return desk_total_text(data.desk_total)
    if report.ranking is None:
        return Text(t("kpi.screen.own_only"))
    if not report.ranking:
        return Text(t("kpi.screen.no_ranking"))
    rows = [
        (rank, fit(data.names.get(row.agent_id, ("", "?"))[1], NAME_CELLS), row)
        for rank, row in enumerate(report.ranking, start=1)
    ]
    full = [
        t("kpi.screen.rank", rank=rank, name=name, profit=cny_short(row.profit_cny_minor),
          teu=row.teu)
        for rank, name, row in rows
    ]  # fmt: skip
    if max(cell_len(line) for line in full) <= width:
        return Text("\n").join([Text(t("kpi.ranking.short"), style="bold"), *map(Text, full)])
    short = [
        t("kpi.screen.rank_short", rank=rank, name=name, profit=cny_short(row.profit_cny_minor))
        for rank, name, row in rows
    ]
    return Text("\n").join([Text(t("kpi.ranking"), style="bold"), *map(Text, short)])


def desk_total_text(report: KpiReport) -> Text:
    """What an agent sees beside their own numbers: the desk's totals, no one else's."""
    money = report.money
    lines = [
        Text(t("kpi.scope.desk"), style="bold"),
        Text.assemble(f"{t('kpi.measure.revenue')} ", cny_total_text(money.revenue_cny)),
        Text(f"{t('kpi.measure.teu')} {report.volume.teu} TEU"),
        Text.assemble(f"{t('kpi.measure.profit')} ", cny_total_text(money.profit_cny)),
        Text(t("kpi.screen.shipments", count=report.volume.shipments)),
        Text(""),
        Text(t("kpi.screen.own_only"), style="italic"),
    ]
    return Text("\n").join(lines)
