"""Recording trouble on a shipment and taking it from open to closed (H26, H41, H47, H59-H70, H96).

Every trouble recorded puts a task in the owning agent's call list for today, because the first
thing to do about any of them is to tell the customer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from csdesk.desk import audit
from csdesk.desk.context import DESK_TZ, AgentInfo
from csdesk.desk.errors import DeskError, NotFoundError
from csdesk.desk.shipments.common import (
    active_troubles,
    add_task,
    now_or_clock,
    raise_field_problems,
    raise_problems,
    refresh_summary,
    resolve_shipment,
)
from csdesk.desk.versioning import update_versioned
from csdesk.i18n import t
from csdesk.models import Customer, Shipment, Trouble
from csdesk.rules.money import AmountError, format_amount, parse_amount
from csdesk.rules.stages import Problem
from csdesk.rules.trouble import (
    DETAIL_FIELDS,
    TASK_KIND,
    detail_problems,
    release_needs_supervisor,
    status_problems,
)

# One at a time: a second hold or DG reminder on the same booking would only be noise.
SINGLE_KINDS = ("bl_held", "dg_fees_unconfirmed")


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "y", "是"}
    return bool(value)


def normalise_details(
    kind: str, details: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Problem]]:
    """Typed detail values (bools, amounts as "CNY 500.00") and the problems met on the way."""
    specs = {spec.name: spec for spec in DETAIL_FIELDS.get(kind, ())}
    clean: dict[str, Any] = {}
    problems: dict[str, Problem] = {}
    for name, value in details.items():
        spec = specs.get(name)
        if spec is None or value is None or (isinstance(value, str) and not value.strip()):
            continue
        if spec.kind == "bool":
            clean[name] = _truthy(value)
        elif spec.kind == "money":
            try:
                clean[name] = format_amount(*parse_amount(str(value)))
            except AmountError:
                problems[name] = ("trouble.bad_fee", {"value": value})
        else:
            clean[name] = str(value).strip()
    return clean, problems


def open_trouble(
    session: Session,
    shipment: Shipment,
    kind: str,
    details: dict[str, Any],
    note: str | None,
    actor_id: int | None,
    at: dt.datetime,
) -> Trouble:
    """Store a checked trouble and its call-list task; the caller refreshes the board summary."""
    trouble = Trouble(
        shipment_id=shipment.id,  # type: ignore[arg-type]
        kind=kind,
        details=details,
        note=note,
        opened_by_id=actor_id,
        opened_at=at,
    )
    session.add(trouble)
    label = t(f"trouble.kind.{kind}")
    task = add_task(session, shipment, TASK_KIND[kind], f"{label}: {note}" if note else label, at)
    trouble.task_id = task.id
    session.flush()
    return trouble


def _apply_to_booking(shipment: Shipment, kind: str, details: dict[str, Any]) -> None:
    """A rolled box sails on the new vessel; a new shipper replaces the old (kept in details)."""
    if kind == "rolled":
        details["old_vessel"], details["old_voyage"] = shipment.vessel, shipment.voyage
        shipment.vessel, shipment.voyage = details["new_vessel"], details.get("new_voyage")
    elif kind == "shipper_changed":
        details["old_shipper"] = shipment.shipper
        shipment.shipper = details["new_shipper"]
    else:
        return
    shipment.version += 1


def record_trouble(
    session: Session,
    shipment_id: int | str,
    kind: str,
    *,
    details: Mapping[str, Any] | None = None,
    note: str | None = None,
    actor_id: int | None = None,
    now: dt.datetime | None = None,
    tz: ZoneInfo = DESK_TZ,
) -> Trouble:
    at = now_or_clock(now)
    shipment = resolve_shipment(session, shipment_id)
    assert shipment.id is not None
    clean, problems = normalise_details(kind, details or {})
    note = note.strip() if note and note.strip() else None
    raise_field_problems(detail_problems(kind, clean, note) | problems)
    if kind in SINGLE_KINDS:
        for trouble in active_troubles(session, shipment.id):
            if trouble.kind == kind:
                raise DeskError(
                    "trouble.already_open", kind=t(f"trouble.kind.{kind}"), id=trouble.id
                )
    _apply_to_booking(shipment, kind, clean)
    trouble = open_trouble(session, shipment, kind, clean, note, actor_id, at)
    refresh_summary(session, shipment, tz)
    if kind == "shipper_changed":
        # H63 however the change is recorded (board, CLI or quote): the quote's rate must be
        # confirmed again. Imported here: quote_flow itself builds on the shipment desk.
        from csdesk.desk.quote_flow import mark_reconfirm

        mark_reconfirm(session, shipment.id)
    return trouble


def get_trouble(session: Session, trouble_id: int) -> Trouble:
    trouble = session.get(Trouble, trouble_id)
    if trouble is None:
        raise NotFoundError("error.not_found.trouble", ref=trouble_id)
    return trouble


def hold_needs_supervisor(session: Session, trouble: Trouble) -> bool:
    """Whether releasing this held B/L is the supervisor's to do (H59, H60)."""
    if trouble.kind != "bl_held":
        return False
    shipment = resolve_shipment(session, trouble.shipment_id)
    customer = session.get(Customer, shipment.customer_id)
    vip = bool(customer and customer.vip)
    return release_needs_supervisor(trouble.details, vip, customer.ownership if customer else None)


