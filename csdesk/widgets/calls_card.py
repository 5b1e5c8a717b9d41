"""The card beside the call list: why this customer is on the list, the first-call script (H40)
when it is a first call, then the customer card. Customer text is data, never markup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual, visualize

from csdesk.i18n import t
from csdesk.widgets.customer_card import keep_whole, render_card
from csdesk.widgets.guard import Guarded

if TYPE_CHECKING:
    from csdesk.desk.call_card import CallCard
    from csdesk.desk.customers import CustomerCard
    from csdesk.rules.cadence import CallRow

SCRIPT_STEPS = ("calls.script.1", "calls.script.2", "calls.script.3", "calls.script.4")


def is_first_call(card: CallCard | CustomerCard) -> bool:
    """H40's script is for a D customer or one nobody has reached yet."""
    return card.customer.tier == "D" or card.customer.last_reached_at is None


def render_call_card(card: CallCard | CustomerCard, row: CallRow | None) -> Text:
    text = Text()
    if row is not None and row.customer_id == card.customer.id:
        from csdesk.desk.words import say_all

        text.append(f"{t(f'calls.section.{row.section}')}: ", style="bold")
        text.append(say_all(row.reasons) + "\n")
        if row.flags:
            flags = "  ".join(t(f"calls.flag.{flag}") for flag in row.flags)
            text.append(f"{flags}\n", style="bold red")
        if row.attempts_today:
            text.append(t("calls.attempts_today", count=row.attempts_today) + "\n", style="dim")
        text.append("\n")
    if is_first_call(card):
        text.append(t("calls.script.title") + "\n", style="bold reverse")
        for number, key in enumerate(SCRIPT_STEPS, start=1):
            text.append(f" {number}. {t(key)}\n")
        text.append("\n")
    text.append_text(render_card(card))
    return text


class CallCardView(Guarded, ScrollView, can_focus=False):
    """The card, drawn line by line (line API). Showing another card sets the scroll range and
    repaints, with no layout pass: a cursor key on the list draws its card in the same frame.
    (A Static in a scroll container was laid out three times per key, a frame each.)"""

    def __init__(self, text: Text, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = text
        self._strips: list[Strip] = []

    def show(self, text: Text) -> None:
        self.text = text
        self._lay_out()
        self.refresh()

    def _lay_out(self) -> None:
        bar = self.styles.scrollbar_size_vertical
        # The width without a scroll bar; a card taller than the view wraps narrower, so that
        # the bar it brings never covers the ends of its lines.
        width = self.scrollable_content_region.width + (bar if self.show_vertical_scrollbar else 0)
        if width <= 0:
            self._strips = []
            return
        self._strips = self._wrap(width)
        if len(self._strips) > self.scrollable_content_region.height and bar:
            width -= bar
            self._strips = self._wrap(width)
        # The scroll range and the scroll bar are set here, before the next frame: through the
        # reactive (layout=True) they would be set by a layout pass, whose scroll bar update
        # paints one frame later. (textual is pinned; the snapshots show the bar.)
        self.set_reactive(ScrollView.virtual_size, Size(width, len(self._strips)))
        self._scroll_update(self.virtual_size)

    def _wrap(self, width: int) -> list[Strip]:
        visual = visualize(self, keep_whole(self.text, width), markup=False)
        style = self.visual_style
        return [
            strip.crop_extend(0, width, style.rich_style)
            for strip in Visual.to_strips(self, visual, width, None, style)
        ]

    def on_resize(self) -> None:
        self._lay_out()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = self.scroll_offset.y + y
        if 0 <= index < len(self._strips):
            return self._strips[index]
        return Strip.blank(width, self.visual_style.rich_style)
