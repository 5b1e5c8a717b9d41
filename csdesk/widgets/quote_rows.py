"""Lines of the quote screen's lists: a rate option, a quote waiting for review.

Neither line carries a minimum sell price; the quote screen shows the highlighted option's
minimum in its own panel, marked as said by phone only (H8).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from csdesk.i18n import t
from csdesk.rules.pricing import money_text, units_text
from csdesk.widgets.columns import Column, fit, widths

if TYPE_CHECKING:
    from csdesk.desk.quote_list import QuoteRow
    from csdesk.desk.quote_options import QuoteOption


def render_option(option: QuoteOption, width: int) -> Text:
    line = Text(no_wrap=True, overflow="crop")
    line.append(fit(option.carrier, 9), style="bold")
    line.append(fit(f"{option.container} x{units_text(option.units)}", 11))
    line.append(fit(money_text(option.offered_minor, option.currency), 12), style="bold green")
    line.append(fit(t("quote.screen.valid_to", day=option.valid_to.isoformat()), 16), style="dim")
    transit = "-" if option.transit_days is None else str(option.transit_days)
    line.append(fit(t("quote.screen.transit", days=transit), 10))
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
