from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csdesk.i18n import t
from csdesk.rules.inquiry_fields import (
    ContainerLine,
    Dimensions,
    InquiryFields,
    fields_from_json,
    fields_to_json,
)
from csdesk.rules.intake import check_inquiry
from csdesk.rules.sla import clock, due_at, hit_rate
from tests.unit.intake_fixtures import context

GENERAL = dict(mode="FCL", pol="CNNGB", pod="NGLOS", commodity="家具", weight_kg=18000.0)


def _fields(**values: Any) -> InquiryFields:
    containers = values.pop("containers", [ContainerLine("40HQ", 1)])
    return InquiryFields(containers=containers, **values)


def _check(kind: str = "direct", vip: bool = False, **values: Any) -> Any:
    return check_inquiry(_fields(**values), context(kind, vip))


def _codes(findings: list[Any]) -> list[str]:
    return [finding.code for finding in findings]


@pytest.mark.parametrize(
    ("values", "missing"),
    [
        ({}, ["mode", "pol", "pod", "commodity"]),
        ({**GENERAL, "weight_kg": None, "containers": []}, ["containers", "weight_kg"]),
        (GENERAL, []),
        ({**GENERAL, "mode": "LCL", "containers": []}, ["pieces", "volume_cbm"]),
        (
            {**GENERAL, "mode": "SPECIAL", "containers": [ContainerLine("40OT", 1)]},
            ["dimensions_cm", "cargo_ready", "shipper", "target_price"],
        ),
        (
            {**GENERAL, "containers": [ContainerLine("40RF", 1)]},
            ["cargo_ready", "shipper", "target_price", "temperature_c"],
        ),
        (
            {**GENERAL, "containers": [ContainerLine("40HQ", 5)]},
            ["cargo_ready", "shipper", "target_price"],
        ),
        (
            {**GENERAL, "mode": "BREAKBULK", "containers": []},
            ["cargo_ready", "cargo_list", "handling"],
        ),
        (
            {
                **GENERAL,
                "mode": "BREAKBULK",
                "containers": [],
                "pieces": 3,
                "dimensions_cm": Dimensions(950, 300, 320),
            },
            ["cargo_ready", "handling"],
        ),
        ({**GENERAL, "incoterm": "EXW"}, ["pickup_address", "pickup_factories"]),
        ({**GENERAL, "incoterm": "DDU"}, ["delivery_address"]),
        ({**GENERAL, "incoterm": "DDP"}, ["delivery_address", "hs_code", "cargo_value"]),
        ({**GENERAL, "dg": True}, ["un_number", "dg_class"]),
        ({**GENERAL, "commodity": "锂电池"}, ["un_number", "dg_class"]),
    ],
)
def test_what_each_inquiry_must_have(values: dict[str, Any], missing: list[str]) -> None:
    assert _check(**values).missing == missing


def test_a_complete_general_inquiry_has_nothing_missing_and_no_findings() -> None:
    result = _check(**GENERAL)
    assert (result.missing, result.errors, result.warnings) == ([], [], [])
    assert result.complete


@pytest.mark.parametrize(
    ("values", "code", "field"),
    [
        ({**GENERAL, "weight_kg": 0.0}, "not_positive", "weight_kg"),
        ({**GENERAL, "weight_kg": -5.0}, "not_positive", "weight_kg"),
        ({**GENERAL, "containers": [ContainerLine("40HQ", 0)]}, "qty_not_positive", "containers"),
        ({**GENERAL, "pod": "CNNGB"}, "same_port", "pod"),
        ({**GENERAL, "pod": "宁波"}, "same_port", "pod"),
        ({**GENERAL, "containers": [ContainerLine("53HQ", 1)]}, "unknown_container", "containers"),
        ({**GENERAL, "un_number": "12"}, "un_number", "un_number"),
        (
            {**GENERAL, "dimensions_cm": Dimensions(120, 0, 100)},
            "not_positive",
            "dimensions_cm",
        ),
    ],
)
def test_errors_to_fix(values: dict[str, Any], code: str, field: str) -> None:
    errors = _check(**values).errors
    assert [(item.code, item.field) for item in errors] == [(code, field)]
    assert not _check(**values).complete


