"""Small dialogs of the quote screens: why a quote was lost, why the supervisor returns one."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input

from csdesk import keymap
from csdesk.i18n import t
from csdesk.rules.pricing import LOST_REASONS
from csdesk.screens.pick import PickModal
from csdesk.widgets.guard import Guarded
from csdesk.widgets.literal import literal


class LostReasonModal(PickModal):
    """Price, schedule, service, no cargo or other: what the agent heard."""

    def __init__(self) -> None:
        options = [(t(f"quote.lost.{reason}"), reason) for reason in LOST_REASONS]
        super().__init__(t("quote.screen.lost_title"), options)


class ReturnCommentModal(Guarded, ModalScreen[str | None]):
    """The supervisor says what to change; an empty comment is not sent."""

    DEFAULT_CSS = """
    ReturnCommentModal { align: center middle; }
    ReturnCommentModal > Vertical {
        width: 64; height: 5; border: round $accent; background: $panel;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("quote_return")

    def __init__(self) -> None:
        super().__init__()
        keymap.localize(self)

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = literal(t("quote.review.comment_title"))
            yield Input(id="return-comment")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        comment = event.value.strip()
        if comment:
            self.dismiss(comment)

    def action_cancel(self) -> None:
        self.dismiss(None)
