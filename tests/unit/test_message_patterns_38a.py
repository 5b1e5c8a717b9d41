"""Round 38a of issue 15: the text side (ports, shipper, goods) that blind sets 30 and 31
missed, each pattern written new ways (other ports, goods and figures than any held-out
sentence), read as the settled conventions of the held-out sets say."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from csdesk.rules.inquiry_fields import fields_to_json
from tests.unit.corpus_score import _as_expected
from tests.unit.intake_fixtures import PARSER, TODAY


def _read(text: str, received: dt.date = TODAY) -> dict[str, Any]:
    read = PARSER.parse(text, received)
    parsed = fields_to_json(read.values())
    dg = read.fields.get("dg")
    parsed["dg"] = dg.value if dg else None
    return {name: _as_expected(name, value) for name, value in parsed.items()}


@pytest.mark.parametrize(
    ("text", "pol", "pod"),
    [
        # Port names as voice-to-text and quick typing write them (homophones, one letter off).
        ("钦洲出 一个小柜到胡志明 瓷砖 二十吨", "CNQZH", "VNSGN"),
        ("麻烦报一下钦洲港到海防的拼箱 三个方", "CNQZH", "VNHPH"),
        ("宁波到德马港 两个高柜 塑料颗粒 各二十五吨", "CNNGB", "GHTEM"),
        ("上海发加纳的德马 一个小柜 轮胎", "CNSHA", "GHTEM"),
        ("青岛到大曼 一个高柜 钢管 二十吨", "CNTAO", "SADMM"),
        ("深圳去沙特的大曼港 拼箱 五个方 灯具", "CNSZX", "SADMM"),
        ("Ningbo to Jedah 1x20GP ceramic tiles 24 tons", "CNNGB", "SAJED"),
        ("Please quote 2x40HQ Qingdao - Jedah, tyres", "CNTAO", "SAJED"),
        ("FCL Shenzhen/Jedah 1x40HC LED lights", "CNSZX", "SAJED"),
        ("Ninbo to Lagos 1x40HQ tiles", "CNNGB", "NGLOS"),
        ("LCL from Ninbo to Jebel Ali, 3 cbm", "CNNGB", "AEJEA"),
        ("Goods from Yiwu, shipping out of Ninbo to Mombasa, 12 cbm", "CNNGB", "KEMBA"),
    ],
)
def test_ports_as_voice_and_quick_typing_write_them(text: str, pol: str, pod: str) -> None:
    read = _read(text)
    assert (read.get("pol"), read.get("pod")) == (pol, pod)


@pytest.mark.parametrize(
    "text",
    [
        # The country and 的 said before a sound-alike port: the port is still heard.
        "天津到肯尼亚的孟巴萨 一个高柜 钢丝 二十吨",
        "嗯就是广州出到肯尼亚的孟巴萨两个小柜瓷砖",
        "宁波发往肯尼亚的孟巴萨 拼箱 六个方 衣服",
    ],
)
def test_a_sound_alike_port_after_the_country_and_de(text: str) -> None:
    assert _read(text).get("pod") == "KEMBA"


@pytest.mark.parametrize(
    "text",
    [
        # A job title or a step at the factory is no shipper's name.
        "你好 我是工厂跟单 宁波到拉各斯 一个高柜 家具 八吨",
        "我这边是工厂跟单的 想问下上海到吉达一个小柜多少钱 灯具",
        "青岛到达曼 一个高柜 钢管 重量等工厂确认 下周出",
        "深圳到迪拜 拼箱 衣服 体积还要工厂确认一下",
        "上海到蒙巴萨 一个小柜 瓷砖 具体数量工厂等通知",
    ],
)
def test_a_job_title_or_a_step_at_the_factory_is_no_shipper(text: str) -> None:
    assert _read(text).get("shipper") is None


def test_a_factory_named_after_the_word_stays_the_shipper() -> None:
    assert _read("宁波到拉各斯 一个高柜 家具 工厂是宁波华美家具").get("shipper") == "宁波华美家具"


@pytest.mark.parametrize(
    "text",
    [
        # The settled case: 普货 (general cargo) names no goods, and says the goods are not DG.
        "SH-LOS LCL 3cbm 0.8t 12ctns 普货",
        "帮我看下 NB-DUR 拼箱 2个方 普货",
        "青岛到吉达 LCL 4cbm 1.5t 普货",
    ],
)
def test_general_cargo_names_no_goods(text: str) -> None:
    read = _read(text)
    assert (read.get("commodity"), read.get("dg")) == (None, False)


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Goods listed with Chinese commas are each named, known words or not.
        ("上海到拉各斯 一个高柜 沙发，茶几，餐桌 9吨", "沙发/茶几/餐桌"),
        ("深圳到迪拜 拼箱 水杯，饭盒，保温瓶 五个方", "水杯/饭盒/保温瓶"),
        ("宁波到吉达 一个高柜 衣服，鞋子 下周走", "衣服/鞋子"),
        # ...but the talk going on after the goods is no more goods.
        ("青岛到吉达 一个小柜 轮胎，麻烦报价", "轮胎"),
        ("天津到达曼 一个高柜 钢管，等一下，目的港改成吉达", "钢管"),
    ],
)
def test_goods_listed_with_chinese_commas(text: str, goods: str) -> None:
    assert _read(text).get("commodity") == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # A voice filler between the goods and the figure is no part of the goods.
        ("嗯那个上海到拉各斯一个小柜瓷砖就是二十吨", "瓷砖"),
        ("就是宁波到吉达一个高柜塑料桶就是八吨左右", "塑料桶"),
        ("那个青岛到德班两个高柜玻璃杯就是每个十吨", "玻璃杯"),
    ],
)
def test_a_voice_filler_after_the_goods(text: str, goods: str) -> None:
    assert _read(text).get("commodity") == goods


@pytest.mark.parametrize(
    "text",
    [
        # The talk after a port cue (你们 heard as 利蒙 with an n) names no port.
        "到蒙巴萨 1x40HQ 家具 8吨 起运港你们建议一下",
        "拉各斯 一个高柜 灯具 起运港我们还没定",
        "去吉达的 1x20GP 瓷砖 起运港您帮忙推荐",
    ],
)
def test_the_talk_after_a_port_cue_names_no_port(text: str) -> None:
    assert _read(text).get("pol") is None


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # "delivery to our warehouse via <port>" says the route; the address is given after.
        (
            "Please arrange delivery to our store via Dar es Salaam.\n"
            "Delivery address: 5 Cairo Road, Lusaka\n1x40HQ tiles from Foshan",
            "5 Cairo Road, Lusaka",
        ),
        (
            "DAP, delivery to my shop via Tema. Address for delivery: 12 Ring Road, Kumasi. "
            "1x20GP shoes from Ningbo",
            "12 Ring Road, Kumasi",
        ),
        (
            "We need DDP delivery to our warehouse via Durban\nDelivery address: 9 Main Reef Road, "
            "Johannesburg\n1x40HQ furniture from Shenzhen",
            "9 Main Reef Road, Johannesburg",
        ),
    ],
)
def test_the_address_given_after_delivery_to_our_warehouse_via(text: str, address: str) -> None:
    assert _read(text).get("delivery_address") == address


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # When the goods are ready, said after their label, is no name of the goods.
        (
            "Hola, 1x40HC Ningbo a Callao, muebles de oficina, 9 toneladas, mercancía ya lista",
            "muebles de oficina",
        ),
        (
            "Olá, 1x20 de Qingdao para Santos, pneus, 22 toneladas, mercadoria já está pronta",
            "pneus",
        ),
        (
            "Hola, 1x20 Shenzhen a Manzanillo, juguetes, 12 t, mercancía disponible desde el lunes",
            "juguetes",
        ),
        # The French space before a question mark asks for the rate, not about the goods.
        ("Bonjour, pouvez-vous coter Ningbo - Abidjan, 1x40HC, carrelage ? Merci", "carrelage"),
        (
            "Bonjour, un tarif groupage Qingdao - Douala pour 3 palettes, 1,8 m3, 600 kg, "
            "pièces de tracteurs ? Marchandise disponible la semaine prochaine.",
            "pièces de tracteurs",
        ),
        ("Pourriez-vous me coter Shanghai - Lomé 1x20, 18 t, sacs tissés ?", "sacs tissés"),
    ],
)
def test_when_the_goods_are_ready_and_the_french_question_mark(text: str, goods: str) -> None:
    assert _read(text).get("commodity") == goods


def test_goods_asked_about_and_denied_still_read_the_answer() -> None:
    assert (
        _read("CIF Lagos, 1x40HQ from Ningbo, ceramic tiles? no - porcelain tiles, 25 tons").get(
            "commodity"
        )
        == "porcelain tiles"
    )


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # The writer's trade (做…的) said first; the goods named after it are the ones sent.
        ("我们是做灯具的 上海到迪拜一个高柜 LED灯管 八吨", "LED灯管"),
        ("我是做家具的 宁波到拉各斯 一个高柜 沙发和床垫 九吨", "沙发和床垫"),
        ("我们做服装的 广州到拉各斯 拼箱 五个方 牛仔裤", "牛仔裤"),
        ("嗯我们是做五金的青岛出到达曼一个小柜二十吨门锁和铰链", "门锁和铰链"),
        # ...and with no other goods, the trade's goods are the goods.
        ("我们是做五金的 宁波到吉达 一个高柜 十五吨", "五金"),
    ],
)
def test_goods_named_after_the_writers_trade(text: str, goods: str) -> None:
    assert _read(text).get("commodity") == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # A question mark ending a request for a rate asks for the rate, not about the goods.
        ("Can you quote 1x20GP Ningbo to Lagos, plastic chairs? Thanks", "plastic chairs"),
        (
            "Could you please quote LCL Shanghai to Dakar, 3 cbm, bicycle parts? Regards, Ali",
            "bicycle parts",
        ),
        ("Hi, can you check 1x40HQ Qingdao to Mombasa, water tanks? Best", "water tanks"),
        # A correction that names its own target ("1x20GP not 40HC") takes back nothing before it.
        (
            "Please quote 1x40HC Ningbo to Manila, marble slabs? Sorry, correction: 1x20GP not 40HC",
            "marble slabs",
        ),
        ("Quote Xiamen to Cebu, granite tiles? Sorry, correction: 20 tons not 25", "granite tiles"),
        (
            "FCL Foshan to Davao, ceramic tiles... correction: 2x20GP instead of 1x40HQ",
            "ceramic tiles",
        ),
    ],
)
def test_a_request_or_a_correction_after_the_goods_keeps_them(text: str, goods: str) -> None:
    assert _read(text).get("commodity") == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # "mesma carga (…)", "misma carga (…)": the same goods kept, named in brackets.
        (
            "Olá, mudamos para 1x40HC. Mesma carga (móveis, 8 toneladas), Shenzhen para Santos.",
            "móveis",
        ),
        (
            "Hola, cambiamos a 2x20GP. Misma carga (azulejos, 24 t cada uno), Qingdao a Callao.",
            "azulejos",
        ),
        ("Podemos usar 1x40HC. Mesma carga (pneus, 20 toneladas), Qingdao para Santos.", "pneus"),
    ],
)
def test_the_same_cargo_named_in_brackets(text: str, goods: str) -> None:
    assert _read(text).get("commodity") == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # A line of goods listed with commas in English: each is named.
        (
            "Hello,\nLCL Ningbo to Lagos\nchairs, office desks, filing cabinets\n3 cbm",
            "chairs/office desks/filing cabinets",
        ),
        ("1x20GP Shanghai to Tema\nshoes, handbags\n7 tons", "shoes/handbags"),
        ("Hi,\n1x40HQ Xiamen -> Dammam\nbeds, wardrobes\n~9 t", "beds/wardrobes"),
    ],
)
def test_a_line_of_goods_listed_with_commas_in_english(text: str, goods: str) -> None:
    assert _read(text).get("commodity") == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # "spare parts for sewing machines" is one name: what the parts are for belongs to it
        # (both sides known goods words).
        (
            "LCL Ningbo to Durban, 2 cbm, 500 kg, spare parts for sewing machines",
            "spare parts for sewing machines",
        ),
        (
            "1x20GP Qingdao to Lagos, spare parts for motorcycles, 12 tons",
            "spare parts for motorcycles",
        ),
        (
            "1x40HQ Ningbo to Jeddah, spare parts for air conditioners, 8 tons",
            "spare parts for air conditioners",
        ),
        ("LCL Tianjin to Dubai, spare parts for generators, 2 cbm", "spare parts for generators"),
    ],
)
def test_parts_for_a_machine_are_one_name(text: str, goods: str) -> None:
    assert _read(text).get("commodity") == goods


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        # "valeur marchandise 31 000 EUR": the goods' value in French, "de la" left out.
        (
            "Bonjour, 1x20 Ningbo - Dakar, carrelage, 24 t, valeur marchandise : 12 500 USD",
            12500,
            "USD",
        ),
        (
            "Bonjour, groupage Shanghai - Abidjan, 3 m3, valeur marchandises 8 400 EUR, pièces auto",
            8400,
            "EUR",
        ),
        (
            "1 x 40HQ Qingdao - Lomé, pneus, 20 tonnes, valeur marchandise 27 000 EUR. Merci",
            27000,
            "EUR",
        ),
    ],
)
def test_the_goods_value_in_french_is_no_target_price(text: str, value: int, currency: str) -> None:
    read = _read(text)
    assert (read.get("cargo_value"), read.get("cargo_value_currency")) == (value, currency)
    assert read.get("target_price") is None


@pytest.mark.parametrize(
    ("text", "pol"),
    [
        # Where the goods come from, then the port they load at: the port is the loading port.
        ("Quote 1x40HQ furniture from Dongguan, shipping out of Shekou, to Jeddah", "CNSHK"),
        ("1x20GP lamps from Zhongshan, loaded at Nansha, to Lagos", "CNNSA"),
        ("CIF Dar es Salaam, 1x40HQ of tiles from Foshan, loading at Nansha, 26 tons", "CNNSA"),
    ],
)
def test_the_port_the_goods_load_at_after_where_they_come_from(text: str, pol: str) -> None:
    assert _read(text).get("pol") == pol
