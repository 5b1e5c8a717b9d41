"""Accounts (账款): ageing by customer (mine, or all for a supervisor), paged in SQL, and the chosen
customer's invoices, payments, deposits and rebates; keys to record a payment, copy or export
the statement, propose a hold and release a B/L (issue 13)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from csdesk import keymap
from csdesk.i18n import t
from csdesk.screens.base import DeskScreen
from csdesk.widgets.accounts_view import (
    AgeingHeader,
    detail_text,
    render_ageing_row,
    totals_text,
)
from csdesk.widgets.header import DeskHeader, NavLine
from csdesk.widgets.row_list import RowList

if TYPE_CHECKING:
    from csdesk.desk.money import AgeingTotals, CustomerAgeing
    from csdesk.desk.money.detail import AccountDetail

PAGE_SIZE = 200
STATEMENT_DAYS = 90


class AccountsScreen(DeskScreen):
    SCOPE = "accounts"
    TITLE_KEY = "screen.accounts"
    CSS_PATH = "accounts.tcss"
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("accounts")

    def __init__(self) -> None:
        super().__init__()
        self.show_all = False
        self.detail: AccountDetail | None = None
        self.totals: AgeingTotals | None = None

    def compose(self) -> ComposeResult:
        yield DeskHeader()
        yield NavLine()
        with Horizontal():
            with Vertical(id="accounts-left"):
                yield Static("", id="accounts-totals", markup=False)
                yield AgeingHeader(id="accounts-header")
                yield RowList(render_ageing_row, t("money.ar.none"), id="accounts-list")
            with VerticalScroll(id="accounts-detail"):
                yield Static(Text(t("accounts.pick")), id="accounts-body", markup=False)
        yield Footer()

    def desk_ready(self) -> None:
        desk = self.desk
        self.show_all = desk is not None and (desk.agent is None or desk.agent.is_supervisor)
        self.reload()
        self.query_one(RowList).focus()

    def owner_filter(self) -> int | None:
        desk = self.desk
        if desk is None or desk.agent is None or self.show_all:
            return None
        return desk.agent.id

    def reload(self) -> None:
        self.load_page(None)

    def store_changed(self) -> None:
        """Another desk changed the store: the list redraws, the cursor stays on its customer."""
        self.query_one(RowList).stay_on_row_next_time(lambda row: row.customer_id)
        self.reload()

    def day_changed(self) -> None:
        """Past midnight: overdue days and ageing count from the new day; the cursor stays."""
        self.store_changed()

    @work(thread=True, exclusive=True, group="accounts-page")
    def load_page(self, after: tuple[dt.date, int] | None) -> None:
        from csdesk.desk.money import ageing_totals, customer_ageing_page

        desk = self.desk
        if desk is None:
            return
        owner, today = self.owner_filter(), desk.today  # the page and its totals: one day
        with desk.session() as session:
            rows = customer_ageing_page(session, today, owner, after, PAGE_SIZE)
            totals = ageing_totals(session, today, owner) if after is None else None
        if not get_current_worker().is_cancelled:  # a newer load (the store moved) wins
            self.app.call_from_thread(self._show_page, after, rows, totals)

    def _show_page(
        self,
        after: tuple[dt.date, int] | None,
        rows: list[CustomerAgeing],
        totals: AgeingTotals | None,
    ) -> None:
        row_list = self.query_one(RowList)
        has_more = len(rows) == PAGE_SIZE
        if after is not None:
            row_list.append_rows(rows, has_more)
            return
        row_list.set_rows(rows, has_more, announce=False)
        if totals is not None:
            self.totals = totals
            self._show_totals()
        if row_list.current is not None:
            self.load_detail(row_list.current.customer_id)

    def _show_totals(self) -> None:
        """The ageing table fitted to the panel's width (narrow: the oldest buckets merge)."""
        if self.totals is None:
            return
        box = self.query_one("#accounts-totals", Static)
        scope = t("customers.scope_all") if self.show_all else t("customers.scope_mine")
        box.update(totals_text(scope, self.totals, box.content_region.width or 200))

    def on_resize(self) -> None:
        self.call_after_refresh(self._show_totals)

    @on(RowList.NeedMore, "#accounts-list")
    def _more(self, event: RowList.NeedMore) -> None:
        last: CustomerAgeing | None = event.last_row
        if last is not None:
            self.load_page((last.oldest_due_on, last.customer_id))

    @on(RowList.Highlighted, "#accounts-list")
    def _highlighted(self, event: RowList.Highlighted) -> None:
        self.load_detail(event.row.customer_id)

    @work(thread=True, exclusive=True, group="accounts-detail")
    def load_detail(self, customer_id: int) -> None:
        from csdesk.desk.money.detail import account_detail

        desk = self.desk
        if desk is None:
            return
        with desk.session() as session:
            detail = account_detail(session, customer_id, desk.today)
        self.app.call_from_thread(self._show_detail, detail)

    def _show_detail(self, detail: AccountDetail) -> None:
        self.detail = detail
        self.query_one("#accounts-body", Static).update(detail_text(detail))

    # Actions ------------------------------------------------------------------------------------
    def _after_form(self, customer_id: int | None) -> None:
        if customer_id is not None:
            self.reload()

    def _open(self, modal_class: type) -> None:
        if self.detail is None or self.desk is None:
            self.notify(t("accounts.pick"), severity="warning")
            return
        held = self.detail.held_bookings[0] if self.detail.held_bookings else ""
        modal = modal_class(self.detail.customer_id, self.detail.name, shipment=held)
        self.app.push_screen(modal, self._after_form)

    def action_record_payment(self) -> None:
        from csdesk.screens.accounts_forms import PaymentModal

        self._open(PaymentModal)

    def action_hold_bl(self) -> None:
        """An agent proposes a hold; a supervisor decides the customer's oldest proposal, or
        holds directly when there is none (H56, H60)."""
        from csdesk.screens.accounts_forms import DecideHoldModal, DirectHoldModal, HoldModal

        desk, detail = self.desk, self.detail
        supervisor = desk is not None and (desk.agent is None or desk.agent.is_supervisor)
        if not supervisor:
            self._open(HoldModal)
        elif detail is not None and detail.proposals:
            modal = DecideHoldModal(detail.customer_id, detail.name, detail.proposals[0])
            self.app.push_screen(modal, self._after_form)
        else:
            self._open(DirectHoldModal)

    def action_release_bl(self) -> None:
        from csdesk.screens.accounts_forms import ReleaseModal

        self._open(ReleaseModal)

    def action_toggle_scope(self) -> None:
        desk = self.desk
        if desk is not None and desk.agent is not None and not desk.agent.is_supervisor:
            self.notify(t("money.error.supervisor_only"), severity="warning")
            return
        self.show_all = not self.show_all
        self.reload()

    def action_reload(self) -> None:
        self.reload()

    def action_copy_statement(self) -> None:
        self._statement(None)

    def action_export_statement(self) -> None:
        self._statement("xlsx")

    @work(thread=True, exclusive=True, group="accounts-statement")
    def _statement(self, kind: str | None) -> None:
        from csdesk.config import user_data_dir
        from csdesk.desk.errors import DeskError
        from csdesk.desk.money import build_statement, export_statement, statement_text

        desk, detail = self.desk, self.detail
        if desk is None or detail is None:
            return
        today = desk.today  # the statement's end and its file's name: one day
        start = today - dt.timedelta(days=STATEMENT_DAYS)
        with desk.session() as session:
            statement = build_statement(session, detail.customer_id, start, today)
        if kind is None:
            text = statement_text(statement)
            self.app.call_from_thread(self.app.copy_to_clipboard, text)
            self.app.call_from_thread(self.notify, t("accounts.copied"))
            return
        folder = user_data_dir() / "statements"
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = folder / f"statement-{detail.customer_id}-{today.isoformat()}.xlsx"
        try:
            rows = export_statement(statement, path)
        except DeskError as error:
            self.app.call_from_thread(self.notify, error.message(), severity="error")
            return
        message = t("money.statement.written", path=str(path), rows=rows)
        self.app.call_from_thread(self.notify, Text(message).plain)
