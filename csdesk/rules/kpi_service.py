"""Service (H33's fourth measure) over plain rows: the 5-minute reply rate on general cargo (H20),
cadence kept for A/B customers (H89), quote follow-ups on time (H14), inquiries to quotes to
bookings, troubles answered the same day, complaints opened and closed (H26, H96).

Each rate is a pair of counts, so rates of agents add up to the desk's and a period with nothing
to count says "-" rather than 0 % or 100 %. Times are aware; days are the desk's zone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from csdesk.rules import sla
from csdesk.rules.kpi_period import Period

# Raised by the desk itself, not by a person: answering them is not a measure of service.
AUTOMATIC_TROUBLES = frozenset({"cutoff_near", "dg_fees_unconfirmed"})
COMPLAINT = "complaint"


@dataclass(frozen=True)
class Rate:
    hit: int
    counted: int

    @property
    def percent(self) -> float | None:
        return None if not self.counted else round(100 * self.hit / self.counted, 1)

    def __add__(self, other: Rate) -> Rate:
        return Rate(self.hit + other.hit, self.counted + other.counted)


def local_day(at: dt.datetime, tz: dt.tzinfo) -> dt.date:
    return at.astimezone(tz).date()


@dataclass(frozen=True)
class InquiryRow:
    inquiry_id: int
    agent_id: int | None
    received_at: dt.datetime
    sla_due_at: dt.datetime | None  # set for general cargo only
    first_response_at: dt.datetime | None
    quoted: bool = False  # a quote went to the customer (sent, won, lost or expired)
    booked: bool = False  # a quote of it became a booking


def reply_rate(rows: Iterable[InquiryRow], period: Period, now: dt.datetime, tz: dt.tzinfo) -> Rate:
    """General-cargo inquiries received in the period answered within 5 minutes, of those decided
    (answered, or already late); one still inside its 5 minutes is not counted yet."""
    clocks = [
        sla.clock(row.received_at, row.first_response_at, now, row.sla_due_at)
        for row in rows
        if row.sla_due_at is not None and period.contains(local_day(row.received_at, tz))
    ]
    result = sla.hit_rate(clocks)
    return Rate(result.answered_in_time, result.counted)


@dataclass(frozen=True)
class Conversion:
    inquiries: int
    quoted: int
    booked: int

    @property
    def quote_rate(self) -> Rate:
        return Rate(self.quoted, self.inquiries)

    @property
    def booking_rate(self) -> Rate:
        return Rate(self.booked, self.quoted)


def conversion(rows: Iterable[InquiryRow], period: Period, tz: dt.tzinfo) -> Conversion:
    """The inquiries received in the period, how many were quoted and how many booked."""
    chosen = [row for row in rows if period.contains(local_day(row.received_at, tz))]
    return Conversion(
        len(chosen), sum(row.quoted for row in chosen), sum(row.booked for row in chosen)
    )


def cadence_kept(
    due_customers: Collection[int],
    reached: Iterable[tuple[int, dt.date]],
    workdays: Iterable[dt.date],
) -> Rate:
    """A and B customers are due every working day (H89): of the customers due on each working
    day, how many were reached that day (an unanswered call does not count)."""
    days = set(workdays)
    wanted = set(due_customers)
    kept = {(customer, day) for customer, day in reached if customer in wanted and day in days}
    hit = len(kept)
    return Rate(hit, len(wanted) * len(days))


@dataclass(frozen=True)
class TaskRow:
    task_id: int
    agent_id: int | None
    due_at: dt.datetime
    done_at: dt.datetime | None


def follow_ups_on_time(
    rows: Iterable[TaskRow], period: Period, now: dt.datetime, tz: dt.tzinfo
) -> Rate:
    """Quote follow-ups due in the period (and already due) done by the end of their due day."""
    hit = counted = 0
    for row in rows:
        due_day = local_day(row.due_at, tz)
        if not period.contains(due_day) or row.due_at > now:
            continue
        counted += 1
        if row.done_at is not None and local_day(row.done_at, tz) <= due_day:
            hit += 1
    return Rate(hit, counted)


@dataclass(frozen=True)
class TroubleRow:
    trouble_id: int
    shipment_id: int
    agent_id: int | None  # the shipment's agent
    kind: str
    status: str
    opened_at: dt.datetime
    status_at: dt.datetime | None  # the last status change


def answered_same_day(rows: Iterable[TroubleRow], period: Period, tz: dt.tzinfo) -> Rate:
    """Troubles a person raised in the period that left `open` on the day they were opened."""
    hit = counted = 0
    for row in rows:
        opened = local_day(row.opened_at, tz)
        if row.kind in AUTOMATIC_TROUBLES or not period.contains(opened):
            continue
        counted += 1
        if row.status != "open" and row.status_at and local_day(row.status_at, tz) == opened:
            hit += 1
    return Rate(hit, counted)


@dataclass(frozen=True)
class Complaints:
    opened: int
    closed: int
    still_open: int  # of those opened in the period


def complaints(rows: Iterable[TroubleRow], period: Period, tz: dt.tzinfo) -> Complaints:
    opened = closed = still_open = 0
    for row in rows:
        if row.kind != COMPLAINT:
            continue
        if period.contains(local_day(row.opened_at, tz)):
            opened += 1
            still_open += row.status != "closed"
        if (
            row.status == "closed"
            and row.status_at
            and period.contains(local_day(row.status_at, tz))
        ):
            closed += 1
    return Complaints(opened, closed, still_open)
