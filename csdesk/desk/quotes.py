"""Quotes from an inquiry: the valid rates best first, the price per customer kind, the charge
lines, the text the customer gets (H8, H10, H34, H39, H48, H62).

What happens after (review, send, follow-ups, won, lost, expired) is in csdesk.desk.quote_flow.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.context import DESK_TZ, AgentInfo
from csdesk.desk.errors import DeskError, NotFoundError, ValidationError
from csdesk.desk.quote_common import (
    EDITABLE_STATUSES,
    add_quote_task,
    close_quote_tasks,
    save_quote,
)
from csdesk.desk.quote_options import (
    customer_of,
    get_inquiry,
    get_quote,
    quotable,
    quote_options,
)
from csdesk.desk.quote_text import render_quote_text, store_text
from csdesk.desk.rates import customer_margin, latest_rate
from csdesk.desk.settings import minimum_band_percent
from csdesk.i18n import t
from csdesk.models import Agent, Customer, Inquiry, Quote, QuoteCharge, Rate
from csdesk.models.base import utcnow
from csdesk.rules import pricing
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.money import split_covers
from csdesk.rules.quote_text import CHANNELS

PROVISIONAL_DAYS = 7


@dataclass(frozen=True)
class _Pricing:
    price_minor: int
    reasons: tuple[str, ...]


def _covered_surcharges(charges: list[dict[str, Any]], currency: str, covers: str) -> int:
    names = set(split_covers(covers))
    return sum(
        line["amount_minor"]
        for line in charges
        if line["currency"] == currency and line["per"] == "unit" and line["name"] in names
    )


def _check_price(
    price_minor: int,
    rate: Rate | None,
    all_in: bool,
    covers: str,
    author_new: bool,
    actor: AgentInfo | None,
    band_percent: float = pricing.DEFAULT_MINIMUM_BAND_PERCENT,
) -> _Pricing:
    """The minimum guard (H8) on the freight part of the price, and who must review (H39).

    A price within the band above the minimum goes to a supervisor as one below it does: a
    cent above the minimum is the minimum in all but name.
    """
    if price_minor <= 0:
        raise ValidationError({"price": t("quote.error.price_positive")})
    problem = pricing.all_in_problem(all_in, covers)
    if problem:
        raise ValidationError({"covers": t(problem)})
    position = "above"
    if rate is not None:
        included = _covered_surcharges(rate.surcharges, rate.currency, covers) if all_in else 0
        band = pricing.minimum_band(rate.min_sell_minor, band_percent)
        position = pricing.price_position(price_minor - included, rate, band)
        if position == "at":
            raise DeskError("quote.error.price_at_minimum")
    reasons = pricing.review_reasons(
        author_new=author_new,
        below_minimum=position == "below",
        near_minimum=position == "near",
        actor_is_supervisor=bool(actor and actor.is_supervisor),
    )
    return _Pricing(price_minor, reasons)


def _author(
    session: Session, inquiry: Inquiry, customer: Customer, actor: AgentInfo | None
) -> Agent | None:
    """Whoever makes the quote; from the command line without an agent, the inquiry's own."""
    agent_id = actor.id if actor else (inquiry.agent_id or customer.owner_id)
    return session.get(Agent, agent_id) if agent_id else None


def _charges(quote: Quote, rate: Rate | None) -> list[QuoteCharge]:
    """Freight receivable at the quoted price, the rate's surcharges receivable, freight payable
    at cost (H48). A provisional quote without a rate has the freight line only."""
    assert quote.id is not None
    lines = [
        QuoteCharge(
            quote_id=quote.id,
            side="receivable",
            name="O/F",
            amount_minor=quote.price_minor,
            currency=quote.currency,
        )
    ]
    if rate is not None:
        lines += [
            QuoteCharge(
                quote_id=quote.id,
                side="receivable",
                name=line["name"],
                amount_minor=line["amount_minor"],
                currency=line["currency"],
                per=line["per"],
            )
            for line in rate.surcharges
        ]
        lines.append(
            QuoteCharge(
                quote_id=quote.id,
                side="payable",
                name="O/F",
                amount_minor=rate.buy_minor,
                currency=rate.currency,
            )
        )
    for position, line in enumerate(lines):
        line.position = position
    return lines


