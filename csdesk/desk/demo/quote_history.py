"""Demo quote history: the quote behind every demo inquiry that was answered with a price, and its
end: won when the customer has a booking sailing a few days to five weeks later (the quote is
linked to that shipment), lost or expired otherwise, still waiting while its week of validity
runs. So the KPI funnel (inquiries received, quoted, booked) reads as a desk's does.

A complete inquiry is general cargo in the demo, quoted in the reply itself: its first response,
within 5 minutes or late as the inquiry records (H20). One that still lacks what H36/H98 require
cannot be priced: the customer never sent it (lost), or has a few days left to (incomplete).
LCL inquiries are never linked: the demo's bookings are full containers.

A demo extension (csdesk.desk.demo.EXTENSIONS), after every extension that writes shipments.
Rows go in with bulk inserts; the text is rendered by the same rules the quote screen uses.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlmodel import Session, col

from csdesk.desk.context import DESK_TZ, demo_moment
from csdesk.desk.demo.inquiries import STILL_OPEN_DAYS
from csdesk.desk.demo.quote_data import BOXES, LANES, LCL_BASE
from csdesk.desk.quote_rows import SOURCE_TABLE
from csdesk.desk.reference import load_calendar, port_index
from csdesk.i18n import t
from csdesk.models import Agent, Customer, Inquiry, InquiryContainer, Quote, Shipment, Task
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.pricing import (
    LOST_REASONS,
    REVIEW_NEW_STAFF,
    follow_up_times,
    is_new_staff,
    money_text,
    units_text,
)
from csdesk.rules.quote_text import QuoteTextInput, render

# What inquiries.py marks as answered with a price; this module decides how each one ended.
PRICED = ("quoted", "won", "lost")
VALID_DAYS = 7  # a week's rate, as the desk quotes general cargo
BOOKED_WITHIN = (3, 35)  # days from the quote to the sailing of the booking it became
LOST_SHARE = 0.45  # of the quotes not booked: the customer said no (else the quote expired)
FALLBACK_CARRIERS = ("COSCO", "MSC", "CMA")
NEW_STAFF_DAYS = 90  # new_quote's default (H39)
LATE_FOLLOW_UP_SHARE = 0.12  # follow-ups done the next working day (H14 wants them on the day)


@dataclass
class _Asked:
    id: int
    customer_id: int
    agent_id: int | None
    received_at: dt.datetime
    first_response_at: dt.datetime
    missing: str
    mode: str
    pol: str
    pod: str
    weight_kg: float | None
    volume_cbm: float | None
    commodity: str | None
    channel: str
    box: str | None = None
    boxes: int = 1


@dataclass
class _Booking:
    id: int
    etd: dt.date
    carrier: str
    pod: str
    taken: bool = False


def _aware(at: dt.datetime) -> dt.datetime:
    return at if at.tzinfo else at.replace(tzinfo=dt.UTC)


def _asked(session: Session) -> list[_Asked]:
    """Inquiries answered with a price that have no quote yet (quotes.py made its own)."""
    quoted = select(col(Quote.inquiry_id))
    statement = (
        select(
            col(Inquiry.id), col(Inquiry.customer_id), col(Inquiry.agent_id),
            col(Inquiry.received_at), col(Inquiry.first_response_at), col(Inquiry.missing),
            col(Inquiry.mode),
            col(Inquiry.pol), col(Inquiry.pod), col(Inquiry.weight_kg), col(Inquiry.volume_cbm),
            col(Inquiry.commodity), col(Inquiry.channel),
        )
        .where(col(Inquiry.status).in_(PRICED), col(Inquiry.id).not_in(quoted))
        .where(col(Inquiry.first_response_at).is_not(None))
        .order_by(col(Inquiry.received_at), col(Inquiry.id))
    )  # fmt: skip
    found = []
    for row in session.execute(statement).all():
        received, answered = _aware(row[3]), _aware(row[4])
        found.append(_Asked(row[0], row[1], row[2], received, answered, *row[5:]))
    first_lines = select(
        col(InquiryContainer.inquiry_id), col(InquiryContainer.type_code),
        col(InquiryContainer.quantity),
    ).where(col(InquiryContainer.position) == 0)  # fmt: skip
    lines = {row[0]: (row[1], row[2]) for row in session.execute(first_lines)}
    for asked in found:
        asked.box, asked.boxes = lines.get(asked.id, (None, 1))
    return found


def _bookings(session: Session) -> dict[int, list[_Booking]]:
    """Each customer's shipments no quote has claimed, by sailing day."""
    claimed = select(col(Quote.shipment_id)).where(col(Quote.shipment_id).is_not(None))
    statement = (
        select(
            col(Shipment.customer_id), col(Shipment.id), col(Shipment.etd),
            col(Shipment.carrier), col(Shipment.pod),
        )
        .where(col(Shipment.etd).is_not(None), col(Shipment.id).not_in(claimed))
        .order_by(col(Shipment.etd), col(Shipment.id))
    )  # fmt: skip
    found: dict[int, list[_Booking]] = {}
    for customer_id, *rest in session.execute(statement).all():
        found.setdefault(customer_id, []).append(_Booking(*rest))
    return found


