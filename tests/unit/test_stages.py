"""Stage order, the data each stage needs, and where a shipment sorts on the board."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from csdesk.rules.stages import (
    BOARD_STAGES,
    NO_DEADLINE,
    STAGES,
    StageFacts,
    board_times,
    days_in_stage,
    missing_for,
    move_problems,
    next_stage,
    previous_stage,
)

TZ = ZoneInfo("Asia/Shanghai")
READY = StageFacts(
    shipper="宁波华光进出口有限公司",
    consignee="TO ORDER",
    commodity="LED LIGHTS",
    vessel="COSCO SHIPPING ARIES",
    voyage="042E",
    container_count=2,
    numbered_containers=2,
    stuffing="trucking",
    pickup_factories=1,
    trucker="北仑顺达车队",
    trucking_price_minor=180000,
)


def test_stage_order_follows_the_handbook() -> None:
    assert STAGES == (
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
    assert "closed" not in BOARD_STAGES
    assert next_stage("booked") == "pre_allocated"
    assert next_stage("closed") is None
    assert previous_stage("booked") is None
    assert previous_stage("sailed") == "gated_in"


@pytest.mark.parametrize(
    ("stage", "facts", "missing"),
    [
        ("booked", StageFacts(), []),
        ("pre_allocated", StageFacts(), ["shipper", "consignee", "commodity"]),
        ("pre_allocated", READY, []),
        ("stuffing", StageFacts(), ["containers", "stuffing"]),
        (
            "stuffing",
            StageFacts(container_count=1, stuffing="trucking"),
            ["pickup_factories", "trucker", "trucking_price"],
        ),
        ("stuffing", StageFacts(container_count=1, stuffing="warehouse"), ["warehouse_fee"]),
        (
            "stuffing",
            StageFacts(container_count=1, stuffing="warehouse", warehouse_fee_minor=0),
            [],
        ),
        ("gated_in", StageFacts(), ["container_numbers"]),
        ("gated_in", StageFacts(container_count=2, numbered_containers=1), ["container_numbers"]),
        ("gated_in", StageFacts(container_count=2, numbered_containers=2), []),
        ("sailed", StageFacts(vessel="MSC OSCAR"), ["voyage"]),
        ("sailed", StageFacts(), ["vessel", "voyage"]),
        ("sailed", READY, []),
        ("bl_issued", StageFacts(), []),
        ("arrived", StageFacts(), []),
    ],
)
def test_missing_for(stage: str, facts: StageFacts, missing: list[str]) -> None:
    assert missing_for(stage, facts) == missing


@pytest.mark.parametrize(
    ("current", "target", "facts", "reason", "keys"),
    [
        ("booked", "pre_allocated", READY, None, []),
        ("booked", "closed", READY, None, []),
        ("booked", "booked", READY, None, ["stage.same"]),
        ("booked", "loading", READY, None, ["stage.unknown"]),
        ("sailed", "gated_in", READY, None, ["stage.reason_needed"]),
        ("sailed", "gated_in", READY, "   ", ["stage.reason_needed"]),
        ("sailed", "booked", StageFacts(), "客户改船期", []),
        ("gated_in", "sailed", StageFacts(), None, ["stage.needs"]),
        ("booked", "sailed", StageFacts(), None, ["stage.needs"] * 4),
        (
            "arrived",
            "closed",
            StageFacts(active_trouble=("complaint",)),
            None,
            ["stage.trouble_open"],
        ),
    ],
)
def test_move_problems(
    current: str, target: str, facts: StageFacts, reason: str | None, keys: list[str]
) -> None:
    assert [key for key, _ in move_problems(current, target, facts, reason)] == keys


def test_a_skipped_stage_names_its_missing_data() -> None:
    problems = move_problems("stuffing", "sailed", StageFacts(container_count=1), None)
    assert problems == [
        ("stage.needs", {"stage": "gated_in", "fields": ["container_numbers"]}),
        ("stage.needs", {"stage": "sailed", "fields": ["vessel", "voyage"]}),
    ]


GATE = dt.datetime(2026, 12, 2, 12, 0, tzinfo=TZ)
SI = dt.datetime(2026, 12, 1, 17, 0, tzinfo=TZ)
ETD, ETA = dt.date(2026, 12, 4), dt.date(2027, 1, 10)


@pytest.mark.parametrize(
    ("stage", "sort_at", "cutoff_at"),
    [
        ("booked", SI, SI),
        ("stuffing", SI, SI),
        # Gated in: no cut-off is pending any more, so the ETD orders it.
        ("gated_in", dt.datetime(2026, 12, 4, tzinfo=TZ), None),
        ("sailed", dt.datetime(2027, 1, 10, tzinfo=TZ), None),
        ("in_transit", dt.datetime(2027, 1, 10, tzinfo=TZ), None),
    ],
)
def test_board_times(stage: str, sort_at: dt.datetime, cutoff_at: dt.datetime | None) -> None:
    times = board_times(stage, SI, GATE, ETD, ETA, TZ)
    assert (times.sort_at, times.cutoff_at) == (sort_at, cutoff_at)


def test_board_times_fall_back_to_etd_then_nothing() -> None:
    assert board_times("pre_allocated", None, None, ETD, ETA, TZ).sort_at == dt.datetime(
        2026, 12, 4, tzinfo=TZ
    )
    assert board_times("booked", None, None, None, None, TZ).sort_at == NO_DEADLINE
    assert board_times("arrived", None, None, ETD, None, TZ).sort_at == dt.datetime(
        2026, 12, 4, tzinfo=TZ
    )


@pytest.mark.parametrize(
    ("since", "today", "days"),
    [
        # 23:30 in Shanghai is still the same local day, though UTC has moved on.
        (dt.datetime(2026, 11, 29, 15, 30, tzinfo=dt.UTC), dt.date(2026, 11, 29), 0),
        (dt.datetime(2026, 11, 29, 16, 30, tzinfo=dt.UTC), dt.date(2026, 11, 30), 0),
        (dt.datetime(2026, 11, 20, 1, 0, tzinfo=dt.UTC), dt.date(2026, 11, 30), 10),
    ],
)
def test_days_in_stage_counts_desk_days(since: dt.datetime, today: dt.date, days: int) -> None:
    assert days_in_stage(since, today, TZ) == days
