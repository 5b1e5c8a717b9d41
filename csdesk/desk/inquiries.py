"""Inquiries: create from a form or a pasted message, save with the version check, status,
the first response. The queue is csdesk.desk.inquiry_queue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, delete, literal, or_, select, update
from sqlmodel import Session, col

from csdesk.desk.errors import NotFoundError, ValidationError
from csdesk.desk.inquiry_columns import (
    PLAIN_COLUMNS,
    desk_day,
    general_cargo,
    inquiry_columns,
    read_fields,
    status_after_check,
    stored_fields,
)
from csdesk.desk.intake import check_values
from csdesk.desk.versioning import update_versioned
from csdesk.i18n import t
from csdesk.models import Agent, Customer, Inquiry, InquiryContainer
from csdesk.models.base import UTCDateTime
from csdesk.rules.inquiry_fields import (
    OPEN_STATUSES,
    RESPONSE_STATUSES,
    STATUSES,
    ContainerLine,
    InquiryFields,
)
from csdesk.rules.intake import CheckResult
from csdesk.rules.sla import due_at


@dataclass
class InquiryDetail:
    inquiry: Inquiry
    customer: Customer
    agent: Agent | None
    fields: InquiryFields
    check: CheckResult

    @property
    def pending(self) -> list[str]:
        return [name for name in self.inquiry.pending.split("|") if name]


def _lines(session: Session, inquiry_id: int) -> list[ContainerLine]:
    rows = session.execute(
        select(InquiryContainer)
        .where(col(InquiryContainer.inquiry_id) == inquiry_id)
        .order_by(col(InquiryContainer.position))
    ).scalars()
    return [ContainerLine(line.type_code, line.quantity) for line in rows]


def _replace_lines(session: Session, inquiry_id: int, lines: list[ContainerLine]) -> None:
    session.execute(delete(InquiryContainer).where(col(InquiryContainer.inquiry_id) == inquiry_id))
    session.add_all(
        InquiryContainer(
            inquiry_id=inquiry_id, position=index, type_code=line.type, quantity=line.qty
        )
        for index, line in enumerate(lines)
    )


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError("error.not_found.customer", ref=customer_id)
    return customer


def _note_inquiry(session: Session, customer_id: int, at: dt.datetime) -> None:
    """The customer asked (by any channel): the tier review counts them as active (H87).

    Moved forward only, as a call's bookkeeping is (inquiries may be entered out of order).
    """
    stamp = literal(at, UTCDateTime())
    column = col(Customer.last_inquiry_at)
    session.execute(
        update(Customer)
        .where(col(Customer.id) == customer_id)
        .values(last_inquiry_at=case((or_(column.is_(None), column < stamp), stamp), else_=column))
        .execution_options(synchronize_session=False)
    )


def create_inquiry(
    session: Session,
    customer_id: int,
    agent_id: int | None,
    received_at: dt.datetime,
    fields: Mapping[str, Any],
    raw_text: str | None = None,
    channel: str = "phone",
    pending: Iterable[str] = (),
) -> Inquiry:
    """Store an inquiry as it stands, complete or not: nothing the customer said is refused
    except a value that cannot be read at all (a weight of "abc")."""
    customer = _customer(session, customer_id)
    result = check_values(session, read_fields(fields), desk_day(received_at), customer)
    inquiry = Inquiry(
        customer_id=customer_id,
        agent_id=agent_id,
        received_at=received_at,
        channel=channel,
        raw_text=raw_text,
        sla_due_at=due_at(received_at, general_cargo(result)),
        **inquiry_columns(result, pending),
    )
    inquiry.status = status_after_check("incomplete", result)
    session.add(inquiry)
    _note_inquiry(session, customer_id, received_at)
    session.flush()
    assert inquiry.id is not None
    _replace_lines(session, inquiry.id, result.fields.containers)
    session.flush()
    return inquiry


def inquiry_detail(session: Session, inquiry_id: int, today: dt.date) -> InquiryDetail:
    inquiry = session.get(Inquiry, inquiry_id)
    if inquiry is None:
        raise NotFoundError("inquiry.not_found", ref=inquiry_id)
    customer = _customer(session, inquiry.customer_id)
    agent = session.get(Agent, inquiry.agent_id) if inquiry.agent_id else None
    values = stored_fields(inquiry, _lines(session, inquiry_id))
    return InquiryDetail(
        inquiry, customer, agent, values, check_values(session, values, today, customer)
    )


def inquiry_snapshot(inquiry: Inquiry) -> dict[str, Any]:
    """The columns as the agent read them, for naming what another agent changed."""
    return {
        name: getattr(inquiry, name)
        for name in (*PLAIN_COLUMNS, "pol", "pod", "cargo_ready", "status")
    }


def save_inquiry(
    session: Session,
    inquiry_id: int,
    expected_version: int,
    fields: Mapping[str, Any],
    pending: Iterable[str] = (),
    original: Mapping[str, Any] | None = None,
) -> Inquiry:
    inquiry = session.get(Inquiry, inquiry_id)
    if inquiry is None:
        raise NotFoundError("inquiry.not_found", ref=inquiry_id)
    customer = _customer(session, inquiry.customer_id)
    result = check_values(session, read_fields(fields), desk_day(inquiry.received_at), customer)
    changes = inquiry_columns(result, pending)
    changes["status"] = status_after_check(inquiry.status, result)
    changes["sla_due_at"] = due_at(inquiry.received_at, general_cargo(result))
    snapshot = original if original is not None else inquiry_snapshot(inquiry)
    label = t("inquiry.record", ref=inquiry_id)
    saved = update_versioned(session, inquiry, expected_version, snapshot, changes, label)
    _replace_lines(session, inquiry_id, result.fields.containers)
    session.flush()
    return saved


def set_status(
    session: Session, inquiry_id: int, expected_version: int, status: str, at: dt.datetime
) -> Inquiry:
    """Quoted, declined and handed over answer the customer: they stop the 5-minute clock."""
    if status not in STATUSES:
        raise ValidationError({"status": t("error.choice", choices=" ".join(STATUSES))})
    inquiry = session.get(Inquiry, inquiry_id)
    if inquiry is None:
        raise NotFoundError("inquiry.not_found", ref=inquiry_id)
    if status in OPEN_STATUSES:
        status = "incomplete" if inquiry.missing else "open"
    changes: dict[str, Any] = {"status": status}
    if status in RESPONSE_STATUSES and inquiry.first_response_at is None:
        changes["first_response_at"] = at
    label = t("inquiry.record", ref=inquiry_id)
    return update_versioned(
        session, inquiry, expected_version, inquiry_snapshot(inquiry), changes, label
    )


def mark_responded(session: Session, inquiry_id: int, at: dt.datetime) -> bool:
    """A reply was logged: stop the clock once. Not an edit of the inquiry, so its version
    stays and a form open on it still saves."""
    if session.get(Inquiry, inquiry_id) is None:
        raise NotFoundError("inquiry.not_found", ref=inquiry_id)
    result = session.execute(
        update(Inquiry)
        .where(col(Inquiry.id) == inquiry_id, col(Inquiry.first_response_at).is_(None))
        .values(first_response_at=at)
        .execution_options(synchronize_session=False)
    )
    session.expire_all()
    return bool(result.rowcount)  # type: ignore[attr-defined]


def resolve_inquiry(session: Session, ref: str | int) -> Inquiry:
    text = str(ref).strip()
    inquiry = session.get(Inquiry, int(text)) if text.isdigit() else None
    if inquiry is None:
        raise NotFoundError("inquiry.not_found", ref=text)
    return inquiry
