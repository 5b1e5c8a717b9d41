"""A small modal that lets the agent pick one of a few options (a status, a reason)."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from csdesk import keymap
from csdesk.widgets.guard import Guarded
from csdesk.widgets.literal import literal


class PickModal(Guarded, ModalScreen[str | None]):
    """Returns the chosen option's id, or None on Esc. `options` are (label, id) pairs."""

    DEFAULT_CSS = """
    PickModal { align: center middle; }
    PickModal > Vertical {
        width: 40; height: auto; max-height: 16; border: round $accent; background: $panel;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("pick")

    def __init__(self, title: str, options: list[tuple[str, str]]) -> None:
        super().__init__()
        keymap.localize(self)
        self.pick_title = title
        self.options = options

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = literal(self.pick_title)
            yield OptionList(
                *(Option(literal(label), id=option_id) for label, option_id in self.options)
            )

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
