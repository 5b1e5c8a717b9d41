"""Trouble on a shipment: what each kind must record, what the handbook advises, who may close it.

Kinds and their handbook items: rolled H68, late_gate_in H69 (with the paid chase-onto-vessel
service), inspection and shut_out H70 (two ways on), bl_held H59/H60, shipper_changed H63,
cargo_problem H47, complaint H26/H96, dg_fees_unconfirmed H41, cutoff_near (a cut-off within a day).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.stages import Problem, pending_cutoffs

KINDS = (
    "rolled",
    "late_gate_in",
    "inspection",
    "shut_out",
    "bl_held",
    "shipper_changed",
    "cargo_problem",
    "complaint",
    "dg_fees_unconfirmed",
    "cutoff_near",
)
STATUSES = ("open", "handled", "escalated", "closed")
ACTIVE_STATUSES = ("open", "handled", "escalated")
TRANSITIONS = {
    "open": ("handled", "escalated", "closed"),
    "handled": ("escalated", "closed"),
    "escalated": ("closed",),
    "closed": (),
}
HOLDERS = ("booking_agent", "us")  # 订舱口扣单 (H59) or 我司扣单 (H60)
HOLD_REASONS = {
    "booking_agent": ("agreement_expired", "fees_unpaid", "other"),
    "us": ("agreement_expired", "account_overdue"),
}
WAYS_ON = ("paid_late_loading", "cancel_redeclare")  # H70
CUTOFFS = ("gate", "si")
SUPERVISED_OWNERSHIPS = ("soe", "central_soe")  # 国企, 央企 (H60)
# The task each trouble puts in the owning agent's call list: tell the customer, except a shipper
# change, which first needs the lines department's new rate (H63).
TASK_KIND = {kind: "shipment_trouble" for kind in KINDS} | {"shipper_changed": "rate_rerequest"}
CUTOFF_WINDOW = dt.timedelta(hours=24)


@dataclass(frozen=True)
class DetailField:
    name: str
    required: bool = False
    choices: tuple[str, ...] = ()
    kind: str = "text"  # text | bool | money


# What each kind records besides its note; cargo problems and complaints need the note itself.
DETAIL_FIELDS: dict[str, tuple[DetailField, ...]] = {
    "rolled": (
        DetailField("reason", required=True),
        DetailField("new_vessel", required=True),
        DetailField("new_voyage"),
    ),
    "late_gate_in": (
        DetailField("chase", kind="bool"),
        DetailField("chase_fee", kind="money"),
        DetailField("fee_confirmed", kind="bool"),
    ),
    "inspection": (DetailField("way", choices=WAYS_ON),),
    "shut_out": (DetailField("way", choices=WAYS_ON),),
    "bl_held": (
        DetailField("holder", required=True, choices=HOLDERS),
        DetailField(
            "reason", required=True, choices=tuple(sorted(set(sum(HOLD_REASONS.values(), ()))))
        ),
    ),
    "shipper_changed": (DetailField("new_shipper", required=True),),
    "cargo_problem": (),
    "complaint": (),
    "dg_fees_unconfirmed": (),
    "cutoff_near": (DetailField("cutoff", required=True, choices=CUTOFFS),),
}
NOTE_REQUIRED = ("cargo_problem", "complaint")
OUTCOME_REQUIRED = ("cargo_problem", "complaint")
WAY_REQUIRED_TO_CLOSE = ("inspection", "shut_out")


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "y", "是"}
    return bool(value)


def detail_problems(kind: str, details: Mapping[str, Any], note: str | None) -> dict[str, Problem]:
    """field -> problem for a trouble about to be recorded."""
    if kind not in KINDS:
        return {"kind": ("error.choice", {"choices": " ".join(KINDS)})}
    problems: dict[str, Problem] = {}
    for spec in DETAIL_FIELDS[kind]:
        value = details.get(spec.name)
        if spec.required and value in (None, ""):
            problems[spec.name] = ("error.required", {})
        elif spec.choices and value not in (None, "") and value not in spec.choices:
            problems[spec.name] = ("error.choice", {"choices": " ".join(spec.choices)})
    if kind == "bl_held" and not problems:
        allowed = HOLD_REASONS[str(details["holder"])]
        if details["reason"] not in allowed:
            problems["reason"] = ("error.choice", {"choices": " ".join(allowed)})
    if kind == "late_gate_in" and _truthy(details.get("chase")) and not details.get("chase_fee"):
        # H69: the chasing fee is quoted to the customer before anyone is sent to the terminal.
        problems["chase_fee"] = ("error.required", {})
    if kind in NOTE_REQUIRED and not (note and note.strip()):
        problems["note"] = ("error.required", {})
    return problems


@dataclass(frozen=True)
class ChaseFacts:
    """What the terminal's chaser needs (H69): box numbers, customs declaration, vessel/voyage."""

    container_count: int
    numbered_containers: int
    customs_no: str | None
    vessel: str | None
    voyage: str | None


