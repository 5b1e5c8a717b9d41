"""The intake form's draft: kept in the store as the agent types, so closing the terminal
mid-call loses nothing, and parked as an incomplete inquiry when another one must start."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from csdesk.desk.errors import DeskError, NotFoundError
from csdesk.desk.inquiries import create_inquiry, inquiry_detail, inquiry_snapshot, save_inquiry
from csdesk.desk.inquiry_columns import desk_day
from csdesk.i18n import t
from csdesk.models import Customer, Inquiry, InquiryDraft, utcnow
from csdesk.rules.form_text import form_document, lines_of, texts_of
from csdesk.rules.inquiry_fields import CHANNELS, fields_from_json


def draft_key(agent_id: int | None) -> str:
    return f"agent:{agent_id}" if agent_id is not None else "desk"


def save_draft(session: Session, key: str, payload: Mapping[str, Any]) -> None:
    """Keep what the form holds; one draft per agent, replaced as the agent types."""
    text = json.dumps(payload, ensure_ascii=False, default=str)
    draft = session.get(InquiryDraft, key)
    if draft is None:
        session.add(InquiryDraft(key=key, payload=text))
    else:
        draft.payload = text
        draft.updated_at = utcnow()
    session.flush()


def load_draft(session: Session, key: str) -> dict[str, Any] | None:
    draft = session.get(InquiryDraft, key)
    if draft is None:
        return None
    try:
        payload = json.loads(draft.payload)
    except ValueError:
        return None
    return payload if isinstance(payload, dict) else None


def discard_draft(session: Session, key: str) -> None:
    draft = session.get(InquiryDraft, key)
    if draft is not None:
        session.delete(draft)
        session.flush()


def draft_document(payload: Mapping[str, Any], today: dt.date) -> dict[str, Any]:
    """The fields a draft holds, with anything unreadable dropped (the raw text keeps it)."""
    texts = {str(k): str(v) for k, v in dict(payload.get("texts") or {}).items() if v}
    lines = [(str(code), str(qty)) for code, qty in payload.get("lines") or []]
    document = form_document(texts, lines, today, payload.get("mode"), bool(payload.get("dg")))
    _values, unreadable = fields_from_json(document)
    for finding in unreadable:
        document.pop(finding.field or "", None)
    return document


def park_draft(
    session: Session, key: str, agent_id: int | None, now: dt.datetime
) -> Inquiry | None:
    """Store the draft as an incomplete inquiry (when it names a customer) and clear it."""
    payload = load_draft(session, key)
    if payload is None or not payload.get("customer_id"):
        return None
    received = _moment(payload.get("received_at")) or now
    texts = "\n".join(f"{k}: {v}" for k, v in dict(payload.get("texts") or {}).items() if v)
    raw = str(payload.get("raw_text") or "") or texts or None
    channel = str(payload.get("channel") or "phone")
    inquiry = create_inquiry(
        session,
        int(payload["customer_id"]),
        agent_id,
        received,
        draft_document(payload, desk_day(received)),
        raw,
        channel if channel in CHANNELS else "phone",
        payload.get("pending") or (),
    )
    discard_draft(session, key)
    return inquiry


def _moment(value: Any) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo else None


@dataclass
class IntakeState:
    """What the intake form opens with: an inquiry, the draft, or a fresh form."""

    customer_id: int | None = None
    customer_name: str = ""
    inquiry_id: int | None = None
    version: int | None = None
    original: dict[str, Any] | None = None
    received_at: dt.datetime | None = None
    answered: bool = False
    texts: dict[str, str] = field(default_factory=dict)
    lines: list[tuple[str, str]] = field(default_factory=list)
    mode: str | None = None
    dg: bool = False
    channel: str = "phone"
    pending: list[str] = field(default_factory=list)
    raw_text: str = ""
    notes: list[str] = field(default_factory=list)


def _from_draft(payload: Mapping[str, Any], now: dt.datetime) -> IntakeState:
    return IntakeState(
        customer_id=payload.get("customer_id"),
        customer_name=str(payload.get("customer_name") or ""),
        inquiry_id=payload.get("inquiry_id"),
        version=payload.get("version"),
        original=payload.get("original"),
        received_at=_moment(payload.get("received_at")) or now,
        texts={str(k): str(v or "") for k, v in dict(payload.get("texts") or {}).items()},
        lines=[(str(code), str(qty)) for code, qty in payload.get("lines") or []],
        mode=payload.get("mode"),
        dg=bool(payload.get("dg")),
        channel=str(payload.get("channel") or "phone"),
        pending=[str(name) for name in payload.get("pending") or []],
        raw_text=str(payload.get("raw_text") or ""),
        notes=[t("intake.form.draft_restored")],
    )


def _from_inquiry(session: Session, inquiry_id: int, today: dt.date) -> IntakeState:
    detail = inquiry_detail(session, inquiry_id, today)
    record = detail.inquiry
    return IntakeState(
        customer_id=record.customer_id,
        customer_name=detail.customer.name,
        inquiry_id=inquiry_id,
        version=record.version,
        original={k: v for k, v in inquiry_snapshot(record).items()},
        received_at=record.received_at,
        answered=record.first_response_at is not None,
        texts=texts_of(detail.fields),
        lines=lines_of(detail.fields),
        mode=detail.fields.mode,
        dg=detail.fields.dg,
        channel=record.channel,
        pending=detail.pending,
        raw_text=record.raw_text or "",
    )


def open_intake(
    session: Session,
    agent_id: int | None,
    now: dt.datetime,
    customer_id: int | None = None,
    inquiry_id: int | None = None,
) -> IntakeState:
    """The form for an inquiry, else the agent's draft, else a fresh form for `customer_id`.

    A draft for another customer is parked as an incomplete inquiry first, so starting a new
    call never throws away the last one."""
    key = draft_key(agent_id)
    payload = load_draft(session, key)
    today = desk_day(now)
    if inquiry_id is not None:
        if payload is not None and payload.get("inquiry_id") == inquiry_id:
            return _from_draft(payload, now)
        return _from_inquiry(session, inquiry_id, today)
    notes: list[str] = []
    if payload is not None and payload.get("inquiry_id") is None:
        drafted_for = payload.get("customer_id")
        if customer_id is None or drafted_for in (None, customer_id):
            state = _from_draft(payload, now)
            if customer_id is not None:
                state.customer_id = customer_id
                state.customer_name = _customer_name(session, customer_id)
            return state
        parked = park_draft(session, key, agent_id, now)
        if parked is not None:
            notes.append(t("intake.form.draft_parked", ref=parked.id))
    name = _customer_name(session, customer_id) if customer_id is not None else ""
    return IntakeState(customer_id=customer_id, customer_name=name, received_at=now, notes=notes)


def _customer_name(session: Session, customer_id: int) -> str:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError("error.not_found.customer", ref=customer_id)
    return customer.name


def save_intake(
    session: Session, payload: Mapping[str, Any], agent_id: int | None, now: dt.datetime
) -> Inquiry:
    """Save the form at once: a new inquiry, or the edited one with its version check; the
    draft goes when the save succeeds."""
    customer_id = payload.get("customer_id")
    if not customer_id:
        raise DeskError("intake.form.customer_needed")
    received = _moment(payload.get("received_at")) or now
    texts = {str(k): str(v) for k, v in dict(payload.get("texts") or {}).items()}
    lines = [(str(code), str(qty)) for code, qty in payload.get("lines") or []]
    document = form_document(
        texts, lines, desk_day(received), payload.get("mode"), bool(payload.get("dg"))
    )
    pending = [str(name) for name in payload.get("pending") or []]
    inquiry_id = payload.get("inquiry_id")
    if inquiry_id:
        inquiry = save_inquiry(
            session,
            int(inquiry_id),
            int(payload.get("version") or 0),
            document,
            pending,
            payload.get("original"),
        )
    else:
        channel = str(payload.get("channel") or "phone")
        inquiry = create_inquiry(
            session,
            int(customer_id),
            agent_id,
            received,
            document,
            str(payload.get("raw_text") or "") or None,
            channel,
            pending,
        )
    discard_draft(session, draft_key(agent_id))
    return inquiry
