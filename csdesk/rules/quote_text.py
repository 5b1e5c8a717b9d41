"""The quote as the customer reads it, in Chinese or English, for WeChat or e-mail.

Built only from what may be written: the offered price, the receivable charges, validity and
transit. Nothing here can see a rate's cost or minimum sell price (H8).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from csdesk.i18n import t
from csdesk.rules.money import split_covers
from csdesk.rules.pricing import LCL, money_text, units_text

CHANNELS = ("wechat", "email")


@dataclass(frozen=True)
class TextCharge:
    name: str
    amount_minor: int
    currency: str
    per: str  # unit | shipment


@dataclass(frozen=True)
class QuoteTextInput:
    customer: str
    agent: str
    pol: str  # port labels in the text's language
    pod: str
    carrier: str | None
    container: str
    units: float
    price_minor: int
    currency: str
    all_in: bool
    covers: str
    charges: Sequence[TextCharge]  # receivable surcharges; the freight is `price_minor`
    valid_until: dt.date
    transit_days: int | None
    provisional: bool
    sailing_on: dt.date | None
    commodity: str | None


def _per(container: str, lang: str) -> str:
    return t("quote.text.per_wm", lang) if container == LCL else t("quote.text.per_box", lang)


def _freight_line(quote: QuoteTextInput, lang: str) -> str:
    price = money_text(quote.price_minor, quote.currency)
    per = _per(quote.container, lang)
    if quote.all_in:
        covers = ", ".join(split_covers(quote.covers))
        return t("quote.text.all_in", lang, price=price, per=per, covers=covers)
    equipment = quote.container if quote.container != LCL else t("quote.text.lcl", lang)
    return t(
        "quote.text.freight",
        lang,
        equipment=equipment,
        price=price,
        per=per,
        units=units_text(quote.units),
    )


def _charge_lines(quote: QuoteTextInput, lang: str) -> list[str]:
    if quote.all_in:
        return []
    lines = []
    for charge in quote.charges:
        per = (
            t("quote.text.per_shipment", lang)
            if charge.per == "shipment"
            else _per(quote.container, lang)
        )
        amount = money_text(charge.amount_minor, charge.currency)
        lines.append(t("quote.text.charge", lang, name=charge.name, amount=amount, per=per))
    return lines


def _detail_lines(quote: QuoteTextInput, lang: str) -> list[str]:
    lines = []
    if quote.carrier:
        lines.append(t("quote.text.carrier", lang, carrier=quote.carrier))
    if quote.commodity:
        lines.append(t("quote.text.commodity", lang, commodity=quote.commodity))
    if quote.transit_days is not None:
        lines.append(t("quote.text.transit", lang, days=quote.transit_days))
    if quote.provisional:
        sailing = quote.sailing_on.isoformat() if quote.sailing_on else "-"
        lines.append(t("quote.text.provisional", lang, sailing=sailing))
    lines.append(t("quote.text.valid", lang, day=quote.valid_until.isoformat()))
    return lines


def render(quote: QuoteTextInput, lang: str, channel: str) -> str:
    """The whole message; e-mail adds a greeting line and a signature."""
    heading = t("quote.text.heading", lang, pol=quote.pol, pod=quote.pod)
    body = [
        heading,
        _freight_line(quote, lang),
        *_charge_lines(quote, lang),
        *_detail_lines(quote, lang),
    ]
    if channel == "email":
        greeting = t("quote.text.email_greeting", lang, customer=quote.customer)
        closing = t("quote.text.email_closing", lang, agent=quote.agent)
        return "\n".join([greeting, "", *body, "", closing])
    greeting = t("quote.text.wechat_greeting", lang, customer=quote.customer)
    return "\n".join([greeting, *body])