@pytest.mark.parametrize(
    ("values", "code"),
    [
        ({**GENERAL, "weight_kg": 30000.0, "containers": [ContainerLine("20GP", 1)]}, "overweight"),
        (
            {**GENERAL, "mode": "LCL", "containers": [], "volume_cbm": 20.0, "pieces": 10},
            "lcl_volume",
        ),
        (
            {
                **GENERAL,
                "mode": "LCL",
                "containers": [],
                "volume_cbm": 1.0,
                "pieces": 2,
                "weight_kg": 5000.0,
            },
            "density",
        ),
        ({**GENERAL, "commodity": "泡沫", "weight_kg": 25000.0}, "density_boxes"),
        ({**GENERAL, "cargo_ready": dt.date(2026, 11, 20)}, "date_past"),
        ({**GENERAL, "pod": "Lagoss"}, "unknown_port"),
        ({**GENERAL, "commodity": "油漆"}, "dg_commodity"),
    ],
)
def test_plausibility_warnings(values: dict[str, Any], code: str) -> None:
    assert code in _codes(_check(**values).warnings)


def test_warnings_explain_themselves_in_both_languages() -> None:
    values = {**GENERAL, "weight_kg": 60000.0, "containers": [ContainerLine("20GP", 2)]}
    warning = _check(**values).warnings[0]
    assert warning.message("zh") == t("intake.warning.overweight", "zh", per_box=30.0, payload=28.2)
    assert "28.2 t payload" in warning.message("en")


def test_unknown_port_names_the_closest_matches() -> None:
    result = _check(**{**GENERAL, "pod": "Lagoss"})
    assert result.fields.pod is None
    assert result.port_texts == {"pod": "Lagoss"}
    assert "NGLOS" in result.warnings[0].message("en")
    assert "pod" in result.missing


def test_ports_and_container_aliases_resolve() -> None:
    result = _check(
        **{**GENERAL, "pol": "宁波", "pod": "Apapa"}, containers=[ContainerLine("HC", 2)]
    )
    assert (result.fields.pol, result.fields.pod) == ("CNNGB", "NGLOS")
    assert result.fields.containers == [ContainerLine("40HQ", 2)]


def _advice(kind: str, vip: bool = False, **values: Any) -> list[str]:
    return _codes(_check(kind, vip, **values).advice)


@pytest.mark.parametrize(
    ("kind", "vip", "pod", "advice"),
    [
        ("peer", False, "NGLOS", ["answer_in_5_minutes"]),
        ("peer", False, "DEHAM", ["decline_peer_lane"]),
        ("peer", True, "DEHAM", ["peer_vip_exception", "answer_in_5_minutes"]),
        ("peer", False, "BRSSZ", ["answer_in_5_minutes"]),
        ("peer", False, "SAJED", ["answer_in_5_minutes"]),
        ("direct", False, "DEHAM", ["quote_then_lines", "answer_in_5_minutes"]),
        ("direct", False, "USLAX", ["quote_then_lines", "answer_in_5_minutes"]),
        ("direct", False, "NGLOS", ["answer_in_5_minutes"]),
        ("agent", False, "DEHAM", ["answer_in_5_minutes"]),
    ],
)
def test_lane_advice_per_kind_of_customer(
    kind: str, vip: bool, pod: str, advice: list[str]
) -> None:
    assert _advice(kind, vip, **{**GENERAL, "pod": pod}) == advice


def test_special_cargo_gets_a_rate_request_listing_every_h13_field() -> None:
    values = {
        **GENERAL,
        "containers": [ContainerLine("40OT", 1)],
        "mode": "SPECIAL",
        "shipper": "青岛海洋",
        "dimensions_cm": Dimensions(1150, 220, 300),
    }
    result = _check(**values)
    request = next(item for item in result.advice if item.code == "rate_request")
    assert request.text is not None
    lines = request.text.splitlines()
    assert lines[0] == t("intake.rate_request.subject", customer="宁波海天贸易")
    for name in ("shipper", "commodity", "weight_kg", "containers", "cargo_ready", "target_price"):
        assert any(line.startswith(t(f"intake.field.{name}")) for line in lines), name
    assert "CNNGB 宁波 Ningbo" in request.text
    assert "1150x220x300 cm" in request.text
    assert f"{t('intake.field.target_price')}: {t('intake.rate_request.to_confirm')}" in lines


