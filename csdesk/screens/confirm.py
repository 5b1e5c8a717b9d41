"""Asks before something that cannot be undone or that steps past a rule: yes, or (the default) no.

The question names what will happen ("丢弃草稿?", "甩箱 还没处理, 仍然推进?"). Focus starts on
"cancel", so an Enter typed out of habit after a slip of the finger changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Static

from csdesk import keymap
from csdesk.i18n import t
from csdesk.widgets.guard import Guarded
from csdesk.widgets.literal import literal

if TYPE_CHECKING:
    from csdesk.desk.shipments import BoardCard


class ConfirmModal(Guarded, ModalScreen[bool]):
    """Returns True when the agent confirms, False on cancel or Esc."""

    DEFAULT_CSS = """
    ConfirmModal { align: center middle; }
    ConfirmModal > Vertical {
        width: 64; max-width: 100%; height: auto; max-height: 100%;
        border: round $warning; background: $panel; padding: 0 1;
    }
    ConfirmModal #confirm-question { margin: 1 0; }
    ConfirmModal Horizontal { height: auto; align-horizontal: right; }
    ConfirmModal Button { margin-left: 2; }
    """
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("confirm")
    AUTO_FOCUS = "#confirm-no"

    def __init__(self, title: str, question: str, yes: str) -> None:
        super().__init__()
        keymap.localize(self)
        self.confirm_title = title
        self.question = question
        self.yes = yes

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = literal(self.confirm_title)
            yield Static(literal(self.question, multiline=True), id="confirm-question")
            with Horizontal():
                yield Button(literal(self.yes), variant="warning", id="confirm-yes")
                yield Button(literal(t("confirm.no")), variant="primary", id="confirm-no")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "confirm-yes")

    def action_other_button(self) -> None:
        focused = self.focused
        target = (
            "#confirm-no" if focused is not None and focused.id == "confirm-yes" else "#confirm-yes"
        )
        self.query_one(target, Button).focus()

    def action_cancel(self) -> None:
        self.dismiss(False)


def advance_past_trouble(
    screen: Screen[Any], card: BoardCard, proceed: Callable[[BoardCard], object]
) -> None:
    """Advance `card` with `proceed`, asking first when open trouble blocks the next stage."""
    from csdesk.rules.stages import next_stage
    from csdesk.rules.trouble import blocking_trouble

    target = next_stage(card.stage)
    blocking = blocking_trouble(card.trouble, target) if target else []
    if not blocking:
        proceed(card)
        return
    question = ConfirmModal(
        t("board.past_trouble_title", booking_no=card.booking_no),
        t(
            "board.past_trouble_question",
            booking_no=card.booking_no,
            kinds=", ".join(t(f"trouble.kind.{kind}") for kind in blocking),
            stage=t(f"stage.{target}"),
        ),
        t("board.past_trouble_yes"),
    )

    def answered(confirmed: bool | None) -> None:
        if confirmed:
            proceed(card)

    screen.app.push_screen(question, answered)
