"""The call list as lines: a heading per section, then its rows; the cursor skips headings.

A RowList underneath (line API): only the rows in view are drawn, so a key press costs the same
whatever the length of the list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, TypeAlias

from rich.cells import cell_len
from rich.text import Text
from textual.binding import BindingType

from csdesk import keymap
from csdesk.i18n import t
from csdesk.widgets.columns import Column, fit, fit_words, widths
from csdesk.widgets.row_list import RowList

if TYPE_CHECKING:
    from csdesk.desk.calls import CallList
    from csdesk.rules.cadence import CallRow

# The call list's rules, its words and the desk's zone are imported when the first row is drawn:
# the first frame (an empty list) does without them (issue 11).

# The name takes most of the room: a company's name is what the agent reads first.
COLUMNS = (
    Column("", 2),
    Column("col.tier", 3),
    Column("col.customer", 12, 0.62),
    Column("col.reason", 10, 0.38),
    Column("col.last_contact", 12),
    Column("col.flags", 6),
)
# Below WIDE_FROM cells (the list at 80x24 is 51) the last contact shows its day only, and the
# reason takes the room: "09:00 逾期30天" and "14:00 callback" read whole, not "09:00 30".
WIDE_FROM = 64
NARROW_COLUMNS = (
    Column("", 2),
    Column("col.tier", 3),
    Column("col.customer", 12, 0.5),
    Column("col.reason", 16, 0.5),
    Column("col.last_contact_short", 6),
    Column("col.flags", 6),
)


def columns_at(width: int) -> Sequence[Column]:
    """The call list's columns at `width` cells (the header and the rows use the same)."""
    return COLUMNS if width >= WIDE_FROM else NARROW_COLUMNS


# The least a name keeps when its row's reason needs the room: four Chinese characters, a space.
MIN_NAME_CELLS = 9


def give_way(name_cells: int, reason_cells: int, reason: str) -> tuple[int, int]:
    """The name's and the reason's cells on one row: a reason longer than its column takes the
    cells it needs from the name (down to MIN_NAME_CELLS), so the name gives way rather than
    the reason ("09:30 回电, 已到时间" was cut to "已到时" beside a name cut anyway). The two
    together keep their width: the last contact and the flags stay in their columns."""
    wanted = cell_len(reason) + 1
    give = max(0, min(wanted - reason_cells, name_cells - MIN_NAME_CELLS))
    return name_cells - give, reason_cells + give


@dataclass(frozen=True)
class Heading:
    section: str
    count: int
    truncated: bool


Entry: TypeAlias = "Heading | CallRow"


def entries_of(call_list: CallList) -> list[Entry]:
    counts: dict[str, int] = {}
    for row in call_list.rows:
        counts[row.section] = counts.get(row.section, 0) + 1
    entries: list[Entry] = []
    for row in call_list.rows:
        if not entries or getattr(entries[-1], "section", None) != row.section:
            section = row.section
            entries.append(Heading(section, counts[section], section in call_list.truncated))
        entries.append(row)
    return entries


def _contact(moment: dt.datetime | None, wide: bool) -> str:
    from csdesk.rules.zone import DESK_TZ

    if moment is None:
        return t("calls.never" if wide else "calls.never_short")
    return moment.astimezone(DESK_TZ).strftime("%m-%d %H:%M" if wide else "%m-%d")


def render_entry(entry: Entry, width: int) -> Text:
    from csdesk.desk.words import say_all

    line = Text(no_wrap=True, overflow="crop")
    if isinstance(entry, Heading):
        title = t(f"calls.section.{entry.section}")
        more = t("calls.heading_more") if entry.truncated else ""
        line.append(f" {title} ({entry.count}{more})", style="bold underline")
        return line
    if entry.due_now:
        line.append("! ", style="bold red")
    elif entry.tried_at is not None:
        line.append("~ ", style="dim")
    else:
        line.append("  ")
    line.append(f"{entry.tier}  ", style="bold")
    columns = columns_at(width)
    _mark, _tier, name_cells, reason_cells, contact_cells, _flags = widths(columns, width)
    reason = say_all(entry.reasons)
    name_cells, reason_cells = give_way(name_cells, reason_cells, reason)
    line.append(fit(entry.name, name_cells - 1) + " ")
    line.append(fit_words(reason, reason_cells - 1) + " ", style="italic")
    contact = _contact(entry.last_contact_at, columns is COLUMNS)
    line.append(fit(contact, contact_cells), style="dim")
    line.append(" ".join(t(f"calls.flag_short.{flag}") for flag in entry.flags), style="bold")
    return line


class CallRows(RowList):
    """RowList of `Entry`; the cursor rests on customer rows only. Its own keys (outcome digits,
    skip, snooze) belong to the list, so they never fire while the strip below has focus."""

    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("calls.list")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(self._render_cached, t("calls.empty"), id=id)
        # Lines drawn once per list and width: a key press redraws rows, not their words.
        self._lines: dict[tuple[int, int], Text] = {}

    def _render_cached(self, entry: Entry, width: int) -> Text:
        key = (id(entry), width)
        line = self._lines.get(key)
        if line is None:
            line = self._lines[key] = render_entry(entry, width)
        return line

    @property
    def current_row(self) -> CallRow | None:
        current = self.current
        return None if current is None or isinstance(current, Heading) else current

    @property
    def call_rows(self) -> list[CallRow]:
        return [entry for entry in self.rows if not isinstance(entry, Heading)]

    def show(self, call_list: CallList, prefer: Sequence[int] = ()) -> None:
        """Show the list; the cursor goes to the first of `prefer` (customer ids) still listed."""
        entries = entries_of(call_list)
        self._lines.clear()
        self.set_rows(entries, announce=False)
        positions = {e.customer_id: i for i, e in enumerate(entries) if not isinstance(e, Heading)}
        target = next((positions[cid] for cid in prefer if cid in positions), None)
        # Index 0 is always a heading, so this moves the cursor and announces the row.
        self.move_to(target if target is not None else 1)

    def move_to(self, index: int) -> None:
        if not self.rows:
            return
        index = max(0, min(index, len(self.rows) - 1))
        step = 1 if index >= self.cursor else -1
        for direction in (step, -step):
            probe = index
            while 0 <= probe < len(self.rows) and isinstance(self.rows[probe], Heading):
                probe += direction
            if 0 <= probe < len(self.rows):
                self.cursor = probe
                return
