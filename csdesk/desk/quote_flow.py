"""A quote after it is made: the supervisor's review (H39), sending with its follow-ups (H14),
won into a booking, lost with a reason, expired into a new offer, provisional updates (H62) and a
shipper change on the booking (H63).
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlmodel import Session, col

from csdesk.desk import audit
from csdesk.desk.context import DESK_TZ, AgentInfo
from csdesk.desk.errors import DeskError, ValidationError
from csdesk.desk.inquiries import mark_responded
from csdesk.desk.quote_common import (
    OPEN_STATUSES,
    SOURCE_TABLE,
    add_quote_task,
    close_quote_tasks,
    save_quote,
)
from csdesk.desk.quote_options import get_quote
from csdesk.desk.shipments import create_shipment, record_trouble
from csdesk.i18n import t
from csdesk.models import Customer, Inquiry, Quote, Shipment, Task
from csdesk.rules import pricing
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.pricing import LCL, LOST_REASONS
from csdesk.store.engine import saving_login


def _require(quote: Quote, statuses: tuple[str, ...]) -> None:
    if quote.status not in statuses:
        raise DeskError(
            "quote.error.wrong_status",
            ref=quote.id,
            status=t(f"quote.status.{quote.status}"),
        )


def _require_supervisor(actor: AgentInfo | None) -> AgentInfo:
    if actor is None or not actor.is_supervisor:
        raise DeskError("quote.error.supervisor_only")
    return actor


def approve_quote(
    session: Session,
    quote_id: int,
    *,
    actor: AgentInfo | None,
    now: dt.datetime,
    comment: str | None = None,
) -> Quote:
    """The supervisor lets a new colleague's quote, or a price below the minimum, go out."""
    supervisor = _require_supervisor(actor)
    quote = get_quote(session, quote_id)
    _require(quote, ("in_review", "returned"))
    changes = {
        "status": "approved",
        "reviewed_by_id": supervisor.id,
        "reviewed_at": now,
        "review_comment": (comment or "").strip() or None,
    }
    audit.record(session, supervisor, "quote.approve", f"#{quote_id}", {"status": quote.status},
                 changes)  # fmt: skip
    return save_quote(session, quote, changes)


def return_quote(
    session: Session, quote_id: int, comment: str, *, actor: AgentInfo | None, now: dt.datetime
) -> Quote:
    """Back to its author with what to change; a comment is required."""
    supervisor = _require_supervisor(actor)
    if not comment.strip():
        raise ValidationError({"comment": t("quote.error.comment_required")})
    quote = get_quote(session, quote_id)
    _require(quote, ("in_review",))
    changes = {
        "status": "returned",
        "reviewed_by_id": supervisor.id,
        "reviewed_at": now,
        "review_comment": comment.strip(),
    }
    audit.record(session, supervisor, "quote.return", f"#{quote_id}", {"status": quote.status},
                 changes)  # fmt: skip
    return save_quote(session, quote, changes)


def _answer_inquiry(session: Session, inquiry_id: int, status: str, now: dt.datetime) -> None:
    """Stops the inquiry's 5-minute clock (H20) the first time, and moves its status."""
    mark_responded(session, inquiry_id, now)
    session.execute(
        update(Inquiry)
        .where(col(Inquiry.id) == inquiry_id)
        .values(status=status, version=Inquiry.version + 1, updated_at=now)
        .values(updated_by=saving_login(session))
        .execution_options(synchronize_session=False)
    )
    session.expire_all()


def send_quote(
    session: Session,
    quote_id: int,
    *,
    now: dt.datetime,
    calendar: WorkCalendar,
    tz: ZoneInfo = DESK_TZ,
    expected_version: int | None = None,
) -> Quote:
    """Marks the quote sent: the inquiry is answered and the follow-ups are in the call list."""
    quote = get_quote(session, quote_id)
    if quote.status in ("in_review", "returned"):
        raise DeskError("quote.error.needs_review", ref=quote.id)
    _require(quote, ("draft", "approved"))
    quote = save_quote(session, quote, {"status": "sent", "sent_at": now}, expected_version)
    _answer_inquiry(session, quote.inquiry_id, "quoted", now)
    for due in pricing.follow_up_times(now.astimezone(tz), calendar):
        add_quote_task(session, quote, "quote_follow_up", due)
    return quote


def follow_ups(session: Session, quote_id: int) -> list[Task]:
    statement = (
        select(Task)
        .where(col(Task.source_table) == SOURCE_TABLE, col(Task.source_id) == quote_id)
        .order_by(col(Task.due_at))
    )
    return list(session.execute(statement).scalars())


def _booking_fields(session: Session, quote: Quote, booking_no: str | None) -> dict[str, Any]:
    inquiry = session.get(Inquiry, quote.inquiry_id)
    return {
        "booking_no": booking_no or f"Q{quote.id:06d}",
        "carrier": quote.carrier,
        "pol": quote.pol,
        "pod": quote.pod,
        "commodity": inquiry.commodity if inquiry else None,
        "shipper": inquiry.shipper if inquiry else None,
        "dg": bool(inquiry and inquiry.dg),
        "dg_un_number": inquiry.un_number if inquiry else None,
        "dg_class": inquiry.dg_class if inquiry else None,
    }


