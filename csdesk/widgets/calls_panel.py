"""The strip under the call list where an outcome's note, a callback or snooze time, or a skip
reason is typed. Enter moves on and finally saves; Esc cancels. Times are read as people say
them (csdesk.rules.when) and a refusal is shown in words before anything is saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, TypeAlias

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static

from csdesk import keymap
from csdesk.i18n import t
from csdesk.widgets.guard import Guarded

if TYPE_CHECKING:
    from csdesk.rules.when import WhenResult

TimeReader: TypeAlias = "Callable[[str], WhenResult]"


@dataclass(frozen=True)
class PanelResult:
    kind: str  # outcome | skip | snooze
    customer_id: int
    outcome: str | None
    text: str | None  # the note, or the skip reason
    at: dt.datetime | None  # the callback or snooze time


class CallPanel(Guarded, Vertical):
    DEFAULT_CSS = """
    CallPanel { height: auto; display: none; border-top: solid $accent; padding: 0 1; }
    CallPanel.-open { display: block; }
    CallPanel Input { margin: 0; }
    CallPanel #panel-when { display: none; }
    CallPanel.-timed #panel-when { display: block; }
    CallPanel #panel-verdict.-refused { color: $error; text-style: bold; }
    """
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("calls.panel")

    class Done(Message):
        def __init__(self, result: PanelResult) -> None:
            super().__init__()
            self.result = result

    class Cancelled(Message):
        pass

    def __init__(self) -> None:
        super().__init__(id="call-panel")
        keymap.localize(self)
        self.kind = ""
        self.outcome: str | None = None
        self.customer_id = 0
        self._reader: TimeReader | None = None
        self._when: WhenResult | None = None

    def _fields(self) -> ComposeResult:
        yield Static("", id="panel-title", markup=False)
        yield Input(id="panel-text")
        yield Input(placeholder=t("calls.panel.when_placeholder"), id="panel-when")
        yield Static("", id="panel-verdict", markup=False)
        yield Static(Text(t("calls.panel.hint")), classes="muted", markup=False)

    def _build(self) -> bool:
        """Mount the strip's fields when it first opens (the desk's first frame does without
        them, issue 11); whether they were mounted just now."""
        if self.children:
            return False
        self.mount_all(self._fields())
        return True

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def open(
        self, kind: str, customer_id: int, name: str, reader: TimeReader, outcome: str | None = None
    ) -> None:
        """Show the panel for `kind` on the customer; a repeated outcome key just switches it."""
        built_now = self._build()
        keep_text = self.is_open and self.customer_id == customer_id and kind == self.kind
        self.kind, self.customer_id, self.outcome, self._reader = kind, customer_id, outcome, reader
        label = t(f"outcome.{outcome}") if outcome else t(f"calls.panel.{kind}")
        title = self.query_one("#panel-title", Static)
        title.update(Text.assemble((f"{label}: ", "bold"), name))
        text_input = self.query_one("#panel-text", Input)
        placeholder = "calls.panel.reason_placeholder" if kind == "skip" else "calls.panel.note"
        text_input.placeholder = t(placeholder)
        text_input.display = kind != "snooze"
        if not keep_text:
            text_input.value = ""
            self.query_one("#panel-when", Input).value = ""
        self.set_class(self.needs_time, "-timed")
        self.add_class("-open")
        self._show_verdict(None)
        field = self.query_one("#panel-when", Input) if kind == "snooze" else text_input
        if built_now:  # focus once the new fields are mounted
            self.call_after_refresh(field.focus)
        else:
            field.focus()

    @property
    def needs_time(self) -> bool:
        return self.kind == "snooze" or self.outcome == "callback_agreed"

    def close(self) -> None:
        self.remove_class("-open", "-timed")
        self._when = None

    def _show_verdict(self, result: WhenResult | None) -> None:
        verdict = self.query_one("#panel-verdict", Static)
        self._when = result
        refused = result is not None and result.refusal is not None
        verdict.set_class(refused, "-refused")
        if result is None or (result.at is None and result.refusal is None):
            verdict.update("")
        elif result.refusal is not None:
            from csdesk.desk.words import say

            verdict.update(Text(say(result.refusal)))
        elif result.at is not None:
            weekday = t(f"weekday.{result.at.weekday()}")
            shown = f"{result.at.strftime('%Y-%m-%d %H:%M')} {weekday}"
            verdict.update(Text(t("calls.panel.at", when=shown)))

    @on(Input.Changed, "#panel-when")
    def _when_changed(self, event: Input.Changed) -> None:
        if self._reader is not None and event.value.strip():
            self._show_verdict(self._reader(event.value))
        else:
            self._show_verdict(None)

    @on(Input.Submitted, "#panel-text")
    def _text_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.needs_time:
            self.query_one("#panel-when", Input).focus()
        else:
            self.submit()

    @on(Input.Submitted, "#panel-when")
    def _when_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.submit()

    def submit(self) -> None:
        """Hand the entry to the screen, unless something is missing or refused."""
        text = self.query_one("#panel-text", Input).value.strip() or None
        if self.kind == "skip" and not text:
            self.query_one("#panel-verdict", Static).update(Text(t("calls.panel.reason_needed")))
            return
        at = None
        if self.needs_time:
            if self._when is None or self._when.at is None:
                if self._when is None:
                    self.query_one("#panel-verdict", Static).update(
                        Text(t("calls.panel.when_needed"))
                    )
                self.query_one("#panel-when", Input).focus()
                return
            at = self._when.at
        self.post_message(
            self.Done(PanelResult(self.kind, self.customer_id, self.outcome, text, at))
        )

    def action_cancel(self) -> None:
        self.close()
        self.post_message(self.Cancelled())
