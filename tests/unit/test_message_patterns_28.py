"""Round 28 of issue 15: patterns the newest blind sets (21-24) show, each written new ways
(never a held-out sentence: other ports, other goods, other figures), read as the settled
conventions of the held-out sets say."""

from __future__ import annotations

from typing import Any

import pytest

from csdesk.rules.inquiry_fields import fields_to_json
from tests.unit.corpus_score import _as_expected
from tests.unit.intake_fixtures import PARSER, TODAY


def _read(text: str) -> dict[str, Any]:
    parsed = fields_to_json(PARSER.parse(text, TODAY).values())
    return {name: _as_expected(name, value) for name, value in parsed.items()}


@pytest.mark.parametrize(
    "text",
    [
        # The day the ship must sail by, or a vessel's cut-off: no ready day, alone or not.
        "厦门到蒙巴萨 一个高柜 陶瓷杯 九吨 十二月二十号之前一定要上船",
        "NB-DAR 2x20GP 轮胎 月底前出",
        "青岛到拉各斯两个小柜钢钉每柜二十六吨下个月五号前要开船",
        "天津到吉大港 1x40HQ 纸巾 12月18日截关的船还有位吗",
        "宁波到达曼 一个小柜 灯具 12/22截港前能进吗",
    ],
)
def test_a_sailing_deadline_is_no_ready_day(text: str) -> None:
    assert _read(text).get("cargo_ready") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Goods leaving the factory by a day, or that can ship by then: their ready day.
        ("上海到卡拉奇 1x40HQ 纺织机 12月16号之前出货", "2026-12-16"),
        ("广州到阿比让一个高柜假发下周五前可以出货", "2026-12-11"),
    ],
)
def test_goods_out_by_a_day_are_ready_then(text: str, day: str) -> None:
    assert _read(text)["cargo_ready"] == day
