"""One shipment opened: its booking, containers, history, trouble with advice, notes, charges,
free days and documents, read in one session for the detail screen and `shipment show`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.shipments.common import containers_of, problem_text, resolve_shipment
from csdesk.desk.shipments.records import notes_of
from csdesk.desk.shipments.trouble import hold_needs_supervisor
from csdesk.models import (
    Agent,
    ChargeLine,
    Customer,
    DocumentDispatch,
    FreeDaysRequest,
    Shipment,
    ShipmentContainer,
    ShipmentNote,
    StageChange,
    Trouble,
)
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.money import format_amount
from csdesk.rules.shipments import SHIPMENT_FIELDS
from csdesk.rules.trouble import ChaseFacts, advice, document_due, document_overdue, free_days_flag


@dataclass(frozen=True)
class TroubleView:
    trouble: Trouble
    advice: list[str]
    release_needs_supervisor: bool


@dataclass(frozen=True)
class FreeDaysView:
    request: FreeDaysRequest
    flag: str | None


@dataclass(frozen=True)
class DocumentView:
    dispatch: DocumentDispatch
    due: dt.date
    overdue: bool


@dataclass
class ShipmentDetail:
    shipment: Shipment
    customer: Customer
    containers: list[ShipmentContainer]
    history: list[StageChange]
    troubles: list[TroubleView]
    notes: list[ShipmentNote]
    charges: list[ChargeLine]
    free_days: list[FreeDaysView]
    documents: list[DocumentView]
    logins: dict[int, str] = field(default_factory=dict)  # agent id -> login, for "who"

    def login(self, agent_id: int | None) -> str | None:
        return self.logins.get(agent_id) if agent_id is not None else None


def _rows(session: Session, model: Any, shipment_id: int, *order: Any) -> list[Any]:
    return list(
        session.execute(
            select(model).where(col(model.shipment_id) == shipment_id).order_by(*order)
        ).scalars()
    )


def _trouble_view(
    session: Session, trouble: Trouble, shipment: Shipment, boxes: list[ShipmentContainer]
) -> TroubleView:
    chase = ChaseFacts(
        container_count=len(boxes),
        numbered_containers=sum(1 for box in boxes if box.number),
        customs_no=shipment.customs_no,
        vessel=shipment.vessel,
        voyage=shipment.voyage,
    )
    lines = [problem_text(line) for line in advice(trouble.kind, trouble.details, chase)]
    return TroubleView(trouble, lines, hold_needs_supervisor(session, trouble))


def shipment_detail(
    session: Session, ref: int | str, *, today: dt.date, calendar: WorkCalendar
) -> ShipmentDetail:
    shipment = resolve_shipment(session, ref)
    shipment_id = shipment.id
    assert shipment_id is not None
    customer = session.get(Customer, shipment.customer_id)
    assert customer is not None
    boxes = containers_of(session, shipment_id)
    troubles = _rows(session, Trouble, shipment_id, col(Trouble.id))
    requests = _rows(session, FreeDaysRequest, shipment_id, col(FreeDaysRequest.id))
    flags = [free_days_flag(r.origin_days, r.destination_days) for r in requests]
    documents = _rows(session, DocumentDispatch, shipment_id, col(DocumentDispatch.id))
    detail = ShipmentDetail(
        shipment=shipment,
        customer=customer,
        containers=boxes,
        history=_rows(session, StageChange, shipment_id, col(StageChange.at), col(StageChange.id)),
        troubles=[_trouble_view(session, trouble, shipment, boxes) for trouble in troubles],
        notes=notes_of(session, shipment_id),
        charges=_rows(session, ChargeLine, shipment_id, col(ChargeLine.side), col(ChargeLine.id)),
        free_days=[
            FreeDaysView(request, problem_text(flag) if flag else None)
            for request, flag in zip(requests, flags, strict=True)
        ],
        documents=[
            DocumentView(
                doc,
                document_due(doc.sent_on, calendar),
                document_overdue(doc.sent_on, doc.received_on, today, calendar),
            )
            for doc in documents
        ],
    )
    rows = session.execute(select(col(Agent.id), col(Agent.login))).all()
    detail.logins = {agent_id: login for agent_id, login in rows}
    return detail


def detail_document(detail: ShipmentDetail) -> dict[str, Any]:
    """The JSON form of a shipment (for `csdesk shipment show --json`)."""
    shipment = detail.shipment
    document: dict[str, Any] = {"id": shipment.id}
    document |= {name: getattr(shipment, name) for name in SHIPMENT_FIELDS}
    return document | {
        "customer": {"id": detail.customer.id, "name": detail.customer.name},
        "agent": detail.login(shipment.agent_id),
        "stage": shipment.stage,
        "stage_since": shipment.stage_since,
        "version": shipment.version,
        "containers": [
            {"id": box.id, "type": box.type_code, "number": box.number, "seal": box.seal}
            for box in detail.containers
        ],
        "history": [
            {
                "from": change.from_stage,
                "to": change.to_stage,
                "by": detail.login(change.agent_id),
                "at": change.at,
                "reason": change.reason,
            }
            for change in detail.history
        ],
        "trouble": [_trouble_document(detail, view) for view in detail.troubles],
        "notes": [
            {"by": detail.login(note.agent_id), "at": note.at, "text": note.text}
            for note in detail.notes
        ],
        "charges": [_charge_document(line) for line in detail.charges],
        "free_days": [_free_days_document(view) for view in detail.free_days],
        "documents": [_dispatch_document(view) for view in detail.documents],
    }


def _charge_document(line: ChargeLine) -> dict[str, Any]:
    return {
        "id": line.id,
        "side": line.side,
        "name": line.name,
        "amount": format_amount(line.amount_minor, line.currency),
        "all_in": line.all_in,
        "covers": [part for part in line.covers.split("|") if part],
    }


def _free_days_document(view: FreeDaysView) -> dict[str, Any]:
    request = view.request
    return {
        "id": request.id,
        "carrier": request.carrier,
        "requested_days": request.requested_days,
        "origin_days": request.origin_days,
        "destination_days": request.destination_days,
        "flag": view.flag,
    }


def _dispatch_document(view: DocumentView) -> dict[str, Any]:
    dispatch = view.dispatch
    return {
        "id": dispatch.id,
        "kind": dispatch.kind,
        "courier": dispatch.courier,
        "tracking_no": dispatch.tracking_no,
        "sent_on": dispatch.sent_on,
        "received_on": dispatch.received_on,
        "due": view.due,
        "overdue": view.overdue,
    }


def _trouble_document(detail: ShipmentDetail, view: TroubleView) -> dict[str, Any]:
    trouble = view.trouble
    return {
        "id": trouble.id,
        "kind": trouble.kind,
        "status": trouble.status,
        "details": trouble.details,
        "note": trouble.note,
        "outcome": trouble.outcome,
        "opened_by": detail.login(trouble.opened_by_id),
        "opened_at": trouble.opened_at,
        "status_by": detail.login(trouble.status_by_id),
        "status_at": trouble.status_at,
        "advice": view.advice,
        "release_needs_supervisor": view.release_needs_supervisor,
    }
