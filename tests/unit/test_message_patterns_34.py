"""Round 34 of issue 15: the quantities, dates and modes the team settled, each written new ways
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
    "text",
    [
        # A day the goods must ship out or be loaded by: a deadline, not the ready day.
        "福州到达喀尔 1x40HQ 石材 12月底前出货",
        "南京到阿巴斯 两个小柜 钢丝 每柜二十五吨 月底前装完",
        "天津到吉布提 1x20GP 水泥 24吨 12月18号之前装好",
        "连云港到达曼 3x40GP 钢板 下周五前要装柜",
        "Please quote Ningbo to Mombasa 1x40HQ, furniture 9 tons, we must ship before 20/12.",
        "Qingdao - Apapa 2x20GP tiles 26t each, loading before 18/12 please.",
    ],
)
def test_a_shipping_deadline_is_no_ready_day(text: str) -> None:
    assert _read(text).get("cargo_ready") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Goods ready by a day, or that can ship by then, are ready then.
        ("福州到达喀尔 1x40HQ 石材 12月15号前货好", "2026-12-15"),
        ("南京到阿巴斯 两个小柜 钢丝 下周三前可以出货", "2026-12-09"),
        ("Ningbo to Mombasa 1x40HQ furniture, cargo ready before 16/12", "2026-12-16"),
        # A wanted sailing with no deadline word is still the ready day.
        ("汕头到吉大港 2个40HQ 玩具 月中出货", "2026-12-15"),
    ],
)
def test_goods_ready_by_a_day_are_ready_then(text: str, day: str) -> None:
    assert _read(text)["cargo_ready"] == day


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # Many boxes are no special cargo, however they are announced.
        ("Big volume: 14 x 40HQ Xiamen to Tema, granite slabs, 27 t each", "FCL"),
        ("Large quantity inquiry - 9x40HC Shanghai to Santos, auto parts", "FCL"),
        ("大票货 青岛到拉各斯 十二个高柜 轮胎 每柜十二吨", "FCL"),
        ("宁波到德班 八个四十尺高柜 家具 每柜九吨", "FCL"),
        # Special equipment, or cargo called 大货 / project cargo, is.
        ("大货 天津到吉达 两个40HQ 钢构件", "SPECIAL"),
        ("Project cargo Shanghai - Jeddah 2x40HQ transformer parts", "SPECIAL"),
        ("青岛到德班 一个40尺开顶柜 大理石 26吨", "SPECIAL"),
    ],
)
def test_a_count_of_boxes_makes_no_special_cargo(text: str, mode: str) -> None:
    assert _read(text)["mode"] == mode


def test_big_volume_is_not_the_goods() -> None:
    assert _read("Xiamen to Tema 10x40HQ big volume, granite slabs, 27 t each")["commodity"] == (
        "granite slabs"
    )


@pytest.mark.parametrize(
    ("text", "size"),
    [
        # Only the largest piece's size: that size, and no cargo list.
        ("散杂货 天津到吉达 钢结构 共36件 总重300吨 最大件 17米x3米x2.6米", "1700x300x260"),
        ("散货 上海到达曼 储罐 4件 最大一件 12m x 4m x 4m 重30吨 另外三件各10吨", "1200x400x400"),
        (
            "Break bulk Lianyungang - Dammam, steel beams, 52 pcs, 410 t, largest 19m x 2.5m x 2m",
            "1900x250x200",
        ),
    ],
)
def test_the_largest_piece_alone_makes_no_cargo_list(text: str, size: str) -> None:
    read = _read(text)
    assert (read["dimensions_cm"], read.get("cargo_list")) == (size, None)


def test_spares_beside_the_largest_piece_are_listed() -> None:
    read = _read("散杂货 大连到蒙巴萨 一台挖掘机40吨 另外配件五件共6吨 最大件11米×3米×3.2米")
    assert read.get("cargo_list") is not None
