"""Bookings: create (also from a won quote), edit, containers, and moves along the stages."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.context import DESK_TZ
from csdesk.desk.customers import resolve_customer
from csdesk.desk.errors import DeskError, NotFoundError
from csdesk.desk.reference import container_catalog, port_index
from csdesk.desk.shipments.automatic import close_passed_cutoffs, sync_dg_trouble
from csdesk.desk.shipments.common import (
    containers_of,
    now_or_clock,
    raise_field_problems,
    raise_problems,
    refresh_summary,
    resolve_shipment,
    stage_facts,
)
from csdesk.desk.versioning import update_versioned
from csdesk.i18n import t
from csdesk.models import Agent, Customer, Shipment, ShipmentContainer, StageChange
from csdesk.rules.containers import normalise_container_number
from csdesk.rules.shipments import (
    SHIPMENT_FIELDS,
    container_number_problem,
    parse_container_specs,
    shipment_problems,
)
from csdesk.rules.stages import (
    NO_DEADLINE,
    STAGES,
    Problem,
    move_problems,
    next_stage,
    previous_stage,
    stage_index,
)

ContainerInput = str | Mapping[str, Any]
_UPPER_FIELDS = ("booking_no", "voyage", "customs_no", "dg_un_number", "bl_no")
_LOCODE = re.compile(r"^[A-Z]{2}[A-Z2-9]{3}$")


def _clean(fields: Mapping[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for name in SHIPMENT_FIELDS:
        if name in fields:
            value = fields[name]
            if isinstance(value, str):
                value = value.strip() or None
                if value and name in _UPPER_FIELDS:
                    value = value.upper()
            cleaned[name] = value
    return cleaned


def _container_rows(
    session: Session, items: Sequence[ContainerInput], problems: dict[str, Problem]
) -> list[dict[str, Any]]:
    """Container inputs ("40HQ", "2x40HQ" or {"type", "number", "seal"}) checked and resolved."""
    catalog = container_catalog(session)
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    entries: list[dict[str, Any]] = []
    for item in items:
        entries += parse_container_specs([item]) if isinstance(item, str) else [dict(item)]
    for entry in entries:
        spec = catalog.resolve(str(entry.get("type") or ""))
        if spec is None:
            problems["containers"] = (
                "shipment.container.unknown_type",
                {"value": entry.get("type")},
            )
            continue
        number = normalise_container_number(entry["number"]) if entry.get("number") else None
        if number:
            problem = container_number_problem(number)
            if problem is None and number in seen:
                problem = ("shipment.container.duplicate", {"number": number})
            if problem is not None:
                problems["container_numbers"] = problem
            seen.add(number)
        seal = (entry.get("seal") or "").strip() or None
        rows.append({"type_code": spec.code, "number": number, "seal": seal})
    return rows


def _resolve_ports(session: Session, values: dict[str, Any], problems: dict[str, Problem]) -> None:
    """Ports as agents write them ("宁波", "Apapa", "ngapp") become UN/LOCODEs; a well-formed code
    the port list lacks is kept, since a booking may go anywhere the carrier calls."""
    index = port_index(session)
    for name in ("pol", "pod"):
        text = values.get(name)
        if not text:
            continue
        port = index.get(text) or index.resolve(text)
        if port is not None:
            values[name] = port.locode
        elif _LOCODE.match(text.upper()):
            values[name] = text.upper()
        else:
            guesses = " ".join(guess.locode for guess in index.suggest(text))
            problems[name] = ("shipment.unknown_port", {"value": text, "guesses": guesses or "-"})


def _check_unique_booking(session: Session, booking_no: str, own_id: int | None = None) -> None:
    existing = session.execute(
        select(col(Shipment.id)).where(col(Shipment.booking_no) == booking_no)
    ).scalar_one_or_none()
    if existing is not None and existing != own_id:
        raise DeskError("shipment.exists", booking_no=booking_no, id=existing)


def create_shipment(
    session: Session,
    customer_id: int,
    agent_id: int | None,
    fields: Mapping[str, Any],
    *,
    containers: Sequence[ContainerInput] = (),
    actor_id: int | None = None,
    now: dt.datetime | None = None,
    tz: ZoneInfo = DESK_TZ,
) -> Shipment:
    """A booking at stage `booked`. The agent defaults to the customer's owner; a DG booking
    without confirmed fees opens its H41 trouble at once (with a task to call the customer).

    `fields` are SHIPMENT_FIELDS (money in minor units: trucking_price_minor, ...); boxes come
    as `containers` ("40HQ" or {"type", "number", "seal"}), or as fields["containers"].
    """
    unknown = set(fields) - set(SHIPMENT_FIELDS) - {"containers"}
    if unknown:
        raise TypeError(f"create_shipment: unknown fields {sorted(unknown)}")
    containers = containers or fields.get("containers") or ()
    at = now_or_clock(now)
    customer = resolve_customer(session, customer_id)
    values = _clean(fields)
    port_problems: dict[str, Problem] = {}
    _resolve_ports(session, values, port_problems)
    problems = shipment_problems(values) | port_problems
    rows = _container_rows(session, containers, problems)
    raise_field_problems(problems)
    _check_unique_booking(session, values["booking_no"])
    owner_id = agent_id if agent_id is not None else customer.owner_id
    if owner_id is not None and session.get(Agent, owner_id) is None:
        raise NotFoundError("error.not_found.agent", login=owner_id)
    assert customer.id is not None
    shipment = Shipment(
        customer_id=customer.id,
        agent_id=owner_id,
        stage="booked",
        stage_since=at,
        sort_at=NO_DEADLINE,
        **values,
    )
    session.add(shipment)
    session.flush()
    assert shipment.id is not None
    session.add_all(ShipmentContainer(shipment_id=shipment.id, **row) for row in rows)
    session.add(StageChange(shipment_id=shipment.id, to_stage="booked", agent_id=actor_id, at=at))
    sync_dg_trouble(session, shipment, actor_id, at)
    refresh_summary(session, shipment, tz)
    return shipment


def update_shipment(
    session: Session,
    shipment_id: int | str,
    expected_version: int,
    original: Mapping[str, Any],
    changes: Mapping[str, Any],
    *,
    actor_id: int | None = None,
    now: dt.datetime | None = None,
    tz: ZoneInfo = DESK_TZ,
) -> Shipment:
    """Save edited booking fields if nobody saved the booking since `original` was read."""
    shipment = resolve_shipment(session, shipment_id)
    cleaned = _clean(changes)
    port_problems: dict[str, Problem] = {}
    _resolve_ports(session, cleaned, port_problems)
    merged = {name: getattr(shipment, name) for name in SHIPMENT_FIELDS} | cleaned
    raise_field_problems(shipment_problems(merged) | port_problems)
    if "booking_no" in cleaned:
        _check_unique_booking(session, cleaned["booking_no"], shipment.id)
    if "gate_cutoff" in cleaned or "si_cutoff" in cleaned:
        cleaned["cutoff_alerted_until"] = None  # a moved cut-off is alerted again
    label = t("record.shipment", booking_no=shipment.booking_no)
    shipment = update_versioned(session, shipment, expected_version, original, cleaned, label)
    sync_dg_trouble(session, shipment, actor_id, now_or_clock(now))
    refresh_summary(session, shipment, tz)
    return shipment


def add_container(
    session: Session,
    shipment_id: int | str,
    container: ContainerInput,
    *,
    tz: ZoneInfo = DESK_TZ,
) -> ShipmentContainer:
    shipment = resolve_shipment(session, shipment_id)
    assert shipment.id is not None
    problems: dict[str, Problem] = {}
    rows = _container_rows(session, [container], problems)
    taken = {box.number for box in containers_of(session, shipment.id) if box.number}
    if rows and rows[0]["number"] in taken:
        problems["container_numbers"] = (
            "shipment.container.duplicate",
            {"number": rows[0]["number"]},
        )
    raise_field_problems(problems)
    box = ShipmentContainer(shipment_id=shipment.id, **rows[0])
    session.add(box)
    refresh_summary(session, shipment, tz)
    return box


def set_container_number(
    session: Session,
    container_id: int,
    number: str | None,
    seal: str | None = None,
    *,
    tz: ZoneInfo = DESK_TZ,
) -> ShipmentContainer:
    """Give a box its number (checked with the ISO 6346 check digit) and seal."""
    box = session.get(ShipmentContainer, container_id)
    if box is None:
        raise NotFoundError("error.not_found.container", ref=container_id)
    problems: dict[str, Problem] = {}
    entry = {"type": box.type_code, "number": number, "seal": seal}
    row = _container_rows(session, [entry], problems)
    others = {
        other.number
        for other in containers_of(session, box.shipment_id)
        if other.number and other.id != box.id
    }
    if row and row[0]["number"] in others:
        problems["container_numbers"] = (
            "shipment.container.duplicate",
            {"number": row[0]["number"]},
        )
    raise_field_problems(problems)
    box.number, box.seal = row[0]["number"], row[0]["seal"] or box.seal
    box.version += 1
    session.add(box)
    refresh_summary(session, resolve_shipment(session, box.shipment_id), tz)
    return box


def remove_container(session: Session, container_id: int, *, tz: ZoneInfo = DESK_TZ) -> None:
    box = session.get(ShipmentContainer, container_id)
    if box is None:
        raise NotFoundError("error.not_found.container", ref=container_id)
    shipment = resolve_shipment(session, box.shipment_id)
    session.delete(box)
    refresh_summary(session, shipment, tz)


def _record_shipped(session: Session, shipment: Shipment, day: dt.date) -> None:
    """Sailing is shipping: the customer row keeps its first and last shipment dates."""
    customer = session.get(Customer, shipment.customer_id)
    if customer is None:
        return
    if customer.last_shipped_on is None or customer.last_shipped_on < day:
        customer.last_shipped_on = day
    if customer.first_shipped_on is None or customer.first_shipped_on > day:
        customer.first_shipped_on = day
    session.add(customer)


def move_shipment(
    session: Session,
    shipment_id: int | str,
    target: str,
    *,
    actor_id: int | None = None,
    reason: str | None = None,
    now: dt.datetime | None = None,
    expected_version: int | None = None,
    tz: ZoneInfo = DESK_TZ,
) -> Shipment:
    """Move to any stage: forward checks every stage passed, back needs a reason. Recorded."""
    at = now_or_clock(now)
    shipment = resolve_shipment(session, shipment_id)
    current = shipment.stage
    raise_problems(move_problems(current, target, stage_facts(session, shipment), reason))
    _check_release(session, shipment, target, at.astimezone(tz).date())
    version = shipment.version if expected_version is None else expected_version
    label = t("record.shipment", booking_no=shipment.booking_no)
    since = _undone_entry(session, shipment.id or 0, current, target) or at
    shipment = update_versioned(
        session,
        shipment,
        version,
        {"stage": current},
        {"stage": target, "stage_since": since},
        label,
    )
    clean_reason = reason.strip() if reason and reason.strip() else None
    assert shipment.id is not None
    session.add(
        StageChange(
            shipment_id=shipment.id,
            from_stage=current,
            to_stage=target,
            agent_id=actor_id,
            at=at,
            reason=clean_reason,
        )
    )
    close_passed_cutoffs(session, shipment, actor_id, at)
    stages_after = ("sailed", "bl_issued", "in_transit", "arrived", "closed")
    if target in stages_after and current not in stages_after:
        _record_shipped(session, shipment, shipment.etd or at.astimezone(tz).date())
    refresh_summary(session, shipment, tz)
    # Money (issue 13): sailing makes the invoices from the receivable lines. Imported here: the
    # money desk builds on the shipment desk.
    from csdesk.desk.money.invoicing import invoice_after_change

    invoice_after_change(session, shipment, at, tz)
    if stage_index(current) < stage_index("sailed"):
        # A jump over sailed made the invoices just now: the release is judged on them (a
        # refusal rolls the whole move back with the session).
        _check_release(session, shipment, target, at.astimezone(tz).date(), current)
    return shipment


def _undone_entry(
    session: Session, shipment_id: int, current: str, target: str
) -> dt.datetime | None:
    """When a move back undoes the last move (target -> current, a slip), the stage's days count
    from when the shipment first entered it, not from the slip; the history keeps both moves."""
    last_two = (
        session.execute(
            select(StageChange)
            .where(col(StageChange.shipment_id) == shipment_id)
            .order_by(col(StageChange.at).desc(), col(StageChange.id).desc())
            .limit(2)
        )
        .scalars()
        .all()
    )
    if len(last_two) == 2:
        undone, entered = last_two
        if (undone.from_stage, undone.to_stage, entered.to_stage) == (target, current, target):
            return entered.at
    return None


def _check_release(
    session: Session,
    shipment: Shipment,
    target: str,
    today: dt.date,
    from_stage: str | None = None,
) -> None:
    """Past bl_issued only once the B/L is released (issue 13); the money desk says why not."""
    bl = stage_index("bl_issued")
    if not stage_index(from_stage or shipment.stage) <= bl < stage_index(target):
        return
    from csdesk.desk.money.bl import release_block

    refusal = release_block(session, shipment, today)
    if refusal is not None:
        raise refusal


def advance_shipment(session: Session, shipment_id: int | str, **options: Any) -> Shipment:
    shipment = resolve_shipment(session, shipment_id)
    target = next_stage(shipment.stage)
    if target is None:
        raise DeskError("stage.at_end")
    return move_shipment(session, shipment_id, target, **options)


def move_back(
    session: Session, shipment_id: int | str, reason: str | None, **options: Any
) -> Shipment:
    shipment = resolve_shipment(session, shipment_id)
    target = previous_stage(shipment.stage)
    if target is None:
        raise DeskError("stage.at_start")
    return move_shipment(session, shipment_id, target, reason=reason, **options)


def stage_needs(session: Session, shipment_id: int | str, target: str) -> list[str]:
    """Every field the stages up to `target` still miss, in the order the stages need them."""
    shipment = resolve_shipment(session, shipment_id)
    needs: list[str] = []
    for _key, params in move_problems(shipment.stage, target, stage_facts(session, shipment), "-"):
        fields = params.get("fields")
        if isinstance(fields, list):
            needs += [name for name in fields if name not in needs]
    if target not in STAGES:
        return needs
    # The B/L step asks for its number (statements and invoices list it); the move is not
    # refused without it: the B/L may be issued before the number reaches the desk.
    issued = stage_index("bl_issued")
    if stage_index(shipment.stage) < issued <= stage_index(target) and not shipment.bl_no:
        needs.append("bl_no")
    return needs


def fill_and_move(
    session: Session,
    shipment_id: int | str,
    target: str,
    *,
    fields: Mapping[str, Any] | None = None,
    numbers: Mapping[int, str] | None = None,
    containers: Sequence[ContainerInput] = (),
    actor_id: int | None = None,
    reason: str | None = None,
    now: dt.datetime | None = None,
    tz: ZoneInfo = DESK_TZ,
) -> Shipment:
    """What a stage asked for (booking fields, boxes, box numbers by container id), then the move,
    in one transaction: refused as a whole if the move is still refused."""
    shipment = resolve_shipment(session, shipment_id)
    assert shipment.id is not None
    changes = dict(fields or {})
    if changes:
        original = {name: getattr(shipment, name) for name in changes if name in SHIPMENT_FIELDS}
        update_shipment(
            session,
            shipment.id,
            shipment.version,
            original,
            changes,
            actor_id=actor_id,
            now=now,
            tz=tz,
        )
    for box in containers:
        add_container(session, shipment.id, box, tz=tz)
    for container_id, number in (numbers or {}).items():
        set_container_number(session, container_id, number, tz=tz)
    return move_shipment(
        session, shipment.id, target, actor_id=actor_id, reason=reason, now=now, tz=tz
    )
