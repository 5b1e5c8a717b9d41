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


@pytest.mark.parametrize(
    ("text", "pod"),
    [
        # A past shipment's route told before the new one is not the inquiry: named by its
        # month, done last year with goods coming again, a reply's subject, a booking cancelled.
        ("九月份那票宁波到拉各斯的家具晚到了 这次 宁波到科托努 1x40HQ 家具 10吨", "BJCOO"),
        ("三月份那票青岛到拉各斯的轮胎到了 这次 青岛到特马 两个四十尺 轮胎", "GHTEM"),
        ("去年在你们这走过上海到德班的瓷砖 今年又有货了 上海到马普托 两个小柜 瓷砖", "MZMPM"),
        ("之前给你们发过上海到吉达的灯具 今年又有货了 上海到达曼 一个四十高 灯具 八吨", "SADMM"),
        (
            "Re: Shanghai to Durban quote last week - cargo not ready. New one: Shanghai to "
            "Maputo 1x20GP, tiles 24 tons",
            "MZMPM",
        ),
        (
            "Please cancel our shipment Tianjin to Jeddah 2x40HQ. Instead quote Tianjin to Dammam "
            "1x40HQ, glassware 8 tons",
            "SADMM",
        ),
    ],
)
def test_a_past_route_told_first_is_not_the_inquiry(text: str, pod: str) -> None:
    assert _read(text)["pod"] == pod


@pytest.mark.parametrize(
    ("text", "pod"),
    [
        # LCL said, then dropped ("拼箱不走了/不要了/不做了"): the boxes after it are the mode.
        ("上次问的青岛到达曼拼箱不要了 改整柜 1x20GP 轮胎 18吨", "SADMM"),
        ("宁波到达曼 拼箱不做了 改整柜 一个四十尺 家具", "SADMM"),
        ("之前问的厦门到拉各斯拼箱不走了 改整柜 1x40HQ 鞋子 9吨", "NGLOS"),
        ("深圳到蒙巴萨 拼箱算了 一个二十尺 灯具 6吨", "KEMBA"),
    ],
)
def test_lcl_dropped_is_not_the_mode(text: str, pod: str) -> None:
    read = _read(text)
    assert (read["mode"], read["pod"]) == ("FCL", pod)


@pytest.mark.parametrize(
    ("text", "boxes", "goods"),
    [
        # A tank named by what it is made of or holds is goods, not an ISO tank.
        (
            "Ningbo to Durban 1x40HQ, plastic storage tanks, 5 tons",
            "1x40HQ",
            "plastic storage tanks",
        ),
        (
            "Shanghai to Jeddah 1x20GP, galvanized water tanks 7 tons",
            "1x20GP",
            "galvanized water tanks",
        ),
        ("Qingdao to Tema 1x40GP: stainless steel tanks, 9t", "1x40GP", "stainless steel tanks"),
        ("Qingdao to Dammam 2x40HQ, fuel storage tanks, 12 tons", "2x40HQ", "fuel storage tanks"),
        # ...while ISO tanks and tanks counted are the boxes.
        (
            "Please quote 2 x 20 ISO tanks Shanghai to Santos, glycerine 20t each",
            "2x20TK",
            "glycerine",
        ),
        ("Need 3 tanks Shanghai to Santos, glycerine 20 tons each", "3x20TK", "glycerine"),
    ],
)
def test_goods_tanks_are_no_tank_container(text: str, boxes: str, goods: str) -> None:
    read = _read(text)
    assert (read["containers"], read["commodity"]) == (boxes, goods)


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Goods listed with 、 after their label are named apart, as other lists are.
        ("宁波到蒙巴萨 1x40HQ 品名：锅具、餐具、茶具 9吨", "锅具/餐具/茶具"),
        ("青岛到吉达 1x20GP 货物：轮胎、轮毂 18吨", "轮胎/轮毂"),
        ("厦门到特马 1x40HQ 产品：瓷砖、洁具 20吨", "瓷砖/洁具"),
        ("天津到达累斯萨拉姆 1x40HQ 货是：毛巾、浴巾 7吨", "毛巾/浴巾"),
    ],
)
def test_goods_listed_with_the_enumeration_comma(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "kilos"),
    [
        # On mixed equipment each type has its own figure: "in the 20GP" is the one box's, and
        # "40HQ 24t / 20GP 26t" are two lines, each typed before its figure.
        ("Xiamen - Jeddah 2x40HQ + 1x20GP, marble 20t per 40HQ, 26t in the 20GP", 66000),
        ("Qingdao - Lagos 3x40HQ + 1x20GP, tyres 9t per 40HQ, 20t in the 20GP", 47000),
        ("Tianjin - Mombasa 1x40HQ + 1x20GP, 40HQ 11t / 20GP 24t, steel wire", 35000),
        ("Ningbo - Aqaba 1x20GP+1x40HQ, 20GP: 25t / 40HQ: 16t, furniture", 41000),
        # ...while "12t/20GP 20t/40HQ" is still a figure per type after its slash.
        ("1x20GP + 1x40HQ Ningbo to Lagos, 12t/20GP 20t/40HQ", 32000),
    ],
)
def test_per_type_weights_on_mixed_equipment(text: str, kilos: int) -> None:
    assert _read(text)["weight_kg"] == kilos


