"""Demo shipments: bookings in every stage with real carriers, vessels and valid container numbers,
and every kind of trouble somewhere on the board.

Rows are written with bulk inserts (the benchmark builds 20,000 open shipments the same way); the
board summary on each row is computed by the same rules the desk uses, and the cut-off sweep runs
at the end, so the demo board looks exactly as if agents had worked it.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlmodel import Session, col

from csdesk.desk.context import DESK_TZ
from csdesk.desk.demo.shipment_data import NOTES
from csdesk.desk.demo.shipment_plan import Plan, assign_trouble, at_desk, make_plans, summarise
from csdesk.desk.shipments.automatic import raise_due_alerts
from csdesk.models import (
    ChargeLine,
    Customer,
    DocumentDispatch,
    FreeDaysRequest,
    Shipment,
    ShipmentContainer,
    ShipmentNote,
    StageChange,
    Task,
    Trouble,
)
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.stages import stage_index
from csdesk.rules.trouble import TASK_KIND


def _customer_rows(session: Session, customers: Sequence[Any]) -> list[tuple[int, int | None, str]]:
    """(id, owner, tier) of the given customers (rows or ids); A and B ship most."""
    if customers and isinstance(customers[0], int):
        ids = list(customers)
        found: list[tuple[int, int | None, str]] = []
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            found += [
                (row[0], row[1], row[2])
                for row in session.execute(
                    select(col(Customer.id), col(Customer.owner_id), col(Customer.tier)).where(
                        col(Customer.id).in_(chunk)
                    )
                )
            ]
        return found
    return [(row.id, row.owner_id, getattr(row, "tier", "B")) for row in customers]


def _stamp(now: dt.datetime) -> dict[str, Any]:
    return {"created_at": now, "updated_at": now, "version": 1}


def _insert_rows(session: Session, model: Any, rows: list[dict[str, Any]]) -> list[int]:
    if not rows:
        return []
    statement = insert(model).returning(col(model.id), sort_by_parameter_order=True)
    return list(session.execute(statement, rows).scalars())


DG_DEFAULTS = {
    "dg": False,
    "dg_un_number": None,
    "dg_class": None,
    "dg_fees_confirmed": False,
    "cutoff_alerted_until": None,
}


def _insert_troubles(session: Session, plans: list[Plan], ids: list[int], now: dt.datetime) -> None:
    from csdesk.i18n import t

    pairs = [
        (plan, shipment_id, trouble)
        for plan, shipment_id in zip(plans, ids, strict=True)
        for trouble in plan.troubles
    ]
    tasks = [
        _stamp(now)
        | {
            "customer_id": plan.row["customer_id"],
            "agent_id": plan.row["agent_id"],
            "kind": TASK_KIND[trouble["kind"]],
            "due_at": trouble["opened_at"],
            "done_at": trouble["status_at"] if trouble["status"] == "closed" else None,
            "source_table": "shipment",
            "source_id": shipment_id,
            "note": f"{plan.row['booking_no']} {t('trouble.kind.' + trouble['kind'])}",
        }
        for plan, shipment_id, trouble in pairs
    ]
    task_ids = _insert_rows(session, Task, tasks)
    rows = [
        _stamp(now) | trouble | {"shipment_id": shipment_id, "task_id": task_id}
        for (_plan, shipment_id, trouble), task_id in zip(pairs, task_ids, strict=True)
    ]
    _insert_rows(session, Trouble, rows)


def _charges(
    shipment_id: int, boxes: int, rng: random.Random, now: dt.datetime
) -> list[dict[str, Any]]:
    freight = rng.choice([1450, 1850, 2300, 2950, 3600]) * 100 * boxes
    line = _stamp(now) | {"shipment_id": shipment_id, "all_in": False, "covers": ""}
    if rng.random() < 0.2:
        return [
            line
            | {
                "side": "receivable",
                "name": "ALL IN",
                "amount_minor": freight + 25000 * boxes,
                "currency": "USD",
                "all_in": True,
                "covers": "O/F|THC|DOC|SEAL",  # charge codes, as the rate sheets write them
            },
            line
            | {
                "side": "payable",
                "name": "O/F",
                "amount_minor": freight - 20000 * boxes,
                "currency": "USD",
            },
        ]
    return [
        line | {"side": "receivable", "name": "O/F", "amount_minor": freight, "currency": "USD"},
        line
        | {"side": "receivable", "name": "THC", "amount_minor": 105000 * boxes, "currency": "CNY"},
        line | {"side": "receivable", "name": "DOC", "amount_minor": 45000, "currency": "CNY"},
        line
        | {
            "side": "payable",
            "name": "O/F",
            "amount_minor": freight - 15000 * boxes,
            "currency": "USD",
        },
    ]


def _notes(plan: Plan, shipment_id: int, now: dt.datetime, rng: random.Random) -> list[Any]:
    """A few notes on a shipment in trouble, the odd one elsewhere."""
    row = plan.row
    count = rng.randint(1, 3) if plan.troubles else int(rng.random() < 0.1)
    return [
        {
            "shipment_id": shipment_id,
            "agent_id": row["agent_id"],
            "at": min(row["stage_since"] + dt.timedelta(hours=3 * index + 1), now),
            "text": rng.choice(NOTES),
        }
        for index in range(count)
    ]


def _free_days(row: dict[str, Any], shipment_id: int, rng: random.Random) -> dict[str, Any]:
    """21 days asked and granted at origin; the destination sometimes grants only 14 (H66)."""
    return {
        "shipment_id": shipment_id,
        "carrier": row["carrier"],
        "requested_days": 21,
        "origin_days": 21,
        "destination_days": rng.choice([14, 21]),
        "requested_on": row["etd"],
        "note": None,
    }


def _dispatch(shipment_id: int, today: dt.date, rng: random.Random) -> dict[str, Any]:
    """A B/L couriered in the last ten days, received or not yet (H67)."""
    sent = today - dt.timedelta(days=rng.randint(0, 9))
    return {
        "shipment_id": shipment_id,
        "kind": "bl",
        "address": "宁波市鄞州区天童南路 588 号",
        "address_confirmed": True,
        "courier": rng.choice(["顺丰", "EMS", "中通"]),
        "tracking_no": f"SF{rng.randint(10**11, 10**12 - 1)}",
        "sent_on": sent,
        "received_on": sent + dt.timedelta(days=1) if rng.random() < 0.6 else None,
        "chase_task_id": None,
    }


def _insert_extras(
    session: Session,
    plans: list[Plan],
    ids: list[int],
    today: dt.date,
    now: dt.datetime,
    rng: random.Random,
) -> None:
    """Notes, charge lines, free-days requests and couriered documents on some shipments."""
    notes: list[Any] = []
    charges: list[Any] = []
    free_days: list[Any] = []
    documents: list[Any] = []
    for plan, shipment_id in zip(plans, ids, strict=True):
        notes += _notes(plan, shipment_id, now, rng)
        if rng.random() < 0.6:
            charges += _charges(shipment_id, len(plan.boxes), rng, now)
        if rng.random() < 0.05:
            free_days.append(_stamp(now) | _free_days(plan.row, shipment_id, rng))
        shipped = stage_index(plan.row["stage"]) >= stage_index("bl_issued")
        if shipped and rng.random() < 0.3:
            documents.append(_stamp(now) | _dispatch(shipment_id, today, rng))
    for model, rows in (
        (ShipmentNote, notes),
        (ChargeLine, charges),
        (FreeDaysRequest, free_days),
        (DocumentDispatch, documents),
    ):
        if rows:
            session.execute(insert(model), rows)


def build_shipments(
    session: Session,
    rng: random.Random,
    today: dt.date,
    customers: Sequence[Any],
    count: int,
    calendar: WorkCalendar | None = None,
) -> int:
    """`count` open shipments spread over the stages (the benchmark's fixture as well)."""
    owners = _customer_rows(session, customers)
    if not owners or count <= 0:
        return 0
    now = at_desk(today, 9)
    start = int(
        session.execute(
            select(col(Shipment.id)).order_by(col(Shipment.id).desc()).limit(1)
        ).scalar()
        or 0
    )
    plans = make_plans(owners, count, today, rng, start)
    assign_trouble(plans, now, rng)
    for plan in plans:
        plan.row = _stamp(now) | DG_DEFAULTS | plan.row
        summarise(plan)
    ids = _insert_rows(session, Shipment, [plan.row for plan in plans])
    boxes = [
        _stamp(now) | box | {"shipment_id": sid}
        for plan, sid in zip(plans, ids, strict=True)
        for box in plan.boxes
    ]
    session.execute(insert(ShipmentContainer), boxes)
    history = [
        {"reason": None} | change | {"shipment_id": sid}
        for plan, sid in zip(plans, ids, strict=True)
        for change in plan.history
    ]
    session.execute(insert(StageChange), history)
    _insert_troubles(session, plans, ids, now)
    _insert_extras(session, plans, ids, today, now, rng)
    session.flush()
    raise_due_alerts(session, now, today, calendar or WorkCalendar(), DESK_TZ)
    return count


def generate(
    session: Session, rng: random.Random, today: dt.date, customers: Sequence[Any]
) -> None:
    """The demo's shipments: about one open booking per five customers (40 to 5,000), so an
    agent's board has a few dozen, as when the A and B customers ship every month.

    `customers` are the demo's customers (anything with `id`, `owner_id` and `tier`) or ids.
    """
    build_shipments(session, rng, today, customers, shipment_count(len(customers)))


def shipment_count(customers: int) -> int:
    return min(5000, max(40, customers // 5))
