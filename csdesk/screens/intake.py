"""The intake form: while the customer is on the line, the agent sees what to ask next.

Missing fields turn red as the agent types, warnings yellow, advice below. A pasted message
fills the form, each field read from it marked until the agent edits it or confirms all (Ctrl+G).
The form keeps a draft in the store as the agent types; Ctrl+S saves at once.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static, TextArea
from textual.worker import get_current_worker

from csdesk import keymap
from csdesk.i18n import t
from csdesk.rules.form_text import form_document, pending_after_parse, texts_of
from csdesk.rules.inquiry_fields import MODES, fields_from_json
from csdesk.rules.sla import clock, due_at
from csdesk.screens.base import HoldsEarlyInput
from csdesk.screens.intake_store import IntakeWriter
from csdesk.widgets.guard import Guarded
from csdesk.widgets.intake_flags import IntakeFlags
from csdesk.widgets.intake_form import TEXT_BOXES, IntakeForm
from csdesk.widgets.intake_paste import MessageArea, MessagePasted
from csdesk.widgets.literal import literal

if TYPE_CHECKING:
    from csdesk.app import CSDeskApp
    from csdesk.desk.drafts import IntakeState
    from csdesk.rules.intake import CheckContext, CheckResult
    from csdesk.rules.message_parser import MessageParser, ParseResult


def check_form(
    texts: dict[str, str],
    lines: list[tuple[str, str]],
    mode: str | None,
    dg: bool,
    ctx: CheckContext,
) -> CheckResult:
    """What the flags show for the form as it stands (also timed by bench/bench_intake.py)."""
    from csdesk.rules.intake import check_inquiry

    document = form_document(texts, lines, ctx.today, mode, dg)
    values, unreadable = fields_from_json(document)
    return check_inquiry(values, ctx, unreadable=unreadable)


class IntakeScreen(HoldsEarlyInput, Guarded, Screen[int | None]):
    # Nothing is focused until the draft is in (a field focused earlier would take keys the
    # load then overwrites): what comes before is held (HoldsEarlyInput) and typed after.
    AUTO_FOCUS = ""
    SCOPE = "intake"
    TITLE_KEY = "screen.intake"
    DEFAULT_CSS = """
    IntakeScreen #intake-title { height: 1; background: $boost; padding: 0 1; }
    IntakeScreen #intake-title.-overdue { background: $error; color: $text; }
    IntakeScreen #intake-main { height: 1fr; }
    IntakeScreen IntakeForm { width: 3fr; }
    IntakeScreen #intake-side { width: 2fr; border-left: solid $primary; }
    IntakeScreen #intake-paste { height: 9; border: round $accent; }
    """
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("intake")

    def __init__(self, customer_id: int | None = None, inquiry_id: int | None = None) -> None:
        super().__init__()
        keymap.localize(self)
        self.customer_id = customer_id
        self.customer_name = ""
        self.inquiry_id = inquiry_id
        self.version: int | None = None
        self.original: dict[str, Any] | None = None
        self.received_at: dt.datetime | None = None
        self.answered = False
        self.pending: set[str] = set()
        self.asked: set[str] = set()
        self.ctx: CheckContext | None = None
        self.shown_day: dt.date | None = None  # the day the checks count from (see day_changed)
        self.parser: MessageParser | None = None
        self.result: CheckResult | None = None
        self.ready = False
        self._saving = False
        self.writer: IntakeWriter | None = None
        # The form as it opened: leaving it unchanged leaves no draft behind.
        self.opened: dict[str, Any] | None = None
        self.read_text = ""  # the message box's text as last read (or as loaded)
        self.hold_early_input()

    @property
    def desk_app(self) -> CSDeskApp:
        from csdesk.app import CSDeskApp

        assert isinstance(self.app, CSDeskApp)
        return self.app

    def compose(self) -> ComposeResult:
        yield Static("", id="intake-title", markup=False)
        with Horizontal(id="intake-main"):
            yield IntakeForm(id="intake-form")
            with Vertical(id="intake-side"):
                paste = MessageArea(id="intake-paste", soft_wrap=True)
                paste.border_title = literal(t("intake.form.paste_title"))
                yield paste
                yield IntakeFlags(id="intake-flags")
        yield Footer()

    def on_mount(self) -> None:
        self.writer = IntakeWriter(self.desk_app, self.saved, self.save_failed)
        self.set_interval(1.0, self._tick)
        self.load()

    # Loading ----------------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="intake-load")
    def load(self) -> None:
        from csdesk.desk.drafts import open_intake
        from csdesk.desk.errors import DeskError
        from csdesk.desk.intake import check_context, message_parser
        from csdesk.models import Customer

        desk = self.desk_app.desk
        if desk is None:
            return
        agent_id = desk.agent.id if desk.agent else None
        try:
            with desk.session() as session:
                state = open_intake(
                    session, agent_id, desk.now(), self.customer_id, self.inquiry_id
                )
                customer = session.get(Customer, state.customer_id) if state.customer_id else None
                ctx = check_context(session, desk.today, customer)
                parser = message_parser(session)
                # Build the indexes' lazy parts now, not on the agent's first keystroke.
                parser.parse("宁波到拉各斯 40HQ", desk.today)
                if ctx.ports is not None:
                    ctx.ports.suggest("宁")
        except DeskError as error:
            self.app.call_from_thread(self._load_failed, error.message())
            return
        self.app.call_from_thread(self._loaded, state, ctx, parser)

    def _load_failed(self, message: str) -> None:
        self.notify(message, severity="error", timeout=8)
        self.dismiss(None)

    def _loaded(self, state: IntakeState, ctx: CheckContext, parser: MessageParser) -> None:
        self.ctx, self.parser = ctx, parser
        self.shown_day = ctx.today
        self.customer_id, self.customer_name = state.customer_id, state.customer_name
        self.inquiry_id, self.version, self.original = (
            state.inquiry_id,
            state.version,
            state.original,
        )
        self.received_at = state.received_at
        self.answered = state.answered
        self.pending = set(state.pending)
        form = self.query_one(IntakeForm)
        form.fill({name: state.texts.get(name, "") for name in TEXT_BOXES})
        form.set_lines(state.lines)
        form.set_mode(state.mode)
        form.set_dg(state.dg)
        form.set_channel(state.channel)
        paste = self.query_one("#intake-paste", TextArea)
        self.read_text = state.raw_text
        paste.load_text(state.raw_text)
        form.mark_parsed(self.pending)
        for note in state.notes:
            self.notify(note, timeout=6)
        self.ready = True
        self._tick()
        self.run_check()
        self.opened = self.draft_payload()
        self.release_early_input(self.query_one("#f-pol"))

    def day_changed(self) -> None:
        """Past midnight: dates in the form and in a message ("明天", a ready date already past)
        are read against the new day; the form keeps what is typed."""
        day = self.desk_app.desk_day
        if self.ctx is not None and day is not None:
            self.ctx = self.ctx.replace(today=day)
            self.run_check()

    # Checking as the agent types ----------------------------------------------------------------
    def _form_state(self) -> tuple[dict[str, str], list[tuple[str, str]], str | None, bool]:
        form = self.query_one(IntakeForm)
        return form.texts(), form.lines(), form.mode, form.dg

    def run_check(self) -> None:
        """Check the form as it stands now; the newest check wins."""
        if self.ctx is not None:
            self._check_in_worker(*self._form_state(), self.ctx)

    @work(thread=True, exclusive=True, group="intake-check")
    def _check_in_worker(
        self,
        texts: dict[str, str],
        lines: list[tuple[str, str]],
        mode: str | None,
        dg: bool,
        ctx: CheckContext,
    ) -> None:
        result = check_form(texts, lines, mode, dg, ctx)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_check, result)

    def _show_check(self, result: CheckResult) -> None:
        self.result = result
        self.query_one(IntakeFlags).show(result)
        form = self.query_one(IntakeForm)
        form.mark_flags(
            set(result.missing),
            {item.field for item in result.errors if item.field},
            {item.field for item in result.warnings if item.field},
        )
        ports = [
            f"{t(f'intake.field.{name}')} {port.locode} {port.name_zh} {port.name_en}"
            for name, port in result.ports.items()
        ]
        form.show_ports("   ".join(ports))

    @on(IntakeForm.Edited)
    def _edited(self, event: IntakeForm.Edited) -> None:
        if not self.ready:
            return
        if event.name in self.pending:
            self.pending.discard(event.name)
            self.query_one(IntakeForm).mark_parsed(self.pending)
        self.run_check()
        self._keep_draft()

    # The paste area -----------------------------------------------------------------------------
    @on(TextArea.Changed, "#intake-paste")
    def _pasted(self, event: TextArea.Changed) -> None:
        # Loading the saved message is not a paste: reading it again would fill boxes anew.
        if self.ready and event.text_area.text != self.read_text:
            self.read_text = event.text_area.text
            self.run_parse()

    @on(MessagePasted)
    def _pasted_in_a_field(self, event: MessagePasted) -> None:
        """A whole message pasted into a field is read from the message box, not kept there."""
        if not (event.looks_like_a_message or self._reads_as_a_message(event.text)):
            event.field.keep(event.text)
            return
        self.query_one("#intake-paste", MessageArea).append_message(event.text)
        self.notify(t("intake.paste.to_message_box"), timeout=4)

    def _reads_as_a_message(self, text: str) -> bool:
        """`宁波到拉各斯 40HQ` is short, but the parser reads a route and a box from it."""
        if self.parser is None or self.ctx is None:
            return False
        return len(self.parser.parse(text, self.ctx.today).fields) >= 2

    def run_parse(self) -> None:
        if self.parser is not None and self.ctx is not None:
            text = self.query_one("#intake-paste", TextArea).text
            self._parse_in_worker(text, self.parser, self.ctx.today)

    @work(thread=True, exclusive=True, group="intake-parse")
    def _parse_in_worker(self, text: str, parser: MessageParser, today: dt.date) -> None:
        result = parser.parse(text, today)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._fill_from_parse, result)

    def _fill_from_parse(self, result: ParseResult) -> None:
        """Fill empty boxes and boxes still holding earlier read values; never the agent's."""
        form = self.query_one(IntakeForm)
        texts, lines, mode, _dg = self._form_state()
        free = {name for name in TEXT_BOXES if not texts[name].strip() or name in self.pending}
        read = texts_of(result.values(with_unresolved=True))
        filled = {name for name in (*result.fields, *result.unresolved) if name in free}
        form.fill({name: read[name] for name in filled})
        if "containers" in result.fields and (
            "containers" in self.pending or not any(code.strip() for code, _ in lines)
        ):
            form.set_lines(
                [(line.type, str(line.qty)) for line in result.fields["containers"].value]
            )
        if "mode" in result.fields and (mode is None or "mode" in self.pending):
            form.set_mode(result.fields["mode"].value)
        if "dg" in result.fields and ("dg" in self.pending or not form.dg):
            form.set_dg(bool(result.fields["dg"].value))
        boxes = {name for name in ("containers", "mode", "dg") if name in result.fields}
        self.pending = pending_after_parse(
            self.pending, [*result.fields, *result.unresolved], filled | boxes
        )
        form.mark_parsed(self.pending)
        self._ask(result)
        self.run_check()
        self._keep_draft()

    def _ask(self, result: ParseResult) -> None:
        """Ambiguous readings ("NSA", "12/06") are put to the agent once each, as plain text."""
        from csdesk.rules.message_parser import describe_question

        for question in result.questions:
            line = describe_question(question, result.text)
            if line not in self.asked:
                self.asked.add(line)
                self.notify(line, severity="warning", timeout=10, markup=False)

    # The draft ----------------------------------------------------------------------------------
    def _keep_draft(self) -> None:
        """Every change reaches the store at once: a write is a millisecond, a lost call is not."""
        if self.writer is not None and (payload := self.draft_payload()) != self.opened:
            self.writer.draft(payload)

    def draft_payload(self) -> dict[str, Any]:
        texts, lines, mode, dg = self._form_state()
        return {
            "customer_id": self.customer_id,
            "customer_name": self.customer_name,
            "inquiry_id": self.inquiry_id,
            "version": self.version,
            "original": self.original,
            "received_at": self.received_at.isoformat() if self.received_at else None,
            "texts": texts,
            "lines": lines,
            "mode": mode,
            "dg": dg,
            "channel": self.query_one(IntakeForm).channel,
            "pending": sorted(self.pending),
            "raw_text": self.query_one("#intake-paste", TextArea).text,
        }

    # Actions ----------------------------------------------------------------------------------
    def action_next_mode(self) -> None:
        form = self.query_one(IntakeForm)
        current = form.mode
        following = MODES[(MODES.index(current) + 1) % len(MODES)] if current in MODES else MODES[0]
        form.query_one("#f-mode").value = following  # type: ignore[attr-defined]

    def action_paste_area(self) -> None:
        self.query_one("#intake-paste", TextArea).focus()

    def action_add_line(self) -> None:
        box = self.query_one(IntakeForm).add_line()
        self.call_after_refresh(box.focus)

    def action_confirm(self) -> None:
        self.pending.clear()
        self.query_one(IntakeForm).mark_parsed(self.pending)
        self._keep_draft()
        self.notify(t("intake.form.confirmed"), timeout=3)

    def action_copy_request(self) -> None:
        request = next(
            (item.text for item in (self.result.advice if self.result else []) if item.text), None
        )
        if request is None:
            self.notify(t("intake.form.no_request"), severity="warning", timeout=4)
            return
        from csdesk.widgets.clipboard import copy_out

        copy_out(self.app, request, t("intake.form.copy_what"), t("intake.form.copy_next"))

    def action_choose_customer(self) -> None:
        from csdesk.screens.search import SearchModal

        self.app.push_screen(SearchModal(), self._customer_chosen)

    def _customer_chosen(self, customer_id: int | None) -> None:
        if customer_id is not None:
            self.set_customer(customer_id)

    @work(thread=True, exclusive=True, group="intake-customer")
    def set_customer(self, customer_id: int) -> None:
        from csdesk.desk.intake import asker_of
        from csdesk.models import Customer

        desk = self.desk_app.desk
        if desk is None:
            return
        with desk.session() as session:
            customer = session.get(Customer, customer_id)
            asker = asker_of(customer)
            name = customer.name if customer else ""
        self.app.call_from_thread(self._customer_set, customer_id, name, asker)

    def _customer_set(self, customer_id: int, name: str, asker: Any) -> None:
        self.customer_id, self.customer_name = customer_id, name
        if self.ctx is not None:
            self.ctx = self.ctx.replace(asker=asker)
        self._tick()
        self.run_check()
        self._keep_draft()

    def action_leave(self) -> None:
        if self.ready:
            self._keep_draft()
        self.dismiss(None)

    def action_save(self) -> None:
        if self._saving or not self.ready:
            return
        if self.customer_id is None:
            self.notify(t("intake.form.customer_needed"), severity="error", timeout=6)
            return
        self._saving = True
        if self.writer is not None:
            self.writer.save(self.draft_payload())

    def saved(self, inquiry_id: int) -> None:
        self._saving = False
        self.notify(t("intake.form.saved", ref=inquiry_id), timeout=4)
        self.dismiss(inquiry_id)  # the queue puts its cursor on it

    def save_failed(self, message: str) -> None:
        self._saving = False
        self.notify(message, severity="error", timeout=8)

    # The title and its clock ----------------------------------------------------------------------
    def _tick(self) -> None:
        title = self.query_one("#intake-title", Static)
        if not self.ready or self.received_at is None:
            title.update(Text(t("intake.form.loading")))
            return
        head = (
            t("intake.form.edit", ref=self.inquiry_id) if self.inquiry_id else t("intake.form.new")
        )
        customer = self.customer_name or t("intake.form.no_customer")
        line = Text(f"{head}  {customer}  ")
        general = self.result is None or (
            not self.result.special and self.query_one(IntakeForm).mode != "BREAKBULK"
        )
        desk = self.desk_app.desk
        if desk is not None and general:
            state = clock(self.received_at, None, desk.now(), due_at(self.received_at, True))
            line.append(t("intake.form.clock", clock=state.label()), style="bold")
            title.set_class(state.overdue, "-overdue")
        title.update(line)
