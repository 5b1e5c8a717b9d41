"""The desk's one clock: CSDESK_CLOCK shifts it, `clock_before` stills it, the wall clock is left."""

from __future__ import annotations

import datetime as dt

import pytest

from csdesk.rules.zone import DESK_TZ
from csdesk.store.clock import (
    ClockError,
    clock_before,
    clock_from_environment,
    now_in,
    parse_clock,
    start_clock,
    utcnow,
    wall_utcnow,
)

MONDAY = dt.datetime(2026, 12, 7, 10, 0, tzinfo=DESK_TZ)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-07T10:00+08:00", MONDAY),
        (" 2026-12-07T02:00Z ", MONDAY),
        ("2026-12-06T18:00:00-08:00", MONDAY),
        ("2026-12-07 10:00:00.000+08:00", MONDAY),
    ],
)
def test_an_instant_with_its_offset_is_read(text: str, expected: dt.datetime) -> None:
    assert parse_clock(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "tomorrow", "2026-12-07", "2026-12-07T10:00", "2026-13-07T10:00+08:00",
     "1899-12-31T10:00+08:00", "2026-12-07T10:00+25:00"],
)  # fmt: skip
def test_anything_else_is_refused(text: str) -> None:
    with pytest.raises(ClockError):
        parse_clock(text)


def test_a_started_clock_runs_on_from_its_moment_in_order() -> None:
    start_clock(MONDAY)
    stamps = [utcnow() for _ in range(1000)]
    assert stamps == sorted(stamps)
    assert dt.timedelta(0) <= stamps[-1] - MONDAY < dt.timedelta(seconds=30)
    assert now_in(DESK_TZ).date() == MONDAY.date()
    assert abs(wall_utcnow() - dt.datetime.now(dt.UTC)) < dt.timedelta(seconds=30)


def test_the_environment_starts_the_clock_once_per_value() -> None:
    text = "2026-12-31T23:50+08:00"
    clock_from_environment({"CSDESK_CLOCK": text})
    first = utcnow()
    clock_from_environment({"CSDESK_CLOCK": text})  # a second command in the same process
    assert utcnow() >= first
    clock_from_environment({"CSDESK_CLOCK": "2026-12-07T10:00+08:00"})
    assert utcnow() < first


@pytest.mark.parametrize("environ", [{}, {"CSDESK_CLOCK": ""}, {"CSDESK_CLOCK": "  "}])
def test_no_value_is_the_wall_clock(environ: dict[str, str]) -> None:
    clock_from_environment(environ)
    assert abs(utcnow() - dt.datetime.now(dt.UTC)) < dt.timedelta(seconds=30)


def test_a_bad_value_leaves_the_running_clock_alone() -> None:
    start_clock(MONDAY, "2026-12-07T10:00+08:00")
    with pytest.raises(ClockError):
        clock_from_environment({"CSDESK_CLOCK": "2026-12-07"})
    assert utcnow() - MONDAY < dt.timedelta(seconds=30)


def test_the_demo_build_stands_before_its_moment_under_any_clock() -> None:
    start_clock(MONDAY + dt.timedelta(days=40))
    moment = dt.datetime(2026, 11, 30, 10, 30, tzinfo=DESK_TZ)
    with clock_before(moment):
        stamps = [utcnow() for _ in range(3)]
    assert stamps == sorted(stamps)
    assert all(moment - dt.timedelta(minutes=5) <= stamp < moment for stamp in stamps)
    assert utcnow() > MONDAY + dt.timedelta(days=40)
