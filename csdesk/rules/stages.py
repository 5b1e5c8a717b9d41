"""The stages of a booking (H97), the data each stage needs, where a shipment sorts on the board.

booked 订舱 -> pre_allocated 预配 -> stuffing 做箱 -> gated_in 进港 -> sailed 开船 ->
bl_issued 提单 -> in_transit 货物跟踪 -> arrived 到港 -> closed. Moving forward checks the data
of every stage passed; moving back needs a reason, because the history is what the agent shows
the customer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

STAGES = (
    "booked",
    "pre_allocated",
    "stuffing",
    "gated_in",
    "sailed",
    "bl_issued",
    "in_transit",
    "arrived",
    "closed",
)
BOARD_STAGES = STAGES[:-1]  # closed shipments leave the board
# A far date for shipments with neither cut-off nor ETA: they sort last and keyset paging never
# meets a NULL.
NO_DEADLINE = dt.datetime(9999, 1, 1, tzinfo=dt.UTC)

# Problems: (catalogue key, params), in the order they should be shown.
Problem = tuple[str, dict[str, object]]


@dataclass(frozen=True)
class StageFacts:
    """What the stage rules look at, read off a shipment and its containers."""

    shipper: str | None = None
    consignee: str | None = None
    commodity: str | None = None
    vessel: str | None = None
    voyage: str | None = None
    container_count: int = 0
    numbered_containers: int = 0
    stuffing: str | None = None  # trucking | warehouse
    pickup_factories: int | None = None
    trucker: str | None = None
    trucking_price_minor: int | None = None
    warehouse_fee_minor: int | None = None
    active_trouble: tuple[str, ...] = field(default_factory=tuple)


def stage_index(stage: str) -> int:
    return STAGES.index(stage)


def next_stage(stage: str) -> str | None:
    position = stage_index(stage)
    return STAGES[position + 1] if position + 1 < len(STAGES) else None


def previous_stage(stage: str) -> str | None:
    position = stage_index(stage)
    return STAGES[position - 1] if position > 0 else None


def _stuffing_missing(facts: StageFacts) -> list[str]:
    """H49: trucking needs the factories, the trucker and his price; a warehouse its inbound fee."""
    if facts.stuffing == "trucking":
        wanted = {
            "pickup_factories": facts.pickup_factories,
            "trucker": facts.trucker,
            "trucking_price": facts.trucking_price_minor,
        }
        return [name for name, value in wanted.items() if value in (None, "", 0)]
    if facts.stuffing == "warehouse":
        return [] if facts.warehouse_fee_minor is not None else ["warehouse_fee"]
    return ["stuffing"]


def missing_for(stage: str, facts: StageFacts) -> list[str]:
    """The fields a shipment must have before it may enter `stage` (that stage alone)."""
    if stage == "pre_allocated":
        wanted = {"shipper": facts.shipper, "consignee": facts.consignee}
        wanted["commodity"] = facts.commodity
        return [name for name, value in wanted.items() if not value]
    if stage == "stuffing":
        return (["containers"] if facts.container_count == 0 else []) + _stuffing_missing(facts)
    if stage == "gated_in":
        if facts.container_count == 0 or facts.numbered_containers < facts.container_count:
            return ["container_numbers"]
        return []
    if stage == "sailed":
        return [name for name in ("vessel", "voyage") if not getattr(facts, name)]
    return []


def move_problems(
    current: str, target: str, facts: StageFacts, reason: str | None
) -> list[Problem]:
    """Why `current` -> `target` is refused; empty when the move may be made."""
    if target not in STAGES:
        return [("stage.unknown", {"stage": target, "stages": " ".join(STAGES)})]
    if target == current:
        return [("stage.same", {"stage": target})]
    if stage_index(target) < stage_index(current):
        return [] if reason and reason.strip() else [("stage.reason_needed", {})]
    problems: list[Problem] = []
    for stage in STAGES[stage_index(current) + 1 : stage_index(target) + 1]:
        missing = missing_for(stage, facts)
        if missing:
            problems.append(("stage.needs", {"stage": stage, "fields": missing}))
    if target == "closed" and facts.active_trouble:
        problems.append(("stage.trouble_open", {"kinds": list(facts.active_trouble)}))
    return problems


def _day_start(day: dt.date, tz: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=tz)


def pending_cutoffs(
    stage: str, si_cutoff: dt.datetime | None, gate_cutoff: dt.datetime | None
) -> dict[str, dt.datetime]:
    """Cut-offs still ahead of the shipment, until it is gated in. The SI cut-off falls before or
    with the gate-in one, so a box at the terminal has had its instructions in (the desk does not
    track SI submission separately)."""
    if stage_index(stage) >= stage_index("gated_in"):
        return {}
    named = {"gate": gate_cutoff, "si": si_cutoff}
    return {name: at for name, at in named.items() if at is not None}


@dataclass(frozen=True)
class BoardTimes:
    sort_at: dt.datetime  # the board orders each column by this after trouble
    cutoff_at: dt.datetime | None  # the next pending cut-off, for the cut-off sweep


def board_times(
    stage: str,
    si_cutoff: dt.datetime | None,
    gate_cutoff: dt.datetime | None,
    etd: dt.date | None,
    eta: dt.date | None,
    tz: ZoneInfo,
) -> BoardTimes:
    """Nearest pending cut-off; else the ETD before sailing, the ETA after; else NO_DEADLINE."""
    pending = pending_cutoffs(stage, si_cutoff, gate_cutoff)
    cutoff_at = min(pending.values()) if pending else None
    if cutoff_at is not None:
        return BoardTimes(cutoff_at, cutoff_at)
    before_sailing = stage_index(stage) < stage_index("sailed")
    day = (etd or eta) if before_sailing else (eta or etd)
    return BoardTimes(_day_start(day, tz) if day else NO_DEADLINE, None)


def days_in_stage(stage_since: dt.datetime, today: dt.date, tz: ZoneInfo) -> int:
    return max(0, (today - stage_since.astimezone(tz).date()).days)