def _euro(pod: str) -> bool:
    return pod == "DEHAM"  # Europe is billed in euros (kpi_history's charges)


def _booking_for(asked: _Asked, sent: dt.datetime, mine: list[_Booking]) -> _Booking | None:
    """The customer's first unclaimed full-container booking sailing in the window after the quote,
    billed in the quote's currency."""
    if asked.mode != "FCL" or not mine:
        return None
    day = sent.astimezone(DESK_TZ).date()
    first, last = (day + dt.timedelta(days=n) for n in BOOKED_WITHIN)
    start = bisect.bisect_left([booking.etd for booking in mine], first)
    for booking in mine[start:]:
        if booking.etd > last:
            return None
        if not booking.taken and _euro(booking.pod) == _euro(asked.pod):
            return booking
    return None


def _price(rng: random.Random, asked: _Asked) -> tuple[str, float, int, str]:
    """(container, units, freight per unit in minor units, carrier) near the demo's rate sheets."""
    carriers, base, _transit = LANES.get(asked.pod, (FALLBACK_CARRIERS, 1500, 30))
    carrier = rng.choice(carriers)
    margin = rng.uniform(1.12, 1.25)
    if asked.mode == "LCL":
        wm = max(asked.volume_cbm or 1.0, (asked.weight_kg or 0.0) / 1000)
        per = LCL_BASE.get(asked.pod, 50) * margin
        return "LCL", round(wm, 1), round(per) * 100, carrier
    box = asked.box or "40HQ"
    return box, float(asked.boxes), round(base * BOXES.get(box, 1.8) * margin / 10) * 1000, carrier


class _Desk:
    """Names for the quote texts, and who reviews whose quotes (H39)."""

    def __init__(self, session: Session, asked: Sequence[_Asked]) -> None:
        self.ports = port_index(session)
        ids = sorted({a.customer_id for a in asked})
        self.customers: dict[int, str] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            names = select(col(Customer.id), col(Customer.name)).where(col(Customer.id).in_(chunk))
            self.customers.update({row[0]: row[1] for row in session.execute(names)})
        agents = session.execute(
            select(col(Agent.id), col(Agent.name), col(Agent.role), col(Agent.hired_on))
        ).all()
        self.agents: dict[int, str] = {row[0]: row[1] for row in agents}
        self.hired = {row[0]: row[3] for row in agents}
        self.supervisor = next((row[0] for row in agents if row[2] == "supervisor"), None)

    def review(self, asked: _Asked, sent: dt.datetime) -> dict[str, Any]:
        """A new colleague's quote went out once the supervisor approved it (H39)."""
        day = sent.astimezone(DESK_TZ).date()
        if self.supervisor is None or not is_new_staff(
            self.hired.get(asked.agent_id or 0), day, NEW_STAFF_DAYS
        ):
            return {}
        reviewed = sent - (sent - asked.received_at) / 3
        return {
            "review_reasons": REVIEW_NEW_STAFF,
            "reviewed_by_id": self.supervisor,
            "reviewed_at": reviewed,
        }

    def port(self, locode: str) -> str:
        port = self.ports.get(locode)
        return (port.name_zh or port.name_en) if port else locode

    def text(self, asked: _Asked, row: dict[str, Any]) -> str:
        """The quote text as the quote screen renders it (no surcharge lines: none are stored)."""
        quote = QuoteTextInput(
            customer=self.customers.get(asked.customer_id, ""),
            agent=self.agents.get(asked.agent_id or 0, ""),
            pol=self.port(asked.pol), pod=self.port(asked.pod), carrier=row["carrier"],
            container=row["container"], units=row["units"], price_minor=row["price_minor"],
            currency=row["currency"], all_in=False, covers="", charges=[],
            valid_until=row["valid_until"], transit_days=None, provisional=False,
            sailing_on=None, commodity=asked.commodity,
        )  # fmt: skip
        return render(quote, "zh", row["text_channel"])


def _ending(
    rng: random.Random, sent: dt.datetime, valid_until: dt.date, booking: _Booking | None,
    moment: dt.datetime,
) -> dict[str, Any]:  # fmt: skip
    """How the quote ended: status, when, why, and the booking it became."""
    if booking is not None:
        won = min(sent + dt.timedelta(hours=rng.uniform(2, 40)), moment - dt.timedelta(minutes=5))
        booking.taken = True
        return {"status": "won", "closed_at": won, "shipment_id": booking.id}
    if rng.random() < LOST_SHARE:
        lost = sent + dt.timedelta(hours=rng.uniform(4, 72))
        if lost < moment:
            reason = rng.choice(LOST_REASONS)
            return {"status": "lost", "closed_at": lost, "lost_reason": reason}
    if valid_until < moment.astimezone(DESK_TZ).date():
        expired = dt.datetime.combine(
            valid_until + dt.timedelta(days=1), dt.time(8, 30), tzinfo=DESK_TZ
        )
        return {"status": "expired", "closed_at": expired}
    return {"status": "sent"}


INQUIRY_STATUS = {"won": "won", "lost": "lost", "expired": "quoted", "sent": "quoted"}


