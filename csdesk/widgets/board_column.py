"""One column of the board: its stage, its count and its cards, drawn line by line (only what is
in view), asking for the next page from the store when the cursor comes near the end."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from csdesk import keymap
from csdesk.i18n import t
from csdesk.widgets.board_card import CARD_HEIGHT, CARD_LINES, card_lines
from csdesk.widgets.guard import Guarded

if TYPE_CHECKING:
    from csdesk.desk.shipments import BoardCard

# Ask for the next page when the cursor is this many cards from the end of what is loaded (a
# page is a screenful and a few more: desk.shipments.PAGE_SIZE).
LOAD_MORE_MARGIN = 4


class CardList(Guarded, ScrollView, can_focus=True):
    DEFAULT_CSS = """
    CardList { height: 1fr; scrollbar-size-vertical: 1; scrollbar-gutter: stable; }
    CardList > .card-list--cursor { background: $boost; }
    CardList:focus > .card-list--cursor { background: $accent; color: $text; }
    CardList > .card-list--empty { color: $text-muted; }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {"card-list--cursor", "card-list--empty"}
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("board_column")

    # No repaint of the whole list on a move: watch_cursor repaints the two cards it changes.
    cursor = reactive(0, repaint=False)

    class Highlighted(Message):
        def __init__(self, card_list: CardList, card: BoardCard) -> None:
            super().__init__()
            self.card_list = card_list
            self.card = card

    class Opened(Message):
        def __init__(self, card_list: CardList, card: BoardCard) -> None:
            super().__init__()
            self.card_list = card_list
            self.card = card

    class NeedMore(Message):
        def __init__(self, card_list: CardList, stage: str, last: BoardCard) -> None:
            super().__init__()
            self.card_list = card_list
            self.stage = stage
            self.last = last

    def __init__(self, stage: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.stage = stage
        self.cards: list[BoardCard] = []
        self.has_more = False
        self._asked_more = False
        # A card line's text as segments, by (card index, line, width): a cursor move repaints
        # only the two cards it changes, and those from here (building a card's Text and
        # rendering it cost about 0.4 ms a line, 11 ms for a column).
        self._segments: dict[tuple[int, int, int], list[Segment]] = {}

    def set_cards(
        self, cards: list[BoardCard], has_more: bool, select_id: int | None = None
    ) -> None:
        self.cards = list(cards)
        self._segments.clear()
        self.has_more = has_more
        self._asked_more = False
        self.virtual_size = Size(self.size.width, len(self.cards) * CARD_HEIGHT)
        ids = [card.id for card in self.cards]
        target = ids.index(select_id) if select_id in ids else 0
        self.cursor = min(target, max(len(self.cards) - 1, 0))
        self.scroll_to_region(self._card_region(self.cursor), animate=False, immediate=True)
        self.refresh()

    def append_cards(self, cards: list[BoardCard], has_more: bool) -> None:
        self.cards.extend(cards)
        self.has_more = has_more
        self._asked_more = False
        self.virtual_size = Size(self.size.width, len(self.cards) * CARD_HEIGHT)
        self.refresh()

    @property
    def current(self) -> BoardCard | None:
        return self.cards[self.cursor] if 0 <= self.cursor < len(self.cards) else None

    def render_line(self, y: int) -> Strip:
        line_no = self.scroll_offset.y + y
        width = self.scrollable_content_region.width  # a booking number is never under the bar
        if not self.cards:
            if y == 0:
                style = self.get_component_rich_style("card-list--empty")
                return self._strip(Text(t("board.column_empty")), width, style)
            return Strip.blank(width, self.rich_style)
        index, offset = divmod(line_no, CARD_HEIGHT)
        if index >= len(self.cards) or offset >= CARD_LINES:
            return Strip.blank(width, self.rich_style)
        key = (index, offset, width)
        segments = self._segments.get(key)
        if segments is None:
            lines = card_lines(self.cards[index], width)
            for line_offset, text in enumerate(lines):
                self._segments[index, line_offset, width] = self._rendered(text, width)
            segments = self._segments[key]
        style = self.rich_style
        if index == self.cursor:
            style = style + self.get_component_rich_style("card-list--cursor")
        return self._styled(segments, width, style)

    def _rendered(self, text: Text, width: int) -> list[Segment]:
        line = text.copy()
        line.truncate(width, overflow="crop", pad=True)
        return list(line.render(self.app.console))

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        return self._styled(self._rendered(text, width), width, style)

    def _styled(self, segments: list[Segment], width: int, style: Style) -> Strip:
        styled = [Segment(seg.text, style + seg.style if seg.style else style) for seg in segments]
        return Strip(styled).crop_extend(0, width, style)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.cards) * CARD_HEIGHT)

    def _card_region(self, index: int) -> Region:
        return Region(0, index * CARD_HEIGHT, 1, CARD_HEIGHT)

    def watch_cursor(self, old: int, new: int) -> None:
        self.scroll_to_region(self._card_region(new), animate=False, immediate=True)
        # Only the card left and the card reached change (a scroll repaints the rest itself).
        for index in {old, new}:
            self.refresh_lines(index * CARD_HEIGHT, CARD_LINES)
        if self.current is not None:
            self.post_message(self.Highlighted(self, self.current))
        near_end = new >= len(self.cards) - LOAD_MORE_MARGIN
        if self.has_more and not self._asked_more and near_end and self.cards:
            self._asked_more = True
            self.post_message(self.NeedMore(self, self.stage, self.cards[-1]))

    def move_to(self, index: int) -> None:
        if self.cards:
            self.cursor = max(0, min(index, len(self.cards) - 1))

    def action_cursor_down(self) -> None:
        self.move_to(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self.move_to(self.cursor - 1)

    def action_cursor_top(self) -> None:
        self.move_to(0)

    def action_cursor_bottom(self) -> None:
        self.move_to(len(self.cards) - 1)

    def action_open_card(self) -> None:
        if self.current is not None:
            self.post_message(self.Opened(self, self.current))


class BoardColumnView(Guarded, Vertical):
    """A stage's title with its count, over its cards."""

    DEFAULT_CSS = """
    BoardColumnView { width: 14; border-right: tall $panel-lighten-2; }
    BoardColumnView > .board-column--title { background: $boost; text-style: bold; padding: 0 0; }
    BoardColumnView:focus-within > .board-column--title { background: $accent 50%; }
    """

    def __init__(self, stage: str) -> None:
        super().__init__(id=f"column-{stage}")
        self.stage = stage

    def compose(self) -> ComposeResult:
        yield Static(self._title(None), classes="board-column--title", markup=False)
        yield CardList(self.stage, id=f"cards-{self.stage}")

    def _title(self, count: int | None, at_least: bool = False) -> Text:
        """Short stage name and count on one line: a column is only about 14 cells wide. A
        broad filter's count is a floor ("12+": a page and more, BoardColumn.at_least)."""
        title = Text(t(f"board.column.{self.stage}"), no_wrap=True, overflow="crop")
        if count is not None:
            title.append(f" {count}{'+' if at_least else ''}", style="dim")
        return title

    @property
    def card_list(self) -> CardList:
        return self.query_one(CardList)

    def show(
        self,
        cards: list[BoardCard],
        count: int,
        has_more: bool,
        select_id: int | None,
        at_least: bool = False,
    ) -> None:
        self.query_one(".board-column--title", Static).update(self._title(count, at_least))
        self.card_list.set_cards(cards, has_more, select_id)
