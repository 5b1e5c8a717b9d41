"""Columns of a one-line-per-row list: fixed ones, and flexible ones sharing what is left, so a
list fills the width it is given; the header line is drawn from the same columns."""

from __future__ import annotations

from collections.abc import Sequence
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
    return out


def fit(text: str, cells: int) -> str:
    """`text` cut or padded to exactly `cells` terminal cells (CJK counts double)."""
    out = ""
    for char in text:
        if cell_len(out + char) > cells:
            break
        out += char
    return out + " " * (cells - cell_len(out))


def header(columns: Sequence[Column], width: int) -> Text:
    line = Text(no_wrap=True, overflow="crop", style="bold dim")
    for column, cells in zip(columns, widths(columns, width), strict=True):
        line.append(fit(t(column.title_key) if column.title_key else "", cells))
    return line


class ListHeader(Guarded, Widget):
    """The column titles above a list, drawn at the list's width."""

    DEFAULT_CSS = "ListHeader { height: 1; }"

    def __init__(self, columns: Sequence[Column], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns = tuple(columns)

    def render(self) -> Text:
        # The list below keeps one cell for its scrollbar (RowList's stable gutter).
        return header(self.columns, self.size.width - 1)
