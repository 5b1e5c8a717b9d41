"""Columns of a one-line-per-row list: fixed ones, and flexible ones sharing what is left, so a
list fills the width it is given; the header line is drawn from the same columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual.widget import Widget

from csdesk.i18n import t
from csdesk.widgets.guard import Guarded


@dataclass(frozen=True)
class Column:
    title_key: str  # i18n key of the header ("" for a column without one)
    cells: int  # the width of a fixed column, the least width of a flexible one
    share: float = 0.0  # a flexible column's share of the room the fixed ones leave


MIN_FLEXIBLE = 4  # cells: two Chinese characters


def widths(columns: Sequence[Column], width: int) -> list[int]:
    """Each column's cells at `width`: fixed ones as given, flexible ones by share, the last
    flexible column taking what rounding leaves."""
    fixed = sum(column.cells for column in columns if not column.share)
    least = sum(column.cells for column in columns if column.share)
    room = max(width - fixed - least, 0)
    total_share = sum(column.share for column in columns) or 1.0
    out = [
        column.cells + int(room * column.share / total_share) if column.share else column.cells
        for column in columns
    ]
    flexible = [i for i, column in enumerate(columns) if column.share]
    if flexible:
        out[flexible[-1]] += max(width - sum(out), 0)
    # Narrower than the columns' least: the flexible ones give way (the smallest share first),
    # so the last column is not cut off at the edge ("1 missin" at 80 columns).
    over = sum(out) - width
    for index in sorted(flexible, key=lambda i: columns[i].share):
        give = min(over, max(out[index] - MIN_FLEXIBLE, 0))
        out[index] -= give
        over -= give
    return out


def fit(text: str, cells: int) -> str:
    """`text` cut or padded to exactly `cells` terminal cells (CJK counts double)."""
    out = ""
    for char in text:
        if cell_len(out + char) > cells:
            break
        out += char
    return out + " " * (cells - cell_len(out))


def _inside_a_word(text: str, at: int) -> bool:
    return (
        0 < at < len(text)
        and text[at - 1].isascii()
        and text[at - 1].isalnum()
        and (text[at].isascii() and text[at].isalnum())
    )


# What a cut line does not end on: separators and opening brackets, half and full width.
_DANGLING = " ,;:-(['\"（［【「『，；："


_OPENING = {"(": ")", "（": "）", "[": "]", "［": "］", "【": "】", "「": "」", "『": "』"}


def _before_open_bracket(kept: str) -> str:
    """`kept` up to a bracket it opens and never closes: a cut remark ("hold proposed (last")
    reads as a broken one; left out whole, the words before it read whole."""
    closing: list[str] = []
    start = -1
    for index, char in enumerate(kept):
        if char in _OPENING:
            if not closing:
                start = index
            closing.append(_OPENING[char])
        elif closing and char == closing[-1]:
            closing.pop()
    if not closing or start <= 0:
        return kept
    return kept[:start].rstrip(_DANGLING)


def fit_words(text: str, cells: int) -> str:
    """`fit`, but a Latin word that does not fit is left out whole ("08:15 booking" in 11
    cells reads "08:15", not "08:15 bookin"), and so is a bracketed remark the cut would open
    and not close; Chinese may be cut between any two characters."""
    kept = fit(text, cells).rstrip(" ")
    if len(kept) >= len(text.rstrip(" ")):
        return fit(kept, cells)
    if _inside_a_word(text, len(kept)):
        start = len(kept)
        while start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
            start -= 1
        # one word longer than the column: cut, it is all there is
        kept = kept[:start].rstrip(_DANGLING) or kept
    # cut: no opening bracket or comma left dangling ("overdue: chase (" of "… (H55)")
    return fit(_before_open_bracket(kept.rstrip(_DANGLING)) or kept, cells)


def header(columns: Sequence[Column], width: int) -> Text:
    line = Text(no_wrap=True, overflow="crop", style="bold dim")
    for column, cells in zip(columns, widths(columns, width), strict=True):
        title = t(column.title_key) if column.title_key else ""
        # A title as wide as its column keeps a space before the next one ("goods missing").
        line.append(fit(title, cells - 1) + " " if cells > 1 else fit(title, cells))
    return line


class ListHeader(Guarded, Widget):
    """The column titles above a list, drawn at the list's width; `columns_at` gives a list
    whose columns change with its width (see calls_list.columns_at)."""

    DEFAULT_CSS = "ListHeader { height: 1; }"

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        columns_at: Callable[[int], Sequence[Column]] | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.columns = tuple(columns)
        self._columns_at = columns_at

    def render(self) -> Text:
        # The list below keeps one cell for its scrollbar (RowList's stable gutter).
        width = self.size.width - 1
        columns = self._columns_at(width) if self._columns_at else self.columns
        return header(columns, width)
