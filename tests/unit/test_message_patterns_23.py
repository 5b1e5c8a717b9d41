"""Round 23 of issue 15: patterns seen in held-out sets 18 and 19, each written new ways (never a
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
    ("text", "price"),
    [
        # "3.600 USD": thousands set off with a dot, the currency said after the figure.
        ("Cotización 1x40HC Shenzhen a Manzanillo, muebles, 12.000 kg, objetivo 3.200 USD", 3200),
        (
            "Devis 2 x 20' Ningbo - Abidjan, carrelage, 50 t, prix cible 1.900 USD par conteneur",
            1900,
        ),
        ("Qingdao to Dar es Salaam 1x40HQ, tyres 20 tons, target 2.750 USD", 2750),
        ("Cotação Xangai - Santos 1x40HC, peças, 9.500 kg, alvo 3.400 USD", 3400),
        # ...or with no currency after a target's label, the sentence's full stop after it.
        ("1x20GP Tianjin to Lagos, steel wire, 22t, target 1.850.", 1850),
        ("Ningbo to Cotonou 1x40HQ, used clothes, 20 tons, target 2900.", 2900),
    ],
)
def test_dotted_thousands_in_a_price(text: str, price: int) -> None:
    assert _read(text)["target_price"] == price


@pytest.mark.parametrize(
    ("text", "price"),
    [
        # A target said again with its label after a correction replaces the first.
        ("Shanghai to Mombasa 1x40HQ furniture 9 tons, target 2600. sorry, target 2450", 2450),
        ("广州到拉各斯 1x40HQ 服装 8吨 目标价2600 不好意思 目标价2400", 2400),
        ("Xiamen - Tema 1x20GP tiles 25t tgt 1500. correction: tgt 1450", 1450),
        ("Qingdao - Jeddah 2x40HQ tyres 22t each, budget 1900. sorry, budget 1800", 1800),
    ],
)
def test_a_target_said_over_after_a_correction(text: str, price: int) -> None:
    assert _read(text)["target_price"] == price


@pytest.mark.parametrize(
    ("text", "pieces", "kilos"),
    [
        # A drum's, a roll's, a carton's figure, times the pieces counted.
        ("天津到拉各斯 拼箱 40桶 润滑油 每桶18公斤", 40, 720),
        ("上海到吉达 拼箱 12卷 每卷50公斤 布料", 12, 600),
        ("LCL Ningbo - Dakar, 25 cartons, 14 kg par carton, chaussures", 25, 350),
        ("LCL Xiamen a Guayaquil, 60 cajas, 9 kg por caja, juguetes", 60, 540),
        ("Groupage Shenzhen - Abidjan, 20 colis, 30 kg le colis, pièces détachées", 20, 600),
    ],
)
def test_weight_per_drum_roll_or_carton(text: str, pieces: int, kilos: int) -> None:
    read = _read(text)
    assert (read["pieces"], read["weight_kg"]) == (pieces, kilos)


@pytest.mark.parametrize(
    ("text", "size", "kilos"),
    [
        # A piece's size in Chinese numerals, then its weight: the weight is the piece's too.
        ("青岛到吉布提拼箱 四个托盘 每托一米二乘一米乘一米 重五百公斤 电机", "120x100x100", 2000),
        (
            "上海到达累斯萨拉姆 拼箱 五个木箱 每个一米乘一米乘一米二 重四百公斤 配件",
            "100x100x120",
            2000,
        ),
        # Voice-to-text runs the last side into the weight: 四十十二公斤 is 40 cm, then 12 kg.
        ("天津到达累斯萨拉姆拼箱十箱每箱五十乘四十乘四十十二公斤玩具", "50x40x40", 120),
        ("宁波到拉各斯拼箱二十箱每箱六十乘五十乘四十十五公斤灯具", "60x50x40", 300),
        ("深圳到吉布提拼箱二十箱每箱五十乘五十乘四十五十八公斤灯具", "50x50x45", 360),
    ],
)
def test_piece_size_in_chinese_numerals_then_its_weight(text: str, size: str, kilos: int) -> None:
    read = _read(text)
    assert (read["dimensions_cm"], read["weight_kg"]) == (size, kilos)


@pytest.mark.parametrize(
    ("text", "boxes", "kilos"),
    [
        # "四十高" then a weight: the weight is no height, the box a 40HQ.
        ("宁波到达曼 两个四十高 二十吨 家具", "2x40HQ", 20000),
        ("青岛到拉各斯 一个四十高 十八吨 轮胎", "1x40HQ", 18000),
        ("天津到吉达 一个四十高 9吨 玻璃制品", "1x40HQ", 9000),
        ("厦门到蒙巴萨 一个四十高 十二吨 陶瓷 不对 重量是十四吨", "1x40HQ", 14000),
    ],
)
def test_forty_high_then_a_weight(text: str, boxes: str, kilos: int) -> None:
    read = _read(text)
    assert (read["containers"], read["weight_kg"]) == (boxes, kilos)


def test_a_side_said_high_is_still_a_side() -> None:
    read = _read("拼箱 宁波到特马 三箱 长六十宽四十高二十 十公斤")
    assert read["containers"] is None
    assert read["dimensions_cm"] == "60x40x20"


@pytest.mark.parametrize(
    ("text", "boxes", "kilos"),
    [
        # Corrections in French, Spanish and Portuguese, and a customer's word passed on.
        (
            "Bonjour, 1x40HC Ningbo - Abidjan, pardon, c'est 2x40HC, carrelage, 20 t chacun",
            "2x40HQ",
            40000,
        ),
        (
            "Bonjour, 2x20' Tianjin - Alger, pardon, 3x20', engrais, 25 t par conteneur",
            "3x20GP",
            75000,
        ),
        (
            "Hola, 1x20GP Shanghai - Callao, perdón, son 2x20GP, azulejos, 24 t cada uno",
            "2x20GP",
            48000,
        ),
        ("Bom dia, 1x40HC Qingdao - Santos, desculpe, 2x40HC, pneus, 10 t cada", "2x40HQ", 20000),
        (
            "Xiamen to Tema 1x40HQ tiles, wait, customer says 2 containers now, 24t each",
            "2x40HQ",
            48000,
        ),
        (
            "Ningbo - Lagos 3x40HQ furniture 9t each, wait, the client wants 4 boxes now",
            "4x40HQ",
            36000,
        ),
    ],
)
def test_corrections_in_other_languages(text: str, boxes: str, kilos: int) -> None:
    read = _read(text)
    assert (read["containers"], read["weight_kg"]) == (boxes, kilos)


def test_pardon_as_a_greeting_takes_nothing_back() -> None:
    read = _read("Pardon de vous déranger, 1x40HQ Shanghai - Dakar, 12 t, meubles")
    assert (read["containers"], read["weight_kg"], read["commodity"]) == (
        "1x40HQ",
        12000,
        "meubles",
    )


@pytest.mark.parametrize(
    ("text", "address", "pol"),
    [
        # The pickup address ends where the port it is loaded at, or the next sentence, begins.
        (
            "Please quote EXW, pick up at No. 8 Longxiang Road, Jiangmen, Guangdong, loading at "
            "Huangpu, to Lagos 1x40HQ furniture",
            "No. 8 Longxiang Road, Jiangmen, Guangdong",
            "CNHUA",
        ),
        (
            "EXW, pickup from 22 Jiangbin Road, Wenzhou, Zhejiang, ship from Ningbo, to Mombasa "
            "1x20GP shoes",
            "22 Jiangbin Road, Wenzhou, Zhejiang",
            "CNNGB",
        ),
        (
            "EXW 提货地址 佛山市顺德区乐从镇建设路8号 南沙走 到拉各斯 1x40HQ 家具",
            "佛山市顺德区乐从镇建设路8号",
            "CNNSA",
        ),
        (
            "EXW 提货地址 惠州市惠阳区淡水街道人民路20号 蛇口走 去达累斯萨拉姆 1x40HQ 灯具",
            "惠州市惠阳区淡水街道人民路20号",
            "CNSHK",
        ),
    ],
)
def test_pickup_address_stops_at_the_port_of_loading(text: str, address: str, pol: str) -> None:
    read = _read(text)
    assert (read["pickup_address"], read["pol"]) == (address, pol)


def test_pickup_address_stops_at_the_next_sentence() -> None:
    read = _read("EXW Yiwu, pick up at No. 9 Chouzhou Road, Yiwu, Zhejiang. To Lagos 1x40HQ, toys")
    assert read["pickup_address"] == "No. 9 Chouzhou Road, Yiwu, Zhejiang"
    assert read["pod"] == "NGLOS"
