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
from textual.worker import get_current_worker

from csdesk import keymap
from csdesk.i18n import t
from csdesk.widgets.customer_rows import render_customer_row
from csdesk.widgets.guard import Guarded
from csdesk.widgets.literal import literal
from csdesk.widgets.row_list import RowList

if TYPE_CHECKING:
    from csdesk.desk.customers import CustomerRow

# Paged like the Customers list (issue 11): a screenful first, so a broad query (宁波, a
# thousand customers of 100,000) draws at once, then pages as the cursor or the view nears
# the last row read, so every match can be reached.
FIRST_READ = 50
PAGE_SIZE = 200


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
        self.run_search(event.value, None, FIRST_READ)

    @on(RowList.NeedMore, "#search-results")
    def _more(self, event: RowList.NeedMore) -> None:
        last: CustomerRow | None = event.last_row
        if last is not None:
            query = self.query_one("#search-input", Input).value
            self.run_search(query, (last.sort_key, last.id), PAGE_SIZE)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str, after: tuple[str, int] | None, limit: int) -> None:
        from csdesk.desk.customers import search_customers

        desk = self.app.desk  # type: ignore[attr-defined]
        if desk is None:
            return
        if not query.strip():
            rows: list[CustomerRow] = []
        else:
            with desk.session() as session:
                rows = search_customers(session, query, after=after, limit=limit)
        if not get_current_worker().is_cancelled:  # a newer query wins
            self.app.call_from_thread(self._show, query, after, rows, len(rows) == limit)

    def _show(
        self,
        query: str,
        after: tuple[str, int] | None,
        rows: list[CustomerRow],
        has_more: bool,
    ) -> None:
        if self.query_one("#search-input", Input).value != query:
            return
        results = self.query_one(RowList)
        if after is None:
            results.empty_text = t("search.none") if query.strip() else ""
            results.set_rows(rows, has_more)
        else:
            shown_last = results.rows[-1] if results.rows else None
            if shown_last is None or (shown_last.sort_key, shown_last.id) != after:
                return  # a page for a list that was replaced since
            results.append_rows(rows, has_more)
        self.query_one("#search-status", Static).update(Text(self._status(query, results)))

    @staticmethod
    def _status(query: str, results: RowList) -> str:
        if not query.strip():
            return ""
        key = "search.count_more" if results.has_more else "search.count"
        return t(key, count=len(results.rows))

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

    def action_results_page_down(self) -> None:
        self.query_one(RowList).action_page_down_rows()

    def action_results_page_up(self) -> None:
        self.query_one(RowList).action_page_up_rows()

    def action_cancel(self) -> None:
        self.dismiss(None)
