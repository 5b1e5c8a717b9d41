"""Round 15 of issue 15: patterns that recur across held-out sets 10-13, each written new ways
(never a held-out sentence: other ports, other goods, other figures)."""

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
        # A DG word the customer denies, in brackets or after the goods: the goods are the name.
        ("宁波到汉堡 1x40HQ 蓝牙耳机（不带电池） 8吨", "蓝牙耳机"),
        ("深圳到迪拜 20GP 太阳能灯（不含电池） 6吨", "太阳能灯"),
        ("厦门到洛杉矶 40HQ 电动玩具 不含锂电池 10吨", "电动玩具"),
        ("广州到雅加达 20GP 玩具（不带电） 5吨", "玩具"),
        ("Ningbo to Hamburg 1x40HC LED screens, no battery, 9 tons", "LED screens"),
        ("Qingdao to Durban 1x20GP power tools without lithium batteries 12 tons", "power tools"),
    ],
)
def test_a_denied_dg_word_is_neither_the_goods_nor_dg(text: str, goods: str) -> None:
    read = _read(text)
    assert read["commodity"] == goods
    assert read.get("dg") is not True


@pytest.mark.parametrize(
    "text",
    [
        "上海到新加坡 20GP 锂电池 UN3480 5吨",
        "深圳到鹿特丹 1x40HQ 带电池的电动工具 UN3481 9吨",
    ],
)
def test_a_dg_word_describing_the_cargo_still_sets_dg(text: str) -> None:
    assert _read(text)["dg"] is True


def test_non_woven_fabric_is_not_read_as_a_denial() -> None:
    assert _read("青岛到釜山 20GP 无纺布 6吨")["commodity"] == "无纺布"


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # The packing said before the goods with 包装的.
        ("广州到迪拜 20GP 纸箱包装的文具 8吨", "文具"),
        ("宁波到汉堡 40HQ 木箱包装的五金配件 12吨", "五金配件"),
    ],
)
def test_the_packing_said_before_the_goods_is_not_part_of_them(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "weight", "pieces"),
    [
        # The weight, then the one piece, carton or bale it is said for.
        ("宁波到迪拜拼箱 8件 三百公斤一件 机器", 2400, 8),
        ("宁波到迪拜拼箱 20箱 15公斤一箱 服装", 300, 20),
        ("广州到马尼拉拼箱 30包 25公斤一包 布料", 750, 30),
    ],
)
def test_a_weight_then_its_one_piece_is_multiplied(text: str, weight: int, pieces: int) -> None:
    read = _read(text)
    assert read["weight_kg"] == weight
    assert read["pieces"] == pieces


def test_the_one_piece_after_a_weight_is_not_the_goods() -> None:
    assert _read("青岛到德班拼箱 十件 四百五十公斤一件 泵").get("commodity") != "一件"


@pytest.mark.parametrize(
    ("text", "goods", "pod"),
    [
        # 马赛克 (mosaic) begins with 马赛 (Marseille): the goods' word is kept whole.
        ("佛山到悉尼 20GP 玻璃马赛克 15吨", "玻璃马赛克", "AUSYD"),
        ("宁波到马赛 20GP 马赛克瓷砖 18吨", "马赛克瓷砖", "FRMRS"),
    ],
)
def test_mosaic_is_goods_not_marseille(text: str, goods: str, pod: str) -> None:
    read = _read(text)
    assert (read["commodity"], read["pod"]) == (goods, pod)


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # Each type's weight said after its letters alone, times its count, summed.
        ("1x40HC + 1x40GP Shanghai to Jeddah, furniture, HQ 9 t / GP 12 t", 21000),
        ("1x20GP + 1x40HQ Xiamen to Manila, HQ: 10 tons, GP: 18 tons, furniture", 28000),
        ("2x20GP + 1x40HQ Ningbo to Mombasa, tiles, GP 20 tons each, HQ 14 tons", 54000),
        # "el de 20 pesa…": the box of that size, then its weight.
        (
            "Qingdao - Santos 1x20' y 1x40HC, pisos, el de 20 pesa 20 toneladas y el de 40 pesa 15 toneladas",
            35000,
        ),
    ],
)
def test_each_type_weight_in_a_mixed_order_is_summed(text: str, weight: int) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # 心理价 (the price in mind) ends the goods, also after 货物是.
        ("宁波到迪拜两个四十高每个柜八吨货物是塑料花心理价两千八美金", "塑料花"),
        ("义乌到迪拜 40HQ led灯心理价3000美金", "led灯"),
        # The packing said before goods labelled with 货是.
        ("上海到新加坡拼箱两个托盘一吨半三个方货是木箱包装的五金", "五金"),
        # English goods "in bags": the packing, not the name.
        ("Tianjin to Jeddah 1x20GP wheat flour in bags 20 tons", "wheat flour"),
    ],
)
def test_the_goods_end_before_a_price_or_packing(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


def test_a_reefer_temperature_in_chinese_numerals_before_its_weight() -> None:
    text = "上海去蒙巴萨 一个40尺冷柜一个20尺普柜 冷柜装冻鱼零下十八度二十二吨 普柜装调料十吨"
    assert _read(text)["weight_kg"] == 32000
