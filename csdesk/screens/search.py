"""F3 / : search customers from anywhere, results as you type."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from csdesk import keymap
from csdesk.i18n import t
from csdesk.widgets.customer_rows import render_customer_row
from csdesk.widgets.guard import Guarded
from csdesk.widgets.literal import literal
from csdesk.widgets.row_list import RowList

if TYPE_CHECKING:
    from csdesk.desk.customers import CustomerRow

RESULT_LIMIT = 100


class SearchModal(Guarded, ModalScreen[int | None]):
    """Returns the chosen customer's id, or None."""

    SCOPE = "search"
    DEFAULT_CSS = """
    SearchModal { align: center top; }
    SearchModal > Vertical {
        width: 96; max-width: 100%; height: 24; max-height: 100%; margin-top: 3;
        border: round $accent; background: $panel;
    }
    SearchModal Input { margin: 0 0 1 0; }
    SearchModal #search-status { color: $text-muted; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("search")

    def __init__(self) -> None:
        super().__init__()
        keymap.localize(self)

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = literal(t("search.title"))
            box.border_subtitle = literal(t("search.hint"))
            yield Input(placeholder=t("search.placeholder"), id="search-input")
            # "No customer found" only once something was looked for, never before typing.
            yield RowList(render_customer_row, "", id="search-results")
            yield Static("", id="search-status", markup=False)

    @on(Input.Changed, "#search-input")
    def _query_changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        from csdesk.desk.customers import search_customers

        desk = self.app.desk  # type: ignore[attr-defined]
        if desk is None:
            return
        if not query.strip():
            rows: list[CustomerRow] = []
        else:
            with desk.session() as session:
                rows = search_customers(session, query, limit=RESULT_LIMIT)
        self.app.call_from_thread(self._show, query, rows)

    def _show(self, query: str, rows: list[CustomerRow]) -> None:
        if self.query_one("#search-input", Input).value != query:
            return
        results = self.query_one(RowList)
        results.empty_text = t("search.none") if query.strip() else ""
        results.set_rows(rows)
        status = t("search.count", count=len(rows)) if query.strip() else ""
        self.query_one("#search-status", Static).update(Text(status))

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        self._choose(self.query_one(RowList).current)

    @on(RowList.Selected)
    def _selected(self, event: RowList.Selected) -> None:
        self._choose(event.row)

    def _choose(self, row: CustomerRow | None) -> None:
        if row is not None:
            self.dismiss(row.id)

    def action_results_down(self) -> None:
        self.query_one(RowList).action_cursor_down()

    def action_results_up(self) -> None:
        self.query_one(RowList).action_cursor_up()

    def action_cancel(self) -> None:
        self.dismiss(None)
