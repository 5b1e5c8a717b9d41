"""Lines of the quote screen's lists: a rate option, a quote waiting for review.

Neither line carries a minimum sell price; the quote screen shows the highlighted option's
minimum in its own panel, marked as said by phone only (H8).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from csdesk.i18n import t
from csdesk.rules.pricing import money_text, units_text
from csdesk.widgets.customer_rows import fit

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


def render_review(row: QuoteRow, width: int) -> Text:
    line = Text(no_wrap=True, overflow="crop")
    line.append(fit(f"#{row.id}", 7), style="bold")
    line.append(fit(row.agent_login or "-", 8))
    line.append(fit(row.customer, 24))
    line.append(fit(f"{row.pol}-{row.pod}", 12))
    line.append(fit(f"{row.container} x{units_text(row.units)}", 10))
    line.append(fit(row.price, 12), style="bold")
    reasons = ", ".join(
        t(f"quote.review.{reason}") for reason in row.review_reasons.split("|") if reason
    )
    line.append(reasons, style="yellow")
    return line
