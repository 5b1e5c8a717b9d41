"""Pasting a customer's message into the intake: the message box, and fields that pass it on.

An agent pastes a whole WeChat message wherever the cursor happens to be. A field keeps a short
value (a port, a weight) as Textual's Input does; a message (several lines, a long line in a
short field, or a line the parser reads two fields from) goes to the message box, whose text
the parser reads. A second message pasted into
the box starts on a line of its own instead of being glued to the end of the first.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.message import Message
from textual.widgets import Input, TextArea

from csdesk.widgets.guard import Guarded

# Fields whose own value can be a long line (an address, a list of goods).
LONG_FIELDS = frozenset(
    {"commodity", "shipper", "pickup_address", "delivery_address", "cargo_list", "handling"}
)
# A single line longer than this pasted into a short field is a message, not a value.
MESSAGE_CELLS = 40


def is_a_message(text: str, field: str) -> bool:
    if "\n" in text.strip() or "\r" in text.strip():
        return True
    return field not in LONG_FIELDS and cell_len(text.strip()) > MESSAGE_CELLS


class MessagePasted(Message):
    """Text was pasted into a field: the screen keeps it there (`FieldInput.keep`) or, when it
    is a message, puts it in the message box."""

    def __init__(self, text: str, field: FieldInput) -> None:
        super().__init__()
        self.text = text
        self.field = field

    @property
    def looks_like_a_message(self) -> bool:
        return is_a_message(self.text, (self.field.id or "").removeprefix("f-"))


class FieldInput(Guarded, Input):
    """An intake field whose pastes the screen judges (a value stays, a message moves on)."""

    def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()
        event.stop()
        if event.text:
            self.post_message(MessagePasted(event.text, self))

    def keep(self, text: str) -> None:
        """What Textual's Input does with a paste: its first line, at the cursor."""
        line = text.splitlines()[0] if text.splitlines() else ""
        if self.selection.is_empty:
            self.insert_text_at_cursor(line)
        else:
            self.replace(line, *self.selection)


class MessageArea(Guarded, TextArea):
    """The message box: each message pasted at its end starts on a new line."""

    async def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()
        event.stop()
        if self.read_only or not event.text:
            return
        at_end = self.selection.is_empty and self.cursor_location == self.document.end
        self.insert(self._separated(event.text) if at_end else event.text)
        self.focus()

    def append_message(self, text: str) -> None:
        """Put `text` after what the box holds, on a line of its own."""
        self.move_cursor(self.document.end)
        self.insert(self._separated(text))

    def _separated(self, text: str) -> str:
        before = self.text
        if before and not before.endswith("\n") and not text.startswith("\n"):
            return "\n" + text
        return text
