"""The tier the data suggests (H87, H88): people assign tiers; the data says when one is wrong."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

SUGGESTION_MONTHS = 6


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (earlier when negative), clamped to the month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    next_month = dt.date(year + month // 12, month % 12 + 1, 1)
    last_day = (next_month - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last_day))


def monthly_shipper(shipped_months: Collection[dt.date], today: dt.date) -> bool:
    """Shipped in each of the last 3 months: the 3 before this one, or this one and the 2 before.

    The running month counts once it has a shipment, so a monthly shipper is not demoted on the
    1st of every month before its next booking.
    """
    months = {month_start(day) for day in shipped_months}
    current = month_start(today)
    previous = [add_months(current, -n) for n in (1, 2, 3)]
    return set(previous).issubset(months) or {current, *previous[:2]}.issubset(months)


def suggest_tier(
    shipped_months: Collection[dt.date],
    last_shipped_on: dt.date | None,
    last_inquiry_on: dt.date | None,
    today: dt.date,
) -> str:
    """A: shipped in each of the last 3 months. B: shipped in the last 6 months. C: asked for a
    rate in the last 6 months. D: otherwise. `shipped_months` holds any day of each month with a
    shipment (only the last few months matter)."""
    if monthly_shipper(shipped_months, today):
        return "A"
    horizon = add_months(today, -SUGGESTION_MONTHS)
    if last_shipped_on is not None and last_shipped_on >= horizon:
        return "B"
    if last_inquiry_on is not None and last_inquiry_on >= horizon:
        return "C"
    return "D"
