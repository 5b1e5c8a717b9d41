"""The KPI screen (F10): the four measures as tiles with target progress, charts of TEU by week,
revenue by month and service rates by month, and a ranking for a supervisor (an agent sees their
own numbers beside the desk total). Enter on a tile lists the records behind it.

Tiles load first in one worker, the charts in a second, so the screen paints as soon as the
period's numbers are in."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Static

from csdesk import keymap
from csdesk.desk.kpi import screen_data
from csdesk.desk.kpi.report import Scope
from csdesk.i18n import t
from csdesk.rules.kpi_period import Period, named_period
from csdesk.screens.base import DeskScreen
from csdesk.widgets.header import DeskHeader, NavLine
from csdesk.widgets.kpi_side import KpiSide
from csdesk.widgets.kpi_tile import TILES, KpiTile
from csdesk.widgets.literal import literal

if TYPE_CHECKING:
    from csdesk.desk.kpi.report import Service
    from csdesk.desk.kpi.screen_data import ChartData, DrillRow, TileData

CHARTS = ("teu", "revenue", "service")
SHIPMENT_COLUMNS = ("booking", "customer", "sailed", "lane", "boxes", "receivable", "profit_cny")
INQUIRY_COLUMNS = ("inquiry", "customer", "received", "reply_minutes", "status")


PERIOD_CHOICES = ("week", "month", "last_month", "quarter", "custom")


class KpiScreen(DeskScreen):
    SCOPE = "kpi"
    TITLE_KEY = "screen.kpi"
    CSS_PATH = "kpis.tcss"
    # One key picks the period (the table's filter key, Ctrl+F); each period is also a palette
    # entry. Scope, refresh and Enter mean what they mean on every other screen.
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("kpi")
    # Under 100 columns the side panel narrows so each chart keeps its title (kpis.tcss).
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 (Textual declares it a ClassVar)
        (0, "-narrow"),
        (100, "-wide"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.period_kind = "month"
        self.period: Period | None = None
        self.scope: Scope = Scope("desk")
        self.tiles: TileData | None = None
        self._charts_wanted = False
        self._early: tuple[Scope, Period, TileData] | None = None

    def compose(self) -> ComposeResult:
        self._begin()
        yield DeskHeader()
        yield NavLine()
        yield Static(Text(t("kpi.screen.loading")), id="kpi-bar", markup=False)
        with Horizontal(id="kpi-tiles"):
            for measure in TILES:
                yield KpiTile(measure)
        with Horizontal(id="kpi-lower"):
            for chart in CHARTS:
                # Each plot is mounted with its data (see _show_charts): a plotext figure drawn
                # empty first keeps traces of that draw.
                with Vertical(id=f"chart-{chart}", classes="kpi-chart") as box:
                    box.border_title = literal(t(f"kpi.chart.{chart}"))
                    yield Static(Text(t("kpi.screen.loading")), markup=False)
            with Vertical(id="kpi-side"):
                yield KpiSide()
        yield Footer()

    def _begin(self) -> None:
        """The period's numbers start loading as soon as the desk is open, while the screen is
        still being built: the first paint waits for them, not for the build and then them."""
        desk = self.desk
        if desk is None or self.period is not None:
            return
        agent = desk.agent
        self.scope = (
            Scope("agent", agent_id=agent.id)
            if agent is not None and not agent.is_supervisor
            else Scope("desk")
        )
        self.period = named_period(self.period_kind, desk.today)
        self._charts_wanted = True
        self.load_tiles(self.scope, self.period)

    def desk_ready(self) -> None:
        self._begin()
        early, self._early = self._early, None
        if early is not None:
            self._show_tiles(*early)
        elif self.period is not None and self.tiles is None:
            self._show_bar()
        self.query_one("#tile-revenue", KpiTile).focus()

    # Loading ------------------------------------------------------------------------------------
    def reload(self, charts: bool) -> None:
        if self.period is None:
            return
        self._show_bar()
        self._charts_wanted = self._charts_wanted or charts
        self.load_tiles(self.scope, self.period)

    @work(thread=True, exclusive=True, group="kpi-tiles")
    def load_tiles(self, scope: Scope, period: Period) -> None:
        from csdesk.desk.errors import DeskError

        desk = self.desk
        if desk is None:
            return
        try:
            data = screen_data.load_tiles(desk, scope, period)
        except DeskError as error:
            self.app.call_from_thread(self.notify, error.message(), severity="error")
            return
        self.app.call_from_thread(self._show_tiles, scope, period, data)

    @work(thread=True, exclusive=True, group="kpi-charts")
    def load_charts(self, scope: Scope) -> None:
        from csdesk.desk.kpi.screen_data import load_charts

        desk = self.desk
        if desk is None:
            return
        data = load_charts(desk, scope)
        self.app.call_from_thread(self._show_charts, scope, data)

    def _show_bar(self, missing: str | None = None) -> None:
        from csdesk.desk.kpi.cli_view import scope_title

        names = self.tiles.names if self.tiles else {}
        assert self.period is not None
        label = t(f"kpi.period.{self.period_kind}")
        bar = Text()
        bar.append(scope_title(self.scope, names), style="bold")
        bar.append(f"  {label}  {self.period.start.isoformat()} ~ {self.period.end.isoformat()}")
        if missing:
            bar.append(f"  {missing}", style="bold yellow")
        self.query_one("#kpi-bar", Static).update(bar)

    def _show_tiles(self, scope: Scope, period: Period, data: TileData) -> None:
        if scope != self.scope or period != self.period:
            return
        if not self._loaded:  # in before the screen is built: desk_ready shows them
            self._early = (scope, period, data)
            return
        from csdesk.desk.kpi.text import missing_text

        self.tiles = data
        self._show_bar(missing_text(data.report))
        for measure in TILES:
            self.query_one(f"#tile-{measure}", KpiTile).show(data.report, data.progress)
        self.query_one(KpiSide).show(data)
        # Once painted: the service tile, then the charts, each in its own worker.
        self.call_after_refresh(self._load_rest, scope, period)

    def _load_rest(self, scope: Scope, period: Period) -> None:
        self.load_service(scope, period)
        if self._charts_wanted:
            self._charts_wanted = False
            self.load_charts(scope)

    @work(thread=True, exclusive=True, group="kpi-service")
    def load_service(self, scope: Scope, period: Period) -> None:
        from csdesk.desk.kpi.screen_data import load_service

        desk = self.desk
        if desk is not None:
            service, inquiry_ids = load_service(desk, scope, period)
            self.app.call_from_thread(self._show_service, scope, period, service, inquiry_ids)

    def _show_service(
        self, scope: Scope, period: Period, service: Service, inquiry_ids: tuple[int, ...]
    ) -> None:
        if scope != self.scope or period != self.period or self.tiles is None:
            return
        report = replace(self.tiles.report, service=service, inquiry_ids=inquiry_ids)
        self.tiles = replace(self.tiles, report=report)
        self.query_one("#tile-service", KpiTile).show(report, self.tiles.progress)

    def _show_charts(self, scope: Scope, data: ChartData) -> None:
        if scope != self.scope:
            return
        from csdesk.widgets.kpi_charts import chart_plots, span_text

        for chart, (plot, labels) in chart_plots(data).items():
            box = self.query_one(f"#chart-{chart}", Vertical)
            box.border_subtitle = literal(span_text(labels, box.size.width))
            box.remove_children()
            box.mount(plot)

    # Actions ------------------------------------------------------------------------------------
    def action_period(self, kind: str) -> None:
        desk = self.desk
        if desk is None:
            return
        self.period_kind = kind
        self.period = named_period(kind, desk.today)
        self.reload(charts=False)

    def action_refresh(self) -> None:
        self.reload(charts=True)

    def store_changed(self) -> None:
        """Another desk changed the store: the tiles count again (the charts wait for Ctrl+R)."""
        self.reload(charts=False)

    def day_changed(self) -> None:
        """Past midnight: a named period (this week, this month...) is the new day's, and the
        tiles and charts count up to it; a range the user chose stays as chosen."""
        desk = self.desk
        if desk is None or self.period is None:
            return
        if self.period_kind != "custom":
            self.period = named_period(self.period_kind, desk.today)
        self.reload(charts=True)

    def action_pick_period(self) -> None:
        from csdesk.screens.pick import PickModal

        options = [(t(f"kpi.period.{kind}"), kind) for kind in PERIOD_CHOICES]
        self.app.push_screen(PickModal(t("kpi.period.pick"), options), self._period_picked)

    def _period_picked(self, kind: str | None) -> None:
        if kind == "custom":
            self.action_custom_range()
        elif kind is not None:
            self.action_period(kind)

    def action_custom_range(self) -> None:
        from csdesk.screens.kpi_modals import KpiRangeModal

        if self.period is not None:
            self.app.push_screen(KpiRangeModal(self.period), self._range_chosen)

    def _range_chosen(self, period: Period | None) -> None:
        if period is not None:
            self.period_kind = "custom"
            self.period = period
            self.reload(charts=False)

    def action_next_scope(self) -> None:
        desk = self.desk
        if desk is None:
            return
        agent = desk.agent
        if agent is None:  # nobody named: the desk total only (csdesk.desk.kpi.report)
            order = [Scope("desk")]
        elif not agent.is_supervisor:
            order = [Scope("agent", agent_id=agent.id), Scope("desk")]
        else:
            order = [Scope("desk"), Scope("group", group="direct"), Scope("group", group="peer")]
        position = order.index(self.scope) if self.scope in order else -1
        self.scope = order[(position + 1) % len(order)]
        self.reload(charts=True)

    def action_drill(self) -> None:
        focused = self.focused
        if isinstance(focused, KpiTile) and self.tiles is not None:
            self.load_drill(focused.measure, self.tiles)

    @work(thread=True, exclusive=True, group="kpi-drill")
    def load_drill(self, measure: str, tiles: TileData) -> None:
        from csdesk.desk.kpi.screen_data import drill_inquiries, drill_shipments

        desk = self.desk
        if desk is None:
            return
        report = tiles.report
        if measure == "service":
            rows = drill_inquiries(desk, report)
        else:
            rows = drill_shipments(desk, report)
        self.app.call_from_thread(self._show_drill, measure, rows)

    def _show_drill(self, measure: str, rows: list[DrillRow]) -> None:
        from csdesk.screens.kpi_modals import KpiDrillModal

        title = t("kpi.screen.drill_title", measure=t(f"kpi.measure.{measure}"))
        names = INQUIRY_COLUMNS if measure == "service" else SHIPMENT_COLUMNS
        header = tuple(t(f"kpi.col.{name}") for name in names)
        self.app.push_screen(KpiDrillModal(title, header, rows))
