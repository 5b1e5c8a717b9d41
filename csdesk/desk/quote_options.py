"""What a quote is made from: the inquiry's lane and equipment and the rates valid for it, best
for the customer first (H8, H10, H34). `minimum_minor` of an option is for the screen only (H8).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.errors import DeskError, NotFoundError
from csdesk.desk.rates import customer_margin, valid_rates
from csdesk.models import Customer, Inquiry, InquiryContainer, Quote, Rate
from csdesk.rules import pricing

CLOSED_INQUIRY = ("won", "lost", "declined", "handed_over")


@dataclass(frozen=True)
class QuoteOption:
    """A rate as the quote screen offers it. `minimum_minor` is for the screen only (H8)."""

    rate_id: int
    carrier: str
    container: str
    units: float
    offered_minor: int
    sell_minor: int
    minimum_minor: int
    currency: str
    valid_to: dt.date
    transit_days: int | None
    source: str
    surcharges: tuple[dict[str, Any], ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "rate_id": self.rate_id,
            "carrier": self.carrier,
            "container": self.container,
            "units": self.units,
            "price": self.offered_minor / 100,
            "currency": self.currency,
            "valid_to": self.valid_to,
            "transit_days": self.transit_days,
            "source": self.source,
        }


def get_inquiry(session: Session, inquiry_id: int) -> Inquiry:
    inquiry = session.get(Inquiry, inquiry_id)
    if inquiry is None:
        raise NotFoundError("quote.inquiry_not_found", ref=inquiry_id)
    return inquiry


def get_quote(session: Session, quote_id: int) -> Quote:
    quote = session.get(Quote, quote_id)
    if quote is None:
        raise NotFoundError("quote.not_found", ref=quote_id)
    return quote


def inquiry_equipment(session: Session, inquiry: Inquiry) -> list[tuple[str, float]]:
    """(container type or LCL, units) the inquiry asks for; LCL is priced per W/M."""
    if inquiry.mode == "LCL":
        return [(pricing.LCL, pricing.lcl_units(inquiry.weight_kg, inquiry.volume_cbm))]
    lines = session.execute(
        select(InquiryContainer)
        .where(col(InquiryContainer.inquiry_id) == inquiry.id)
        .order_by(col(InquiryContainer.position))
    ).scalars()
    return [(line.type_code, float(line.quantity)) for line in lines]


def quotable(session: Session, inquiry: Inquiry) -> list[tuple[str, float]]:
    if inquiry.status in CLOSED_INQUIRY:
        raise DeskError("quote.error.inquiry_closed", status=inquiry.status)
    if inquiry.mode == "BREAKBULK":
        raise DeskError("quote.error.breakbulk")
    if not inquiry.pol or not inquiry.pod:
        raise DeskError("quote.error.no_lane")
    equipment = inquiry_equipment(session, inquiry)
    if not equipment:
        raise DeskError("quote.error.no_equipment")
    return equipment


def customer_of(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError("error.not_found.customer", ref=customer_id)
    return customer


def _option(rate: Rate, units: float, kind: str, margin: float) -> QuoteOption:
    assert rate.id is not None
    return QuoteOption(
        rate.id,
        rate.carrier,
        rate.container,
        units,
        pricing.offered_price(kind, rate, margin),
        rate.sell_minor,
        rate.min_sell_minor,
        rate.currency,
        rate.valid_to,
        rate.transit_days,
        rate.source,
        tuple(rate.surcharges),
    )


def quote_options(session: Session, inquiry_id: int, day: dt.date) -> list[QuoteOption]:
    """The rates valid today for the inquiry's lane and equipment, best for the customer first."""
    inquiry = get_inquiry(session, inquiry_id)
    equipment = dict(quotable(session, inquiry))
    customer = customer_of(session, inquiry.customer_id)
    margin = customer_margin(session, customer).percent
    assert inquiry.pol is not None and inquiry.pod is not None
    rates = valid_rates(session, inquiry.pol, inquiry.pod, list(equipment), day)
    options = [_option(rate, equipment[rate.container], customer.kind, margin) for rate in rates]
    return pricing.best_first(options)


@dataclass(frozen=True)
class InquirySummary:
    id: int
    customer: str
    customer_kind: str
    pol: str | None
    pod: str | None
    mode: str | None
    equipment: list[tuple[str, float]]
    commodity: str | None


@dataclass(frozen=True)
class Workspace:
    """What the quote screen shows for an inquiry: the rates to pick from, the quote so far."""

    inquiry: InquirySummary
    options: list[QuoteOption]
    quote: Quote | None  # the inquiry's latest quote not replaced, detached from the session
    problem: DeskError | None  # why the inquiry cannot be quoted yet


def quote_workspace(session: Session, inquiry_id: int, day: dt.date) -> Workspace:
    inquiry = get_inquiry(session, inquiry_id)
    customer = customer_of(session, inquiry.customer_id)
    problem: DeskError | None = None
    try:
        options = quote_options(session, inquiry_id, day)
    except DeskError as error:
        options, problem = [], error
    summary = InquirySummary(
        inquiry_id, customer.name, customer.kind, inquiry.pol, inquiry.pod, inquiry.mode,
        inquiry_equipment(session, inquiry), inquiry.commodity,
    )  # fmt: skip
    latest = session.execute(
        select(Quote)
        .where(col(Quote.inquiry_id) == inquiry_id, col(Quote.status) != "replaced")
        .order_by(col(Quote.id).desc())
        .limit(1)
    ).scalar_one_or_none()
    if latest is not None:
        session.expunge(latest)
    return Workspace(summary, options, latest, problem)
