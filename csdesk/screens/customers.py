"""Customers: the agent's book, searched and paged in SQL, with a card and edit forms."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from csdesk import keymap
from csdesk.i18n import t
from csdesk.screens.base import DeskScreen
from csdesk.widgets.columns import ListHeader
from csdesk.widgets.customer_card import CardText, render_card
from csdesk.widgets.customer_rows import COLUMNS as CUSTOMER_COLUMNS
from csdesk.widgets.customer_rows import render_customer_row
from csdesk.widgets.header import DeskHeader, NavLine
from csdesk.widgets.row_list import RowList

if TYPE_CHECKING:
    from csdesk.desk.customers import CustomerCard, CustomerRow

# Rows fetched per page as the cursor nears the end (keyset paging in SQL).
PAGE_SIZE = 200
# Rows fetched for the first draw: a screenful on a tall terminal (the list shows 28 at 120x36).
# A broad search (宁波, a thousand customers of 100,000) draws as soon as these are read; the
# list asks for the next page when the cursor or the view comes near their end (issue 11).
FIRST_READ = 50


class CustomersScreen(DeskScreen):
    SCOPE = "customers"
    TITLE_KEY = "screen.customers"
    CSS_PATH = "customers.tcss"
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("customers")

    def __init__(self) -> None:
        super().__init__()
        self.show_all = False
        self.filter_text = ""
        self.card: CustomerCard | None = None
        self._pending_open: int | None = None

    def compose(self) -> ComposeResult:
        yield DeskHeader()
        yield NavLine()
        with Horizontal():
            with Vertical(id="customers-left"):
                yield Input(placeholder=t("customers.filter_placeholder"), id="customers-filter")
                yield Static("", id="customers-count", classes="muted", markup=False)
                yield ListHeader(CUSTOMER_COLUMNS, id="customers-header")
                yield RowList(render_customer_row, t("customers.empty"), id="customers-list")
            with VerticalScroll(id="customers-card"):
                yield CardText(Text(t("customers.pick")), id="card-body")
        yield Footer()

    def desk_ready(self) -> None:
        desk = self.desk
        self.show_all = desk is not None and (desk.agent is None or desk.agent.is_supervisor)
        self.reload()
        self.query_one(RowList).focus()

    # Loading ----------------------------------------------------------------------------------
    def owner_filter(self) -> int | None:
        desk = self.desk
        if desk is None or desk.agent is None or self.show_all:
            return None
        return desk.agent.id

    def reload(self, limit: int | None = None) -> None:
        """Read the list again from its first row: `limit` rows, a screenful (FIRST_READ) when
        None."""
        self.load_page(self.filter_text, None, FIRST_READ if limit is None else limit)

    def store_changed(self) -> None:
        """Another desk changed the store: the list redraws, the cursor stays on its customer
        (the rows loaded so far are read again, up to a page)."""
        row_list = self.query_one(RowList)
        row_list.stay_on_row_next_time(lambda row: row.id)
        self.reload(max(FIRST_READ, min(len(row_list.rows), PAGE_SIZE)))

    def day_changed(self) -> None:
        """Past midnight: the card's overdue and follow-up dates count from the new day."""
        self.store_changed()

    @work(thread=True, exclusive=True, group="customers-page")
    def load_page(self, query: str, after: tuple[str, int] | None, limit: int) -> None:
        from csdesk.desk.customers import count_customers, search_customers

        desk = self.desk
        if desk is None:
            return
        owner = self.owner_filter()
        with desk.session() as session:
            rows = search_customers(session, query or None, owner, after, limit)
            total = count_customers(session, owner) if after is None and not query else None
        has_more = len(rows) == limit
        if not get_current_worker().is_cancelled:  # a newer load (the store moved) wins
            self.app.call_from_thread(self._show_page, query, after, rows, has_more, total)

    def _show_page(
        self,
        query: str,
        after: tuple[str, int] | None,
        rows: list[CustomerRow],
        has_more: bool,
        total: int | None,
    ) -> None:
        if query != self.filter_text:
            return
        row_list = self.query_one(RowList)
        if after is None:
            row_list.empty_text = self._empty_text(query)
            row_list.set_rows(rows, has_more, announce=False)
            if not rows:  # the card of a customer no longer listed would read as the match
                self.card = None
                self.query_one("#card-body", Static).update(Text(t("customers.pick")))
            scope = t("customers.scope_all") if self.show_all else t("customers.scope_mine")
            count = (
                t("customers.count", count=total) if total is not None else t("customers.matches")
            )
            self.query_one("#customers-count", Static).update(Text(f"{scope}  {count}"))
        else:
            row_list.append_rows(rows, has_more)
        if self._pending_open is not None:
            customer_id, self._pending_open = self._pending_open, None
            self.open_customer(customer_id)
        elif after is None and row_list.current is not None:
            self.load_card(row_list.current.id)

    def _empty_text(self, query: str) -> str:
        """An empty list says whether the filter or the scope hid the customers, or none exist."""
        if not query:
            return t("customers.empty")
        return t(
            "customers.no_match_all" if self.show_all else "customers.no_match_mine", query=query
        )

    @on(RowList.NeedMore, "#customers-list")
    def _more(self, event: RowList.NeedMore) -> None:
        last: CustomerRow | None = event.last_row
        if last is not None:
            self.load_page(self.filter_text, (last.sort_key, last.id), PAGE_SIZE)

    @on(Input.Changed, "#customers-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value.strip()
        self.reload()

    @on(Input.Submitted, "#customers-filter")
    def _filter_submitted(self) -> None:
        self.query_one(RowList).focus()

    # The card -------------------------------------------------------------------------------
    @on(RowList.Highlighted, "#customers-list")
    def _highlighted(self, event: RowList.Highlighted) -> None:
        self.load_card(event.row.id)

    @on(RowList.Selected, "#customers-list")
    def _selected(self, event: RowList.Selected) -> None:
        self.load_card(event.row.id)

    def open_customer(self, customer_id: int) -> None:
        """Show one customer (from search): its card, and its row when it is in the list."""
        if not self._loaded:  # just switched to: open it once the first page is in
            self._pending_open = customer_id
            return
        row_list = self.query_one(RowList)
        for index, row in enumerate(row_list.rows):
            if row.id == customer_id:
                row_list.move_to(index)
                break
        self.load_card(customer_id)

    @work(thread=True, exclusive=True, group="customers-card")
    def load_card(self, customer_id: int) -> None:
        from csdesk.desk.customers import customer_card

        desk = self.desk
        if desk is None:
            return
        with desk.session() as session:
            card = customer_card(session, customer_id, today=desk.today)
        self.app.call_from_thread(self._show_card, card)

    def _show_card(self, card: CustomerCard) -> None:
        self.card = card
        self.query_one("#card-body", Static).update(render_card(card))

    # Actions ----------------------------------------------------------------------------------
    def action_focus_filter(self) -> None:
        self.query_one("#customers-filter", Input).focus()

    def action_focus_list(self) -> None:
        self.query_one(RowList).focus()

    def action_toggle_scope(self) -> None:
        desk = self.desk
        if desk is None or desk.agent is None:
            return
        self.show_all = not self.show_all
        self.reload()

    def action_new_customer(self) -> None:
        from csdesk.screens.customer_form import CustomerFormModal

        if self.desk is not None:
            self.app.push_screen(CustomerFormModal(None), self._after_save)

    def action_edit_customer(self) -> None:
        from csdesk.screens.customer_form import CustomerFormModal

        if self.desk is not None and self.card is not None:
            self.app.push_screen(CustomerFormModal(self.card), self._after_save)

    def action_edit_contacts(self) -> None:
        """Ask first: add a contact, or edit which one (a new one never overwrites an old one)."""
        from csdesk.screens.contact_form import ContactFormModal, contact_choices

        card = self.card
        if self.desk is None or card is None:
            return
        if not card.contacts:
            self.app.push_screen(ContactFormModal(card, None), self._after_save)
            return
        self.app.push_screen(contact_choices(card), lambda choice: self._open_contact(card, choice))

    def _open_contact(self, card: CustomerCard, choice: str | None) -> None:
        from csdesk.screens.contact_form import contact_form

        form = contact_form(card, choice)
        if form is not None:
            self.app.push_screen(form, self._after_save)

    def action_import_customers(self) -> None:
        from csdesk.screens.import_modal import ImportModal

        if self.desk is not None:
            self.app.push_screen(ImportModal(), self._after_import)

    def _after_import(self, wrote: bool | None) -> None:
        if wrote:
            self.reload()

    def _after_save(self, customer_id: int | None) -> None:
        if customer_id is None:
            return
        self._pending_open = customer_id
        self.reload(PAGE_SIZE)  # a page, so the saved customer's row is likely in it