def win_quote(
    session: Session,
    quote_id: int,
    *,
    actor: AgentInfo | None,
    now: dt.datetime,
    booking_no: str | None = None,
) -> tuple[Quote, Shipment]:
    """The customer books: the follow-ups close and the booking is on the board (issue 6)."""
    quote = get_quote(session, quote_id)
    _require(quote, ("sent",))
    if quote.provisional or not quote.carrier:
        raise DeskError("quote.error.win_provisional", ref=quote.id)
    containers = [] if quote.container == LCL else [quote.container] * max(1, int(quote.units))
    shipment = create_shipment(
        session,
        quote.customer_id,
        quote.agent_id,
        _booking_fields(session, quote, booking_no),
        containers=containers,
        actor_id=actor.id if actor else None,
        now=now,
    )
    changes = {"status": "won", "closed_at": now, "shipment_id": shipment.id}
    quote = save_quote(session, quote, changes)
    close_quote_tasks(session, quote_id, now)
    _answer_inquiry(session, quote.inquiry_id, "won", now)
    return quote, shipment


def lose_quote(
    session: Session,
    quote_id: int,
    reason: str,
    *,
    now: dt.datetime,
    note: str | None = None,
) -> Quote:
    """The customer went elsewhere or did not ship: why, then the follow-ups close."""
    if reason not in LOST_REASONS:
        choices = ", ".join(LOST_REASONS)
        raise ValidationError({"reason": t("quote.error.lost_reason", choices=choices)})
    quote = get_quote(session, quote_id)
    _require(quote, OPEN_STATUSES)
    changes = {
        "status": "lost",
        "closed_at": now,
        "lost_reason": reason,
        "lost_note": (note or "").strip() or None,
    }
    quote = save_quote(session, quote, changes)
    close_quote_tasks(session, quote_id, now)
    _answer_inquiry(session, quote.inquiry_id, "lost", now)
    return quote


def expire_quote(session: Session, quote_id: int, *, now: dt.datetime) -> Quote:
    """Past its validity: the follow-ups close and the customer's owner is asked for a new offer."""
    quote = get_quote(session, quote_id)
    _require(quote, OPEN_STATUSES)
    quote = save_quote(session, quote, {"status": "expired", "closed_at": now})
    close_quote_tasks(session, quote_id, now)
    customer = session.get(Customer, quote.customer_id)
    owner = customer.owner_id if customer and customer.owner_id else quote.agent_id
    note = t("quote.task.new_offer", ref=quote.id)
    add_quote_task(session, quote, "quote_new_offer", now, note, agent_id=owner)
    return quote


def expire_due_quotes(session: Session, today: dt.date, *, now: dt.datetime) -> list[int]:
    """Every open quote whose validity ended before `today` expires (run when lists load)."""
    statement = select(col(Quote.id)).where(
        col(Quote.status).in_(OPEN_STATUSES), col(Quote.valid_until) < today
    )
    expired = [quote_id for quote_id in session.execute(statement).scalars()]
    for quote_id in expired:
        expire_quote(session, quote_id, now=now)
    return expired


def ensure_update_tasks(
    session: Session, today: dt.date, calendar: WorkCalendar, tz: ZoneInfo = DESK_TZ
) -> int:
    """H62: each open provisional quote has one open update task; when the agent has done
    today's, the next working day's is made. Returns how many were made."""
    has_open = (
        select(col(Task.source_id))
        .where(
            col(Task.source_table) == SOURCE_TABLE,
            col(Task.kind) == "quote_update",
            col(Task.done_at).is_(None),
        )
        .scalar_subquery()
    )
    statement = select(Quote).where(
        col(Quote.provisional).is_(True),
        col(Quote.status).in_(OPEN_STATUSES),
        col(Quote.id).not_in(has_open),
    )
    made = 0
    for quote in session.execute(statement).scalars().all():
        due = pricing.provisional_update_due(today, calendar, tz)
        add_quote_task(session, quote, "quote_update", due, t("quote.task.update", ref=quote.id))
        made += 1
    return made


def mark_reconfirm(session: Session, shipment_id: int) -> Quote | None:
    """The booking's shipper changed: its quote's rate must be confirmed again (H63)."""
    quote = session.execute(
        select(Quote).where(col(Quote.shipment_id) == shipment_id)
    ).scalar_one_or_none()
    if quote is None or quote.needs_reconfirm:
        return quote
    return save_quote(session, quote, {"needs_reconfirm": True})


def change_shipper(
    session: Session,
    shipment_id: int,
    new_shipper: str,
    *,
    actor_id: int | None,
    now: dt.datetime,
    note: str | None = None,
) -> Quote | None:
    """H63 on a booking: the board records the change with its rate re-request task for the
    agent, and the quote it came from is marked for re-confirmation."""
    record_trouble(
        session,
        shipment_id,
        "shipper_changed",
        details={"new_shipper": new_shipper},
        note=note,
        actor_id=actor_id,
        now=now,
    )
    return mark_reconfirm(session, shipment_id)


def quote_housekeeping(
    session: Session,
    today: dt.date,
    now: dt.datetime,
    calendar: WorkCalendar,
    tz: ZoneInfo = DESK_TZ,
) -> None:
    """Run whenever quotes are read (CLI and screen): expiries and provisional reminders."""
    expire_due_quotes(session, today, now=now)
    ensure_update_tasks(session, today, calendar, tz)
