"""Rate sheet rows: what is read, what is refused, and that no message names the minimum."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csdesk.i18n import t
from csdesk.rules.rate_rows import header_map, parse_date, parse_surcharges, read_row, read_rows

TODAY = dt.date(2026, 11, 30)
PORTS = {"ningbo": "CNNGB", "宁波": "CNNGB", "cnngb": "CNNGB", "lagos": "NGLOS", "拉各斯": "NGLOS"}
CONTAINERS = {"40hq": "40HQ", "高柜": "40HQ", "20gp": "20GP"}


def resolve_port(text: str) -> str | None:
    return PORTS.get(text.strip().lower())


def resolve_container(text: str) -> str | None:
    return CONTAINERS.get(text.strip().lower())


def good(**changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "carrier": "cosco",
        "pol": "宁波",
        "pod": "Lagos",
        "container": "40HQ",
        "buy": "1,500",
        "sell": 1850,
        "min_sell": "1725",
        "currency": "USD",
        "valid_from": "2026-11-25",
        "valid_to": dt.datetime(2026, 12, 31),
        "source": "",
        "approved": "",
        "surcharges": "THC CNY 1100; DOC CNY 450/票",
        "transit_days": 35.0,
    }
    row.update(changes)
    return row


def test_a_good_row_is_read() -> None:
    rate, problems = read_row(2, good(), TODAY, resolve_port, resolve_container)
    assert problems == []
    assert rate is not None
    assert (rate.carrier, rate.pol, rate.pod, rate.container) == ("COSCO", "CNNGB", "NGLOS", "40HQ")
    assert (rate.buy_minor, rate.sell_minor, rate.min_sell_minor) == (150_000, 185_000, 172_500)
    assert (rate.valid_from, rate.valid_to) == (dt.date(2026, 11, 25), dt.date(2026, 12, 31))
    assert rate.source == "company" and rate.approved is True
    assert rate.transit_days == 35
    assert rate.surcharges == (
        {"name": "THC", "amount_minor": 110_000, "currency": "CNY", "per": "unit"},
        {"name": "DOC", "amount_minor": 45_000, "currency": "CNY", "per": "shipment"},
    )


def test_lcl_and_self_sourced_rates() -> None:
    rate, _ = read_row(
        2, good(container="拼箱", source="自找"), TODAY, resolve_port, resolve_container
    )
    assert rate is not None
    assert rate.container == "LCL"
    assert rate.source == "self" and rate.approved is False  # H10: waits for approval
    rate, _ = read_row(
        2, good(source="self", approved="是"), TODAY, resolve_port, resolve_container
    )
    assert rate is not None and rate.approved is True


@pytest.mark.parametrize(
    ("changes", "column", "key"),
    [
        ({"carrier": ""}, "carrier", "rates.error.required"),
        ({"pol": "Atlantis"}, "pol", "rates.error.port"),
        ({"pod": "ningbo"}, "pod", "rates.error.same_port"),
        ({"container": "50FT"}, "container", "rates.error.container"),
        ({"buy": "abc"}, "buy", "rates.error.amount"),
        ({"sell": "EUR 1850"}, "sell", "rates.error.currency_mismatch"),
        ({"currency": "JPY"}, "currency", "rates.error.currency"),
        ({"sell": 1400}, "sell", "rates.error.sell_below_cost"),
        ({"min_sell": 1900}, "min_sell", "rates.error.minimum_above_sell"),
        ({"min_sell": 1400}, "min_sell", "rates.error.minimum_below_cost"),
        ({"valid_from": "tomorrow"}, "valid_from", "rates.error.date"),
        ({"valid_to": "2026-11-01"}, "valid_to", "rates.error.valid_order"),
        (
            {"valid_from": "2026-10-01", "valid_to": "2026-11-29"},
            "valid_to",
            "rates.error.expired",
        ),
        ({"source": "friend"}, "source", "rates.error.source"),
        ({"approved": "maybe"}, "approved", "rates.error.approved"),
        ({"surcharges": "THC lots"}, "surcharges", "rates.error.surcharges"),
        ({"transit_days": "fast"}, "transit_days", "rates.error.transit"),
    ],
)
def test_bad_cells_are_reported(changes: dict[str, Any], column: str, key: str) -> None:
    rate, problems = read_row(7, good(**changes), TODAY, resolve_port, resolve_container)
    assert rate is None
    assert (7, column, key) in [(p.row, p.column, p.key) for p in problems]


def test_every_bad_row_is_reported_and_duplicates_refused() -> None:
    rows = [
        (2, good()),
        (3, good(pol="Atlantis", buy="x")),
        (4, {name: None for name in good()}),  # a blank line is skipped
        (5, good()),  # the same carrier, lane, container and source again
        (6, good(container="20GP")),
    ]
    rates, problems = read_rows(rows, TODAY, resolve_port, resolve_container)
    assert [rate.row for rate in rates] == [2, 6]
    assert sorted({(p.row, p.key) for p in problems}) == [
        (3, "rates.error.amount"),
        (3, "rates.error.port"),
        (5, "rates.error.duplicate"),
    ]


def test_problem_messages_never_name_the_minimum() -> None:
    for changes in ({"min_sell": 1900}, {"min_sell": 1400}, {"min_sell": "17x5"}):
        _, problems = read_row(2, good(**changes), TODAY, resolve_port, resolve_container)
        for lang in ("zh", "en"):
            messages = [t(p.key, lang, **p.params) for p in problems if p.column == "min_sell"]
            assert messages
            assert all("1900" not in m and "1,900" not in m and "1400" not in m for m in messages)


def test_headers_in_chinese_or_english() -> None:
    columns, missing = header_map(
        ["船公司", "起运港", "目的港", "箱型", "成本", "卖价", "最低卖价", "有效期起", "附加费"]
    )
    assert missing == []
    assert columns["min_sell"] == 6
    _, missing = header_map(["carrier", "pol", "pod"])
    assert missing == ["container", "buy", "sell", "min_sell", "valid_from"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-12-01", dt.date(2026, 12, 1)),
        ("2026/12/1", dt.date(2026, 12, 1)),
        ("2026.12.01", dt.date(2026, 12, 1)),
        ("2026年12月1日", dt.date(2026, 12, 1)),
        ("2026-02-30", None),
        ("12/01/2026", None),
    ],
)
def test_dates_as_sheets_write_them(text: str, day: dt.date | None) -> None:
    assert parse_date(text) == day


def test_surcharges_per_container_or_per_bl() -> None:
    assert parse_surcharges("BAF 120; 文件费 CNY 450/BL", "USD") == [
        {"name": "BAF", "amount_minor": 12_000, "currency": "USD", "per": "unit"},
        {"name": "文件费", "amount_minor": 45_000, "currency": "CNY", "per": "shipment"},
    ]
    assert parse_surcharges("", "USD") == []


# Each cell is either the good value, free text or empty, so most draws mix sense and noise.
CELLS = st.fixed_dictionaries(
    {name: st.sampled_from([value, None]) | st.text(max_size=12) for name, value in good().items()}
)


@settings(deadline=None)
@given(CELLS)
def test_any_cells_give_a_rate_or_problems_never_an_exception(cells: dict[str, Any]) -> None:
    rate, problems = read_row(2, cells, TODAY, resolve_port, resolve_container)
    assert (rate is None) == bool(problems)
