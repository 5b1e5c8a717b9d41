"""What the shipment use cases share: look-ups, problem messages, tasks, the board summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.context import DESK_TZ
from csdesk.desk.errors import DeskError, NotFoundError, ValidationError
from csdesk.i18n import t
from csdesk.models import Shipment, ShipmentContainer, Task, Trouble
from csdesk.models.base import utcnow
from csdesk.rules.shipments import search_text
from csdesk.rules.stages import Problem, StageFacts, board_times
from csdesk.rules.trouble import ACTIVE_STATUSES, KINDS, trouble_rank

# Parameters that hold vocabulary, translated before the message is formatted.
_LIST_PARAMS = {"fields": "shipment.field", "kinds": "trouble.kind"}
_WORD_PARAMS = {"stage": "stage", "current": "trouble.status", "target": "trouble.status"}


def problem_text(problem: Problem) -> str:
    key, params = problem
    shown: dict[str, object] = dict(params)
    for name, prefix in _LIST_PARAMS.items():
        value = shown.get(name)
        if isinstance(value, list | tuple):
            shown[name] = t("shipment.list_sep").join(t(f"{prefix}.{word}") for word in value)
    for name, prefix in _WORD_PARAMS.items():
        if isinstance(shown.get(name), str) and f"{prefix}.{shown[name]}" != t(
            f"{prefix}.{shown[name]}"
        ):
            shown[name] = t(f"{prefix}.{shown[name]}")
    return t(key, **shown)


def raise_problems(problems: Sequence[Problem]) -> None:
    if problems:
        raise DeskError(
            "shipment.problems", detail=t("shipment.problem_sep").join(map(problem_text, problems))
        )


def raise_field_problems(problems: Mapping[str, Problem]) -> None:
    if problems:
        raise ValidationError({name: problem_text(problem) for name, problem in problems.items()})


def now_or_clock(now: dt.datetime | None) -> dt.datetime:
    return now if now is not None else utcnow()


def resolve_shipment(session: Session, ref: int | str) -> Shipment:
    """A shipment by id or by booking number (any case)."""
    text = str(ref).strip()
    shipment = session.get(Shipment, int(text)) if text.isdigit() else None
    if shipment is None:
        shipment = session.execute(
            select(Shipment).where(col(Shipment.booking_no) == text.upper())
        ).scalar_one_or_none()
    if shipment is None:
        raise NotFoundError("error.not_found.shipment", ref=text)
    return shipment


def containers_of(session: Session, shipment_id: int) -> list[ShipmentContainer]:
    return list(
        session.execute(
            select(ShipmentContainer)
            .where(col(ShipmentContainer.shipment_id) == shipment_id)
            .order_by(col(ShipmentContainer.id))
        ).scalars()
    )


def active_troubles(session: Session, shipment_id: int) -> list[Trouble]:
    return list(
        session.execute(
            select(Trouble)
            .where(
                col(Trouble.shipment_id) == shipment_id,
                col(Trouble.status).in_(ACTIVE_STATUSES),
            )
            .order_by(col(Trouble.id))
        ).scalars()
    )


def split_kinds(stored: str) -> tuple[str, ...]:
    return tuple(kind for kind in stored.split("|") if kind)


def stage_facts(session: Session, shipment: Shipment) -> StageFacts:
    assert shipment.id is not None
    boxes = containers_of(session, shipment.id)
    return StageFacts(
        shipper=shipment.shipper,
        consignee=shipment.consignee,
        commodity=shipment.commodity,
        vessel=shipment.vessel,
        voyage=shipment.voyage,
        container_count=len(boxes),
        numbered_containers=sum(1 for box in boxes if box.number),
        stuffing=shipment.stuffing,
        pickup_factories=shipment.pickup_factories,
        trucker=shipment.trucker,
        trucking_price_minor=shipment.trucking_price_minor,
        warehouse_fee_minor=shipment.warehouse_fee_minor,
        active_trouble=split_kinds(shipment.trouble_kinds),
    )


def refresh_summary(session: Session, shipment: Shipment, tz: ZoneInfo = DESK_TZ) -> None:
    """Rewrite the board columns of the shipment row from its records, in this transaction."""
    assert shipment.id is not None
    session.flush()
    active = {trouble.kind for trouble in active_troubles(session, shipment.id)}
    kinds = [kind for kind in KINDS if kind in active]
    shipment.trouble_kinds = f"|{'|'.join(kinds)}|" if kinds else ""
    shipment.trouble_rank = trouble_rank(kinds)
    times = board_times(
        shipment.stage, shipment.si_cutoff, shipment.gate_cutoff, shipment.etd, shipment.eta, tz
    )
    shipment.sort_at, shipment.cutoff_at = times.sort_at, times.cutoff_at
    numbers = [box.number for box in containers_of(session, shipment.id)]
    shipment.search_text = search_text(
        shipment.booking_no,
        shipment.carrier,
        shipment.vessel,
        shipment.voyage,
        shipment.customs_no,
        [*numbers, shipment.bl_no],  # the B/L number is found like a box number
    )
    session.add(shipment)
    session.flush()


def add_task(
    session: Session, shipment: Shipment, kind: str, note: str | None, now: dt.datetime
) -> Task:
    """A task in the owning agent's call list for today, pointing back at the shipment."""
    task = Task(
        customer_id=shipment.customer_id,
        agent_id=shipment.agent_id,
        kind=kind,
        due_at=now,
        source_table="shipment",
        source_id=shipment.id,
        note=" ".join(part for part in (shipment.booking_no, note) if part),
    )
    session.add(task)
    session.flush()
    return task
