"""Inquiries: the queue with its 5-minute clocks, overdue ones red and on top, and the way into
the intake form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widgets import Footer, Static

from csdesk import keymap
from csdesk.i18n import language, t
from csdesk.rules.inquiry_fields import STATUSES
from csdesk.rules.zone import DESK_TZ
from csdesk.screens.base import DeskScreen
from csdesk.screens.pick import PickModal
from csdesk.store.clock import now_in
from csdesk.widgets.columns import ListHeader
from csdesk.widgets.header import DeskHeader, NavLine
from csdesk.widgets.inquiry_rows import (
    InquiryRows,
    Section,
    inquiry_columns,
    render_inquiry,
    render_section,
)
from csdesk.widgets.row_list import RowList

if TYPE_CHECKING:
    from csdesk.desk.inquiry_queue import InquiryRow
    from csdesk.rules.sla import HitRate

PAGE = 200


class StatusModal(PickModal):
    """Pick an inquiry's new status."""

    def __init__(self) -> None:
        options = [(t(f"intake.status.{status}"), status) for status in STATUSES[1:]]
        super().__init__(t("inquiries.status_title"), options)


class InquiriesScreen(DeskScreen):
    SCOPE = "inquiries"
    TITLE_KEY = "screen.inquiries"
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("inquiries")

    def __init__(self) -> None:
        super().__init__()
        self.show_all = False
        self.has_draft = False
        self.now = now_in(DESK_TZ)
        self.port_names: dict[str, str] = {}
        self.just_saved: int | None = None

    def compose(self) -> ComposeResult:
        yield DeskHeader()
        yield NavLine()
        yield Static("", id="inquiries-summary", classes="pane-title", markup=False)
        yield ListHeader(inquiry_columns(language()), id="inquiries-header")
        yield InquiryRows(self.render_row, t("inquiries.empty"), id="inquiries-list")
        yield Footer()

    def render_row(self, row: InquiryRow | Section, width: int) -> Text:
        if isinstance(row, Section):
            return render_section(row)
        return render_inquiry(row, width, self.now, self.port_names)

    def desk_ready(self) -> None:
        self.set_interval(1.0, self._tick)
        self.load()
        self.query_one(RowList).focus()

    def on_screen_resume(self) -> None:
        if self._loaded:
            self.load()

    def _scope(self) -> int | None:
        desk = self.desk
        if desk is None or desk.agent is None or desk.agent.is_supervisor:
            return None
        return desk.agent.id

    def store_changed(self) -> None:
        """Another desk changed the store: the queue redraws, the cursor stays on its row."""
        self.load()

    def day_changed(self) -> None:
        """Past midnight: today's reply rate starts again, the queue's sections move on."""
        self.load()

    @work(thread=True, exclusive=True, group="inquiries-load")
    def load(self) -> None:
        from csdesk.desk.drafts import draft_key, load_draft
        from csdesk.desk.inquiry_queue import list_inquiries, sla_hit_rate
        from csdesk.desk.reference import port_names

        desk = self.desk
        if desk is None:
            return
        now = desk.now()
        start = dt.datetime.combine(desk.today, dt.time(), tzinfo=DESK_TZ)
        statuses = None if self.show_all else ("incomplete", "open")
        with desk.session() as session:
            rows = list_inquiries(session, now, self._scope(), statuses, limit=PAGE + 1)
            rate = sla_hit_rate(session, start, start + dt.timedelta(days=1), now, self._scope())
            draft = load_draft(session, draft_key(desk.agent.id if desk.agent else None))
            if not self.port_names:
                self.port_names = port_names(session, language())
        self.app.call_from_thread(self._show, rows, rate, draft is not None, now)

    def _show(
        self, rows: list[InquiryRow], rate: HitRate, has_draft: bool, now: dt.datetime
    ) -> None:
        self.now = now
        self.has_draft = has_draft
        listing = self.query_one(RowList)
        on_id = getattr(listing.current, "id", None)  # a section heading has no id
        if self.just_saved is not None:  # a new inquiry: the cursor goes to it (F11 quotes it)
            on_id, self.just_saved = self.just_saved, None
        listing.set_rows(rows[:PAGE], has_more=len(rows) > PAGE, keep_cursor=True)
        ids = [getattr(row, "id", None) for row in listing.rows]
        if on_id is not None and on_id in ids:  # rows came or went above: stay on the inquiry
            listing.move_to(ids.index(on_id))
        percent = "-" if rate.percent is None else f"{rate.percent}%"
        summary = t(
            "inquiries.summary",
            scope=t("inquiries.scope_all" if self.show_all else "inquiries.scope_open"),
            rate=percent,
            hit=rate.answered_in_time,
            counted=rate.counted,
        )
        if has_draft:
            summary += "   " + t("inquiries.draft_waiting")
        self.query_one("#inquiries-summary", Static).update(Text(summary))

    @on(RowList.NeedMore)
    def _more(self, event: RowList.NeedMore) -> None:
        if event.last_row is not None:
            self.load_more(event.last_row.key)

    @work(thread=True, exclusive=True, group="inquiries-more")
    def load_more(self, after: tuple[int, dt.datetime, int]) -> None:
        from csdesk.desk.inquiry_queue import list_inquiries

        desk = self.desk
        if desk is None:
            return
        statuses = None if self.show_all else ("incomplete", "open")
        with desk.session() as session:
            rows = list_inquiries(session, self.now, self._scope(), statuses, after, PAGE + 1)
        self.app.call_from_thread(
            self.query_one(RowList).append_rows, rows[:PAGE], len(rows) > PAGE
        )

    def _tick(self) -> None:
        """Clocks count down every second; a clock reaching zero moves its row to the overdue."""
        desk = self.desk
        if desk is None:
            return
        before, self.now = self.now, desk.now()
        rows = self.query_one(InquiryRows).inquiry_rows
        crossed = any(
            row.sla_due_at is not None
            and row.first_response_at is None
            and before < row.sla_due_at <= self.now
            for row in rows
        )
        if crossed:
            self.load()
        else:
            self.query_one(RowList).refresh()

    # Actions ----------------------------------------------------------------------------------
    def action_new_inquiry(self) -> None:
        open_intake_screen(self, None, self._intake_closed)

    def _intake_closed(self, inquiry_id: int | None) -> None:
        self.just_saved = inquiry_id

    @on(RowList.Selected)
    def _open(self, event: RowList.Selected) -> None:
        from csdesk.screens.intake import IntakeScreen

        self.app.push_screen(IntakeScreen(inquiry_id=event.row.id), self._intake_closed)

    def action_quote(self) -> None:
        from csdesk.screens.quote import open_quote_screen

        row = self.query_one(RowList).current
        open_quote_screen(self, row.id if row else None)

    def action_quote_review(self) -> None:
        from csdesk.screens.quote_review import QuoteReviewScreen

        self.app.push_screen(QuoteReviewScreen())

    def action_respond(self) -> None:
        row = self.query_one(RowList).current
        if row is not None:
            self.respond(row.id)

    @work(thread=True, group="inquiries-write")
    def respond(self, inquiry_id: int) -> None:
        from csdesk.desk.inquiries import mark_responded

        desk = self.desk
        if desk is None:
            return
        with desk.session() as session:
            stopped = mark_responded(session, inquiry_id, desk.now())
        key = "inquiry.cli.responded" if stopped else "inquiry.cli.already_responded"
        self.app.call_from_thread(self.notify, t(key), timeout=3)
        self.load()

    def action_status(self) -> None:
        row = self.query_one(RowList).current
        if row is not None:
            self.app.push_screen(StatusModal(), lambda status: self._status_chosen(row.id, status))

    def _status_chosen(self, inquiry_id: int, status: str | None) -> None:
        if status is not None:
            self.change_status(inquiry_id, status)

    @work(thread=True, group="inquiries-write")
    def change_status(self, inquiry_id: int, status: str) -> None:
        from csdesk.desk.errors import DeskError
        from csdesk.desk.inquiries import resolve_inquiry, set_status

        desk = self.desk
        if desk is None:
            return
        try:
            with desk.session() as session:
                version = resolve_inquiry(session, inquiry_id).version
                set_status(session, inquiry_id, version, status, desk.now())
        except DeskError as error:
            self.app.call_from_thread(self.notify, error.message(), severity="error")
        self.load()

    def action_toggle_all(self) -> None:
        self.show_all = not self.show_all
        self.load()

    def action_discard_draft(self) -> None:
        """Ctrl+D asks first: a draft holds a customer's whole request, typed during a call."""
        from csdesk.screens.confirm import ConfirmModal

        if not self.has_draft:
            self.notify(t("inquiries.no_draft"), severity="warning", timeout=3)
            return
        question = ConfirmModal(
            t("inquiries.discard_title"),
            t("inquiries.discard_question"),
            t("inquiries.discard_yes"),
        )
        self.app.push_screen(question, self._discard_confirmed)

    def _discard_confirmed(self, confirmed: bool | None) -> None:
        if confirmed:
            self.discard_draft()

    @work(thread=True, group="inquiries-write")
    def discard_draft(self) -> None:
        from csdesk.desk.drafts import discard_draft, draft_key

        desk = self.desk
        if desk is None:
            return
        with desk.session() as session:
            discard_draft(session, draft_key(desk.agent.id if desk.agent else None))
        self.app.call_from_thread(self.notify, t("inquiries.draft_discarded"), timeout=3)
        self.load()


def open_intake_screen(
    screen: DeskScreen,
    customer_id: int | None,
    closed: Callable[[int | None], None] | None = None,
) -> None:
    """The intake form, for a customer (from a call: `i`) or continuing the agent's draft."""
    from csdesk.screens.intake import IntakeScreen

    if screen.desk is None:
        return
    screen.app.push_screen(IntakeScreen(customer_id=customer_id), closed)
