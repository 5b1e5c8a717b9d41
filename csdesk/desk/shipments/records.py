"""What else hangs on a booking: the notes thread (H50), charge lines (H48), free-days requests
(H65, H66) and documents couriered to the customer (H67)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.context import DESK_TZ
from csdesk.desk.errors import DeskError, NotFoundError, ValidationError
from csdesk.desk.shipments.common import now_or_clock, resolve_shipment
from csdesk.desk.versioning import update_versioned
from csdesk.i18n import t
from csdesk.models import ChargeLine, DocumentDispatch, FreeDaysRequest, Shipment, ShipmentNote
from csdesk.models.base import utcnow
from csdesk.rules.money import CURRENCIES, AmountError, parse_amount, split_covers

CHARGE_SIDES = ("receivable", "payable")
DOCUMENT_KINDS = ("invoice", "bl")


def add_note(
    session: Session,
    shipment_id: int | str,
    text: str,
    *,
    actor_id: int | None = None,
    now: dt.datetime | None = None,
) -> ShipmentNote:
    shipment = resolve_shipment(session, shipment_id)
    if not text or not text.strip():
        raise ValidationError({"text": t("shipment.note_empty")})
    note = ShipmentNote(
        shipment_id=shipment.id,  # type: ignore[arg-type]
        agent_id=actor_id,
        at=now_or_clock(now),
        text=text.strip(),
    )
    session.add(note)
    session.flush()
    return note


def _charge_values(
    side: str, name: str, amount: str | int, currency: str | None, all_in: bool, covers: Any
) -> dict[str, Any]:
    problems: dict[str, str] = {}
    if side not in CHARGE_SIDES:
        problems["side"] = t("error.choice", choices=" ".join(CHARGE_SIDES))
    if not name or not name.strip():
        problems["name"] = t("error.required")
    minor, parsed_currency = 0, currency or "USD"
    if isinstance(amount, int):
        minor = amount
    else:
        try:
            minor, parsed_currency = parse_amount(amount, currency or "USD")
        except AmountError:
            empty = not str(amount).strip()
            problems["amount"] = (
                t("charge.no_amount") if empty else t("charge.bad_amount", value=amount)
            )
    if parsed_currency not in CURRENCIES:
        problems["currency"] = t("error.choice", choices=" ".join(CURRENCIES))
    covered = split_covers(covers)
    if all_in and not covered:
        problems["covers"] = t("charge.all_in_needs_covers")
    if problems:
        raise ValidationError(problems)
    return {
        "side": side,
        "name": name.strip(),
        "amount_minor": minor,
        "currency": parsed_currency,
        "all_in": all_in,
        "covers": "|".join(covered) if all_in else "",
    }


def add_charge(
    session: Session,
    shipment_id: int | str,
    side: str,
    name: str,
    amount: str | int,
    *,
    currency: str | None = None,
    all_in: bool = False,
    covers: str | Sequence[str] | None = None,
) -> ChargeLine:
    """A receivable or payable line; `amount` is text as typed or minor units. ALL IN must name
    what it covers (H48)."""
    shipment = resolve_shipment(session, shipment_id)
    values = _charge_values(side, name, amount, currency, all_in, covers)
    line = ChargeLine(shipment_id=shipment.id, **values)  # type: ignore[arg-type]
    session.add(line)
    session.flush()
    _reinvoice(session, shipment)
    return line


def _reinvoice(session: Session, shipment: Shipment) -> None:
    """A receivable line changed after sailing: the invoices are re-made (issue 13)."""
    from csdesk.desk.money.invoicing import invoice_after_change

    invoice_after_change(session, shipment, utcnow(), DESK_TZ)


def remove_charge(session: Session, charge_id: int) -> None:
    line = session.get(ChargeLine, charge_id)
    if line is None:
        raise NotFoundError("error.not_found.charge", ref=charge_id)
    shipment = resolve_shipment(session, line.shipment_id)
    session.delete(line)
    session.flush()
    _reinvoice(session, shipment)


def _check_days(**days: int | None) -> None:
    problems = {
        name: t("freedays.bad_days")
        for name, value in days.items()
        if value is not None and not 1 <= value <= 365
    }
    if problems:
        raise ValidationError(problems)


def request_free_days(
    session: Session,
    shipment_id: int | str,
    requested_days: int,
    *,
    requested_on: dt.date,
    carrier: str | None = None,
    note: str | None = None,
) -> FreeDaysRequest:
    """Free days asked of the carrier in writing (H65); its grant is recorded when it comes."""
    shipment = resolve_shipment(session, shipment_id)
    _check_days(requested_days=requested_days)
    request = FreeDaysRequest(
        shipment_id=shipment.id,  # type: ignore[arg-type]
        carrier=(carrier or shipment.carrier).strip(),
        requested_days=requested_days,
        requested_on=requested_on,
        note=note.strip() if note and note.strip() else None,
    )
    session.add(request)
    session.flush()
    return request


def record_free_days_grant(
    session: Session,
    request_id: int,
    origin_days: int | None,
    destination_days: int | None,
    *,
    expected_version: int | None = None,
) -> FreeDaysRequest:
    request = session.get(FreeDaysRequest, request_id)
    if request is None:
        raise NotFoundError("error.not_found.free_days", ref=request_id)
    _check_days(origin_days=origin_days, destination_days=destination_days)
    original = {"origin_days": request.origin_days, "destination_days": request.destination_days}
    changes = {"origin_days": origin_days, "destination_days": destination_days}
    version = request.version if expected_version is None else expected_version
    return update_versioned(session, request, version, original, changes, t("record.free_days"))


def send_document(
    session: Session,
    shipment_id: int | str,
    kind: str,
    *,
    address: str,
    address_confirmed: bool,
    courier: str,
    tracking_no: str,
    sent_on: dt.date,
) -> DocumentDispatch:
    """An invoice or B/L couriered to the customer. H67: the address is confirmed with the
    customer before sending, and the tracking number is kept to tell them."""
    shipment = resolve_shipment(session, shipment_id)
    problems: dict[str, str] = {}
    if kind not in DOCUMENT_KINDS:
        problems["kind"] = t("error.choice", choices=" ".join(DOCUMENT_KINDS))
    for name, value in {"address": address, "courier": courier, "tracking_no": tracking_no}.items():
        if not value or not value.strip():
            problems[name] = t("error.required")
    if problems:
        raise ValidationError(problems)
    if not address_confirmed:
        raise DeskError("document.confirm_address")
    dispatch = DocumentDispatch(
        shipment_id=shipment.id,  # type: ignore[arg-type]
        kind=kind,
        address=address.strip(),
        address_confirmed=True,
        courier=courier.strip(),
        tracking_no=tracking_no.strip(),
        sent_on=sent_on,
    )
    session.add(dispatch)
    session.flush()
    return dispatch


def mark_document_received(
    session: Session, dispatch_id: int, received_on: dt.date
) -> DocumentDispatch:
    dispatch = session.get(DocumentDispatch, dispatch_id)
    if dispatch is None:
        raise NotFoundError("error.not_found.document", ref=dispatch_id)
    dispatch.received_on = received_on
    dispatch.version += 1
    session.add(dispatch)
    session.flush()
    return dispatch


def notes_of(session: Session, shipment_id: int, limit: int = 200) -> list[ShipmentNote]:
    """The newest `limit` notes, oldest first (a thread reads top to bottom)."""
    newest = session.execute(
        select(ShipmentNote)
        .where(col(ShipmentNote.shipment_id) == shipment_id)
        .order_by(col(ShipmentNote.at).desc(), col(ShipmentNote.id).desc())
        .limit(limit)
    ).scalars()
    return list(reversed(list(newest)))
