"""Round 26 of issue 15: patterns a blind writer produces, each written new ways (never a
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
        # Shorthand: the figure, then 各 for each box of the order.
        ("SH-DAR 3x20GP 石英砂 26T 各", 78000),
        ("XM-MBA 2x20GP 大理石 24.5t 各 下周走", 49000),
        ("天津到拉各斯 4x40HQ 钢管 22吨 各", 88000),
        # 各 before a count is not said per box.
        ("深圳到迪拜 20GP 40HQ 各一个 共30吨 家具", 30000),
    ],
)
def test_each_said_after_the_figure(text: str, weight: float) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # A filler, the sender, or their town's trade said before the goods.
        ("宁波到拉各斯 两个高柜 货是那个地板砖 每柜二十六吨", "地板砖"),
        ("你好我是佛山做瓷砖的厂家 从南沙出到达曼一个小柜 二十五吨", "瓷砖"),
        ("Hi, 1x40HQ Ningbo to Mombasa, we have solar panels, 9 tons", "solar panels"),
        # A word or a dash closing the labelled goods.
        ("Hi, cargo: steel coils - 2x20GP Tianjin to Jeddah, 25 t each", "steel coils"),
        ("Floor tiles again: 2x20GP Foshan to Mombasa, 27 tons each", "Floor tiles"),
    ],
)
def test_fillers_around_the_goods(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    "text",
    [
        # A question after the boxes is not the goods.
        "青岛到蒙巴萨 40HQ现在啥价",
        "宁波-拉各斯 1x40HQ 下个月的船期发我看看",
        "天津到吉达 20GP 有没有好价",
    ],
)
def test_a_question_is_never_the_goods(text: str) -> None:
    assert _read(text).get("commodity") is None


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Every item of a list joined by 、 or +, or by commas in English.
        ("青岛到拉各斯 1x40HQ 毛巾、浴巾、地毯 共十吨", "毛巾/浴巾/地毯"),
        ("深圳到迪拜 一个高柜 灯具+插座+开关 7吨", "灯具/插座/开关"),
        ("Hi, 1x40HQ Ningbo to Lagos, cargo: chairs, tables, sofas, 8 tons", "chairs/tables/sofas"),
        ("Hi, 1x20GP Xiamen to Tema, cargo: cups, plates and bowls, 12 tons", "cups/plates/bowls"),
    ],
)
def test_every_item_of_a_goods_list(text: str, goods: str) -> None:
    assert set(_read(text)["commodity"].split("/")) == set(goods.split("/"))


@pytest.mark.parametrize(
    ("text", "boxes", "weight"),
    [
        # Tanks counted by the tank word, or by a count standing alone, apart from the box word.
        ("罐箱 上海到吉达 食用油 两个罐 每罐二十一吨", "2x20TK", 42000),
        ("罐箱 宁波到孟买 每罐19吨 4罐 甘油", "4x20TK", 76000),
        ("罐柜 青岛到卡拉奇 三个 磷酸 UN1805 8类 每罐22吨", "3x20TK", 66000),
    ],
)
def test_tanks_counted_apart_from_the_box_word(text: str, boxes: str, weight: float) -> None:
    read = _read(text)
    assert (read["containers"], read["weight_kg"]) == (boxes, weight)


@pytest.mark.parametrize(
    ("text", "boxes"),
    [
        # "只要", "就要" after a correction: the count now wanted.
        ("宁波到利马 三个小柜 啊不对 只要两个 瓷砖 每柜25吨", "2x20GP"),
        ("青岛到达曼要四个高柜哦不对就要三个 家具", "3x40HQ"),
        ("天津到吉达 两个40HQ 不对只要一个 钢管 二十吨", "1x40HQ"),
    ],
)
def test_a_correction_says_only_so_many(text: str, boxes: str) -> None:
    assert _read(text)["containers"] == boxes


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # The goods taken back with 不是, and the ones said in their place.
        ("青岛到吉达 一个高柜 瓷砖 二十吨 哦不是瓷砖是石材", "石材"),
        ("宁波到迪拜 1x40HQ 家具 12吨 不是家具 是灯具", "灯具"),
        ("厦门到巴生 一个冷柜 香蕉 零度 噢不是香蕉是桃", "桃"),
    ],
)
def test_goods_taken_back_for_others(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "value", "door"),
    [
        # The goods' value said on its terms is the cargo value, neither the terms nor a target;
        # "até nosso armazém em …" / "hasta nuestro almacén en …" is the door.
        (
            "Bom dia, cotar DDP até nosso armazém em Av. Brasil 120, Curitiba - PR: 1x20GP de "
            "pisos, 21.000 kg, HS 69072100, valor FOB USD 15.500, POL Xiamen, POD Paranaguá.",
            15500,
            "Av. Brasil 120, Curitiba - PR",
        ),
        (
            "Buenas tardes, DDP hasta nuestro almacén en Calle 10 #45, Cali: 1x40HC de muebles, "
            "8.000 kg, HS 94036000, valor CIF USD 22.000, POL Ningbo, POD Buenaventura.",
            22000,
            "Calle 10 #45, Cali",
        ),
    ],
)
def test_a_value_on_its_terms_and_a_warehouse_door(text: str, value: float, door: str) -> None:
    read = _read(text)
    assert (read["incoterm"], read["cargo_value"], read["target_price"]) == ("DDP", value, None)
    assert read["delivery_address"] == door


@pytest.mark.parametrize(
    ("text", "boxes", "pod"),
    [
        # A past shipment, then the new order it announces: only the new one is read.
        ("上个月那票QD-DAR 3x20GP已到港，新单：QD-MBA 1x40HQ 轮胎", "1x40HQ", "KEMBA"),
        (
            "之前走的宁波到拉各斯两个高柜已经开船了 新订单 宁波到特马 一个小柜 瓷砖",
            "1x20GP",
            "GHTEM",
        ),
    ],
)
def test_a_past_shipment_before_a_new_order(text: str, boxes: str, pod: str) -> None:
    read = _read(text)
    assert (read["containers"], read["pod"]) == (boxes, pod)


@pytest.mark.parametrize(
    ("text", "boxes", "weight"),
    [
        # A range of counts, then the count the customer asks to be quoted.
        ("宁波到拉各斯 2到3个小柜 瓷砖 每柜26吨 先按2个报", "2x20GP", 52000),
        ("青岛到达曼 4-5个高柜 家具 每柜10吨 按5个柜算", "5x40HQ", 50000),
        ("Ningbo to Lagos 2-3 x 40HQ furniture, 9 tons each, quote for 2 first", "2x40HQ", 18000),
    ],
)
def test_the_count_of_a_range_asked_to_quote(text: str, boxes: str, weight: float) -> None:
    read = _read(text)
    assert (read["containers"], read["weight_kg"]) == (boxes, weight)


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # Each size's load said by its size, with 装 or 重.
        ("宁波到蒙巴萨 一个20GP一个40HQ 20的装二十五吨 40的装十吨 瓷砖和家具", 35000),
        ("青岛到吉达 2x20GP+1x40HQ 20的重24吨 40的重12吨 石材", 60000),
    ],
)
def test_a_figure_per_size_with_a_load_word(text: str, weight: float) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # The goods closing the message after the figure's 的, or after 的是.
        ("你好 有个散货 从天津到孟买 大约三千吨的钢板", "钢板"),
        ("到达曼的拼箱 三托 两个方 深圳出的是浴室柜", "浴室柜"),
    ],
)
def test_goods_closing_after_de(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "price"),
    [
        # The target labelled in Spanish, Portuguese or French, in dólares or without a currency.
        ("Cotizar 1x40HC Ningbo–Callao, muebles, 9 toneladas, precio objetivo 2500 dólares.", 2500),
        ("Cotação 1x20GP Xiamen - Santos, pisos, 25 t, preço alvo 1900.", 1900),
        ("Tarif 1x40HC Shanghai - Dakar, meubles, 10 t, prix cible 2800 USD.", 2800),
    ],
)
def test_a_target_labelled_in_latin_languages(text: str, price: float) -> None:
    read = _read(text)
    assert read["target_price"] == price


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # "no peligroso", "não perigosa": not dangerous goods.
        ("Cotizar 1 ISO tank Shanghai-Lima, glicerina, no peligroso, 20 t.", "dg", False),
        ("Cotação 1 ISO tank Qingdao-Santos, óleo vegetal, não perigoso, 21 t.", "dg", False),
        # "volumes" counted in Portuguese are the pieces.
        ("Carga LCL de Ningbo para Santos: 9 volumes, 2,1 m³, 640 kg, brinquedos.", "pieces", 9),
        # A reefer's ventilation in cbm/h is no volume of the goods.
        (
            "pls quote 1x40' reefer Qingdao to Dubai, apples, temp 1°C, 24 MT, vent 30 cbm/h",
            "volume_cbm",
            None,
        ),
    ],
)
def test_latin_words_for_not_dangerous_and_pieces(text: str, field: str, value: Any) -> None:
    assert _read(text)[field] == value


@pytest.mark.parametrize(
    ("text", "shipper"),
    [
        # The shipper labelled in Portuguese, Spanish or French.
        (
            "Cotação Ningbo para Santos, 2x40HC, móveis, 9 t por contêiner. O embarcador é "
            "Ningbo Sunrise Furniture Co., Ltd.",
            "Ningbo Sunrise Furniture Co., Ltd.",
        ),
        (
            "Cotizar 1x20GP Xiamen - Manzanillo, cerámica, 25 t. Exportador: Xiamen Hongtai Stone Co., Ltd.",
            "Xiamen Hongtai Stone Co., Ltd.",
        ),
    ],
)
def test_a_shipper_labelled_in_latin_languages(text: str, shipper: str) -> None:
    assert _read(text)["shipper"] == shipper


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # "con"/"com" before the goods after the boxes, in Spanish and Portuguese.
        (
            "Necesitamos flete Ningbo - Callao para 1 x 40' con muebles de oficina, 9 ton.",
            "commodity",
            "muebles de oficina",
        ),
        # English goods before their origin, or opening the message before their weight.
        (
            "We would like to ship ceramic sinks from Foshan to Mombasa, 1x20GP, 22 tons.",
            "commodity",
            "ceramic sinks",
        ),
        (
            "Office chairs, 6 tons, need one 40HQ Ningbo to Jebel Ali. Thanks",
            "commodity",
            "Office chairs",
        ),
        # A twenty- or forty-foot box said in words.
        ("Two twenty foot Qingdao to Mombasa, tiles, 26 tons each.", "containers", "2x20GP"),
        ("One forty footer Shanghai to Lagos, furniture, 8 tons.", "containers", "1x40GP"),
    ],
)
def test_goods_and_boxes_said_in_words(text: str, field: str, value: Any) -> None:
    assert _read(text)[field] == value


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Used goods named as such, where a question runs the name into the route.
        ("拉各斯能走二手衣服吗？宁波出一个40尺高柜，12吨", "二手衣服"),
        ("蒙巴萨可以走二手轮胎吗 青岛出两个高柜", "二手轮胎"),
    ],
)
def test_used_goods_keep_their_word(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


def test_a_reply_closing_word_is_no_item_of_the_goods() -> None:
    read = _read(
        "Hi,\nCommodity now: chairs and tables, rest unchanged.\n\n> 1x40HQ Ningbo to Tema"
    )
    assert read["commodity"] == "chairs and tables"


@pytest.mark.parametrize(
    ("text", "pod"),
    [
        # Two ports offered with the choice left to the desk: asked, never guessed.
        ("宁波出2x40HQ 家具 蒙巴萨或者达累斯萨拉姆都行 哪个便宜走哪个", None),
        ("1x40HQ Shanghai to Lome or Cotonou, whichever is cheaper, furniture 9 tons", None),
        # Said with "or" alone, the first port stays read.
        ("1x40HQ Shanghai to Lome or Cotonou, furniture 9 tons", "TGLFW"),
    ],
)
def test_either_port_will_do(text: str, pod: str | None) -> None:
    assert _read(text)["pod"] == pod


@pytest.mark.parametrize(
    ("text", "shipper"),
    [
        # The sender's own registered company introduced with 我们是 / 我司是 ships the goods.
        (
            "你好 我们是佛山市新美陶瓷有限公司，南沙出到拉各斯两个高柜 瓷砖 每柜26吨",
            "佛山市新美陶瓷有限公司",
        ),
        ("我司是青岛海丰轮胎集团 青岛到蒙巴萨 1x40HQ 轮胎 20吨", "青岛海丰轮胎集团"),
        # A place or a trade is not a company.
        ("我们是广州的工厂 南沙到特马 一个高柜 家具 8吨", None),
    ],
)
def test_the_senders_own_company_is_the_shipper(text: str, shipper: str | None) -> None:
    assert _read(text)["shipper"] == shipper


@pytest.mark.parametrize(
    ("text", "pickup"),
    [
        # The factory's address in brackets after "desde la fábrica" / "from our factory".
        (
            "Cotización EXW desde la fábrica (No. 12 Keji Road, Jinhua, Zhejiang) hasta Lima, "
            "1x40HC, juguetes, 7 toneladas.",
            "No. 12 Keji Road, Jinhua, Zhejiang",
        ),
        (
            "Please quote EXW from our factory (Building 3, 66 Hengshan Road, Foshan) to Lagos, "
            "1x40HQ furniture 8 tons.",
            "Building 3, 66 Hengshan Road, Foshan",
        ),
    ],
)
def test_a_factory_address_in_brackets(text: str, pickup: str) -> None:
    assert _read(text)["pickup_address"] == pickup
