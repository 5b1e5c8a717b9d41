"""The KPI screen's two modals: the rows behind a tile, and a custom date range."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from csdesk import keymap
from csdesk.desk.kpi.screen_data import DrillRow
from csdesk.i18n import t
from csdesk.rules.kpi_period import Period
from csdesk.widgets.guard import Guarded
from csdesk.widgets.kpi_side import fit
from csdesk.widgets.literal import literal

# Cells per column of a drill-down line: booking or inquiry, customer, day, lane, boxes, money.
DRILL_WIDTHS = (14, 20, 11, 12, 13, 20, 16)


def drill_line(row: DrillRow) -> Text:
    """Customer text is plain Text: a name like `[urgent]` shows as typed."""
    line = Text()
    for cell, width in zip(row.cells, DRILL_WIDTHS, strict=False):
        shown = fit(cell, width)
        line.append(shown)
        line.append(" " * (width - cell_len(shown) + 1))
    return line


class KpiDrillModal(Guarded, ModalScreen[None]):
    DEFAULT_CSS = """
    KpiDrillModal { align: center middle; }
    KpiDrillModal > Vertical {
        width: 116; height: 30; max-width: 100%; max-height: 100%;
        border: round $accent; background: $panel;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("kpi_drill")

    def __init__(self, title: str, header: tuple[str, ...], rows: list[DrillRow]) -> None:
        super().__init__()
        keymap.localize(self)
        self.drill_title = title
        self.header = header
        self.rows = rows

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = literal(self.drill_title)
            heading = drill_line(DrillRow(0, self.header))
            heading.stylize("bold")
            yield Static(Text.assemble(" ", heading), markup=False)
            if not self.rows:
                yield Static(Text(t("kpi.screen.drill_empty")), markup=False)
            yield OptionList(*(Option(drill_line(row), id=str(row.record_id)) for row in self.rows))

    def action_close(self) -> None:
        self.dismiss(None)


class KpiRangeModal(Guarded, ModalScreen[Period | None]):
    """Two dates; Enter in the second confirms, Esc cancels; a bad date is said in one line."""

    DEFAULT_CSS = """
    KpiRangeModal { align: center middle; }
    KpiRangeModal > Vertical {
        width: 50; height: auto; border: round $accent; background: $panel; padding: 0 1;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("kpi_range")

    def __init__(self, current: Period) -> None:
        super().__init__()
        keymap.localize(self)
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = literal(t("kpi.screen.range_title"))
            yield Static(Text(t("kpi.screen.range_from")), markup=False)
            yield Input(self.current.start.isoformat(), id="range-from")
            yield Static(Text(t("kpi.screen.range_to")), markup=False)
            yield Input(self.current.end.isoformat(), id="range-to")
            yield Static("", id="range-error", markup=False)

    def on_mount(self) -> None:
        self.query_one("#range-from", Input).focus()

    @on(Input.Submitted, "#range-from")
    def _next(self) -> None:
        self.query_one("#range-to", Input).focus()

    @on(Input.Submitted, "#range-to")
    def _confirm(self) -> None:
        first = self.query_one("#range-from", Input).value.strip()
        last = self.query_one("#range-to", Input).value.strip()
        try:
            start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
        except ValueError:
            self._error(t("kpi.screen.range_bad"))
            return
        if end < start:  # in the screen's words: --from and --to are the CLI's
            self._error(t("kpi.screen.range_order", start=first, end=last))
            return
        self.dismiss(Period(start, end))

    def _error(self, message: str) -> None:
        self.query_one("#range-error", Static).update(Text(message, style="bold red"))

    def action_cancel(self) -> None:
        self.dismiss(None)