def chase_missing(facts: ChaseFacts) -> list[str]:
    missing = []
    if facts.container_count == 0 or facts.numbered_containers < facts.container_count:
        missing.append("container_numbers")
    if not facts.customs_no:
        missing.append("customs_no")
    if not (facts.vessel and facts.voyage):
        missing.append("vessel_voyage")
    return missing


def advice(kind: str, details: Mapping[str, Any], chase: ChaseFacts | None = None) -> list[Problem]:
    """Catalogue keys of what the handbook says to do, in order."""
    if kind == "bl_held":
        holder, reason = details.get("holder"), details.get("reason")
        return [(f"trouble.advice.bl_held.{holder}.{reason}", {})]
    if kind == "cutoff_near":
        return [(f"trouble.advice.cutoff_near.{details.get('cutoff', 'gate')}", {})]
    lines: list[Problem] = [(f"trouble.advice.{kind}", dict(details))]
    if kind == "late_gate_in" and _truthy(details.get("chase")) and chase is not None:
        missing = chase_missing(chase)
        if missing:
            lines.append(("trouble.advice.chase_needs", {"fields": missing}))
        else:
            lines.append(("trouble.advice.chase_ready", {}))
    if kind in WAY_REQUIRED_TO_CLOSE:
        lines.append(("trouble.advice.way.paid_late_loading", {}))
        lines.append(("trouble.advice.way.cancel_redeclare", {}))
    return lines


def release_needs_supervisor(
    details: Mapping[str, Any], customer_vip: bool, customer_ownership: str | None
) -> bool:
    """Releasing a held B/L: our hold on a VIP or state-owned customer goes to the supervisor
    (H60); so does a booking agent's hold for a reason other than agreement or fees (H59)."""
    holder, reason = details.get("holder"), details.get("reason")
    if holder == "us":
        return customer_vip or customer_ownership in SUPERVISED_OWNERSHIPS
    return reason == "other"


def status_problems(
    kind: str,
    current: str,
    target: str,
    *,
    by_supervisor: bool,
    outcome: str | None,
    details: Mapping[str, Any],
    release_locked: bool = False,
) -> list[Problem]:
    """Why a trouble may not go from `current` to `target`; empty when it may."""
    if target not in STATUSES:
        return [("error.choice", {"choices": " ".join(STATUSES)})]
    if target not in TRANSITIONS[current]:
        return [("trouble.bad_transition", {"current": current, "target": target})]
    if target != "closed":
        return []
    problems: list[Problem] = []
    if current == "escalated" and not by_supervisor:
        problems.append(("trouble.supervisor_decides", {}))
    if release_locked and not by_supervisor:
        problems.append(("trouble.release_needs_supervisor", {}))
    if kind in OUTCOME_REQUIRED and not (outcome and outcome.strip()):
        problems.append(("trouble.outcome_needed", {}))
    if kind in WAY_REQUIRED_TO_CLOSE and details.get("way") not in WAYS_ON:
        problems.append(("trouble.way_needed", {}))
    return problems


