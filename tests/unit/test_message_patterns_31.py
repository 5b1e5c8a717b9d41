"""Round 31 of issue 15: patterns the blind sets 25-27 showed, each written new ways (never a
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
        # In run-on voice text the goods sit between the trade verb and the destination...
        ("喂 我们从越南海防进口木薯片到湛江 三个四十尺 每个二十七吨", "木薯片"),
        ("你好我想从印尼雅加达进口棕榈仁粕去钦州 两个二十尺柜子", "棕榈仁粕"),
        ("我们出口瓷砖到拉各斯啊 一个四十尺高柜 二十六吨左右", "瓷砖"),
        # ...or after 就是, before the origin.
        ("老板那个我们有个货就是芒果干从湛江去新加坡一个四十尺冷柜", "芒果干"),
        ("嗯我这有票货就是藤编篮子呀从宿迁出发到青岛走去达曼两个小柜", "藤编篮子"),
    ],
)
def test_goods_said_mid_sentence_in_voice_text(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    "text",
    [
        # No goods between the verb and the place: nothing is read from the verb.
        "我们从青岛出口到达曼 一个四十尺 二十吨",
        "就是从宁波去迪拜一个四十尺高柜的价格",
    ],
)
def test_a_route_after_the_verb_is_not_goods(text: str) -> None:
    assert _read(text).get("commodity") in (None, "")


@pytest.mark.parametrize(
    ("text", "goods", "pod"),
    [
        # A Portuguese or Spanish word that folds to a locode is a word, not the port
        # ("maçãs" folds to MACAS, Casablanca); a locode typed in capitals still is one.
        (
            "Olá, 1x40RF de Dalian para Santos, carga: maçãs verdes, 22 toneladas",
            "maçãs verdes",
            "BRSSZ",
        ),
        ("Cotação 1x20 Xiamen para MA CAS, carga: azulejos, 25 toneladas", "azulejos", "MACAS"),
        ("1x40HQ Ningbo to MACAS, commodity: ceramic tiles, 26 tons", "ceramic tiles", "MACAS"),
    ],
)
def test_a_word_folding_to_a_locode_is_no_port(text: str, goods: str, pod: str) -> None:
    read = _read(text)
    assert (read["commodity"], read["pod"]) == (goods, pod)


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # In an e-mail the goods follow the route after a colon, up to the next comma.
        (
            "Bonjour,\nMerci de coter 1x40HC de Ningbo à Abidjan : tuyaux en acier galvanisé, 24 t.",
            "tuyaux en acier galvanisé",
        ),
        (
            "Dear Sir,\nPlease quote from Chennai to Tianjin: granite slabs, 2x20GP, 27 MT each.",
            "granite slabs",
        ),
        (
            "Hola, cotizar 1x20' de Qingdao a Guayaquil: llantas de camión, 18 toneladas.",
            "llantas de camión",
        ),
    ],
)
def test_goods_after_the_route_and_a_colon(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # A per-box weight given as a range: the larger figure, times the boxes.
        ("厦门到达曼 4x20GP 石英砂 每柜25-26吨 下周装", 104000),
        ("青岛去拉各斯 两个四十高 每个柜子14到15吨 轮毂", 30000),
        ("Pls quote 3x40HC Tianjin to Jeddah, steel wire, 24~25 tons per container", 75000),
        # Without a word saying per box, a range after the boxes is the total.
        ("宁波到孟买 2x40HQ 布料 20-22吨", 22000),
    ],
)
def test_a_range_per_box_is_the_larger_figure_times_the_boxes(text: str, weight: int) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # The bags the goods come in are not the goods.
        ("Cotação 1x20' Xiamen – Luanda, mercadoria açúcar em sacos de 50 kg, 25 ton.", "açúcar"),
        # What the quote is for ("pour des"), or a remark ("non-DG") before the goods.
        (
            "Merci de coter 2 TC 40' HC de Ningbo à Lomé pour des carreaux et robinets, 26 t par TC.",
            "carreaux et robinets",
        ),
        ("ISO tank x 1, Tianjin to Mundra, non-DG sorbitol solution, 22 tons", "sorbitol solution"),
        # "carga perigosa:" labels the goods and still says they are dangerous.
        (
            "Prezados, cotação 1x20' DRY carga perigosa: tinta a base de solvente, ONU 1263, classe 3",
            "tinta a base de solvente",
        ),
    ],
)
def test_the_goods_edges_in_e_mails(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


def test_dangerous_cargo_label_keeps_the_dg_reading() -> None:
    read = _read("Cotización 1x20' carga peligrosa: pintura al solvente, ONU 1263, clase 3, 14 t")
    assert (read["commodity"], read["dg"], read["un_number"]) == (
        "pintura al solvente",
        True,
        "1263",
    )


@pytest.mark.parametrize(
    ("text", "boxes", "weight"),
    [
        # 不 said over and over in a voice message takes the count back, as 不对 does.
        ("宁波到迪拜 两个40HQ 不不不 三个 瓷砖 每柜20吨", "3x40HQ", 60000),
        ("上海到孟买 一个四十尺 嗯不不不 两个 家具 每个十吨", "2x40GP", 20000),
        ("青岛到吉达 2x20GP 不不 是3个 石材 每柜26吨", "3x20GP", 78000),
    ],
)
def test_no_no_no_takes_the_count_back(text: str, boxes: str, weight: int) -> None:
    read = _read(text)
    assert (read["containers"], read["weight_kg"]) == (boxes, weight)


@pytest.mark.parametrize(
    ("text", "field", "address"),
    [
        # The door and the pickup said with a bare label in Spanish, Portuguese, French, Chinese.
        (
            "Cotización DAP:\nRecojo en fábrica: No. 9 Gongye Road, Jinjiang\nEntrega: Av. Argentina 3120, Callao\n1x20GP zapatos, 6 t",
            "pickup_address",
            "No. 9 Gongye Road, Jinjiang",
        ),
        (
            "Cotización DAP:\nRecojo en fábrica: No. 9 Gongye Road, Jinjiang\nEntrega: Av. Argentina 3120, Callao\n1x20GP zapatos, 6 t",
            "delivery_address",
            "Av. Argentina 3120, Callao",
        ),
        (
            "Cotar EXW, coleta em: 浙江省温州市瓯海区娄桥工业园12号\ndestino Itajaí, 1x40' HC, 10 t",
            "pickup_address",
            "浙江省温州市瓯海区娄桥工业园12号",
        ),
        (
            "Livraison porte : Magasin CFAO, Avenue de la Paix, Lomé\nDepuis Ningbo, 1 x 20', pneus, 12 t.",
            "delivery_address",
            "Magasin CFAO, Avenue de la Paix, Lomé",
        ),
        (
            "DDP 门到门 拼箱\n送货：Unit 5, Jebel Ali Free Zone South, Dubai\n3 托 1.2 方 400 公斤",
            "delivery_address",
            "Unit 5, Jebel Ali Free Zone South, Dubai",
        ),
    ],
)
def test_door_and_pickup_after_a_bare_label(text: str, field: str, address: str) -> None:
    assert _read(text)[field] == address


def test_a_delivery_date_is_no_door() -> None:
    assert (
        _read("1x40HQ Ningbo - Callao, muebles, 9 t. Entrega: 15/12").get("delivery_address")
        is None
    )


def test_oops_takes_the_figures_back() -> None:
    read = _read(
        "LCL Ningbo to Karachi, commodity: door handles: 4 pallets 1.1x1.1x1.2m, 1,600kg. "
        "Oops, 5 pallets, 2,000kg."
    )
    assert (read["pieces"], read["weight_kg"]) == (5, 2000)


def test_oops_with_nothing_taken_back_changes_nothing() -> None:
    read = _read("Oops, forgot: 1x40HQ Xiamen to Manila, furniture 8 tons")
    assert (read["containers"], read["weight_kg"]) == ("1x40HQ", 8000)


def test_a_colon_opening_the_figures_ends_the_goods() -> None:
    read = _read("LCL Xiamen to Manila, commodity ceramic mugs: 8 pallets 1.2x1.0x1.1m, 2,400kg.")
    assert (read["commodity"], read["pieces"]) == ("ceramic mugs", 8)


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # "carga de …" names the goods in Portuguese and Spanish...
        (
            "Cliente pediu cotação de 1 container 40' HC de Xiamen para Santos, carga de tapetes e capachos, aprox 9 ton.",
            "tapetes e capachos",
        ),
        (
            "Cotizar 1x20' Ningbo a Callao, carga de vajilla de porcelana, 8 t",
            "vajilla de porcelana",
        ),
        # ...but not project cargo, nor an import.
        (
            "Cotizar 1x20' Ningbo a Callao, carga de importación, vajilla de porcelana, 8 t",
            "vajilla de porcelana",
        ),
    ],
)
def test_carga_de_names_the_goods(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


def test_where_the_goods_go_is_not_the_goods() -> None:
    read = _read("嗯 青岛到 那个 蒙巴萨 货是去乌干达的 到蒙巴萨就行 三个四十尺 化肥 每个二十六吨")
    assert (read["commodity"], read["weight_kg"]) == ("化肥", 78000)
