"""The inquiry queue as lines under column headers, in sections: running 5-minute clocks, today's
overdue ones, the other open inquiries, old overdue ones, closed ones. The cursor skips the
section headings; pages from the store append to the last section."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from rich.text import Text

from csdesk.i18n import language, t
from csdesk.rules.inquiry_fields import MODES, STATUSES
from csdesk.rules.sla import clock
from csdesk.rules.zone import DESK_TZ
from csdesk.widgets.columns import Column, fit, fit_words, widths
from csdesk.widgets.row_list import RowList

if TYPE_CHECKING:
    from csdesk.desk.inquiry_queue import InquiryRow


@cache
def inquiry_columns(lang: str) -> tuple[Column, ...]:
    """The queue's columns in `lang`: the mode as wide as its longest short label and the
    status as its longest label (整箱 takes 5 cells and 待报价 7, not the 10 and 11 that left
    the goods cut at 80 columns while they stood half empty)."""
    mode_cells = 1 + max(cell_len(t(f"intake.mode_short.{mode}")) for mode in MODES)
    status_cells = 1 + max(cell_len(t(f"intake.status.{status}")) for status in STATUSES)
    return (
        Column("col.clock", 8),
        Column("col.received", 12),
        Column("col.status", min(11, max(status_cells, 1 + cell_len(t("col.status"))))),
        Column("col.customer", 10, 0.4),
        Column("col.lane", 12, 0.35),
        Column("col.mode", max(mode_cells, 1 + cell_len(t("col.mode")))),
        Column("col.commodity", 6, 0.25),
        Column("col.missing", 9),
    )


@dataclass(frozen=True)
class Section:
    rank: int


# A named lane's fixed part: two LOCODEs, the dash between them, a space after each code.
_LANE_CODES = 5 + 1 + 5 + 1 + 1
_LEAST_NAME = 4  # cells: two Chinese characters, a short English word


def lane_text(pol: str | None, pod: str | None, names: dict[str, str], cells: int) -> str:
    """`CNNGB 宁波-NGLOS 拉各斯`: both LOCODEs, and where the column has room for at least
    `_LEAST_NAME` cells of each name, the ports' names; narrower, the codes alone. Whether names
    show follows the column's width, not each row's names (a row that named its ports only when
    they fitted whole put CNTXG-VNSGN under CNSHA Shanghai-GHTEM Tema).

    A Chinese name that does not fit is shortened (胡志明市 to 胡志明). A Latin one is shown
    whole or not at all, its code standing for it: cut, it read as another place or a broken
    word (Ho Chi, Los, Dar es, Tianji); the room a left-out name frees goes to the other, and
    where only one fits, the destination's is kept."""
    room = cells - _LANE_CODES
    if room < 2 * _LEAST_NAME:
        return f"{pol or '?'}-{pod or '?'}"
    pol_name, pod_name = names.get(pol or "", ""), names.get(pod or "", "")
    # Each name keeps what it needs; when both do not fit, the longer gives way first.
    pol_room = min(cell_len(pol_name), max(room // 2, room - cell_len(pod_name)))
    pol_shown, pod_shown = _shortened(pol_name, pol_room), _shortened(pod_name, room - pol_room)
    if pod_name and not pod_shown:  # the destination tells lanes apart: the origin gives way
        pod_shown = _shortened(pod_name, room)
        pol_shown = _shortened(pol_name, room - cell_len(pod_shown))
    elif pol_name and not pol_shown:
        pod_shown = _shortened(pod_name, room)
    return f"{_end(pol, pol_shown)}-{_end(pod, pod_shown)}"


def _shortened(name: str, cells: int) -> str:
    """`name` in `cells`: whole, or a Chinese name cut between characters, or "" (a Latin name
    that does not fit whole)."""
    if cell_len(name) <= cells:
        return name
    if any(char.isascii() and char.isalpha() for char in name):
        return ""
    return fit_words(name, cells).rstrip()


def _end(code: str | None, name: str) -> str:
    return f"{code or '?'} {name}" if name else code or "?"


def render_inquiry(
    row: InquiryRow, width: int, now: dt.datetime, names: dict[str, str] | None = None
) -> Text:
    columns = inquiry_columns(language())
    cells = dict(zip((c.title_key for c in columns), widths(columns, width), strict=True))
    state = clock(row.received_at, row.first_response_at, now, row.sla_due_at)
    line = Text(no_wrap=True, overflow="crop")
    style = "bold red" if state.running and state.overdue else ""
    line.append(fit(state.label(), 7), style="bold reverse red" if style else "bold yellow")
    line.append(" ")
    received = row.received_at.astimezone(DESK_TZ).strftime("%m-%d %H:%M")
    line.append(fit(received, cells["col.received"]), style="dim")
    status = fit_words(t(f"intake.status.{row.status}"), cells["col.status"] - 1) + " "
    line.append(status, style=style or "bold")
    line.append(fit(row.customer, cells["col.customer"] - 1) + " ", style=style)
    lane = lane_text(row.pol, row.pod, names or {}, cells["col.lane"] - 1)
    line.append(fit(lane, cells["col.lane"] - 1) + " ")
    mode = t(f"intake.mode_short.{row.mode}") if row.mode else "-"
    line.append(fit_words(mode, cells["col.mode"] - 1) + " ")
    line.append(fit_words(row.commodity or "", cells["col.commodity"] - 1) + " ")
    if row.missing:
        missing = t("inquiry.cli.missing_count", count=len(row.missing))
        line.append(fit_words(missing, cells["col.missing"]).rstrip(), style="red")
    return line


def render_section(section: Section) -> Text:
    return Text(t(f"inquiries.section.{section.rank}"), style="bold underline")


def with_sections(rows: Sequence[InquiryRow], after_rank: int | None = None) -> list[Any]:
    entries: list[Any] = []
    rank = after_rank
    for row in rows:
        if row.rank != rank:
            rank = row.rank
            entries.append(Section(rank))
        entries.append(row)
    return entries


class InquiryRows(RowList):
    """RowList of Section | InquiryRow; `inquiry_rows` are the rows without the headings."""

    def set_rows(
        self,
        rows: Sequence[Any],
        has_more: bool = False,
        keep_cursor: bool = False,
        announce: bool = True,
    ) -> None:
        super().set_rows(with_sections(rows), has_more, keep_cursor, announce)
        self.move_to(self.cursor)

    def append_rows(self, rows: Sequence[Any], has_more: bool) -> None:
        last = self.inquiry_rows[-1].rank if self.inquiry_rows else None
        super().append_rows(with_sections(rows, last), has_more)

    @property
    def current(self) -> Any | None:
        row = super().current
        return None if isinstance(row, Section) else row

    @property
    def inquiry_rows(self) -> list[InquiryRow]:
        return [row for row in self.rows if not isinstance(row, Section)]

    def move_to(self, index: int) -> None:
        if not self.rows:
            return
        index = max(0, min(index, len(self.rows) - 1))
        step = 1 if index >= self.cursor else -1
        for direction in (step, -step):
            probe = index
            while 0 <= probe < len(self.rows) and isinstance(self.rows[probe], Section):
                probe += direction
            if 0 <= probe < len(self.rows):
                self.cursor = probe
                return