def _quote_row(
    rng: random.Random, asked: _Asked, sent: dt.datetime, bookings: dict[int, list[_Booking]],
    moment: dt.datetime,
) -> dict[str, Any]:  # fmt: skip
    container, units, price, carrier = _price(rng, asked)
    booking = _booking_for(asked, sent, bookings.get(asked.customer_id, []))
    if booking is not None:
        carrier = booking.carrier
    valid_until = sent.astimezone(DESK_TZ).date() + dt.timedelta(days=VALID_DAYS)
    ending = _ending(rng, sent, valid_until, booking, moment)
    return {
        "inquiry_id": asked.id, "customer_id": asked.customer_id, "agent_id": asked.agent_id,
        "rate_id": None, "carrier": carrier, "pol": asked.pol, "pod": asked.pod,
        "container": container, "units": units, "price_minor": price,
        "currency": "EUR" if _euro(asked.pod) else "USD", "all_in": False, "covers": "",
        "provisional": False, "valid_until": valid_until,
        "text_lang": "zh", "text_channel": "email" if asked.channel == "email" else "wechat",
        "review_reasons": "", "reviewed_by_id": None, "reviewed_at": None, "sent_at": sent,
        "closed_at": None, "lost_reason": None, "shipment_id": None, "needs_reconfirm": False,
        "created_at": sent, "updated_at": ending.get("closed_at", sent), "version": 1,
    } | ending  # fmt: skip


def generate(
    session: Session, rng: random.Random, today: dt.date, customers: Sequence[Any]
) -> None:
    asked = _asked(session)
    if not asked:
        return
    moment = demo_moment(today)
    bookings = _bookings(session)
    desk = _Desk(session, asked)
    rows: list[dict[str, Any]] = []
    unpriced: list[dict[str, Any]] = []
    recent = today - dt.timedelta(days=STILL_OPEN_DAYS)
    for inquiry in asked:
        if inquiry.missing:
            still = inquiry.received_at.astimezone(DESK_TZ).date() > recent
            unpriced.append({"id": inquiry.id, "status": "incomplete" if still else "lost"})
            continue
        row = _quote_row(rng, inquiry, inquiry.first_response_at, bookings, moment)
        row |= desk.review(inquiry, inquiry.first_response_at)
        row["text"] = desk.text(inquiry, row)
        rows.append(row)
    _write(session, rows, unpriced)
    follow_ups = _follow_ups(rng, rows, load_calendar(session), moment)
    if follow_ups:
        session.execute(insert(Task), follow_ups)


def _write(session: Session, rows: list[dict[str, Any]], unpriced: list[dict[str, Any]]) -> None:
    """The quotes, their inquiries' statuses, and the lane of each booking a quote became."""
    first = int(session.execute(select(func.coalesce(func.max(col(Quote.id)), 0))).scalar_one())
    for offset, row in enumerate(rows, start=1):
        row["id"] = first + offset
    if rows:
        session.execute(insert(Quote), rows)
    statuses = [{"id": row["inquiry_id"], "status": INQUIRY_STATUS[row["status"]]} for row in rows]
    if statuses or unpriced:  # bulk UPDATE by primary key
        session.execute(update(Inquiry), statuses + unpriced)
    booked = [
        {"id": row["shipment_id"], "pol": row["pol"], "pod": row["pod"]}
        for row in rows
        if row["shipment_id"] is not None
    ]
    if booked:  # the booking sails the lane it was quoted on
        session.execute(update(Shipment), booked)


def _follow_ups(
    rng: random.Random, rows: Sequence[dict[str, Any]], calendar: WorkCalendar,
    moment: dt.datetime,
) -> list[dict[str, Any]]:  # fmt: skip
    """The H14 follow-ups of each quote that fell due before the demo's moment, done: by the
    quote's end when it came first, most on their day, some the next working day. Those still to
    come are not written, so the call lists stay as the calls demo made them."""
    tasks = []
    for row in rows:
        sent = row["sent_at"].astimezone(DESK_TZ)
        closed = row["closed_at"]
        note = t(
            "quote.summary", ref=row["id"], pol=row["pol"], pod=row["pod"],
            container=row["container"], units=units_text(row["units"]),
            price=money_text(row["price_minor"], row["currency"]),
        )  # fmt: skip
        for due in follow_up_times(sent, calendar):
            if due >= moment:
                continue
            done = due + dt.timedelta(minutes=rng.uniform(0, 120))
            if rng.random() < LATE_FOLLOW_UP_SHARE:
                late = calendar.next_workday(due.date())
                done = dt.datetime.combine(late, dt.time(9, rng.randint(5, 55)), tzinfo=DESK_TZ)
            if closed is not None and closed < done:
                done = closed
            tasks.append({
                "customer_id": row["customer_id"], "agent_id": row["agent_id"],
                "kind": "quote_follow_up", "due_at": due, "done_at": min(done, moment),
                "source_table": SOURCE_TABLE, "source_id": row["id"], "note": note,
                "created_at": sent, "updated_at": min(done, moment), "version": 1,
            })  # fmt: skip
    return tasks
