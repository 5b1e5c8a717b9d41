"""The card beside the call list: why this customer is on the list, the first-call script (H40)
when it is a first call, then the customer card. Customer text is data, never markup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from csdesk.desk.words import say_all
from csdesk.i18n import t
from csdesk.rules.cadence import CallRow
from csdesk.widgets.customer_card import render_card

if TYPE_CHECKING:
    from csdesk.desk.customers import CustomerCard

SCRIPT_STEPS = ("calls.script.1", "calls.script.2", "calls.script.3", "calls.script.4")


def is_first_call(card: CustomerCard) -> bool:
    """H40's script is for a D customer or one nobody has reached yet."""
    return card.customer.tier == "D" or card.customer.last_reached_at is None


def render_call_card(card: CustomerCard, row: CallRow | None) -> Text:
    text = Text()
    if row is not None and row.customer_id == card.customer.id:
        text.append(f"{t(f'calls.section.{row.section}')}: ", style="bold")
        text.append(say_all(row.reasons) + "\n")
        if row.flags:
            flags = "  ".join(t(f"calls.flag.{flag}") for flag in row.flags)
            text.append(f"{flags}\n", style="bold red")
        if row.attempts_today:
            text.append(t("calls.attempts_today", count=row.attempts_today) + "\n", style="dim")
        text.append("\n")
    if is_first_call(card):
        text.append(t("calls.script.title") + "\n", style="bold reverse")
        for number, key in enumerate(SCRIPT_STEPS, start=1):
            text.append(f" {number}. {t(key)}\n")
        text.append("\n")
    text.append_text(render_card(card))
    return text
