"""Round 4 of issue 15: the patterns held-out set 3 missed, each written new ways (never a
held-out sentence), the round's whole messages in tests/unit/patterns_4.py read in full, and
set 3 kept as a regression floor."""

from __future__ import annotations

from typing import Any

import pytest

from csdesk.rules.inquiry_fields import fields_to_json
from tests.unit.corpus_score import _as_expected, score
from tests.unit.heldout_3 import ENTRIES as HELDOUT_3
from tests.unit.intake_fixtures import PARSER, TODAY
from tests.unit.patterns_4 import ADDRESSES, DATES, GREETINGS_AND_REPLACED


def _read(text: str) -> dict[str, Any]:
    parsed = fields_to_json(PARSER.parse(text, TODAY).values())
    return {name: _as_expected(name, value) for name, value in parsed.items()}


@pytest.mark.parametrize(
    "entries",
    [GREETINGS_AND_REPLACED, ADDRESSES, DATES],
    ids=["greetings", "addresses", "dates"],
)
def test_round_4_messages_are_read_in_full(entries: list[tuple[str, dict[str, Any]]]) -> None:
    result = score(PARSER, entries)
    assert result.rate == 1.0, "\n".join(result.missed + result.wrong)


@pytest.mark.parametrize(
    ("text", "pol", "pod"),
    [
        ("Greetings from Jeddah! Shanghai to Dammam 1x20GP pumps 10 tons", "CNSHA", "SADMM"),
        ("Warm regards from Chittagong team. POL Ningbo POD Karachi 1x40HQ", "CNNGB", "PKKHI"),
        ("来自迪拜的问候！宁波到达曼 一个40HQ 家具 8吨", "CNNGB", "SADMM"),
    ],
)
def test_a_port_in_a_greeting_is_not_the_route(text: str, pol: str, pod: str) -> None:
    read = _read(text)
    assert (read.get("pol"), read.get("pod")) == (pol, pod)


@pytest.mark.parametrize(
    ("text", "pod"),
    [
        ("Please disregard my earlier mail about Lagos. Ningbo to Cotonou 1x40HQ shoes", "BJCOO"),
        ("Kindly cancel our previous inquiry to Apapa. New: Shanghai to Lome 1x20GP", "TGLFW"),
    ],
)
def test_a_request_taken_back_is_set_aside(text: str, pod: str) -> None:
    assert _read(text)["pod"] == pod


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("DDP. Delivery address: 45 Harbour Street, Accra.", "45 Harbour Street, Accra"),
        (
            "EXW please (pickup address: 88 Gongye Road, Foshan). 1x40HQ to Lagos",
            "88 Gongye Road, Foshan",
        ),
        ("DAP 送货地址：内罗毕工业区A栋。谢谢", "内罗毕工业区A栋"),
    ],
)
def test_an_address_ends_before_its_full_stop_and_bracket(text: str, address: str) -> None:
    read = _read(text)
    assert address in (read.get("delivery_address"), read.get("pickup_address"))


@pytest.mark.parametrize(
    ("text", "ready"),
    [
        ("宁波到蒙巴萨 1x20GP 瓷砖 22吨 12月18", "2026-12-18"),
        ("宁波到蒙巴萨 1x20GP 瓷砖 22吨 货好12.9", "2026-12-09"),
        ("上海到拉各斯 1x40HQ 灯具 6吨 ready 12.16", "2026-12-16"),
        ("NB-LOS 1x40HQ 衣服 7T 12.21\n谢谢", "2026-12-21"),
    ],
)
def test_a_month_and_day_written_short(text: str, ready: str) -> None:
    assert _read(text)["cargo_ready"] == ready


@pytest.mark.parametrize(
    "text",
    [
        "宁波到蒙巴萨 1x20GP 瓷砖 12月15吨",  # not a date: a weight follows the day
        "宁波到蒙巴萨 1x20GP 瓷砖 目标价 USD 11.20",  # a price closing the line
    ],
)
def test_a_number_that_is_not_a_short_date(text: str) -> None:
    assert _read(text).get("cargo_ready") is None


def test_held_out_set_3_keeps_the_level_it_reached() -> None:
    """96.0% when first scored, untuned; kept at the level round 4 reached by generalising its
    misses' patterns with sentences of our own. A regression floor, not a target."""
    result = score(PARSER, HELDOUT_3)
    assert result.rate >= 0.969, "\n".join(result.missed + result.wrong)


@pytest.mark.parametrize(
    ("text", "boxes", "mode"),
    [
        ("广州到拉各斯 三个四十尺高 鞋子 每柜八吨", "3x40HQ", "FCL"),
        ("Qingdao to Lagos, 1 x 40ft reefer, frozen chicken, 26 tons", "1x40RF", "SPECIAL"),
        ("Need 3 x 40ft flat racks Tianjin to Jeddah, excavators", "3x40FR", "SPECIAL"),
        ("Ningbo to Durban 1 x 20ft open top, granite blocks 25 tons", "1x20OT", "SPECIAL"),
    ],
)
def test_a_box_named_by_its_feet_and_kind(text: str, boxes: str, mode: str) -> None:
    read = _read(text)
    assert (read["containers"], read["mode"]) == (boxes, mode)