def change_trouble_status(
    session: Session,
    trouble_id: int,
    target: str,
    *,
    actor: AgentInfo | None,
    outcome: str | None = None,
    details: Mapping[str, Any] | None = None,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
    tz: ZoneInfo = DESK_TZ,
) -> Trouble:
    """Handle, escalate or close a trouble; `details` may add what closing needs (the way on)."""
    at = now_or_clock(now)
    trouble = get_trouble(session, trouble_id)
    clean, problems = normalise_details(trouble.kind, details or {})
    raise_field_problems(problems)
    merged = {**trouble.details, **clean}
    outcome = outcome.strip() if outcome and outcome.strip() else None
    raise_problems(
        status_problems(
            trouble.kind,
            trouble.status,
            target,
            by_supervisor=bool(actor and actor.is_supervisor),
            outcome=outcome,
            details=merged,
            release_locked=hold_needs_supervisor(session, trouble),
        )
    )
    version = trouble.version if expected_version is None else expected_version
    changes = {
        "status": target,
        "details": merged,
        "status_by_id": actor.id if actor else None,
        "status_at": at,
    }
    if outcome:
        changes["outcome"] = outcome
    label = t("record.trouble", kind=t(f"trouble.kind.{trouble.kind}"))
    trouble = update_versioned(
        session, trouble, version, {"status": trouble.status}, changes, label
    )
    refresh_summary(session, resolve_shipment(session, trouble.shipment_id), tz)
    return trouble


def release_hold(
    session: Session,
    trouble_id: int,
    *,
    actor: AgentInfo | None,
    outcome: str | None = None,
    now: dt.datetime | None = None,
    tz: ZoneInfo = DESK_TZ,
) -> Trouble:
    """Release a held B/L; a VIP or state-owned customer's hold is the supervisor's (H60)."""
    trouble = get_trouble(session, trouble_id)
    if trouble.kind != "bl_held":
        raise NotFoundError("error.not_found.trouble", ref=trouble_id)
    supervisors_own = hold_needs_supervisor(session, trouble)
    before = {"status": trouble.status}
    released = change_trouble_status(
        session, trouble_id, "closed", actor=actor, outcome=outcome, now=now, tz=tz
    )
    if supervisors_own:
        after = {"status": released.status, "outcome": released.outcome}
        audit.record(session, actor, "bl.release_vip", f"#{trouble_id}", before, after)
    return released


def close_automatically(
    session: Session, trouble: Trouble, actor_id: int | None, at: dt.datetime, outcome_key: str
) -> None:
    """Close a trouble the desk opened itself, once its condition is gone (no version check:
    nobody edits these by hand while the booking they belong to is being saved)."""
    trouble.status = "closed"
    trouble.outcome = t(outcome_key)
    trouble.status_by_id = actor_id
    trouble.status_at = at
    trouble.version += 1
    session.add(trouble)