@pytest.mark.parametrize(
    ("text", "price"),
    [
        # Thousands said for one box ("两千三一个柜", "一个柜一千六") are its price.
        ("宁波到达曼 一个四十高 家具 九吨 两千三一个柜", 2300),
        ("天津到拉各斯 两个小柜 钢丝 每柜二十五吨 一个柜一千六", 1600),
        ("深圳到蒙巴萨 一个四十尺 灯具 7吨 三千一一个柜", 3100),
        # A target's label with two words after it ("is about", "is approx").
        (
            "Shenzhen to Dubai 1x40HQ, LED lights 6 tons, our budget is about 1800 per container",
            1800,
        ),
        ("Guangzhou to Lagos 1x40HQ, furniture, target is approx 2500", 2500),
    ],
)
def test_a_price_for_one_box(text: str, price: int) -> None:
    assert _read(text)["target_price"] == price


def test_thousands_of_pieces_are_no_price() -> None:
    assert _read("宁波到蒙巴萨 一个柜 三千件 玩具")["target_price"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Hi, Tianjin to Tema 1x40HQ, glassware 9 tons, cargo ready by the end of the month",
        "Shanghai - Durban 1x20GP tiles, ready at the end of the month",
        "Ningbo to Lagos, goods ready by end of the month, 1x40HQ",
    ],
)
def test_the_end_of_the_month(text: str) -> None:
    assert _read(text)["cargo_ready"] == "2026-11-30"


@pytest.mark.parametrize(
    ("text", "boxes", "kilos"),
    [
        # A count times a bare size is a box, before a port spelt with an X too, and beside a
        # typed box of the other size.
        ("Hola, 2x20 Xiamen - Manzanillo, azulejos, 25.000 kg cada", "2x20GP", 50000),
        ("1x40 Xingang - Jeddah, steel pipes, 24 tons", "1x40GP", 24000),
        (
            "Ningbo - Guayaquil: 1x20 con 20.000 kg y 1x40HC con 11.000 kg, repuestos",
            "1x20GP+1x40HQ",
            31000,
        ),
        (
            "Shanghai - Lagos 2x40HQ 9 tons each and 1x20 with 22 tons, furniture",
            "2x40HQ+1x20GP",
            40000,
        ),
    ],
)
def test_a_bare_size_counted_is_a_box(text: str, boxes: str, kilos: int) -> None:
    read = _read(text)
    assert (read["containers"], read["weight_kg"]) == (boxes, kilos)


def test_pallet_sizes_are_no_bare_box() -> None:
    read = _read("LCL 3 cartons 40x20x20 cm Ningbo to Lagos, 60 kg")
    assert read["containers"] is None


@pytest.mark.parametrize(
    ("text", "kilos", "goods"),
    [
        # "corrigindo:", "corrección:", "rectifico:": a weight said over in Portuguese/Spanish.
        ("Bom dia, 1x20GP Xangai - Santos, 20 t, corrigindo: 21 t, pneus", 21000, "pneus"),
        (
            "Hola, 1x40HC Ningbo - Callao, 12.000 kg, corrección: 13.500 kg, muebles",
            13500,
            "muebles",
        ),
        (
            "Buenos días, 1x20GP Qingdao - Manzanillo, 20 t, rectifico: 22 t, llantas",
            22000,
            "llantas",
        ),
    ],
)
def test_a_weight_said_over_in_portuguese_or_spanish(text: str, kilos: int, goods: str) -> None:
    read = _read(text)
    assert (read["weight_kg"], read["commodity"]) == (kilos, goods)


@pytest.mark.parametrize(
    ("text", "boxes"),
    [
        # A past shipment told in the past at the end of the message is no part of the inquiry.
        (
            "Hi, please quote Qingdao to Tema 1x40HQ, tyres, 18 tons. Last month's shipment "
            "Qingdao-Lagos (2x40HQ, 40 tons) arrived fine.\nThanks",
            "1x40HQ",
        ),
        (
            "Dear Sir, Shanghai to Mombasa 1x20GP, tiles 25 tons. Our last shipment Ningbo-Dar "
            "(3x20GP) was delayed.\nRegards",
            "1x20GP",
        ),
        (
            "Hello, Xiamen to Abidjan 1x40HQ, stone 20 tons. The shipment last year to Lome "
            "(2x20GP) went well.",
            "1x40HQ",
        ),
    ],
)
def test_a_past_shipment_told_at_the_end(text: str, boxes: str) -> None:
    assert _read(text)["containers"] == boxes


def test_same_as_last_time_is_still_the_inquiry() -> None:
    read = _read("Same as last time: Ningbo to Lagos 1x40HQ furniture.")
    assert (read["pod"], read["containers"]) == ("NGLOS", "1x40HQ")
