"""Round 19 of issue 15: patterns seen in held-out set 16, each written new ways (never a
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
    ("text", "weight"),
    [
        # "each" right after a mixed order is every box's figure, not the last line's.
        ("Shanghai to Jebel Ali 1x20GP+1x40HQ each 12 tons furniture", 24000),
        ("Xiamen to Lagos 2x20GP + 1x40HQ, each 9.5 tons, shoes", 28500),
        # A figure said for one type named again stays that type's.
        ("Shanghai to Lome 1x20GP 1x40HQ 20GP each 20 tons 40HQ 10 tons", 30000),
    ],
)
def test_each_after_a_mixed_order_is_every_box(text: str, weight: int) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "goods", "pol"),
    [
        # Units of goods end where the lane's first port opens it.
        ("5 units bulldozers Dalian to Dakar, 17 t each, break bulk", "bulldozers", "CNDLC"),
        (
            "3 units transformers Tianjin to Chittagong, 40 tons each, break bulk",
            "transformers",
            "CNTXG",
        ),
    ],
)
def test_units_of_goods_stop_before_the_lane(text: str, goods: str, pol: str) -> None:
    read = _read(text)
    assert read["commodity"] == goods
    assert read["pol"] == pol


@pytest.mark.parametrize(
    ("text", "address", "pol", "pod"),
    [
        # A pickup address ends at its full stop when the next sentence gives the route.
        (
            "Hello, pick up at Unit 5, 12 Xingye Road, Zhongshan, Guangdong. Ship from Nansha"
            " to Lagos, 1x20GP lamps 9 tons.",
            "Unit 5, 12 Xingye Road, Zhongshan, Guangdong",
            "CNNSA",
            "NGLOS",
        ),
        (
            "EXW, pickup address: 7 Jinqiao Avenue, Yiwu, Zhejiang. Shipping from Ningbo to"
            " Mombasa, 1x40HQ toys 8 tons.",
            "7 Jinqiao Avenue, Yiwu, Zhejiang",
            "CNNGB",
            "KEMBA",
        ),
    ],
)
def test_a_pickup_address_ends_at_its_sentence(text: str, address: str, pol: str, pod: str) -> None:
    read = _read(text)
    assert (read["pickup_address"], read["pol"], read["pod"]) == (address, pol, pod)


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Plain English goods after the boxes: "with" before them, "and" inside them, and
        # goods named after a door are goods (a door delivery is not).
        ("Qingdao to Callao, two 40HQ with kitchen cabinets, 7 tons.", "kitchen cabinets"),
        ("Xiamen to Tema 1x40HQ with lamps and bulbs, 6 tons, ready soon.", "lamps and bulbs"),
        ("Hi, 1x20GP Tianjin to Lome, door hinges, 14,500 kg.", "door hinges"),
    ],
)
def test_plain_english_goods_after_the_boxes(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


def test_a_door_delivery_is_no_goods() -> None:
    assert _read("1x40HQ Ningbo to Nairobi, door delivery, 12 tons")["commodity"] != "door delivery"


@pytest.mark.parametrize(
    ("text", "boxes", "weight"),
    [
        # Units of ISO tanks are tanks, not pieces; a weight per unit is per tank.
        ("ISO tank Ningbo to Mombasa, 3 units, palm oil, 20 tons each", "3x20TK", 60000),
        ("Tianjin to Jeddah by ISO tank, 2 tanks of silicone oil, 19 t per tank", "2x20TK", 38000),
    ],
)
def test_units_of_iso_tanks_are_tanks(text: str, boxes: str, weight: int) -> None:
    read = _read(text)
    assert (read["containers"], read["pieces"], read["weight_kg"]) == (boxes, None, weight)


@pytest.mark.parametrize(
    ("text", "boxes", "weight"),
    [
        # "N containers 40HQ": the count before the English word for boxes, then the type.
        (
            "Please quote Ningbo to Mombasa for 3 containers 20GP of ceramic tiles, 25 tons each.",
            "3x20GP",
            75000,
        ),
        ("We need 12 containers 40HQ Xiamen to Lagos, furniture, 8 t each", "12x40HQ", 96000),
    ],
)
def test_a_count_of_containers_before_the_type(text: str, boxes: str, weight: int) -> None:
    read = _read(text)
    assert (read["containers"], read["weight_kg"]) == (boxes, weight)


@pytest.mark.parametrize(
    ("text", "boxes", "mode"),
    [
        # Equipment named in a request being cancelled is not the new inquiry's.
        (
            "Kindly cancel the open top enquiry; now we need 2x20GP Shanghai to Aqaba, marble, 24 t each",
            "2x20GP",
            "FCL",
        ),
        (
            "Please withdraw our reefer quote. New one: 1x40GP Dalian to Tema, paper rolls, 20 tons",
            "1x40GP",
            "FCL",
        ),
    ],
)
def test_cancelled_equipment_is_set_aside(text: str, boxes: str, mode: str) -> None:
    read = _read(text)
    assert (read["containers"], read["mode"]) == (boxes, mode)


@pytest.mark.parametrize(
    ("text", "ready"),
    [
        # A dashed date with its year is a date without a cargo word after it.
        ("Ningbo - Chittagong, 1x40HQ yarn, cargo available 07-12-2026, thanks", "2026-12-07"),
        ("Kindly quote Tianjin - Karachi, 1x20GP, valves, ETA at port 14-12-2026.", "2026-12-14"),
    ],
)
def test_a_dashed_date_with_its_year(text: str, ready: str) -> None:
    assert _read(text)["cargo_ready"] == ready


@pytest.mark.parametrize(
    ("text", "pod"),
    [
        # A correction to an earlier mail states the request as it now is: its port counts.
        (
            "Correction to our previous message: destination is Tema, not Lome. 1x20GP Shanghai, tyres, 18 t",
            "GHTEM",
        ),
        (
            "Correction to my previous email: POD Jeddah, not Dammam. 1x40HQ Xiamen, stone, 26 t",
            "SAJED",
        ),
    ],
)
def test_a_correction_to_a_previous_mail_counts(text: str, pod: str) -> None:
    assert _read(text)["pod"] == pod


@pytest.mark.parametrize(
    ("text", "pickup"),
    [
        # Where the factory is, told in passing, is no pickup address...
        ("我们厂在顺德，从佛山走，到蒙巴萨 1x20GP 灯具 6吨", None),
        ("工厂在义乌 宁波出 到拉各斯 两个40HQ 日用品 每柜9吨", None),
        # ...unless a pickup is asked for.
        ("EXW 工厂在义乌，宁波出 到拉各斯 1x40HQ 日用品 9吨", "义乌"),
    ],
)
def test_a_factory_told_in_passing_is_no_pickup(text: str, pickup: str | None) -> None:
    assert _read(text)["pickup_address"] == pickup


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # French goods: after "contenu :", and after boxes sized in "pieds" (the word for
        # feet is part of the box, never the goods).
        (
            "Bonjour,\nMerci de coter Shanghai – Alger pour 2 x 20' dry, contenu : carreaux de"
            " céramique, 24 tonnes par conteneur.\nCordialement",
            "carreaux de céramique",
        ),
        (
            "Qingdao - Conakry, 2 conteneurs 20 pieds, tôles galvanisées, 25 tonnes par conteneur",
            "tôles galvanisées",
        ),
        ("Cotizar Ningbo - Callao, 1 contenedor 40 pies HC, juguetes, 8 toneladas", "juguetes"),
    ],
)
def test_french_goods_after_their_label_or_the_boxes(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "boxes", "goods", "weight"),
    [
        # A count passed on from the customer after "等下" replaces the one said first, and a
        # figure per box multiplies the new count; "X的柜子" holds the goods X.
        (
            "钢管的柜子，天津出去达曼，40HQ要四个，等一下，老板说要五个，每柜18吨",
            "5x40HQ",
            "钢管",
            90000,
        ),
        ("宁波到蒙巴萨 20GP要两个 不对 是三个 瓷砖 每柜20吨", "3x20GP", "瓷砖", 60000),
        ("化肥的柜子 连云港到吉布提 两个20GP 每柜27吨", "2x20GP", "化肥", 54000),
    ],
)
def test_a_count_taken_back_in_a_thread(text: str, boxes: str, goods: str, weight: int) -> None:
    read = _read(text)
    assert (read["containers"], read["commodity"], read["weight_kg"]) == (boxes, goods, weight)


@pytest.mark.parametrize(
    ("text", "ready"),
    [
        # A date denied ("不是…", "not the…") gives way to the one said instead.
        ("货好时间改一下 不是下周二 是下周四 宁波到蒙巴萨 1x20GP 瓷砖 20吨", "2026-12-10"),
        ("出货日期 不是12月8号 是12月12号 上海到拉各斯 40HQ 家具", "2026-12-12"),
        ("Ready date: not the 9th, the 16th. Shanghai to Lagos 1x40HQ furniture", "2026-12-16"),
    ],
)
def test_a_denied_date_gives_way(text: str, ready: str) -> None:
    assert _read(text)["cargo_ready"] == ready


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # "有一批X要从…走": the goods of the batch; "一批货" names none.
        ("老板 有一批太阳能板准备从宁波发去拉各斯 两个40HQ 每柜12吨", "太阳能板"),
        ("你好，我们有一批运动鞋要从厦门出到蒙巴萨，一个高柜，6吨", "运动鞋"),
        ("有一批货要从上海走 到蒙巴萨 一个20GP 瓷砖 20吨", "瓷砖"),
    ],
)
def test_the_goods_of_a_batch(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "goods", "pieces"),
    [
        # Spanish break bulk counted in "unidades de …": the goods after them, joined by "de".
        (
            "Carga suelta de Qingdao a Buenaventura: 2 unidades de rodillos de acero, 25 toneladas cada una.",
            "rodillos de acero",
            2,
        ),
        (
            "Carga suelta desde Shanghai a Guayaquil: 3 unidades de grúas móviles, 40 toneladas cada una.",
            "grúas móviles",
            3,
        ),
    ],
)
def test_spanish_units_of_goods(text: str, goods: str, pieces: int) -> None:
    read = _read(text)
    assert (read["commodity"], read["pieces"]) == (goods, pieces)


@pytest.mark.parametrize(
    ("text", "pieces", "weight"),
    [
        # One machine of each kind listed, each with its size and weight: they add up.
        (
            "散杂货 天津到蒙巴萨 挖掘机1台 950x300x320cm 22吨，装载机1台 800x280x330cm 17吨",
            2,
            39000,
        ),
        (
            "件杂货 上海到拉各斯 起重机一台 1200x300x380cm 35吨，发电机一台 600x250x300cm 12吨，"
            "变压器一台 500x300x350cm 20吨",
            3,
            67000,
        ),
    ],
)
def test_machines_listed_one_of_each(text: str, pieces: int, weight: int) -> None:
    read = _read(text)
    assert (read["pieces"], read["weight_kg"]) == (pieces, weight)


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        (
            "散杂货 天津到蒙巴萨 挖掘机1台 950x300x320cm 22吨，装载机1台 800x280x330cm 17吨",
            "挖掘机/装载机",
        ),
        # Kinds the goods table does not know are the goods all the same.
        (
            "散杂 连云港到蒙巴萨 摊铺机1台 900x300x350cm 19吨，铣刨机1台 1000x260x300cm 21吨",
            "摊铺机/铣刨机",
        ),
    ],
)
def test_machines_listed_name_the_goods(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "boxes", "weight"),
    [
        # The count of boxes changed to ("减到2个", "加到6个") is the one now, though said with
        # the earlier request it changes; a figure per box multiplies it.
        ("之前说的5个柜现在加到6个，宁波到蒙巴萨 20GP 每柜22吨 瓷砖", "6x20GP", 132000),
        ("上次报的4个柜改成3个柜，青岛到达曼 40HQ 轮胎 每柜12吨", "3x40HQ", 36000),
    ],
)
def test_a_count_of_boxes_changed_to(text: str, boxes: str, weight: int) -> None:
    read = _read(text)
    assert (read["containers"], read["weight_kg"]) == (boxes, weight)
