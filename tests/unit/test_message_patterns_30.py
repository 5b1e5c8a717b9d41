"""Round 30 of issue 15: patterns the blind sets 25-27 showed, each written new ways (never a
held-out sentence: other ports, other goods, other figures), read as the settled conventions of
the held-out sets say."""

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
        # The particles of a voice message on either edge of the goods are not the goods.
        ("喂你好 天津到吉达的价格啊 一个四十尺高柜 装的是玻璃杯啊嗯 十八吨", "玻璃杯"),
        ("那个青岛到达曼 两个二十尺 货是油漆嗯 联合国编号1263 三类", "油漆"),
        ("老板 上海到孟买 两个小柜 不对是三个 啊瓷砖 每个柜二十六吨", "瓷砖"),
        ("亲 宁波走拉各斯 一个二十尺 服装呀 十吨", "服装"),
        ("喂喂 厦门到巴生两个四十尺 啊装的是玻璃纤维嗯 每个十五吨", "玻璃纤维"),
        ("我们有一批太阳能板啊就是那个光伏的 从宁波走到拉各斯 两个四十尺高柜", "太阳能板"),
        # Goods said again after a filler: the later name is the one meant...
        ("嗯我们要发一批饲料啊鱼粉 去越南海防 从湛江走 三百吨散货", "鱼粉"),
        # ...unless it is an example of the first ("这些", "之类的").
        ("喂 深圳到迪拜 一个四十尺高柜 家具啊桌椅这些 十二吨", "家具"),
    ],
)
def test_voice_particles_are_not_part_of_the_goods(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # The goods said first, a bare word before the equipment, the figures or the DG class.
        ("荔枝 一个40尺冷柜 温度设2度 大概1500箱 货重22吨 湛江到新加坡 下周五装", "荔枝"),
        ("礼花 1.3G UN0335 一个20尺 从北海走 到胡志明 5吨", "礼花"),
        ("油墨 危险品3类 UN1210 小柜1个 宁波-巴生 货重九吨", "油墨"),
        ("次氯酸钠10% UN1791 8类 20尺×1 20吨 青岛—吉达", "次氯酸钠"),
        ("NGB-DXB 雨伞 1x40HQ 一个柜12T", "雨伞"),
    ],
)
def test_goods_said_first(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


def test_an_opening_word_is_not_goods() -> None:
    # A greeting or a kind of shipment said first is no commodity.
    assert _read("询价 1x40HQ 宁波到吉达 12吨").get("commodity") is None
