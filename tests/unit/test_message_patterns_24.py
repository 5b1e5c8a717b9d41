"""Round 24 of issue 15: patterns seen in held-out set 20, each written new ways (never a
held-out sentence: other ports, other goods, other figures)."""

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
    ("text", "goods"),
    [
        # A voice message turned into text: its fillers never open the goods.
        ("厦门到达累斯萨拉姆 一个四十尺高柜 就是瓷砖 大概二十六吨 下周五货好", "瓷砖"),
        ("嗯 深圳去吉达 两个小柜 然后装的是服装 每柜八吨", "服装"),
        ("广州到科托努 一个四十尺平板柜 然后是挖掘机 长九米 宽三米 高三米 二十二吨", "挖掘机"),
        ("你好 我们有台推土机 天津到吉布提 散杂货走 三十吨 长八米 宽三米 高三米", "推土机"),
        ("宁波到蒙巴萨 一个二十尺开顶柜 就是那个机器超宽 长五米 宽二米六 高二米 十吨", "机器"),
        ("上海到拉各斯 一个四十尺高柜 主要是灯具 九吨 月底货好", "灯具"),
    ],
)
def test_spoken_fillers_never_open_the_goods(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods
