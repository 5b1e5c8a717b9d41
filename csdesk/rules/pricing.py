"""Pricing a quote (H8, H34, H39, H48) and when it is followed up (H14, H62).

Amounts are minor units (fen, cents). Peers and overseas agents get the company sell price;
direct customers get cost plus their margin. The minimum sell price is a guard only: a price below
it needs a supervisor, and a written price never equals it (it is said by phone only, H8).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Protocol, TypeVar

from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.money import split_covers

LCL = "LCL"
# Customer kinds priced at the company sell price; everyone else is priced at cost plus margin.
SELL_PRICE_KINDS = ("peer", "agent")
LOST_REASONS = ("price", "schedule", "service", "no_cargo", "other")
REVIEW_NEW_STAFF = "new_staff"
REVIEW_BELOW_MINIMUM = "below_minimum"
REVIEW_NEAR_MINIMUM = "near_minimum"
# A price less than this much above the minimum needs a supervisor too (issue 10).
DEFAULT_MINIMUM_BAND_PERCENT = 1.0
NOON = dt.time(12, 0)
SAME_DAY_FOLLOW_UP = dt.time(15, 0)
NEXT_DAY_FOLLOW_UP = dt.time(10, 0)
PROVISIONAL_UPDATE = dt.time(10, 0)
DEFAULT_MARGIN_PERCENT = 10.0


class PricedRate(Protocol):
    @property
    def buy_minor(self) -> int: ...

    @property
    def sell_minor(self) -> int: ...

    @property
    def min_sell_minor(self) -> int: ...


@dataclass(frozen=True)
class RateTerms:
    buy_minor: int
    sell_minor: int
    min_sell_minor: int
    currency: str = "USD"


def uses_sell_price(customer_kind: str) -> bool:
    return customer_kind in SELL_PRICE_KINDS


def cost_plus(buy_minor: int, margin_percent: float) -> int:
    """Cost plus margin, rounded up to a whole currency unit (agents never write cents)."""
    # A margin is a percentage with a few decimals; float noise (2e-16 %) must not add a unit.
    margin = Decimal(str(margin_percent)).quantize(Decimal("1e-10"))
    raw = Decimal(buy_minor) * (Decimal(100) + margin) / Decimal(100)
    units = (raw / 100).to_integral_value(rounding=ROUND_CEILING)
    return int(units) * 100


def offered_price(customer_kind: str, rate: PricedRate, margin_percent: float) -> int:
    """The price per unit a customer of this kind is offered from this rate (H8, H34)."""
    if uses_sell_price(customer_kind):
        return rate.sell_minor
    return cost_plus(rate.buy_minor, margin_percent)


def minimum_band(min_sell_minor: int, band_percent: float) -> int:
    """How far above the minimum a price still counts as the minimum: `band_percent` of it,
    at least one whole unit; none when the band is 0."""
    if band_percent <= 0:
        return 0
    band = (Decimal(min_sell_minor) * Decimal(str(band_percent)) / 100).to_integral_value(
        rounding=ROUND_CEILING
    )
    return max(int(band), 100)


def price_position(price_minor: int, rate: PricedRate, band_minor: int = 0) -> str:
    """ "above" the minimum, "at" it (never written, H8), "near" it (within `band_minor` above:
    the minimum in all but name, so a supervisor decides) or "below" it (a supervisor decides)."""
    if price_minor > rate.min_sell_minor + band_minor:
        return "above"
    if price_minor > rate.min_sell_minor:
        return "near"
    return "at" if price_minor == rate.min_sell_minor else "below"


def is_new_staff(hired_on: dt.date | None, today: dt.date, new_staff_days: int) -> bool:
    """Hired less than `new_staff_days` ago (H39); an agent without a hire date is not new."""
    return hired_on is not None and (today - hired_on).days < new_staff_days


def review_reasons(
    *,
    author_new: bool,
    below_minimum: bool,
    actor_is_supervisor: bool,
    near_minimum: bool = False,
) -> tuple[str, ...]:
    """Why a supervisor must approve the quote before it is sent; none when one is pricing it."""
    if actor_is_supervisor:
        return ()
    reasons: list[str] = []
    if author_new:
        reasons.append(REVIEW_NEW_STAFF)
    if below_minimum:
        reasons.append(REVIEW_BELOW_MINIMUM)
    if near_minimum:
        reasons.append(REVIEW_NEAR_MINIMUM)
    return tuple(reasons)


def all_in_problem(all_in: bool, covers: str | list[str] | tuple[str, ...] | None) -> str | None:
    """An ALL IN price must say which charges it includes (H48)."""
    if all_in and not split_covers(covers):
        return "quote.error.all_in_covers"
    return None


def lcl_units(weight_kg: float | None, volume_cbm: float | None) -> float:
    """Freight tons (W/M): the greater of tonnes and cubic metres, at least one, to 0.01."""
    tonnes = (weight_kg or 0) / 1000
    measure = max(tonnes, volume_cbm or 0, 1.0)
    return math.ceil(round(measure * 100, 6)) / 100


def line_total(amount_minor: int, units: float) -> int:
    return int((Decimal(amount_minor) * Decimal(str(units))).to_integral_value(ROUND_HALF_UP))


def follow_up_times(sent_at: dt.datetime, calendar: WorkCalendar) -> list[dt.datetime]:
    """H14: a quote sent in the morning is chased at 15:00 the same day, and every quote again
    at 10:00 the next working day. `sent_at` is in the desk's zone; results share it."""
    zone = sent_at.tzinfo
    times: list[dt.datetime] = []
    if sent_at.timetz().replace(tzinfo=None) < NOON:
        times.append(dt.datetime.combine(sent_at.date(), SAME_DAY_FOLLOW_UP, tzinfo=zone))
    next_day = calendar.next_workday(sent_at.date())
    times.append(dt.datetime.combine(next_day, NEXT_DAY_FOLLOW_UP, tzinfo=zone))
    return times


def provisional_update_due(day: dt.date, calendar: WorkCalendar, zone: dt.tzinfo) -> dt.datetime:
    """H62: a provisional quote is updated each working day; the next update after `day`."""
    return dt.datetime.combine(calendar.next_workday(day), PROVISIONAL_UPDATE, tzinfo=zone)


class Ranked(Protocol):
    @property
    def offered_minor(self) -> int: ...

    @property
    def transit_days(self) -> int | None: ...

    @property
    def valid_to(self) -> dt.date: ...


RankedT = TypeVar("RankedT", bound=Ranked)


def best_first(options: Iterable[RankedT]) -> list[RankedT]:
    """Cheapest for the customer first, then the faster sailing, then the longer validity."""
    return sorted(
        options,
        key=lambda option: (
            option.offered_minor,
            option.transit_days if option.transit_days is not None else 10_000,
            -option.valid_to.toordinal(),
        ),
    )


def money_text(minor: int, currency: str) -> str:
    """ "USD 1,850" for whole amounts, "USD 1,850.50" otherwise: how a quote is written."""
    units, cents = divmod(abs(minor), 100)
    sign = "-" if minor < 0 else ""
    amount = f"{units:,}" if cents == 0 else f"{units:,}.{cents:02d}"
    return f"{currency} {sign}{amount}"


def units_text(units: float) -> str:
    return f"{units:g}"
