"""A list that draws only the rows in view (line API), for lists paged in SQL.

The built-in DataTable needs seconds and hundreds of MiB for 100,000 rows; this widget holds
the pages loaded so far, draws the visible lines, and asks for the next page when the cursor
comes near the end or the view reaches the last loaded row (a tall terminal, a mouse scroll).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from csdesk import keymap
from csdesk.widgets.guard import Guarded

LOAD_MORE_MARGIN = 40


class RowList(Guarded, ScrollView, can_focus=True):
    """Rows of any type; `render_row(row, width)` turns one into a line of `Text`."""

    DEFAULT_CSS = """
    RowList { height: 1fr; scrollbar-size-vertical: 1; scrollbar-gutter: stable; }
    RowList > .row-list--cursor { background: $accent 40%; text-style: bold; }
    RowList:focus > .row-list--cursor { background: $accent; }
    RowList > .row-list--empty { color: $text-muted; }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {"row-list--cursor", "row-list--empty"}
    BINDINGS: ClassVar[list[BindingType]] = [
        *keymap.bindings_for("list"),
    ]

    # repaint=False: watch_cursor repaints the two rows that change, not every row in view.
    cursor = reactive(0, repaint=False)

    class Highlighted(Message):
        def __init__(self, row_list: RowList, row: Any) -> None:
            super().__init__()
            self.row_list = row_list
            self.row = row

        @property
        def control(self) -> RowList:
            return self.row_list

    class Selected(Message):
        def __init__(self, row_list: RowList, row: Any) -> None:
            super().__init__()
            self.row_list = row_list
            self.row = row

        @property
        def control(self) -> RowList:
            return self.row_list

    class NeedMore(Message):
        """The cursor is near the end of the loaded rows and more exist in the store."""

        def __init__(self, row_list: RowList, last_row: Any) -> None:
            super().__init__()
            self.row_list = row_list
            self.last_row = last_row

        @property
        def control(self) -> RowList:
            return self.row_list

    def __init__(
        self,
        render_row: Callable[[Any, int], Text],
        empty_text: str = "",
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._render_row = render_row
        self.rows: list[Any] = []
        self.has_more = False
        self._asked_more = False
        self._quiet = False
        self._stay_on: Callable[[Any], object] | None = None
        self.empty_text = empty_text
        # The widget's style while render_lines draws the lines in view (see render_lines).
        self._line_style: Style | None = None

    # Data -------------------------------------------------------------------------------------
    def set_rows(
        self,
        rows: Sequence[Any],
        has_more: bool = False,
        keep_cursor: bool = False,
        announce: bool = True,
    ) -> None:
        """Replace the rows; `announce=False` keeps quiet about the new current row."""
        if self._stay_on is not None:
            self._replace_staying(rows, has_more, self._stay_on)
            return
        self._quiet = not announce
        self.rows = list(rows)
        self.has_more = has_more
        self._asked_more = False
        self.virtual_size = Size(self.size.width, len(self.rows))
        new_cursor = min(self.cursor, max(len(self.rows) - 1, 0)) if keep_cursor else 0
        if new_cursor == self.cursor:
            self._announce()
        self.cursor = new_cursor
        if not keep_cursor:  # at once: whether the view shows the last row is asked below
            self.scroll_to(y=0, animate=False, immediate=True)
        self._quiet = False
        self.refresh()
        self._ask_more_if_near_end()

    def stay_on_row_next_time(self, key: Callable[[Any], object]) -> None:
        """The next `set_rows` (a reload because another desk changed the store) keeps the
        cursor on the row with the same `key`, quietly, wherever that row now is."""
        self._stay_on = key

    def _replace_staying(
        self, rows: Sequence[Any], has_more: bool, key: Callable[[Any], object]
    ) -> None:
        self._stay_on = None
        on = key(self.current) if self.current is not None else None
        self.set_rows(rows, has_more, keep_cursor=True, announce=False)
        keys = [key(row) for row in self.rows]
        if on is not None and on in keys:
            self._quiet = True
            self.move_to(keys.index(on))
            self._quiet = False

    def append_rows(self, rows: Sequence[Any], has_more: bool) -> None:
        self.rows.extend(rows)
        self.has_more = has_more
        self._asked_more = False
        self.virtual_size = Size(self.size.width, len(self.rows))
        self.refresh()
        self._ask_more_if_near_end()

    @property
    def current(self) -> Any | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    # Drawing ----------------------------------------------------------------------------------
    def render_lines(self, crop: Region) -> list[Strip]:
        # `rich_style` walks every ancestor's styles: once per pass, not once per line.
        self._line_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._line_style = None

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        rich_style = self._line_style or self.rich_style
        if not self.rows:
            # Wrapped, not cropped: the message says what to do, and its end is the key to press.
            empty_lines = Text(self.empty_text).wrap(self.app.console, max(width, 1))
            if self.empty_text and y < len(empty_lines):
                style = self.get_component_rich_style("row-list--empty")
                return self._strip(empty_lines[y], width, style)
            return Strip.blank(width, rich_style)
        if index >= len(self.rows):
            return Strip.blank(width, rich_style)
        text = self._render_row(self.rows[index], width)
        style = rich_style
        if index == self.cursor:
            style = style + self.get_component_rich_style("row-list--cursor")
        return self._strip(text, width, style)

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        line = text.copy()
        line.truncate(width, overflow="crop", pad=True)
        segments = list(line.render(self.app.console))
        segments = [
            Segment(seg.text, style + seg.style if seg.style else style) for seg in segments
        ]
        return Strip(segments).crop_extend(0, width, style)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.rows))
        self._ask_more_if_near_end()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._ask_more_if_near_end()

    # Cursor -----------------------------------------------------------------------------------
    def watch_cursor(self, old: int, new: int) -> None:
        self._refresh_row(old - self.scroll_offset.y)
        self._refresh_row(new - self.scroll_offset.y)
        self.scroll_to_region(Region(0, new, 1, 1), animate=False, immediate=True)
        self._announce()
        self._ask_more_if_near_end(cursor_moved=True)

    def _ask_more_if_near_end(self, cursor_moved: bool = False) -> None:
        """Ask once for the next page when the cursor moves within LOAD_MORE_MARGIN rows of the
        last loaded row, or the view shows that row (a first read shorter than the view, a
        scroll by the mouse)."""
        if not self.has_more or self._asked_more:
            return
        near = cursor_moved and self.cursor >= len(self.rows) - LOAD_MORE_MARGIN
        in_view_to = self.scroll_offset.y + self.size.height
        if near or (self.size.height > 0 and in_view_to >= len(self.rows)):
            self._asked_more = True
            self.post_message(self.NeedMore(self, self.rows[-1] if self.rows else None))

    def _refresh_row(self, y: int) -> None:
        if 0 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def _announce(self) -> None:
        if self.current is not None and not self._quiet:
            self.post_message(self.Highlighted(self, self.current))

    def move_to(self, index: int) -> None:
        if self.rows:
            self.cursor = max(0, min(index, len(self.rows) - 1))

    def action_cursor_down(self) -> None:
        self.move_to(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self.move_to(self.cursor - 1)

    def action_cursor_top(self) -> None:
        self.move_to(0)

    def action_cursor_bottom(self) -> None:
        self.move_to(len(self.rows) - 1)

    def action_page_down_rows(self) -> None:
        self.move_to(self.cursor + max(self.size.height - 1, 1))

    def action_page_up_rows(self) -> None:
        self.move_to(self.cursor - max(self.size.height - 1, 1))

    def action_select_row(self) -> None:
        if self.current is not None:
            self.post_message(self.Selected(self, self.current))
