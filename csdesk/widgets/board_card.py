"""How a shipment reads as a card in a board column: booking number, customer, B/L number and
vessel, the days in this stage, its trouble marks and whether the customer is overdue. Customer
text goes in as plain `Text`, never as markup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from csdesk.i18n import t
from csdesk.widgets.customer_rows import fit

if TYPE_CHECKING:
    from csdesk.desk.shipments import BoardCard

# Lines of one card; a blank line follows each card.
CARD_LINES = 4
CARD_HEIGHT = CARD_LINES + 1


def trouble_marks(kinds: tuple[str, ...]) -> str:
    return "".join(t(f"trouble.mark.{kind}") for kind in kinds)


def card_lines(card: BoardCard, width: int) -> list[Text]:
    """The card's lines, each exactly `width` cells."""
    width = max(width, 4)
    booking = Text(fit(card.booking_no, width), style="bold red" if card.trouble else "bold")
    customer = Text(fit(card.customer, width))
    # Once issued, the B/L number leads the line: it is what the customer asks about.
    vessel = " ".join(part for part in (card.bl_no, card.vessel, card.voyage) if part) or "-"
    days = t("board.days", days=card.days_in_stage)
    marks = trouble_marks(card.trouble)
    last = Text(no_wrap=True)
    last.append(days, style="dim")
    if marks:
        last.append(" ")
        last.append(marks, style="bold reverse red")
    if card.overdue:  # money trouble at a glance, as on the customer card (issue 13)
        last.append(" ")
        last.append(t("board.mark.overdue"), style="bold yellow")
    last.truncate(width, overflow="crop", pad=True)
    return [booking, customer, Text(fit(vessel, width), style="italic"), last]
