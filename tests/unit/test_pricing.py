"""Pricing rules: the price per customer kind, the minimum guard, ALL IN, review, follow-up times."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csdesk.rules import pricing
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.pricing import RateTerms

SHANGHAI = ZoneInfo("Asia/Shanghai")
RATE = RateTerms(buy_minor=150_000, sell_minor=185_000, min_sell_minor=172_500)


@pytest.mark.parametrize(
    ("kind", "margin", "expected"),
    [
        ("peer", 10.0, 185_000),  # peers: the company sell price, whatever the margin
        ("agent", 30.0, 185_000),  # overseas agents are forwarders too
        ("direct", 10.0, 165_000),  # direct: cost plus the customer's margin
        ("direct", 0.0, 150_000),
        ("direct", 7.5, 161_300),  # 1,612.50 rounds up to a whole dollar
        ("direct", 25.0, 187_500),
    ],
)
def test_price_per_customer_kind(kind: str, margin: float, expected: int) -> None:
    assert pricing.offered_price(kind, RATE, margin) == expected


@pytest.mark.parametrize(
    ("price", "position"),
    [(185_000, "above"), (172_600, "above"), (172_500, "at"), (172_400, "below"), (100, "below")],
)
def test_price_position_against_the_minimum(price: int, position: str) -> None:
    assert pricing.price_position(price, RATE) == position


@pytest.mark.parametrize(
    ("price", "position"),
    [(174_226, "above"), (174_225, "near"), (172_501, "near"), (172_500, "at"), (1, "below")],
)
def test_a_band_above_the_minimum_is_near_it(price: int, position: str) -> None:
    band = pricing.minimum_band(RATE.min_sell_minor, 1.0)
    assert band == 1_725
    assert pricing.price_position(price, RATE, band) == position


def test_the_band_is_at_least_one_unit_and_none_when_zero() -> None:
    assert pricing.minimum_band(5_000, 1.0) == 100
    assert pricing.minimum_band(5_000, 0) == 0


@pytest.mark.parametrize(
    ("new", "below", "supervisor", "reasons"),
    [
        (False, False, False, ()),
        (True, False, False, ("new_staff",)),
        (False, True, False, ("below_minimum",)),
        (True, True, False, ("new_staff", "below_minimum")),
        (True, True, True, ()),  # a supervisor pricing it is the review
    ],
)
def test_who_must_review(
    new: bool, below: bool, supervisor: bool, reasons: tuple[str, ...]
) -> None:
    assert (
        pricing.review_reasons(author_new=new, below_minimum=below, actor_is_supervisor=supervisor)
        == reasons
    )


@pytest.mark.parametrize(
    ("hired", "days", "new"),
    [
        (dt.date(2026, 10, 8), 90, True),  # 53 days before 2026-11-30
        (dt.date(2026, 9, 1), 90, False),  # exactly 90 days: no longer new
        (dt.date(2026, 9, 2), 90, True),
        (dt.date(2026, 10, 8), 30, False),  # configurable
        (None, 90, False),
    ],
)
def test_new_staff(hired: dt.date | None, days: int, new: bool) -> None:
    assert pricing.is_new_staff(hired, dt.date(2026, 11, 30), days) is new


@pytest.mark.parametrize(
    ("all_in", "covers", "problem"),
    [
        (False, "", None),
        (True, "", "quote.error.all_in_covers"),
        (True, " , ", "quote.error.all_in_covers"),
        (True, "O/F|THC", None),
        (True, "O/F, THC、DOC", None),
        (True, ["O/F"], None),
    ],
)
def test_all_in_must_list_what_it_covers(
    all_in: bool, covers: str | list[str], problem: str | None
) -> None:
    assert pricing.all_in_problem(all_in, covers) == problem


def _at(day: str, time: str) -> dt.datetime:
    return dt.datetime.combine(
        dt.date.fromisoformat(day), dt.time.fromisoformat(time), tzinfo=SHANGHAI
    )


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        # A Monday morning: 15:00 the same day and 10:00 Tuesday.
        (("2026-11-30", "09:15"), [("2026-11-30", "15:00"), ("2026-12-01", "10:00")]),
        (("2026-11-30", "11:59"), [("2026-11-30", "15:00"), ("2026-12-01", "10:00")]),
        # Noon is afternoon: only the next day's.
        (("2026-11-30", "12:00"), [("2026-12-01", "10:00")]),
        (("2026-11-30", "17:40"), [("2026-12-01", "10:00")]),
        # A Friday: the next working day is Monday.
        (("2026-11-27", "10:00"), [("2026-11-27", "15:00"), ("2026-11-30", "10:00")]),
        (("2026-11-27", "16:00"), [("2026-11-30", "10:00")]),
        # The eve of National Day: the next working day is 8 October.
        (("2026-09-30", "14:00"), [("2026-10-08", "10:00")]),
        # A Friday before a swapped working Saturday (10 October 2026 is worked).
        (("2026-10-09", "15:00"), [("2026-10-10", "10:00")]),
        # Sent on a holiday morning: chased that afternoon, then after the holiday.
        (("2026-10-03", "09:00"), [("2026-10-03", "15:00"), ("2026-10-08", "10:00")]),
    ],
)
def test_follow_up_times(sent: tuple[str, str], expected: list[tuple[str, str]]) -> None:
    times = pricing.follow_up_times(_at(*sent), WorkCalendar())
    assert times == [_at(*pair) for pair in expected]
    assert all(time.tzinfo is SHANGHAI for time in times)


def test_follow_up_noon_is_read_in_the_desk_zone() -> None:
    # 03:30 UTC is 11:30 in Shanghai: a morning quote.
    sent = dt.datetime(2026, 11, 30, 3, 30, tzinfo=dt.UTC).astimezone(SHANGHAI)
    assert pricing.follow_up_times(sent, WorkCalendar())[0] == _at("2026-11-30", "15:00")


@pytest.mark.parametrize(
    ("day", "due"),
    [
        ("2026-11-30", ("2026-12-01", "10:00")),
        ("2026-11-27", ("2026-11-30", "10:00")),  # Friday: Monday
        ("2026-09-30", ("2026-10-08", "10:00")),  # National Day in between
    ],
)
def test_provisional_quote_is_updated_each_working_day(day: str, due: tuple[str, str]) -> None:
    calendar = WorkCalendar()
    assert pricing.provisional_update_due(dt.date.fromisoformat(day), calendar, SHANGHAI) == _at(
        *due
    )


@pytest.mark.parametrize(
    ("weight", "volume", "units"),
    [(500, 2.0, 2.0), (3200, 2.0, 3.2), (100, 0.3, 1.0), (None, 4.123, 4.13), (2000, None, 2.0)],
)
def test_lcl_units_are_the_greater_of_tonnes_and_cubic_metres(
    weight: float | None, volume: float | None, units: float
) -> None:
    assert pricing.lcl_units(weight, volume) == units


@pytest.mark.parametrize(
    ("minor", "text"),
    [(185_000, "USD 1,850"), (185_050, "USD 1,850.50"), (5, "CNY 0.05"), (0, "USD 0")],
)
def test_money_text(minor: int, text: str) -> None:
    currency = "CNY" if minor == 5 else "USD"
    assert pricing.money_text(minor, currency) == text


@given(
    buy=st.integers(min_value=1, max_value=10_000_000),
    margin=st.floats(min_value=0, max_value=200, allow_nan=False),
)
def test_cost_plus_is_whole_units_never_below_cost(buy: int, margin: float) -> None:
    price = pricing.cost_plus(buy, margin)
    assert price % 100 == 0
    assert price >= buy * (1 + margin / 100) - 1e-6
    assert price < buy * (1 + margin / 100) + 100
