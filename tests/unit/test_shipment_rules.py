"""Booking fields, container numbers (real ISO 6346 numbers), amounts and the filter text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csdesk.rules.money import AmountError, format_amount, parse_amount, split_covers
from csdesk.rules.shipments import (
    container_number_problem,
    parse_container_specs,
    search_text,
    shipment_problems,
)

VALID = {"booking_no": "COSU6301234560", "carrier": "COSCO", "pol": "CNNGB", "pod": "NGLOS"}


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({}, set()),
        ({"booking_no": ""}, {"booking_no"}),
        ({"booking_no": "abc 123"}, {"booking_no"}),
        ({"pol": "Ningbo"}, {"pol"}),
        ({"pod": "ngLOS"}, {"pod"}),
        ({"customs_no": "2233"}, {"customs_no"}),
        ({"customs_no": "223320261000123456"}, set()),
        ({"dg_un_number": "UN1263"}, set()),
        ({"dg_un_number": "flammable"}, {"dg_un_number"}),
        ({"etd": dt.date(2026, 12, 4), "eta": dt.date(2026, 12, 1)}, {"eta"}),
        ({"gate_cutoff": dt.datetime(2026, 12, 2, 12)}, {"gate_cutoff"}),
        ({"stuffing": "by hand"}, {"stuffing"}),
        ({"pickup_factories": 0}, {"pickup_factories"}),
        ({"trucking_price_minor": -1}, {"trucking_price_minor"}),
        ({"vessel": "X" * 81}, {"vessel"}),
    ],
)
def test_shipment_problems(changes: dict[str, object], fields: set[str]) -> None:
    assert set(shipment_problems(VALID | changes)) == fields


@pytest.mark.parametrize(
    "number",
    [
        "CSQU3054383",
        "MSCU1234566",
        "TEMU6138040",
        "SEGU4712110",
        "csqu 305438-3",
        "ＣＳＱＵ３０５４３８３",
    ],
)
def test_real_container_numbers_pass(number: str) -> None:
    assert container_number_problem(number) is None


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        (
            "CSQU3054384",
            ("shipment.container.bad_check_digit", {"number": "CSQU3054384", "expected": 3}),
        ),
        (
            "MSCU1234560",
            ("shipment.container.bad_check_digit", {"number": "MSCU1234560", "expected": 6}),
        ),
        ("CSQU305438", ("shipment.container.bad_format", {"number": "CSQU305438"})),
        ("高柜", ("shipment.container.bad_format", {"number": "高柜"})),
    ],
)
def test_wrong_container_numbers_name_the_expected_digit(
    number: str, problem: tuple[str, dict[str, object]]
) -> None:
    assert container_number_problem(number) == problem


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1,250", (125000, "CNY")),
        ("USD 80.5", (8050, "USD")),
        ("￥300", (30000, "CNY")),
        ("$1,200.00", (120000, "USD")),
        ("450 EUR", (45000, "EUR")),
        ("RMB 6，800", (680000, "CNY")),
    ],
)
def test_parse_amount(text: str, amount: tuple[int, str]) -> None:
    assert parse_amount(text) == amount


@pytest.mark.parametrize("text", ["", "abc", "-5", "1.234", "12 元 左右", "1e5"])
def test_parse_amount_refuses(text: str) -> None:
    with pytest.raises(AmountError):
        parse_amount(text)


@given(st.text(max_size=30))
def test_parse_amount_never_fails_otherwise(text: str) -> None:
    try:
        minor, currency = parse_amount(text)
    except AmountError:
        return
    assert minor >= 0 and currency in {"CNY", "USD", "EUR"}


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["CNY", "USD"]))
def test_format_then_parse_round_trips(minor: int, currency: str) -> None:
    assert parse_amount(format_amount(minor, currency)) == (minor, currency)


def test_split_covers_keeps_slashes_in_charge_names() -> None:
    assert split_covers("O/F, THC、DOC|封条费") == ["O/F", "THC", "DOC", "封条费"]
    assert split_covers(None) == []


def test_search_text_is_lowercase_and_skips_blanks() -> None:
    text = search_text("COSU63012", "COSCO", "CSCL STAR", None, None, ["CSQU3054383", None])
    assert text == "cosu63012 cosco cscl star csqu3054383"


@pytest.mark.parametrize(
    ("specs", "boxes"),
    [
        (["2x40HQ"], [{"type": "40HQ"}, {"type": "40HQ"}]),
        (
            ["1*20GP, 40HQ:CSQU3054383"],
            [{"type": "20GP"}, {"type": "40HQ", "number": "CSQU3054383", "seal": None}],
        ),
        (["40HQ:MSCU1234566:SL99"], [{"type": "40HQ", "number": "MSCU1234566", "seal": "SL99"}]),
        (["  "], []),
    ],
)
def test_parse_container_specs(specs: list[str], boxes: list[dict[str, str | None]]) -> None:
    assert parse_container_specs(specs) == boxes
