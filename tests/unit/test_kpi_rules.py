"""KPI measures over plain rows: which shipments count, TEU by type, CNY at the month's rate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from csdesk.rules.containers import ContainerCatalog
from csdesk.rules.kpi import (
    ChargeRow,
    FxRateError,
    ShipmentRow,
    fx_rate_text,
    money,
    parse_fx_rate,
    sailed_in,
    series,
    shipment_profit_cny,
    to_cny,
    volume,
    volume_by,
)
from csdesk.rules.kpi_period import (
    Period,
    PeriodError,
    bucket_starts,
    named_period,
    parse_period,
)

DATA = Path(__file__).resolve().parents[2] / "data" / "container_types.csv"
TEU = {spec.code: spec.teu for spec in ContainerCatalog.from_csv(DATA).specs}
NOV = Period(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
USD_NOV = {(dt.date(2026, 11, 1), "USD"): 7_120_000}


def shipment(
    sid: int,
    sailed_on: dt.date | None,
    stage: str = "sailed",
    boxes: tuple[str, ...] = ("40HQ",),
    charges: tuple[ChargeRow, ...] = (),
    tier: str = "A",
    pod: str = "NGLOS",
) -> ShipmentRow:
    return ShipmentRow(
        sid, f"BK{sid}", 1, 10 + sid, tier, "CNNGB", pod, stage, sailed_on, boxes, charges
    )


@pytest.mark.parametrize(
    ("name", "row", "counted"),
    [
        ("sailed on the last day of the month", shipment(1, dt.date(2026, 11, 30)), True),
        ("sailed on the first day of the next", shipment(2, dt.date(2026, 12, 1)), False),
        ("sailed on the first day of the month", shipment(3, dt.date(2026, 11, 1)), True),
        (
            "arrived and closed, sailed in November",
            shipment(4, dt.date(2026, 11, 9), "closed"),
            True,
        ),
        ("cancelled: moved back to booked", shipment(5, dt.date(2026, 11, 9), "booked"), False),
        (
            "booked, ETD in the month, not sailed yet",
            shipment(6, dt.date(2026, 11, 20), "gated_in"),
            False,
        ),
        ("sailed without a sail day", shipment(7, None, "sailed"), False),
    ],
)
def test_which_shipments_count_in_a_month(name: str, row: ShipmentRow, counted: bool) -> None:
    assert (sailed_in([row], NOV) == [row]) is counted, name


@pytest.mark.parametrize(
    ("boxes", "teu"),
    [
        (("20GP",), 1),
        (("40GP",), 2),
        (("45HQ",), TEU["45HQ"]),
        (("20GP", "40HQ", "45HQ", "20RF"), 1 + 2 + TEU["45HQ"] + 1),
        (("XX99",), 0),  # an unknown code is a box without TEU, never a guess
        ((), 0),
    ],
)
def test_teu_comes_from_the_container_table(boxes: tuple[str, ...], teu: int) -> None:
    assert volume([shipment(1, dt.date(2026, 11, 3), boxes=boxes)], TEU).teu == teu


def test_45hq_counts_by_its_row_in_the_csv_not_by_its_length() -> None:
    result = volume([shipment(1, dt.date(2026, 11, 3), boxes=("45HQ", "45HQ"))], TEU)
    assert result.containers == {"45HQ": 2}
    assert result.teu == 2 * TEU["45HQ"]


def test_volume_by_lane_and_tier() -> None:
    rows = [
        shipment(1, dt.date(2026, 11, 3), boxes=("40HQ",), tier="A"),
        shipment(2, dt.date(2026, 11, 4), boxes=("20GP", "20GP"), tier="B", pod="USLAX"),
        shipment(3, dt.date(2026, 11, 5), boxes=("40GP",), tier="A", pod="USLAX"),
    ]
    by_lane = volume_by(rows, "lane", TEU)
    assert {lane: v.teu for lane, v in by_lane.items()} == {"CNNGB-NGLOS": 2, "CNNGB-USLAX": 4}
    by_tier = volume_by(rows, "tier", TEU)
    assert {tier: (v.shipments, v.teu) for tier, v in by_tier.items()} == {"A": (2, 4), "B": (1, 2)}


def charges(*lines: tuple[str, int, str]) -> tuple[ChargeRow, ...]:
    return tuple(ChargeRow(side, amount, currency) for side, amount, currency in lines)


def test_revenue_per_currency_and_in_cny_at_the_month_rate() -> None:
    row = shipment(
        1,
        dt.date(2026, 11, 30),
        charges=charges(
            ("receivable", 185_000, "USD"),
            ("receivable", 50_000, "CNY"),
            ("payable", 150_000, "USD"),
        ),
    )
    result = money([row], USD_NOV)
    assert result.revenue == {"CNY": 50_000, "USD": 185_000}
    assert result.profit == {"CNY": 50_000, "USD": 35_000}
    assert result.revenue_cny.amount_minor == 1_317_200 + 50_000  # 1850 USD * 7.12
    assert result.profit_cny.amount_minor == 249_200 + 50_000
    assert result.margin_percent == round(100 * 299_200 / 1_367_200, 1)


def test_a_month_without_a_rate_says_so_instead_of_guessing() -> None:
    rows = [
        shipment(1, dt.date(2026, 11, 30), charges=charges(("receivable", 100_000, "USD"))),
        shipment(2, dt.date(2026, 12, 1), charges=charges(("receivable", 100_000, "USD"))),
    ]
    result = money(rows, USD_NOV)
    assert result.revenue == {"USD": 200_000}
    assert result.revenue_cny.amount_minor is None
    assert result.revenue_cny.missing == ((dt.date(2026, 12, 1), "USD"),)
    assert result.margin_percent is None
    assert money(rows[:1], USD_NOV).revenue_cny.amount_minor == 712_000


def test_cny_needs_no_rate_and_rounds_half_up() -> None:
    assert to_cny(12_345, "CNY", dt.date(2030, 1, 5), {}) == 12_345
    assert to_cny(1, "USD", dt.date(2026, 11, 5), {(dt.date(2026, 11, 1), "USD"): 500_000}) == 1
    assert to_cny(1, "EUR", dt.date(2026, 11, 5), USD_NOV) is None


def test_profit_of_one_shipment_and_a_loss() -> None:
    row = shipment(
        1,
        dt.date(2026, 11, 2),
        charges=charges(("receivable", 1000, "CNY"), ("payable", 1500, "CNY")),
    )
    assert shipment_profit_cny(row, {}).amount_minor == -500
    assert money([row], {}).margin_percent == -50.0


def test_chart_series_by_month_leaves_empty_months_at_zero() -> None:
    rows = [
        shipment(
            1, dt.date(2026, 10, 31), boxes=("40HQ",), charges=charges(("receivable", 100, "CNY"))
        ),
        shipment(
            2, dt.date(2026, 12, 1), boxes=("20GP",), charges=charges(("receivable", 100, "USD"))
        ),
    ]
    period = Period(dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    buckets = bucket_starts(period, "month")
    assert series(rows, buckets, "month", TEU, USD_NOV) == [
        (dt.date(2026, 10, 1), 2, 100),
        (dt.date(2026, 11, 1), 0, 0),
        (dt.date(2026, 12, 1), 1, None),
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2026-11", dt.date(2026, 11, 1), dt.date(2026, 11, 30)),
        ("2028-02", dt.date(2028, 2, 1), dt.date(2028, 2, 29)),
        ("2026-Q4", dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
        ("2026-W01", dt.date(2025, 12, 29), dt.date(2026, 1, 4)),
        ("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        ("2026-11-05", dt.date(2026, 11, 5), dt.date(2026, 11, 5)),
    ],
)
def test_periods_parse(text: str, start: dt.date, end: dt.date) -> None:
    assert parse_period(text) == Period(start, end)


@pytest.mark.parametrize(
    "text",
    ["2026-13", "11/2026", "", "2026-Q5", "下个月", "0001-01-01", "0001", "9999-W52", "1899-12"],
)
def test_bad_periods_are_refused(text: str) -> None:
    with pytest.raises(PeriodError):
        parse_period(text)


@pytest.mark.parametrize(
    ("kind", "start", "end"),
    [
        ("week", dt.date(2026, 11, 23), dt.date(2026, 11, 29)),
        ("month", dt.date(2026, 11, 1), dt.date(2026, 11, 30)),
        ("last_month", dt.date(2026, 10, 1), dt.date(2026, 10, 31)),
        ("quarter", dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
    ],
)
def test_named_periods_around_a_thursday(kind: str, start: dt.date, end: dt.date) -> None:
    assert named_period(kind, dt.date(2026, 11, 26)) == Period(start, end)


def test_last_month_in_january_is_december() -> None:
    assert named_period("last_month", dt.date(2027, 1, 15)).label == "2026-12"


@pytest.mark.parametrize(
    ("amount", "rate", "cny"),
    [(1, 500_000, 1), (-1, 500_000, -1), (3, 1_499_999, 4), (-3, 1_500_000, -5), (0, 7_120_000, 0)],
)
def test_conversion_rounds_half_away_from_zero(amount: int, rate: int, cny: int) -> None:
    assert to_cny(amount, "USD", dt.date(2026, 11, 9), {(dt.date(2026, 11, 1), "USD"): rate}) == cny


@pytest.mark.parametrize("text", ["0", "-7.1", "七点一", "7.1234567", "nan", "inf", ""])
def test_bad_exchange_rates_are_refused(text: str) -> None:
    with pytest.raises(FxRateError):
        parse_fx_rate(text)


def test_exchange_rates_read_as_typed() -> None:
    assert parse_fx_rate("7.12") == 7_120_000
    assert parse_fx_rate(" 7,123456 ".replace(",", ".")) == 7_123_456
    assert fx_rate_text(7_100_000) == "7.1"
