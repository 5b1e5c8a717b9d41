"""Credit terms and due dates (H18, H95, H99), and applying a payment to open invoices.

Every amount is an integer in minor units (fen, cents) of one currency; nothing here converts
between currencies. Dates are arguments: no clock.
"""

from __future__ import annotations

import calendar as month_calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from csdesk.rules.calendar import WorkCalendar

TERMS = ("prepaid", "monthly")
REBATE_WORKING_DAYS = 3  # H99: finance pays within 3 working days of approval


@dataclass(frozen=True)
class Terms:
    """The terms a shipment is invoiced on, and why they differ from the customer's (if so)."""

    terms: str  # prepaid | monthly
    settlement_day: int | None
    why: str | None = None  # a catalogue key: money.terms_why.first_shipment, ...


def effective_terms(
    credit_terms: str,
    settlement_day: int | None,
    agreement_end: dt.date | None,
    kind: str,
    first_shipment: bool,
    on_day: dt.date,
) -> Terms:
    """H95: a first shipment is prepaid whatever the terms; monthly needs an agreement in force;
    an overseas agent (kind agent) needs its standing arrangement (also `agreement_end`)."""
    if first_shipment:
        return Terms("prepaid", None, "money.terms_why.first_shipment")
    in_force = agreement_end is not None and agreement_end >= on_day
    if kind == "agent" and not in_force:
        return Terms("prepaid", None, "money.terms_why.no_arrangement")
    if credit_terms != "monthly":
        return Terms("prepaid", None)
    if not in_force:
        return Terms("prepaid", None, "money.terms_why.agreement_ended")
    return Terms("monthly", settlement_day or 1)


def settlement_date(year: int, month: int, settlement_day: int) -> dt.date:
    """The settlement day in a month; a day the month lacks (31 in February) is its last day."""
    last = month_calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(max(settlement_day, 1), last))


def due_date(terms: Terms, issued_on: dt.date, calendar: WorkCalendar) -> dt.date:
    """Prepaid is due at once (before the B/L is released); monthly on the settlement day of the
    next month, moved to the next working day when that day is a holiday or weekend."""
    if terms.terms != "monthly":
        return issued_on
    year, month = (
        (issued_on.year + 1, 1)
        if issued_on.month == 12
        else (
            issued_on.year,
            issued_on.month + 1,
        )
    )
    day = settlement_date(year, month, terms.settlement_day or 1)
    return day if calendar.is_workday(day) else calendar.next_workday(day)


def rebate_due(approved_on: dt.date, calendar: WorkCalendar) -> dt.date:
    """H99: the third working day after approval (the approval day itself does not count)."""
    day = approved_on
    for _ in range(REBATE_WORKING_DAYS):
        day = calendar.next_workday(day)
    return day


@dataclass(frozen=True)
class OpenItem:
    """An open invoice as the allocation sees it: oldest first by (due date, id)."""

    invoice_id: int
    due_on: dt.date
    open_minor: int


def allocate(
    amount_minor: int, items: Sequence[OpenItem], named: int | None = None
) -> tuple[list[tuple[int, int]], int]:
    """(invoice id, amount) applications and the credit left: the named invoice first, then the
    oldest due; never more than an invoice's open amount, and nothing is lost."""
    if amount_minor < 0:
        raise ValueError("a negative amount cannot be applied")
    ordered = sorted(
        items, key=lambda item: (item.invoice_id != named, item.due_on, item.invoice_id)
    )
    left = amount_minor
    applied: list[tuple[int, int]] = []
    for item in ordered:
        if left == 0:
            break
        take = min(left, item.open_minor)
        if take > 0:
            applied.append((item.invoice_id, take))
            left -= take
    return applied, left
