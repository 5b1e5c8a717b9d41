"""Lines of the quote screen's lists: a rate option, a quote waiting for review.

Neither line carries a minimum sell price; the quote screen shows the highlighted option's
minimum in its own panel, marked as said by phone only (H8).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.widget import Widget

from csdesk.i18n import t
from csdesk.rules.pricing import money_text, units_text
from csdesk.widgets.columns import Column, fit, widths
from csdesk.widgets.guard import Guarded

if TYPE_CHECKING:
    from csdesk.desk.quote_list import QuoteRow
    from csdesk.desk.quote_options import QuoteOption


# The rate options' columns (cells, the space after included); the last takes the rest. At 80
# columns the list is 47 cells wide: the compact set fits it, the transit days included (a
# newcomer read no transit at all when "至 2027-01-01" took 16 cells); from WIDE_OPTIONS on the
# validity shows its year again.
OPTION_COLUMNS = (
    ("quote.col.carrier", 8, 10),
    ("quote.col.boxes", 9, 11),
    ("quote.col.price", 12, 13),
    ("quote.col.valid_to", 7, 12),
    ("quote.col.transit", 0, 0),
)
WIDE_OPTIONS = sum(wide for _key, _compact, wide in OPTION_COLUMNS) + 14


def _option_cells(width: int) -> list[int]:
    cells = [wide if width >= WIDE_OPTIONS else compact for _k, compact, wide in OPTION_COLUMNS]
    cells[-1] = max(width - sum(cells), 0)
    return cells


def option_header(width: int) -> Text:
    """The titles above the rate options, at the options' width (short in both languages)."""
    line = Text(no_wrap=True, overflow="crop", style="bold dim")
    for (key, _compact, _wide), cells in zip(OPTION_COLUMNS, _option_cells(width), strict=True):
        line.append(fit(t(key), max(cells - 1, 0)) + " ")
    return line


def render_option(option: QuoteOption, width: int) -> Text:
    line = Text(no_wrap=True, overflow="crop")
    carrier, boxes, price, valid, _transit = _option_cells(width)
    valid_day = (
        option.valid_to.isoformat() if width >= WIDE_OPTIONS else option.valid_to.strftime("%m-%d")
    )
    line.append(fit(option.carrier, carrier - 1) + " ", style="bold")
    line.append(fit(f"{option.container} x{units_text(option.units)}", boxes - 1) + " ")
    line.append(
        fit(money_text(option.offered_minor, option.currency), price - 1) + " ", style="bold green"
    )
    line.append(fit(valid_day, valid - 1) + " ", style="dim")
    transit = "-" if option.transit_days is None else str(option.transit_days)
    key = "quote.screen.transit" if width >= WIDE_OPTIONS else "quote.screen.transit_short"
    line.append(t(key, days=transit) + "  ")
    if option.source == "self":
        line.append(t("rates.source.self"), style="yellow")
    return line


# The review queue's columns: the customer takes what the fixed ones leave; the reasons are
# short marks here, said in full above the highlighted quote's text.
REVIEW_COLUMNS = (
    Column("", 6),  # #id
    Column("", 8),  # agent
    Column("", 8, share=1.0),  # customer
    Column("", 12),  # lane
    Column("", 9),  # boxes
    Column("", 12),  # price
    Column("", 10),  # why it is in review
)


# The most serious first: a narrow column keeps it.
REASON_ORDER = ("below_minimum", "near_minimum", "new_staff")


def review_reasons_text(row: QuoteRow, short: bool = False) -> str:
    reasons = [reason for reason in row.review_reasons.split("|") if reason]
    reasons.sort(key=lambda reason: REASON_ORDER.index(reason) if reason in REASON_ORDER else 9)
    kind = "quote.review_mark" if short else "quote.review"
    return (" " if short else ", ").join(t(f"{kind}.{reason}") for reason in reasons)


def render_review(row: QuoteRow, width: int) -> Text:
    """One quote in review; every column keeps a space before the next ("Durban Summit
    Clearing &CNSZX-ZADUR" ran together), and the reason marks are not cropped away."""
    line = Text(no_wrap=True, overflow="crop")
    cells = widths(REVIEW_COLUMNS, width)
    values = (
        (f"#{row.id}", "bold"),
        (row.agent_login or "-", ""),
        (row.customer, ""),
        (f"{row.pol}-{row.pod}", ""),
        (f"{row.container} x{units_text(row.units)}", ""),
        (row.price, "bold"),
        (review_reasons_text(row, short=True), "yellow"),
    )
    for (value, style), size in zip(values, cells, strict=True):
        line.append(fit(value, size - 1) + " ", style=style)
    return line


class OptionHeader(Guarded, Widget):
    """The column titles above the rate options, drawn at the list's width."""

    DEFAULT_CSS = "OptionHeader { height: 1; }"

    def render(self) -> Text:
        # The list below keeps one cell for its scrollbar (RowList's stable gutter).
        return option_header(self.size.width - 1)