def _pick_rate(session: Session, inquiry_id: int, rate_id: int | None, day: dt.date) -> Rate | None:
    """The named rate if it may be offered for this inquiry today, else the best one, else None."""
    options = quote_options(session, inquiry_id, day)
    if rate_id is None:
        return session.get(Rate, options[0].rate_id) if options else None
    if session.get(Rate, rate_id) is None:
        raise NotFoundError("rates.not_found", ref=rate_id)
    if rate_id not in {option.rate_id for option in options}:
        raise DeskError("quote.error.rate_not_offerable", ref=rate_id)
    return session.get(Rate, rate_id)


def _default_covers(rate: Rate | None) -> str:
    names = ["O/F", *(line["name"] for line in (rate.surcharges if rate else []))]
    return "|".join(names)


@dataclass(frozen=True)
class QuoteRequest:
    """What the agent chose on the quote screen or the command line; None means the default."""

    rate_id: int | None = None
    price_minor: int | None = None
    price_currency: str | None = None  # as typed; must be the rate's currency
    all_in: bool = False
    covers: str | None = None
    lang: str = "zh"
    channel: str = "wechat"
    sailing_on: dt.date | None = None


def _provisional_basis(
    session: Session,
    inquiry: Inquiry,
    container: str,
    request: QuoteRequest,
    kind: str,
    margin: float,
) -> tuple[Rate | None, int]:
    """H62: no rate valid today. The last known rate for the lane gives carrier and price; with
    none the agent must name a price."""
    assert inquiry.pol is not None and inquiry.pod is not None
    basis = latest_rate(session, inquiry.pol, inquiry.pod, container)
    if request.price_minor is not None:
        return basis, request.price_minor
    if basis is None:
        raise DeskError("quote.error.no_rate_no_price")
    return basis, pricing.offered_price(kind, basis, margin)


@dataclass(frozen=True)
class _Basis:
    """What the quote is priced from: the rate (for a provisional quote the last one known, which
    also guards its price), the equipment and the price before the checks."""

    rate: Rate | None
    provisional: bool
    container: str
    units: float
    price_minor: int
    covers: str


def _basis(
    session: Session, inquiry: Inquiry, customer: Customer, request: QuoteRequest, today: dt.date
) -> _Basis:
    equipment = quotable(session, inquiry)
    margin = customer_margin(session, customer).percent
    rate = _pick_rate(session, inquiry.id or 0, request.rate_id, today)
    provisional = rate is None
    if rate is not None:
        container, units = rate.container, dict(equipment)[rate.container]
        price = request.price_minor
        if price is None:
            price = pricing.offered_price(customer.kind, rate, margin)
    else:
        container, units = equipment[0]
        rate, price = _provisional_basis(
            session, inquiry, container, request, customer.kind, margin
        )
    covers = request.covers or ""
    if request.all_in and not covers:
        covers = _default_covers(rate)
    if request.all_in and request.price_minor is None and rate is not None:
        price += _covered_surcharges(rate.surcharges, rate.currency, covers)
    return _Basis(rate, provisional, container, units, price, covers)


def _new_row(
    inquiry: Inquiry, author: Agent | None, basis: _Basis, checked: _Pricing,
    request: QuoteRequest, today: dt.date,
) -> Quote:  # fmt: skip
    rate = basis.rate
    currency = rate.currency if rate else (request.price_currency or "USD")
    if request.price_currency and request.price_currency != currency:
        raise ValidationError({"price": t("quote.error.currency", currency=currency)})
    return Quote(
        inquiry_id=inquiry.id or 0,
        customer_id=inquiry.customer_id,
        agent_id=author.id if author else None,
        rate_id=None if basis.provisional or rate is None else rate.id,
        carrier=rate.carrier if rate else None,
        pol=inquiry.pol or "",
        pod=inquiry.pod or "",
        container=basis.container,
        units=basis.units,
        price_minor=checked.price_minor,
        currency=currency,
        all_in=request.all_in,
        covers=basis.covers,
        status="in_review" if checked.reasons else "draft",
        provisional=basis.provisional,
        sailing_on=request.sailing_on,
        transit_days=rate.transit_days if rate else None,
        valid_until=_valid_until(rate, basis.provisional, request.sailing_on, today),
        text_lang=request.lang,
        text_channel=request.channel,
        review_reasons="|".join(checked.reasons),
    )


