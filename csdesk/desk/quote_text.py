"""A quote's text from the store: port names in the text's language, the receivable charges."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.errors import DeskError, ValidationError
from csdesk.desk.reference import port_index
from csdesk.i18n import LANGUAGES, t
from csdesk.models import Agent, Customer, Inquiry, Quote, QuoteCharge
from csdesk.rules.quote_text import CHANNELS, QuoteTextInput, TextCharge, render

# H39: a new hire's quote waits for the supervisor; until approved no text of it leaves the desk
# (clipboard, `csdesk quote text`, --json), or it reaches the customer unreviewed.
HELD_STATUSES = ("in_review", "returned")


def text_is_held(quote: Quote) -> bool:
    return quote.status in HELD_STATUSES


def releasable_text(quote: Quote, text: str) -> str:
    """`text`, when the quote's text may go to the customer; else a DeskError saying why not."""
    if text_is_held(quote):
        raise DeskError("quote.error.text_held", ref=quote.id)
    return text


def _port_label(session: Session, locode: str, lang: str) -> str:
    port = port_index(session).get(locode)
    if port is None:
        return locode
    return port.name_zh if lang == "zh" and port.name_zh else port.name_en


def text_input(session: Session, quote: Quote, lang: str) -> QuoteTextInput:
    customer = session.get(Customer, quote.customer_id)
    agent = session.get(Agent, quote.agent_id) if quote.agent_id else None
    inquiry = session.get(Inquiry, quote.inquiry_id)
    charges = session.execute(
        select(QuoteCharge)
        .where(col(QuoteCharge.quote_id) == quote.id, col(QuoteCharge.side) == "receivable")
        .order_by(col(QuoteCharge.position))
    ).scalars()
    return QuoteTextInput(
        customer=customer.name if customer else "",
        agent=agent.name if agent else "",
        pol=_port_label(session, quote.pol, lang),
        pod=_port_label(session, quote.pod, lang),
        carrier=quote.carrier,
        container=quote.container,
        units=quote.units,
        price_minor=quote.price_minor,
        currency=quote.currency,
        all_in=quote.all_in,
        covers=quote.covers,
        charges=[
            TextCharge(line.name, line.amount_minor, line.currency, line.per)
            for line in charges
            if line.name != "O/F"
        ],
        valid_until=quote.valid_until,
        transit_days=quote.transit_days,
        provisional=quote.provisional,
        sailing_on=quote.sailing_on,
        commodity=inquiry.commodity if inquiry else None,
    )


def render_quote_text(session: Session, quote: Quote, lang: str, channel: str) -> str:
    if lang not in LANGUAGES:
        raise ValidationError({"lang": t("quote.error.lang")})
    if channel not in CHANNELS:
        raise ValidationError({"channel": t("quote.error.channel")})
    return render(text_input(session, quote, lang), lang, channel)


def store_text(
    session: Session, quote: Quote, text: str, lang: str | None = None, channel: str | None = None
) -> None:
    """The text is saved on the quote row: what was copied is what the customer got."""
    quote.text = text
    quote.text_lang = lang or quote.text_lang
    quote.text_channel = channel or quote.text_channel
    session.add(quote)
    session.flush()
