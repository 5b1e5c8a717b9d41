"""Planning demo shipments: where each stands, its dates, boxes, history and trouble, before any
row is written. Random but consistent: a shipment in tracking has sailed, a booked one has not."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from dataclasses import dataclass, field
from typing import Any

from csdesk.desk.context import DESK_TZ
from csdesk.desk.demo.shipment_data import (
    CARRIERS,
    PODS,
    POLS,
    SHIPPERS,
    TROUBLE_PLAN,
    Carrier,
    container_number,
    trouble_details,
)
from csdesk.rules.shipments import search_text
from csdesk.rules.stages import STAGES, board_times, stage_index
from csdesk.rules.trouble import ACTIVE_STATUSES, KINDS, trouble_rank

# How many open shipments stand in each stage on an ordinary day: most sit in tracking.
STAGE_WEIGHTS = {
    "booked": 12,
    "pre_allocated": 10,
    "stuffing": 10,
    "gated_in": 8,
    "sailed": 6,
    "bl_issued": 10,
    "in_transit": 34,
    "arrived": 10,
}
TROUBLE_SHARE = 0.08


@dataclass
class Plan:
    """One shipment before insertion: its row and what hangs on it."""

    row: dict[str, Any]
    boxes: list[dict[str, Any]]
    history: list[dict[str, Any]]
    troubles: list[dict[str, Any]] = field(default_factory=list)


def at_desk(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=DESK_TZ)


def _dates(stage: str, today: dt.date, rng: random.Random) -> tuple[dt.date, dt.date]:
    """ETD and ETA consistent with where the shipment stands."""
    transit = rng.randint(18, 45)
    position = stage_index(stage)
    if position <= stage_index("stuffing"):
        etd = today + dt.timedelta(days=rng.randint(1, 12) + 2 * (2 - position))
    elif stage == "gated_in":
        etd = today + dt.timedelta(days=rng.randint(0, 2))
    elif stage in ("sailed", "bl_issued"):
        etd = today - dt.timedelta(days=rng.randint(1, 8))
    elif stage == "in_transit":
        etd = today - dt.timedelta(days=rng.randint(6, transit - 2))
    else:
        etd = today - dt.timedelta(days=transit + rng.randint(0, 6))
    return etd, etd + dt.timedelta(days=transit)


# When each stage is usually reached, in days from the ETD (arrival: the ETA).
STAGE_OFFSETS = {
    "booked": -10,
    "pre_allocated": -7,
    "stuffing": -4,
    "gated_in": -2,
    "sailed": 0,
    "bl_issued": 2,
    "in_transit": 4,
}


def _stage_times(
    stage: str, etd: dt.date, eta: dt.date, now: dt.datetime, rng: random.Random
) -> list[dt.datetime]:
    """When the shipment reached each stage up to `stage`: in order, and never after `now`."""
    passed = STAGES[: stage_index(stage) + 1]
    times: list[dt.datetime] = []
    for index, name in enumerate(passed):
        day = eta if name == "arrived" else etd + dt.timedelta(days=STAGE_OFFSETS[name])
        at = at_desk(day, rng.randint(9, 17), rng.choice([0, 15, 30, 45]))
        at = min(at, now - dt.timedelta(minutes=20 * (len(passed) - index)))
        times.append(max(at, times[-1] + dt.timedelta(minutes=10)) if times else at)
    return times


def _history(
    stage: str, times: list[dt.datetime], agent: int | None, rng: random.Random
) -> list[dict[str, Any]]:
    """booked -> ... -> stage at `times`, with the odd move back and its reason."""
    passed = STAGES[: stage_index(stage) + 1]
    rows = [{"from_stage": None, "to_stage": "booked", "at": times[0], "agent_id": agent}]
    for (before, after), at in zip(itertools.pairwise(passed), times[1:], strict=True):
        if after == "gated_in" and rng.random() < 0.05:
            early, back = at - dt.timedelta(minutes=8), at - dt.timedelta(minutes=4)
            rows.append({"from_stage": before, "to_stage": after, "at": early, "agent_id": agent})
            rows.append(
                {
                    "from_stage": after,
                    "to_stage": before,
                    "at": back,
                    "agent_id": agent,
                    "reason": "港区系统显示未进港, 车队还在路上",
                }
            )
        rows.append({"from_stage": before, "to_stage": after, "at": at, "agent_id": agent})
    return rows


COMMODITIES = (
    "LED LIGHTS",
    "SOLAR PANELS",
    "T-SHIRTS",
    "FURNITURE",
    "AUTO PARTS",
    "CERAMIC TILES",
    "PLASTIC PELLETS",
    "MACHINERY PARTS",
)
BOX_SETS = (["40HQ"], ["40HQ", "40HQ"], ["20GP"], ["20GP", "20GP", "20GP"], ["40GP"], ["40RF"])
TRUCKERS = ("北仑顺达车队", "上海港联车队", "深圳盐田快运", "青岛港通物流")


def _boxes(carrier: Carrier, before_gate: bool, rng: random.Random) -> list[dict[str, Any]]:
    """Boxes get their numbers (and seals) at pickup: before gate-in most have none yet."""
    boxes = []
    for code in rng.choice(BOX_SETS):
        numbered = not before_gate or rng.random() >= 0.7
        number = container_number(carrier, rng) if numbered else None
        seal = f"{carrier.prefix[:2]}{rng.randint(1000000, 9999999)}" if numbered else None
        boxes.append({"type_code": code, "number": number, "seal": seal})
    return boxes


def _stuffing(rng: random.Random) -> dict[str, Any]:
    """Trucking from one or several factories, or stuffing at a warehouse (H49)."""
    if rng.random() < 0.75:
        return {
            "stuffing": "trucking",
            "pickup_factories": rng.choice([1, 1, 1, 2, 3]),
            "trucker": rng.choice(TRUCKERS),
            "trucking_price_minor": rng.choice([120000, 150000, 180000, 220000]),
            "warehouse": None,
            "warehouse_fee_minor": None,
        }
    return {
        "stuffing": "warehouse",
        "pickup_factories": None,
        "trucker": None,
        "trucking_price_minor": None,
        "warehouse": rng.choice(["宁波保税仓", "外高桥三号仓"]),
        "warehouse_fee_minor": rng.choice([30000, 45000]),
    }


def _plan(
    number: int,
    customer: tuple[int, int | None, str],
    stage: str,
    today: dt.date,
    rng: random.Random,
) -> Plan:
    carrier: Carrier = rng.choice(CARRIERS)
    customer_id, owner, _tier = customer
    etd, eta = _dates(stage, today, rng)
    times = _stage_times(stage, etd, eta, at_desk(today, 9), rng)
    before_gate = stage_index(stage) < stage_index("gated_in")
    declared = not before_gate  # the customs declaration goes in with the box
    row = {
        "booking_no": f"{carrier.booking_prefix}{63_000_000 + number}",
        "customer_id": customer_id,
        "agent_id": owner,
        "carrier": carrier.name,
        "vessel": rng.choice(carrier.vessels),
        "voyage": f"{rng.randint(1, 999):03d}{rng.choice('EWSN')}",
        "pol": rng.choice(POLS),
        "pod": rng.choice(PODS),
        "etd": etd,
        "eta": eta,
        "shipper": rng.choice(SHIPPERS),
        "consignee": "TO ORDER",
        "commodity": rng.choice(COMMODITIES),
        "customs_no": f"2233{today.year}{rng.randint(0, 10**10 - 1):010d}" if declared else None,
        "si_cutoff": at_desk(etd - dt.timedelta(days=2), 17),
        "gate_cutoff": at_desk(etd - dt.timedelta(days=1), 12),
        "stage": stage,
        "stage_since": times[-1],
    } | _stuffing(rng)
    return Plan(row, _boxes(carrier, before_gate, rng), _history(stage, times, owner, rng))


def summarise(plan: Plan) -> None:
    row = plan.row
    active = {t["kind"] for t in plan.troubles if t["status"] in ACTIVE_STATUSES}
    kinds = [kind for kind in KINDS if kind in active]
    times = board_times(
        row["stage"], row["si_cutoff"], row["gate_cutoff"], row["etd"], row["eta"], DESK_TZ
    )
    row |= {
        "trouble_kinds": f"|{'|'.join(kinds)}|" if kinds else "",
        "trouble_rank": trouble_rank(kinds),
        "sort_at": times.sort_at,
        "cutoff_at": times.cutoff_at,
        "search_text": search_text(
            row["booking_no"],
            row["carrier"],
            row["vessel"],
            row["voyage"],
            row["customs_no"],
            [box["number"] for box in plan.boxes],
        ),
    }


def _add_trouble(plan: Plan, kind: str, now: dt.datetime, rng: random.Random) -> None:
    _stages, statuses, note = TROUBLE_PLAN[kind]
    status = rng.choice(statuses)
    opened = plan.row["stage_since"] + dt.timedelta(hours=rng.randint(1, 20))
    local = opened.astimezone(DESK_TZ)
    opened = local.replace(hour=min(max(local.hour, 8), 18))  # seen in office hours, as its task
    opened = min(opened, now - dt.timedelta(minutes=30))
    agent = plan.row["agent_id"]
    plan.troubles.append(
        {
            "kind": kind,
            "details": trouble_details(kind, plan.row, rng),
            "note": note,
            "status": status,
            "outcome": "减免文件费, 客户接受" if status == "closed" else None,
            "opened_by_id": agent,
            "opened_at": opened,
            "status_by_id": agent if status != "open" else None,
            "status_at": min(opened + dt.timedelta(hours=2), now - dt.timedelta(minutes=10))
            if status != "open"
            else None,
        }
    )


def assign_trouble(plans: list[Plan], now: dt.datetime, rng: random.Random) -> None:
    """Every kind at least once where it can happen, then about one shipment in twelve."""
    by_stage: dict[str, list[Plan]] = {}
    for plan in plans:
        by_stage.setdefault(plan.row["stage"], []).append(plan)
    for kind, (stages, _statuses, _note) in TROUBLE_PLAN.items():
        candidates = [p for stage in stages for p in by_stage.get(stage, []) if not p.troubles]
        if candidates:
            _add_trouble(rng.choice(candidates), kind, now, rng)
    for plan in plans:
        if plan.troubles or rng.random() >= TROUBLE_SHARE:
            continue
        kinds = [k for k, (stages, _s, _n) in TROUBLE_PLAN.items() if plan.row["stage"] in stages]
        if kinds:
            _add_trouble(plan, rng.choice(kinds), now, rng)


def make_plans(
    customers: list[tuple[int, int | None, str]],
    count: int,
    today: dt.date,
    rng: random.Random,
    start: int,
) -> list[Plan]:
    weights = {"A": 6, "B": 3, "C": 1, "D": 0.2}
    shippers = rng.choices(customers, weights=[weights.get(c[2], 1) for c in customers], k=count)
    stages = list(STAGE_WEIGHTS)
    # Every stage at least once, then the usual spread.
    picked = stages + rng.choices(
        stages, weights=list(STAGE_WEIGHTS.values()), k=max(0, count - len(stages))
    )
    plans = [
        _plan(start + index, shipper, stage, today, rng)
        for index, (shipper, stage) in enumerate(zip(shippers, picked, strict=False))
    ]
    # One box due at the terminal tomorrow morning, so the cut-off sweep has something to raise.
    urgent = next(p for p in plans if p.row["stage"] == "stuffing")
    urgent.row["etd"] = today + dt.timedelta(days=1)
    urgent.row["gate_cutoff"] = at_desk(today, 23, 30)
    urgent.row["si_cutoff"] = at_desk(today - dt.timedelta(days=1), 17)
    return plans
