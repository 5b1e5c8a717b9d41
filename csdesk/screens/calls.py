"""Calls: the day's call list in the order to call, and a call session at keyboard speed.

One key logs an outcome (digits 1-7, keys of the list itself), Enter in the strip below
saves it at once and the cursor moves to the next customer. Every save is its own transaction in
a worker, so a call saved is in the store before the next key is read.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from csdesk import keymap
from csdesk.desk.errors import DeskError
from csdesk.i18n import t
from csdesk.rules.vocab import OUTCOMES
from csdesk.screens.calls_cards import CallCards, first_card
from csdesk.widgets.calls_card import CallCardView
from csdesk.widgets.calls_list import COLUMNS as CALL_COLUMNS
from csdesk.widgets.calls_list import CallRows
from csdesk.widgets.calls_list import columns_at as call_columns_at
from csdesk.widgets.calls_panel import CallPanel, PanelResult
from csdesk.widgets.columns import ListHeader
from csdesk.widgets.footer import DeskFooter
from csdesk.widgets.header import DeskHeader, NavLine

if TYPE_CHECKING:
    from csdesk.desk.call_plan import CallCard, CallList
    from csdesk.rules.when import WhenResult

REFRESH_SECONDS = 60
# A call in progress keeps its claim alive well inside the claim's lapse (desk.claims.CLAIM_TTL).
HEARTBEAT_SECONDS = 45


class CallsScreen(CallCards):
    SCOPE = "calls"
    TITLE_KEY = "screen.calls"
    CSS_PATH = "calls.tcss"
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("calls")

    def __init__(self) -> None:
        super().__init__()
        self.agent_id: int | None = None
        self.agent_name = ""
        self.call_list: CallList | None = None
        self.session_start: dt.datetime | None = None
        self.in_call: tuple[int, str, float] | None = None  # customer id, name, monotonic start

    def compose(self) -> ComposeResult:
        yield DeskHeader()
        yield NavLine()
        yield Static(Text(t("calls.keys_hint")), id="calls-keys", classes="muted", markup=False)
        yield Static("", id="calls-status", markup=False)
        with Horizontal():
            with Vertical(id="calls-left"):
                yield ListHeader(CALL_COLUMNS, columns_at=call_columns_at, id="calls-header")
                yield CallRows(id="calls-list")
                yield CallPanel()
            yield CallCardView(Text(t("calls.pick")), id="calls-card-body")
        yield DeskFooter()

    def _compositor_refresh(self) -> None:
        # A frame due while a batch is open (the app's start) is drawn when the batch ends.
        app = self.app
        hold = getattr(app, "hold_frame", None)
        if hold and app._batch_count and not app.is_inline and app.screen_stack[-1:] == [self]:
            hold(self)
            return
        super()._compositor_refresh()

    # Loading ----------------------------------------------------------------------------------
    def desk_ready(self) -> None:
        desk = self.desk
        assert desk is not None
        self.session_start = desk.now()
        if desk.agent is not None:
            self.agent_id, self.agent_name = desk.agent.id, desk.agent.name
            if desk.agent.is_supervisor:  # a supervisor's own list is usually empty
                self.query_one(CallRows).empty_text = t("calls.empty_supervisor")
        self.reload()
        # The cursor's watcher, unlike the Highlighted message, runs before the next frame is
        # composed: a card already read is drawn in the same frame as the cursor.
        self.watch(self.query_one(CallRows), "cursor", self._cursor_moved, init=False)
        self.set_interval(REFRESH_SECONDS, self.reload)
        self.set_interval(1, self._tick)
        self.set_interval(HEARTBEAT_SECONDS, self.keep_claim)
        self.query_one(CallRows).focus()

    def reload(self, prefer: tuple[int, ...] = ()) -> None:
        rows = self.query_one(CallRows)
        current = rows.current_row
        self.load_list(prefer or ((current.customer_id,) if current else ()))

    @work(thread=True, exclusive=True, group="calls-list")
    def load_list(self, prefer: tuple[int, ...]) -> None:
        from csdesk.desk.calls_sqlite import read_call_list

        desk = self.desk
        if desk is None or self.agent_id is None:
            self.app.call_from_thread(self._show_status)
            self.app.call_from_thread(self._settled)
            return
        try:
            result = read_call_list(desk, self.agent_id)
        except DeskError as error:
            self.app.call_from_thread(self.notify, error.message(), severity="error")
            self.app.call_from_thread(self._settled)
            return
        card = first_card(desk, result, prefer)
        self.app.call_from_thread(self._show_list, result, prefer, card)

    def _show_list(self, result: CallList, prefer: tuple[int, ...], card: CallCard | None) -> None:
        """The list, and the card of the row the cursor lands on when it came with the list:
        both in one frame."""
        self.call_list = result
        self.keep_first_card(card)
        self.query_one(CallRows).show(result, prefer)
        self._show_status()
        if not result.rows:
            self.card = None
            self._card_text = None
            self.query_one(CallCardView).show(Text(t("calls.pick")))
            self._settled()

    def _show_status(self) -> None:
        status = Text()
        result = self.call_list
        if self.agent_id is None:
            status.append(t("calls.no_agent"), style="bold")
        elif result is not None:
            status.append(t("calls.status", agent=self.agent_name, count=len(result.rows)))
            if not result.working_day and result.day_off is not None:
                from csdesk.desk.words import say

                day_off = say(result.day_off)
                status.append("  " + t("calls.day_off_short", name=day_off), "bold")
        if self.in_call is not None:
            _, name, started = self.in_call
            elapsed = int(time.monotonic() - started)
            status.append("   ")
            status.append(t("calls.in_call", name=name), style="bold reverse")
            status.append(f" {elapsed // 60:02d}:{elapsed % 60:02d}", style="bold")
        self.query_one("#calls-status", Static).update(status)

    def _tick(self) -> None:
        if self.in_call is not None:
            self._show_status()

    @on(CallRows.Highlighted, "#calls-list")
    def _highlighted(self, event: CallRows.Highlighted) -> None:
        row = self.query_one(CallRows).current_row
        if row is not None:
            self._cursor_moved()
            self.load_card(row.customer_id)

    @on(CallRows.Selected, "#calls-list")
    def _start_call(self, event: CallRows.Selected) -> None:
        row = self.query_one(CallRows).current_row
        if row is not None:
            self.claim_call(row.customer_id, row.name)

    @work(thread=True, exclusive=True, group="calls-claim")
    def claim_call(self, customer_id: int, name: str) -> None:
        """Claim the customer for this call; if a colleague is on it, say who and since when."""
        from csdesk.desk.claims import ClaimedError, start_call

        desk = self.desk
        if desk is not None and desk.agent is not None:
            try:
                with desk.session() as session:
                    start_call(session, desk.agent.id, customer_id, desk.now(), desk.tz)
            except ClaimedError as error:
                self.app.call_from_thread(
                    self.notify, error.message(), severity="warning", markup=False
                )
                return
        self.app.call_from_thread(self._call_started, customer_id, name)

    def _call_started(self, customer_id: int, name: str) -> None:
        self.in_call = (customer_id, name, time.monotonic())
        self.load_card(customer_id)
        self._show_status()

    @work(thread=True, exclusive=True, group="calls-claim")
    def keep_claim(self) -> None:
        from csdesk.desk.claims import heartbeat

        desk, call = self.desk, self.in_call
        if desk is not None and desk.agent is not None and call is not None:
            with desk.session() as session:
                heartbeat(session, desk.agent.id, call[0], desk.now())

    # Logging ----------------------------------------------------------------------------------
    def _read_time(self, text: str) -> WhenResult:
        desk = self.desk
        assert desk is not None
        from csdesk.rules.when import parse_when

        return parse_when(text, desk.now(), desk.calendar)

    def _open_panel(self, kind: str, outcome: str | None = None) -> None:
        row = self.query_one(CallRows).current_row
        if self.desk is None or row is None:
            self.notify(t("calls.pick"), severity="warning")
            return
        panel = self.query_one(CallPanel)
        panel.open(kind, row.customer_id, row.name, self._read_time, outcome)

    def action_outcome(self, outcome: str) -> None:
        if outcome in OUTCOMES:
            self._open_panel("outcome", outcome)

    def action_intake(self) -> None:
        """The customer on the line asks for a rate: the intake form, for this customer."""
        from csdesk.screens.inquiries import open_intake_screen

        row = self.query_one(CallRows).current_row
        if row is None:
            self.notify(t("calls.pick"), severity="warning")
            return
        open_intake_screen(self, row.customer_id)

    def action_skip(self) -> None:
        self._open_panel("skip")

    def action_snooze(self) -> None:
        self._open_panel("snooze")

    @on(CallPanel.Cancelled)
    def _cancelled(self) -> None:
        self.query_one(CallRows).focus()

    @on(CallPanel.Done)
    def _panel_done(self, event: CallPanel.Done) -> None:
        rows = self.query_one(CallRows)
        listed = [row.customer_id for row in rows.call_rows]
        here = listed.index(event.result.customer_id) if event.result.customer_id in listed else 0
        # After the save the cursor goes to the next customer still on the list.
        following = tuple(listed[here + 1 :] + listed[:here])
        self.save(event.result, following)

    @work(thread=True, exclusive=True, group="calls-save")
    def save(self, result: PanelResult, following: tuple[int, ...]) -> None:
        desk = self.desk
        if desk is None or self.agent_id is None:
            return
        try:
            message = self._write(result)
        except DeskError as error:
            self.app.call_from_thread(self.notify, error.message(), severity="error", timeout=8)
            return
        self.app.call_from_thread(self._saved, message, following, result)

    def _write(self, result: PanelResult) -> str:
        from csdesk.desk.call_log import log_call, skip_customer, snooze_customer

        desk = self.desk
        assert desk is not None and self.agent_id is not None
        now = desk.now()
        with desk.session() as session:
            if result.kind == "skip":
                skip_customer(session, self.agent_id, result.customer_id, result.text or "", now)
                return t("calls.skipped")
            if result.kind == "snooze":
                assert result.at is not None
                snooze_customer(
                    session, self.agent_id, result.customer_id, result.at, now, desk.calendar
                )
                return t("calls.snoozed", when=result.at.strftime("%m-%d %H:%M"))
            assert result.outcome is not None
            # The call is the person's at the keyboard (a supervisor may work an agent's list).
            caller = desk.agent.id if desk.agent is not None else self.agent_id
            log_call(
                session,
                result.customer_id,
                caller,
                result.outcome,
                now,
                result.text,
                callback_at=result.at,
                calendar=desk.calendar,
                now=now,
            )
            return t("calls.saved", outcome=t(f"outcome.{result.outcome}"))

    def _saved(self, message: str, following: tuple[int, ...], result: PanelResult) -> None:
        self.in_call = None
        self.query_one(CallPanel).close()
        self.notify(message, timeout=3)
        self.query_one(CallRows).focus()
        self.load_list(following)
        if result.outcome == "inquiry":
            # 6 有询价: the customer asked for a rate; the call is logged, now take the inquiry.
            from csdesk.screens.inquiries import open_intake_screen

            open_intake_screen(self, result.customer_id)

    # Session ----------------------------------------------------------------------------------
    def action_refresh(self) -> None:
        self.reload()

    def store_changed(self) -> None:
        """Someone else changed the store: redraw the list, the cursor stays on its customer.

        Not while this screen is saving or loading: that load shows the new rows anyway, and
        it knows where the cursor goes after a save."""
        busy = ("calls-list", "calls-save")
        if not any(w.node is self and w.group in busy and w.is_running for w in self.workers):
            self.reload()

    def day_changed(self) -> None:
        """Past midnight: the new day's list and cards, the cursor on its customer if listed
        and a call being logged in the strip below kept as typed. A save under way reloads the
        list itself, for the new day."""
        self._cards.clear()
        self._fresh_card = None
        saving = any(
            w.node is self and w.group == "calls-save" and w.is_running for w in self.workers
        )
        if not saving:
            self.reload()

    def action_end_session(self) -> None:
        if self.desk is not None and self.agent_id is not None:
            self.summarize()

    @work(thread=True, exclusive=True, group="calls-summary")
    def summarize(self) -> None:
        from csdesk.desk.call_log import session_summary
        from csdesk.screens.calls_modals import SummaryModal

        desk = self.desk
        if desk is None or self.agent_id is None or self.session_start is None:
            return
        now = desk.now()
        with desk.session() as session:
            summary = session_summary(session, self.agent_id, self.session_start, now)
        self.app.call_from_thread(
            self.app.push_screen, SummaryModal(summary, self.session_start, now), self._new_session
        )

    def _new_session(self, _closed: None) -> None:
        desk = self.desk
        self.in_call = None
        self.session_start = desk.now() if desk else None
        self._show_status()

    def action_pick_agent(self) -> None:
        from csdesk.screens.calls_modals import AgentPickModal

        desk = self.desk
        if desk is None:
            return
        if desk.agent is not None and not desk.agent.is_supervisor:
            self.notify(t("calls.not_yours"), severity="warning")
            return
        self.app.push_screen(AgentPickModal(), self._agent_picked)

    def _agent_picked(self, picked: tuple[int, str] | None) -> None:
        if picked is None:
            return
        self.agent_id, self.agent_name = picked
        self.in_call = None
        self.load_list(())