def new_quote(
    session: Session,
    inquiry_id: int,
    request: QuoteRequest,
    *,
    actor: AgentInfo | None,
    today: dt.date,
    calendar: WorkCalendar,
    new_staff_days: int = 90,
    tz: ZoneInfo = DESK_TZ,
) -> Quote:
    """A quote on the best (or named) valid rate, or a provisional one when none is valid."""
    if request.channel not in CHANNELS:
        raise ValidationError({"channel": t("quote.error.channel")})
    inquiry = get_inquiry(session, inquiry_id)
    customer = customer_of(session, inquiry.customer_id)
    basis = _basis(session, inquiry, customer, request, today)
    author = _author(session, inquiry, customer, actor)
    author_new = bool(author and pricing.is_new_staff(author.hired_on, today, new_staff_days))
    checked = _check_price(
        basis.price_minor,
        basis.rate,
        request.all_in,
        basis.covers,
        author_new,
        actor,
        minimum_band_percent(session),
    )
    quote = _new_row(inquiry, author, basis, checked, request, today)
    session.add(quote)
    session.flush()
    session.add_all(_charges(quote, None if basis.provisional else basis.rate))
    session.flush()
    if basis.provisional:
        due = pricing.provisional_update_due(today, calendar, tz)
        add_quote_task(session, quote, "quote_update", due, t("quote.task.update", ref=quote.id))
    else:
        _replace_provisional(session, inquiry_id, quote)
    store_text(session, quote, render_quote_text(session, quote, request.lang, request.channel))
    return quote


def _valid_until(
    rate: Rate | None, provisional: bool, sailing_on: dt.date | None, today: dt.date
) -> dt.date:
    if not provisional and rate is not None:
        return rate.valid_to
    return sailing_on or today + dt.timedelta(days=PROVISIONAL_DAYS)


def _replace_provisional(session: Session, inquiry_id: int, real: Quote) -> None:
    """A real rate replaces the inquiry's open provisional quotes and their update tasks (H62)."""
    statement = select(Quote).where(
        col(Quote.inquiry_id) == inquiry_id,
        col(Quote.provisional).is_(True),
        col(Quote.status).in_((*EDITABLE_STATUSES, "sent")),
        col(Quote.id) != real.id,
    )
    for old in session.execute(statement).scalars().all():
        save_quote(session, old, {"status": "replaced", "closed_at": real.created_at})
        close_quote_tasks(session, old.id or 0, real.created_at)


def reprice_quote(
    session: Session,
    quote_id: int,
    price_minor: int,
    *,
    actor: AgentInfo | None,
    today: dt.date,
    new_staff_days: int = 90,
    all_in: bool | None = None,
    covers: str | None = None,
    expected_version: int | None = None,
) -> Quote:
    """The agent's own price; below the minimum it goes to a supervisor, at it it is refused."""
    quote = get_quote(session, quote_id)
    if quote.status not in EDITABLE_STATUSES:
        raise DeskError("quote.error.not_editable", status=t(f"quote.status.{quote.status}"))
    rate = _guarding_rate(session, quote)
    author = session.get(Agent, quote.agent_id) if quote.agent_id else None
    author_new = bool(author and pricing.is_new_staff(author.hired_on, today, new_staff_days))
    new_all_in = quote.all_in if all_in is None else all_in
    new_covers = quote.covers if covers is None else "|".join(split_covers(covers))
    if new_all_in and not new_covers and covers is None:
        new_covers = _default_covers(rate)
    band = minimum_band_percent(session)
    checked = _check_price(price_minor, rate, new_all_in, new_covers, author_new, actor, band)
    changes: dict[str, Any] = {
        "price_minor": price_minor,
        "all_in": new_all_in,
        "covers": new_covers,
        "status": "in_review" if checked.reasons else "draft",
        "review_reasons": "|".join(checked.reasons),
    }
    if actor and actor.is_supervisor and quote.review_reasons:
        changes |= {"reviewed_by_id": actor.id, "reviewed_at": utcnow()}
    quote = save_quote(session, quote, changes, expected_version)
    _set_freight_line(session, quote_id, price_minor)
    text = render_quote_text(session, quote, quote.text_lang, quote.text_channel)
    store_text(session, quote, text)
    return quote


def _guarding_rate(session: Session, quote: Quote) -> Rate | None:
    """The rate whose minimum guards the quote's price; for a provisional one, the last known."""
    if quote.rate_id:
        return session.get(Rate, quote.rate_id)
    if quote.provisional:
        return latest_rate(session, quote.pol, quote.pod, quote.container)
    return None


def _set_freight_line(session: Session, quote_id: int, price_minor: int) -> None:
    freight = session.execute(
        select(QuoteCharge).where(
            col(QuoteCharge.quote_id) == quote_id,
            col(QuoteCharge.side) == "receivable",
            col(QuoteCharge.name) == "O/F",
        )
    ).scalar_one_or_none()
    if freight is not None:
        freight.amount_minor = price_minor
        session.add(freight)