def test_break_bulk_goes_to_the_break_bulk_desk_and_dg_fees_are_confirmed() -> None:
    assert _advice("direct", mode="BREAKBULK", containers=[], pod="NGLOS") == ["break_bulk"]
    advice = _advice("direct", **{**GENERAL, "dg": True, "incoterm": "EXW"})
    assert advice == ["dg_fees", "exw_trucking"]  # no general-cargo advice for dangerous goods


def test_a_declined_peer_lane_asks_for_no_rate_request() -> None:
    values = {**GENERAL, "pod": "DEHAM", "containers": [ContainerLine("40RF", 1)]}
    assert _advice("peer", **values) == ["decline_peer_lane"]


def test_fields_from_json_reads_form_strings_and_reports_what_it_cannot_read() -> None:
    values, errors = fields_from_json(
        {
            "weight_kg": "18,000",
            "pieces": "１２",
            "containers": [{"type": "40hq", "qty": "2"}],
            "cargo_ready": "2026-12-10",
            "dimensions_cm": {"l": 120, "w": "80", "h": 100},
            "volume_cbm": "abc",
            "dg": "yes",
            "mode": "fcl",
            "unknown": 1,
        }
    )
    assert values.weight_kg == 18000 and values.pieces == 12 and values.dg
    assert values.containers == [ContainerLine("40HQ", 2)]
    assert values.dimensions_cm == Dimensions(120, 80, 100)
    assert values.mode == "FCL"
    assert [(item.code, item.field) for item in errors] == [("unreadable", "volume_cbm")]
    assert fields_to_json(values)["cargo_ready"] == "2026-12-10"


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "weight_kg",
                "pieces",
                "containers",
                "cargo_ready",
                "pol",
                "pod",
                "dimensions_cm",
                "mode",
                "incoterm",
                "dg",
                "commodity",
                "un_number",
            ]
        ),
        st.one_of(
            st.none(),
            st.text(max_size=20),
            st.integers(),
            st.floats(allow_nan=True),
            st.lists(st.dictionaries(st.text(max_size=5), st.text(max_size=5))),
        ),
    )
)
def test_checks_never_raise_on_any_json(document: dict[str, Any]) -> None:
    values, errors = fields_from_json(document)
    check_inquiry(values, context(), unreadable=errors).as_json()


RECEIVED = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)


def test_the_five_minute_clock() -> None:
    deadline = due_at(RECEIVED, general_cargo=True)
    running = clock(RECEIVED, None, RECEIVED + dt.timedelta(minutes=3, seconds=48), deadline)
    assert (running.running, running.overdue, running.label()) == (True, False, "1:12")
    late = clock(RECEIVED, None, RECEIVED + dt.timedelta(minutes=6, seconds=5), deadline)
    assert (late.overdue, late.label()) == (True, "-1:05")
    hours_late = clock(RECEIVED, None, RECEIVED + dt.timedelta(hours=3, minutes=10), deadline)
    assert hours_late.label() == "-3h05"
    days_late = clock(RECEIVED, None, RECEIVED + dt.timedelta(days=12, hours=1), deadline)
    assert days_late.label() == "-12d"
    answered = clock(RECEIVED, RECEIVED + dt.timedelta(minutes=4), RECEIVED, deadline)
    assert (answered.running, answered.met, answered.label()) == (False, True, "")
    assert due_at(RECEIVED, general_cargo=False) is None
    assert not clock(RECEIVED, None, RECEIVED + dt.timedelta(hours=1), None).overdue


def test_the_days_hit_rate_counts_decided_clocks_only() -> None:
    deadline = due_at(RECEIVED, True)
    later = RECEIVED + dt.timedelta(minutes=10)
    clocks = [
        clock(RECEIVED, RECEIVED + dt.timedelta(minutes=2), later, deadline),
        clock(RECEIVED, RECEIVED + dt.timedelta(minutes=8), later, deadline),
        clock(RECEIVED, None, later, deadline),
        clock(RECEIVED, None, RECEIVED + dt.timedelta(minutes=1), deadline),
    ]
    rate = hit_rate(clocks)
    assert (rate.answered_in_time, rate.counted, rate.percent) == (1, 3, 33)
    assert hit_rate([]).percent is None
