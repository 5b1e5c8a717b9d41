"""Round 20 of issue 15: patterns seen in held-out sets 1-17, each written new ways (never a
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
    ("text", "boxes", "goods"),
    [
        # "四十平" in voice-to-text is a 40' general-purpose box (平柜), as "40平" is.
        ("厦门到拉各斯两个四十平陶瓷洗手盆每柜十八吨", "2x40GP", "陶瓷洗手盆"),
        ("大连到卡拉奇 一个四十平 铝型材 21吨", "1x40GP", "铝型材"),
        ("宁波去达曼 四个二十平 石英砂 每个二十六吨", "4x20GP", "石英砂"),
        ("上海到拉各斯 三个四十平 瓷砖 每柜二十五吨 月底", "3x40GP", "瓷砖"),
        ("广州出一个二十平到阿比让 塑料颗粒 二十吨", "1x20GP", "塑料颗粒"),
    ],
)
def test_chinese_size_with_ping_is_a_general_purpose_box(text: str, boxes: str, goods: str) -> None:
    read = _read(text)
    assert read["containers"] == boxes
    assert read["commodity"] == goods


def test_square_metres_are_no_box() -> None:
    read = _read("青岛到吉达 仓库四十平米 一个四十尺 轮胎 20吨")
    assert read["containers"] == "1x40GP"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # A phrase trailed off ("..." or "?") and taken back at once is no field: the one said
        # after the words that take it back is meant.
        (
            "Ningbo to Dakar 1x40HQ, commodity: rice... sorry, sugar in bags, 25 tons",
            "commodity",
            "sugar",
        ),
        (
            "Shanghai to Tema, 1x20GP, ceramic tiles... no, it's marble tiles, 24 tons",
            "commodity",
            "marble tiles",
        ),
        (
            "Qingdao to Lagos 2x40HQ, goods are tyres? no, sorry, goods are steel pipes, 22 tons",
            "commodity",
            "steel pipes",
        ),
        (
            "Cotización Ningbo - Buenaventura... no, perdón, el destino es Cartagena. 1x40HC, 12 toneladas",
            "pod",
            "COCTG",
        ),
        (
            "Bonjour, 1 x 20' Xiamen - Abidjan, riz... pardon, sucre, 25 tonnes",
            "commodity",
            "sucre",
        ),
        (
            "Tianjin to Aqaba, break bulk: 3 excavators... correction, 2 excavators, 21 t each",
            "pieces",
            2,
        ),
    ],
)
def test_a_phrase_taken_back_is_no_field(text: str, field: str, value: object) -> None:
    assert _read(text)[field] == value


def test_boxes_before_a_phrase_taken_back_stay() -> None:
    read = _read("Xiamen to Lome 3 x 40HQ rice? no, sugar, 26 tons each")
    assert read["containers"] == "3x40HQ"
    assert read["commodity"] == "sugar"


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # On mixed equipment, each type named again by its letters or its kind ("the FR",
        # "HQs", "reefer"), maybe with what it holds and its size, then that type's figure.
        (
            "1x40FR + 3x40HQ Tianjin to Jeddah: the FR for a crane boom 18 t, the HQs for spare parts 9 t each",
            45000,
        ),
        (
            "Ningbo to Durban 2x40HQ + 1x20OT: HQs with furniture 8 t each, OT with marble blocks 26 t",
            42000,
        ),
        (
            "Qingdao to Tema 1x40RF + 2x40HQ: reefer for frozen chicken at -20C 26 tons, HQ for canned food 15 tons each",
            56000,
        ),
        (
            "2x40FR + 1x40HQ Shanghai to Lagos: the FR for boilers 800x300x320cm 28t each, the HQ for parts 11t",
            67000,
        ),
        ("Hola, Ningbo - Cartagena 1x20' y 1x40HC, ropa, 20' con 12 t y el 40HC con 8 t", 20000),
    ],
)
def test_each_type_named_again_carries_its_own_figure(text: str, weight: int) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "pol", "pod"),
    [
        # Right after a port and a route sign, a port's short code in any case ("Dar", "Mba").
        ("NB-Dar 1x40HQ 瓷砖 26吨", "CNNGB", "TZDAR"),
        ("XM➡️Dar 2*20GP 石材 每柜27T", "CNXMN", "TZDAR"),
        ("Pls quote Tianjin - Dar, 1x20GP, steel wire, 25 tons", "CNTXG", "TZDAR"),
        ("Shanghai -> Mba 1x40HQ furniture 9 tons", "CNSHA", "KEMBA"),
        ("QD-Dar 3x40HQ tyres 12t each", "CNTAO", "TZDAR"),
    ],
)
def test_a_short_code_after_a_port_and_a_route_sign(text: str, pol: str, pod: str) -> None:
    read = _read(text)
    assert (read["pol"], read["pod"]) == (pol, pod)


@pytest.mark.parametrize(
    ("text", "boxes", "weight"),
    [
        # The one type named without a count, the count said on its own elsewhere.
        ("厦门到拉各斯 40尺高柜 鞋子 三个柜 每柜8吨", "3x40HQ", 24000),
        ("天津出20GP到达曼，钢管，每柜25吨，4个", "4x20GP", 100000),
        ("宁波到德班 高柜 家具 两个货柜 每个柜10吨", "2x40HQ", 20000),
        ("广州出40HQ去拉各斯 灯具 每柜6吨 3个", "3x40HQ", 18000),
        ("青岛到吉达 20尺 轮胎 2个柜子 每柜15吨", "2x20GP", 30000),
    ],
)
def test_the_count_of_boxes_said_on_its_own(text: str, boxes: str, weight: int) -> None:
    read = _read(text)
    assert (read["containers"], read["weight_kg"]) == (boxes, weight)


def test_a_count_of_the_earlier_request_is_not_the_order() -> None:
    read = _read("之前问的上海到拉各斯四个柜，客户说先走一个，40HQ，灯具，6吨")
    assert read["containers"] == "1x40HQ"


@pytest.mark.parametrize(
    ("text", "ready"),
    [
        # A month and day with a dot, then a word that dates it ("12.18左右", "1.5前").
        ("QD-JED 40HQ x 2 / 轮胎 / 每柜12吨 / 12.22左右", "2026-12-22"),
        ("上海到拉各斯，1个40HQ，家具，8吨，12.15前", "2026-12-15"),
        ("厦门到达曼 2个20尺 石材 每个26吨 1.5左右出", "2027-01-05"),
        ("NB到蒙巴萨 一个高柜 服装 6吨 12.28货好", "2026-12-28"),
        ("天津去卡拉奇 20GP 两个 纯碱 12.9号装", "2026-12-09"),
    ],
)
def test_a_dotted_month_and_day_with_a_date_word(text: str, ready: str) -> None:
    assert _read(text)["cargo_ready"] == ready


def test_a_dotted_figure_with_a_unit_is_no_date() -> None:
    read = _read("宁波到拉各斯 1x40HQ 家具 12.5吨 下周五")
    assert read["weight_kg"] == 12500
    assert read["cargo_ready"] == "2026-12-11"


@pytest.mark.parametrize(
    ("text", "pieces", "weight", "goods"),
    [
        # Break bulk told piece by piece, the goods said before their count ("锅炉一件"), or
        # after a comma ("，一台变压器"): the pieces and weights add up.
        (
            "大连到达曼 散杂货 塔器一件 2200x450x450cm 60吨，换热器一件 800x300x300cm 18吨",
            2,
            78000,
            "塔器/换热器",
        ),
        (
            "件杂货：上海去蒙巴萨，一台发电机组 40吨 尺寸 900*300*350，另有配件4箱 每箱1吨",
            5,
            44000,
            "发电机组/配件",
        ),
        ("散杂货 天津到吉达 压路机两台 每台12吨，平地机一台 15吨", 3, 39000, "压路机/平地机"),
        (
            "Break bulk Tianjin to Aqaba: 1 stator housing 9 x 4 x 4 m, 120 t; 1 rotor shaft 11 x 2 x 2 m, 60 t",
            2,
            180000,
            "stator housing/rotor shaft",
        ),
        (
            "Breakbulk Shanghai to Jeddah: 1 crane girder 30 x 3 x 3 m, 55 t; 2 crane legs 20 x 2 x 2 m, 20 t each",
            3,
            95000,
            "crane girder/crane legs",
        ),
    ],
)
def test_break_bulk_pieces_of_several_kinds_add_up(
    text: str, pieces: int, weight: int, goods: str
) -> None:
    read = _read(text)
    assert (read["pieces"], read["weight_kg"], read["commodity"]) == (pieces, weight, goods)


def test_parts_of_one_named_piece_keep_its_name() -> None:
    read = _read(
        "天津到达曼 散货船 钢结构 三件：横梁一件 20米×3米×3米 35吨，支腿两件 各 10米×2米×2米 12吨"
    )
    assert (read["pieces"], read["weight_kg"], read["commodity"]) == (3, 59000, "钢结构")


@pytest.mark.parametrize(
    ("text", "un"),
    [
        # "ONU" is how Spanish, Portuguese and French write the United Nations.
        ("Hola, 1x20' Ningbo a Buenaventura, pintura, clase 3, ONU 1263, 15 toneladas", "1263"),
        (
            "Bonjour, 1 x 20' Shanghai - Abidjan, acide sulfurique, classe 8, ONU 1830, 22 tonnes",
            "1830",
        ),
        ("Olá, 1x20GP Qingdao - Santos, soda cáustica, classe 8, ONU nº 1823, 25 t", "1823"),
        ("Cotización Tianjin - Callao 1x20GP, alcohol etílico, ONU1170, 18 toneladas", "1170"),
        ("Please quote 1x20GP, paint, ONU 1263 as the French docs say, Ningbo to Dakar", "1263"),
    ],
)
def test_onu_numbers_are_un_numbers(text: str, un: str) -> None:
    read = _read(text)
    assert (read["un_number"], read["dg"]) == (un, True)


@pytest.mark.parametrize(
    ("text", "address", "pol"),
    [
        # A Chinese pickup place ends where a request follows it after a space.
        ("工厂在永康 要上门提货 宁波出 1x40HQ 到达曼 五金 9吨", "永康", "CNNGB"),
        ("工厂在东莞 需要提货 深圳出一个高柜到拉各斯 家具 7吨", "东莞", "CNSZX"),
        ("工厂在义乌市 需要拖车 宁波出 1x40HQ 到拉各斯 日用品 8吨", "义乌市", "CNNGB"),
        ("货在佛山顺德 麻烦安排提货 南沙出 2x40HQ 到吉达 家具 每柜6吨", "佛山顺德", "CNNSA"),
        ("工厂在绍兴柯桥 请上门提货 宁波出 1个40HQ 到卡拉奇 面料 10吨", "绍兴柯桥", "CNNGB"),
    ],
)
def test_a_pickup_place_ends_before_the_request(text: str, address: str, pol: str) -> None:
    read = _read(text)
    assert (read["pickup_address"], read["pol"]) == (address, pol)


@pytest.mark.parametrize(
    ("text", "pod"),
    [
        # No port of discharge said, but the door delivered to names one.
        ("DDU送到内罗毕 Mombasa Road仓库 宁波出 1x40HQ 灯具 8吨", "KEMBA"),
        ("DDP 送货地址：Plot 12 Bagamoyo Road, Dar es Salaam\n上海出 1x20GP 瓷砖 25吨", "TZDAR"),
        (
            "DAP delivery address: 14 Apapa Road, Lagos. From Ningbo, 1x40HQ, furniture, 9 tons",
            "NGLOS",
        ),
        (
            "DDP到门 送货地址：Warehouse 7, Jebel Ali Free Zone, Dubai 深圳出 1x40HQ 家具 7吨",
            "AEJEA",
        ),
    ],
)
def test_the_door_delivered_to_names_the_port(text: str, pod: str) -> None:
    assert _read(text)["pod"] == pod


@pytest.mark.parametrize(
    ("text", "mode", "goods"),
    [
        # "BB" alone closing a clause is break bulk in the trade's shorthand, never goods.
        ("3 units excavators Qingdao to Lagos, 21 tons each, BB", "BREAKBULK", "excavators"),
        ("2 units wheel loaders Tianjin to Aqaba, 17 t each, BB.", "BREAKBULK", "wheel loaders"),
        ("5 units bulldozers (BB) Dalian to Dakar 18 t each", "BREAKBULK", "bulldozers"),
        ("Shanghai to Lagos 1x40HQ, BB cream, 5 tons", "FCL", "BB cream"),
    ],
)
def test_bb_alone_is_break_bulk(text: str, mode: str, goods: str) -> None:
    read = _read(text)
    assert (read["mode"], read["commodity"]) == (mode, goods)


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # Each kind's own count and figure: a figure per piece is not spread over both kinds.
        ("散杂货 天津到达曼 起重机2台 每台30吨，发电机1台 10吨", 70000),
        ("散杂货 上海到吉达 挖掘机3台 每台20吨，装载机2台 每台15吨", 90000),
        ("件杂货 青岛到拉各斯 压路机2台 每台12吨，平地机1台 16吨", 40000),
    ],
)
def test_each_kind_keeps_its_per_piece_figure(text: str, weight: int) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Spanish, Portuguese and French goods joined with para/pour/de stay whole.
        ("Ningbo a Cartagena 1x40HQ, muebles para jardín, 8.000 kg", "muebles para jardín"),
        (
            "Shanghai - Callao 1x20', repuestos para camiones, 12.000 kg. Gracias, Pedro",
            "repuestos para camiones",
        ),
        (
            "Qingdao a Valparaíso 2x40HC, artículos para el baño, 10 toneladas por contenedor",
            "artículos para el baño",
        ),
        (
            "Ningbo - Santos 1x40HC, peças para tratores agrícolas, 15.000 kg. Abraço, João",
            "peças para tratores agrícolas",
        ),
        (
            "Shanghai - Dakar 1 x 40' HC, pièces pour motos, 9 tonnes. Merci, Awa",
            "pièces pour motos",
        ),
        (
            "Hola, LCL Ningbo - Callao, 8 cajas de 50x40x40 cm, 15 kg cada una, juguetes de madera",
            "juguetes de madera",
        ),
    ],
)
def test_latin_goods_joined_with_para_or_de(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "mode", "pieces"),
    [
        # "carga suelta" of a few light parcels is a consolidation; of heavy pieces, break bulk.
        (
            "Estimado, carga suelta Ningbo - Callao: 15 cajas, 1,2 m3, 300 kg, repuestos de autos",
            "LCL",
            15,
        ),
        (
            "Olá, carga solta Shanghai - Santos: 6 paletes, 4,5 m³, 2.100 kg, peças de máquinas",
            "LCL",
            6,
        ),
        (
            "Hola, carga suelta (LCL) Qingdao - Iquique, 10 cajas de 50x40x40 cm, 18 kg cada una, ropa",
            "LCL",
            10,
        ),
        (
            "Carga suelta / break bulk: Tianjin - Callao, 2 excavadoras, 22 t cada una",
            "BREAKBULK",
            2,
        ),
    ],
)
def test_loose_cargo_in_spanish_is_lcl_when_light(text: str, mode: str, pieces: int) -> None:
    read = _read(text)
    assert (read["mode"], read["pieces"]) == (mode, pieces)


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # A weight per box said over ("corrected from 28 t to 24 t", "is 19,000 kg not 16,000"):
        # the figure changed from is not the weight, the one meant is per box.
        (
            "Update: weight per container corrected from 22 t to 21 t. 3x20GP, tiles, Xiamen to Lagos",
            63000,
        ),
        (
            "Hello, weight per container is 18,000 kg not 15,000. 2 x 20ft Qingdao - Aqaba, urea",
            36000,
        ),
        (
            "Pls note weight per box changed from 12 t to 10 t, 4x40HQ Ningbo to Tema, furniture",
            40000,
        ),
        ("2x40HQ Shanghai to Lagos, shoes, weight per container is now 9 tons", 18000),
        ("深圳到拉各斯 2个40HQ 灯具 每柜从8吨改成7吨", 14000),
    ],
)
def test_a_weight_per_box_said_over(text: str, weight: int) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "pol", "pod"),
    [
        # A "to" or "from" ending another word ("proyecto", "Toronto") is no port cue.
        (
            "Hola, carga proyecto Ningbo a Cartagena: 1 transformador, 60 toneladas",
            "CNNGB",
            "COCTG",
        ),
        ("proyecto Tianjin a Callao 1x40HQ, maquinaria, 20 toneladas", "CNTXG", "PECLL"),
        (
            "Cotización proyecto: Qingdao a San Antonio 2x40HC, cerámicas, 26 toneladas",
            "CNTAO",
            "CLSAI",
        ),
    ],
)
def test_a_cue_inside_a_word_is_no_cue(text: str, pol: str, pod: str) -> None:
    read = _read(text)
    assert (read["pol"], read["pod"]) == (pol, pod)


@pytest.mark.parametrize(
    ("text", "mode", "pieces"),
    [
        # Pieces too heavy for a consolidation, no mode said: break bulk, not LCL.
        (
            "Hola, carga proyecto Shanghai a Callao: 1 transformador 6,5 x 3 x 3,5 m, 70 toneladas",
            "BREAKBULK",
            1,
        ),
        ("Shanghai to Jebel Ali, 2 units excavators, 30 tons each", "BREAKBULK", 2),
        ("Ningbo to Lagos, 5 pallets, 3 cbm, 1,200 kg, auto parts", "LCL", 5),
    ],
)
def test_pieces_too_heavy_for_lcl_are_break_bulk(text: str, mode: str, pieces: int) -> None:
    read = _read(text)
    assert (read["mode"], read["pieces"]) == (mode, pieces)


def test_a_piece_taken_back_is_not_on_the_cargo_list() -> None:
    read = _read(
        "Carga break bulk Dalian - Callao: 1 grúa? no, 1 reactor 8 x 4 x 4 m, 90 toneladas"
    )
    assert read["cargo_list"] is None
    assert read["pieces"] == 1


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # "12吨/台": a figure per piece, said with a slash and the piece's measure word.
        ("连云港到达曼 件杂货 3台 挖掘机 20吨/台 7*3*3米", 60000),
        ("散杂货 天津到拉各斯 装载机 2台 15吨/台", 30000),
        ("件杂货 上海到吉达 4套 钢结构 8吨/套", 32000),
    ],
)
def test_a_figure_per_piece_after_a_slash(text: str, weight: int) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "temperature"),
    [
        # A minus sign right after the temperature's label, the unit left out.
        ("青岛到吉达 冷柜 40尺 1个 冷冻羊肉 温度-18 二十六吨", -18),
        ("大连到釜山 冷柜一个 冻鱼 温度 -25 二十吨", -25),
        ("Qingdao to Jeddah 1x40RF frozen chicken, temp -20, 26 tons", -20),
    ],
)
def test_a_temperature_after_its_label_without_unit(text: str, temperature: int) -> None:
    assert _read(text)["temperature_c"] == temperature


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # What was quoted or called off before the new request is not the inquiry.
        (
            "Dear, we cancelled the 2x20GP to Lagos. Now please quote 1x40HQ Ningbo - Tema, shoes, 8 tons",
            "containers",
            "1x40HQ",
        ),
        (
            "We canceled the 4x40HQ to Jeddah. Please quote 2x40HQ Qingdao to Dammam, tyres, 12 t each",
            "containers",
            "2x40HQ",
        ),
        (
            "Thanks for the quote on Qingdao-Tema. Client declined. New one: Xiamen to Lome, 1x40HQ, tiles, 26 tons",
            "pol",
            "CNXMN",
        ),
        (
            "Thank you for the offer on Ningbo-Durban, too high. New one: Shanghai to Maputo, 1x20GP, 20 tons",
            "pod",
            "MZMPM",
        ),
    ],
)
def test_what_was_quoted_or_called_off_is_not_the_inquiry(
    text: str, field: str, value: str
) -> None:
    assert _read(text)[field] == value
