"""The customer card: everything an agent needs with the customer on the line, as plain Text.
The card is read with the ORM (Customers screen) or with Core (desk.call_card, the Calls screen).

Customer text (names, notes, hobbies) is appended as data, never parsed as markup. A phone
number is never split across two lines: the views lay the card out with `keep_whole` at their
width, which wraps before a phone that would not fit and clips one wider than the view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.visual import VisualType
from textual.widgets import Static

from csdesk.i18n import t
from csdesk.widgets.guard import Guarded

if TYPE_CHECKING:
    from csdesk.desk.call_card import CallCard
    from csdesk.desk.customers import CustomerCard


# Marks a span that wrapping must not split (a phone number); keep_whole reads it.
KEEP_WHOLE = Style(meta={"csdesk.keep_whole": True})
WHOLE_INDENT = "   "  # under the contact's name, past the " * " mark
CLIPPED = "..."  # three dots, not the ambiguous-width ellipsis


def _is_whole(style: object) -> bool:
    return isinstance(style, Style) and bool(style.meta.get("csdesk.keep_whole"))


def _clip(part: Text, width: int) -> Text:
    """`part` cut to `width` cells, ending in CLIPPED when cut."""
    if cell_len(part.plain) <= width:
        return part
    keep = len(part.plain)
    while keep and cell_len(part.plain[:keep]) > width - len(CLIPPED):
        keep -= 1
    return part[:keep] + Text(CLIPPED)


def _whole_line(line: Text, width: int) -> Text:
    """One line with its marked spans kept whole at `width` cells (see keep_whole)."""
    whole = sorted((span.start, span.end) for span in line.spans if _is_whole(span.style))
    if not whole or cell_len(line.plain) <= width:
        return line
    out = Text()
    column = pos = 0
    for start, end in whole:
        before = line[pos:start]
        part = line[start:end]
        if column + cell_len(before.plain + part.plain) > width and before.plain.strip():
            out.append_text(_rstrip(before))
            out.append("\n" + WHOLE_INDENT)
            column = len(WHOLE_INDENT)
        else:
            out.append_text(before)
            column += cell_len(before.plain)
        part = _clip(part, max(width - column, len(CLIPPED) + 1))
        out.append_text(part)
        column += cell_len(part.plain)
        pos = end
    out.append_text(line[pos:])
    return out


def _rstrip(part: Text) -> Text:
    stripped = part.copy()
    stripped.rstrip()
    return stripped


def keep_whole(text: Text, width: int) -> Text:
    """`text` laid out for a view `width` cells wide so that no KEEP_WHOLE span (a phone) is
    split by the view's wrapping: a line too long breaks before the span, which then starts
    a line of its own (indented), and a span wider than that is clipped with CLIPPED."""
    if width <= 0 or not any(_is_whole(span.style) for span in text.spans):
        return text
    lines = text.split("\n", allow_blank=True)
    return Text("\n").join(_whole_line(line, width) for line in lines)


class CardText(Guarded, Static):
    """A Static for a customer card: lays the card out again at its width (keep_whole)."""

    def __init__(self, content: Text, *, id: str | None = None) -> None:
        super().__init__(content, id=id, markup=False)
        self._card_text: VisualType = content

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        self._card_text = content
        self._draw(layout)

    def on_resize(self) -> None:
        self._draw(True)

    def _draw(self, layout: bool) -> None:
        shown = self._card_text
        if isinstance(shown, Text):
            shown = keep_whole(shown, self.size.width)
        super().update(shown, layout=layout)


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
        text.append(f" {mark} " + "  ".join(part for part in (contact.name, contact.role) if part))
        if contact.phone:
            text.append("  ")
            text.append(contact.phone, style=KEEP_WHOLE)
        for part in (contact.wechat, contact.email):
            if part:
                text.append(f"  {part}")
        text.append("\n")
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
