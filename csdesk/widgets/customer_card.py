"""The customer card: everything an agent needs with the customer on the line, as plain Text.
The card is read with the ORM (Customers screen) or with Core (desk.call_card, the Calls screen).

Customer text (names, notes, hobbies) is appended as data, never parsed as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from csdesk.i18n import t

if TYPE_CHECKING:
    from csdesk.desk.call_card import CallCard
    from csdesk.desk.customers import CustomerCard


def _field(text: Text, label: str, value: object) -> None:
    if value in (None, ""):
        return
    text.append(f"{label}: ", style="bold")
    text.append(f"{value}\n")


def _money_lines(text: Text, card: CallCard | CustomerCard) -> None:
    """Money trouble at a glance (issue 13): what is open, since when, and any held B/L."""
    from csdesk.rules.money import format_amount

    for currency, open_minor, oldest in card.money:
        since = oldest.isoformat() if oldest else "-"
        amount = format_amount(open_minor, currency)
        if oldest is not None and card.today is not None and oldest < card.today:
            text.append(f"{t('card.overdue', amount=amount, since=since)}\n", style="bold red")
        else:
            text.append(f"{t('card.money_open', amount=amount, since=since)}\n", style="yellow")
    if card.held_bookings:
        text.append(f"{t('accounts.held')} {', '.join(card.held_bookings)}\n", style="bold red")


def render_card(card: CallCard | CustomerCard) -> Text:
    customer = card.customer
    text = Text()
    text.append(f"{customer.name}\n", style="bold reverse")
    tier_line = f"{customer.tier}  {t('kind.' + customer.kind)}"
    if customer.vip:
        tier_line += "  VIP"
    if customer.ownership:
        tier_line += f"  {t('ownership.' + customer.ownership)}"
    text.append(tier_line + "\n", style="bold")
    _field(
        text, t("field.owner"), f"{card.owner.name} ({card.owner.login})" if card.owner else None
    )
    _field(text, t("field.source"), t("source." + customer.source) if customer.source else None)
    credit = t("credit." + customer.credit_terms)
    if customer.credit_terms == "monthly":
        credit += t(
            "card.settlement", day=customer.settlement_day or "-", end=customer.agreement_end or "-"
        )
    _field(text, t("field.credit_terms"), credit)
    _money_lines(text, card)
    _field(text, t("field.wechat"), customer.wechat)
    _field(text, t("field.hobbies"), customer.hobbies)
    _field(text, t("field.notes"), customer.notes)
    text.append(f"\n{t('card.contacts')}\n", style="bold underline")
    if not card.contacts:
        text.append(f"  {t('card.no_contacts')}\n", style="dim")
    for contact in card.contacts:
        mark = "*" if contact.primary else " "
        parts = [
            contact.name,
            contact.role or "",
            contact.phone or "",
            contact.wechat or "",
            contact.email or "",
        ]
        text.append(f" {mark} " + "  ".join(part for part in parts if part) + "\n")
    text.append(f"\n{t('card.recent')}\n", style="bold underline")
    if not card.recent:
        text.append(f"  {t('card.no_interactions')}\n", style="dim")
    for interaction in card.recent:
        from csdesk.rules.zone import DESK_TZ

        when = interaction.at.astimezone(DESK_TZ).strftime("%m-%d %H:%M")
        text.append(f"  {when}  {t('channel.' + interaction.channel)}  ")
        text.append(t("outcome." + interaction.outcome), style="bold")
        if interaction.note:
            text.append(f"  {interaction.note}")
        text.append("\n")
    return text