def cutoff_window_end(now: dt.datetime, calendar: WorkCalendar, tz: ZoneInfo) -> dt.datetime:
    """24 hours from now, stretched over days off: on a Friday afternoon a Monday-morning cut-off
    is near, because nobody at the desk will see the board before it passes."""
    local_now = now.astimezone(tz)
    end = local_now + CUTOFF_WINDOW
    day = local_now.date() + dt.timedelta(days=1)
    while day <= end.date():
        if not calendar.is_workday(day):
            end += dt.timedelta(days=1)
        day += dt.timedelta(days=1)
    return end


def near_cutoffs(
    stage: str,
    si_cutoff: dt.datetime | None,
    gate_cutoff: dt.datetime | None,
    now: dt.datetime,
    calendar: WorkCalendar,
    tz: ZoneInfo,
) -> dict[str, dt.datetime]:
    """Pending cut-offs inside the window (passed ones included: they are the most urgent)."""
    return cutoffs_before(stage, si_cutoff, gate_cutoff, cutoff_window_end(now, calendar, tz))


def cutoffs_before(
    stage: str, si_cutoff: dt.datetime | None, gate_cutoff: dt.datetime | None, end: dt.datetime
) -> dict[str, dt.datetime]:
    """Pending cut-offs at or before `end` (a window computed once for many shipments)."""
    pending = pending_cutoffs(stage, si_cutoff, gate_cutoff)
    return {name: at for name, at in pending.items() if at <= end}


def free_days_flag(origin_days: int | None, destination_days: int | None) -> Problem | None:
    """H66: a destination grant shorter than the origin's goes back to the carrier with the
    customer's approval document."""
    if origin_days is None or destination_days is None or destination_days >= origin_days:
        return None
    return (
        "freedays.shorter_destination",
        {
            "origin": origin_days,
            "destination": destination_days,
            "gap": origin_days - destination_days,
        },
    )


DOCUMENT_WAIT_WORKDAYS = 3


def document_due(sent_on: dt.date, calendar: WorkCalendar) -> dt.date:
    """The last working day a couriered document may still be on its way (H67)."""
    day = sent_on
    for _ in range(DOCUMENT_WAIT_WORKDAYS):
        day = calendar.next_workday(day)
    return day


def document_overdue(
    sent_on: dt.date, received_on: dt.date | None, today: dt.date, calendar: WorkCalendar
) -> bool:
    return received_on is None and today > document_due(sent_on, calendar)


def trouble_rank(active_kinds: tuple[str, ...] | list[str]) -> int:
    """0 sorts first: a shipment with anything open comes before the quiet ones."""
    return 0 if active_kinds else 1


def board_order_key(
    active_kinds: tuple[str, ...] | list[str], sort_at: dt.datetime, shipment_id: int
) -> tuple[int, dt.datetime, int]:
    """A column's order: trouble first, then the nearest cut-off or ETA, then the oldest booking."""
    return (trouble_rank(active_kinds), sort_at, shipment_id)


# Open trouble that makes the next stage untrue until it is handled: a rolled box has not sailed
# on its vessel (H68), DG cargo is not stuffed or gated in before the customer confirms its fees
# (H41), a held B/L is not issued (H59, H60). Moving on anyway is the agent's call, asked first.
BLOCKS_STAGES: dict[str, tuple[str, ...]] = {
    "rolled": ("sailed",),
    "dg_fees_unconfirmed": ("stuffing", "gated_in", "sailed"),
    "bl_held": ("bl_issued",),
}


def blocking_trouble(active_kinds: tuple[str, ...] | list[str], target: str) -> list[str]:
    """The open trouble kinds that stand in the way of moving to `target`, in KINDS order."""
    return [
        kind for kind in KINDS if kind in active_kinds and target in BLOCKS_STAGES.get(kind, ())
    ]
