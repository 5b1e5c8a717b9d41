"""How a shipment reads as a card in a board column: booking number, customer, vessel, the days
in this stage and its trouble marks. Customer text goes in as plain `Text`, never as markup."""

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
    vessel = " ".join(part for part in (card.vessel, card.voyage) if part) or "-"
    days = t("board.days", days=card.days_in_stage)
    marks = trouble_marks(card.trouble)
    last = Text(no_wrap=True)
    last.append(days, style="dim")
    if marks:
        last.append(" ")
        last.append(marks, style="bold reverse red")
    last.truncate(width, overflow="crop", pad=True)
    return [booking, customer, Text(fit(vessel, width), style="italic"), last]
