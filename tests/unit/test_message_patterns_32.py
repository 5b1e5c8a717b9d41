"""Round 32 of issue 15: the goods, addresses, shipper, break-bulk lists and DG patterns the blind
sets 25-27 showed, each written new ways (never a held-out sentence: other ports, other goods,
other figures), with text that must not be read so."""

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
    ("text", "dg_class", "un_number"),
    [
        # An explosive's division with its compatibility group letter is its class.
        ("礼炮 1.3G UN0335 20尺一个 北海到海防 4吨", "1.3", "0335"),
        ("fireworks 1.4S UN0337, 1x20GP Beihai - Manila, 5 tons", "1.4", "0337"),
        # The class under its Latin label is read before a count can take its digit.
        ("COMMODITY: SULPHURIC ACID\nUN NO.:1830 CLASS:8\nPKG: DRUM X 80", "8", "1830"),
        ("Goods: resin solution\nUN 1866 CLASS: 3\nQTY: 40 DRUMS", "3", "1866"),
        # 联合国 straight before the digits is the UN number.
        ("品名 乙醇 联合国1170 3类 一个小柜 宁波到巴生 十吨", "3", "1170"),
        ("油漆 联合国号1263 三类 2x20GP 上海-迪拜", "3", "1263"),
        # A class said in Chinese numerals with 点: 二点一类 is 2.1, not 1.
        ("喷雾罐 危险品 联合国编号一九五零 二点一类 一个二十尺 八吨", "2.1", "1950"),
        ("丁烷气 UN1011 二点一类 一个小柜 青岛到海防", "2.1", "1011"),
    ],
)
def test_dg_class_and_un_number(text: str, dg_class: str, un_number: str) -> None:
    read = _read(text)
    assert (read.get("dg_class"), read.get("un_number"), read.get("dg")) == (
        dg_class,
        un_number,
        True,
    )


@pytest.mark.parametrize(
    "text",
    [
        # A size in gigabytes or a weight is no explosive's division.
        "宁波到拉各斯 1x40HQ 内存条 1.4GB 一箱",
        "LCL Shenzhen - Lagos 1.4 cbm 3 cartons phone cases",
        # 联合国 as a name, not before four digits.
        "联合国采购的帐篷 1x40HQ 天津到吉布提",
    ],
)
def test_no_dg_class_where_none_is_given(text: str) -> None:
    assert _read(text).get("dg_class") is None


@pytest.mark.parametrize(
    ("text", "shipper"),
    [
        # Shorthand: the label and the name apart by a space.
        ("SH-JEA 1*40FR 挖掘机 1pc 18T shipper 上海振华 tgt USD5K", "上海振华"),
        ("NB-LOS 2x40HQ 家具 shipper 宁波美联家居 下周三", "宁波美联家居"),
        ("天津到达曼 框架箱 钢卷 重25吨 托运人 天津荣程钢铁 月底", "天津荣程钢铁"),
        ("发货方 山东临工 两台装载机 青岛到蒙巴萨", "山东临工"),
        # The factory named as such ends its clause.
        ("嗯 青岛到海防 一个冷柜 冻虾 零下十八度 工厂是青岛鲜海食品 下周装", "青岛鲜海食品"),
        ("上海到吉达 两个框架 一台吊车 一台挖机 共两件 工厂三一", "三一"),
        # The supplier named under its colon ships the goods.
        (
            "Goods: ceramic tiles\nSupplier: Foshan Lida Ceramics Co., Ltd.\nQty: 2x20GP",
            "Foshan Lida Ceramics Co., Ltd.",
        ),
        (
            "Mercancía: bicicletas\nProveedor: Tianjin Fengshou Bicycle Co.\nPeso: 8 t",
            "Tianjin Fengshou Bicycle Co.",
        ),
    ],
)
def test_shipper_named_in_shorthand(text: str, shipper: str) -> None:
    assert _read(text).get("shipper") == shipper


@pytest.mark.parametrize(
    "text",
    [
        # Where the factory is, what it does, a pickup from it or its price: no name.
        "我们工厂在义乌 宁波到拉各斯 1x40HQ 家具",
        "工厂提货 宁波到拉各斯 1x40HQ 家具",
        "宁波到拉各斯 1x40HQ 家具 工厂价格 很便宜",
        "工厂是做灯具的 深圳到迪拜 2x40HQ",
        "从工厂直接装柜 厦门到马尼拉 1x20GP 石材",
        "We are a supplier of building materials, 2x20GP Foshan to Dar, tiles",
    ],
)
def test_no_shipper_where_none_is_named(text: str) -> None:
    assert _read(text).get("shipper") is None


@pytest.mark.parametrize(
    ("text", "name", "address"),
    [
        # The place's label with its colon, the address on the next line.
        (
            "Bonjour,\nMerci de coter DDP 3 palettes de Ningbo jusqu'à notre entrepôt :\n"
            "Lot 14, Boulevard du Port, Douala\nPoids 900 kg.",
            "delivery_address",
            "Lot 14, Boulevard du Port, Douala",
        ),
        (
            "Cotizar DDP hasta bodega en Perú:\nJr. Los Pinos 233, Ate, Lima\n"
            "LCL 4 pallets, 1.800 kg, repuestos de motos.",
            "delivery_address",
            "Jr. Los Pinos 233, Ate, Lima",
        ),
        (
            "EXW Ningbo warehouse: 宁波市北仑区新碶街道明州路188号\nLCL to Manila 3cbm 500kg",
            "pickup_address",
            "宁波市北仑区新碶街道明州路188号",
        ),
        (
            "DDP 1x40HQ Shanghai - Veracruz, con entrega en nuestro almacén: Av. Reforma 90, "
            "Córdoba, Veracruz\nMercancía: lámparas",
            "delivery_address",
            "Av. Reforma 90, Córdoba, Veracruz",
        ),
        (
            "Origem: Xiamen (EXW fábrica, endereço: No. 7 Haicang Road, Xiamen)\nDestino: Santos",
            "pickup_address",
            "No. 7 Haicang Road, Xiamen",
        ),
        # A door delivery asked for without a term, the address under 地址.
        (
            "送货到门 达累斯萨拉姆\n地址：Plot 33, Nyerere Road, Dar es Salaam\n一个小柜 瓷砖 25吨",
            "delivery_address",
            "Plot 33, Nyerere Road, Dar es Salaam",
        ),
        # The pickup verb in Spanish needs no colon; the factory's address in its brackets.
        (
            "Cotizar EXW, recoger en Yiwu, Futian Street 88; puerto Ningbo, 1x20GP, juguetes",
            "pickup_address",
            "Yiwu, Futian Street 88",
        ),
        (
            "EXW Suzhou factory (Wuzhong District, Industrial Road 5), Shanghai to Tema, 1x40HQ",
            "pickup_address",
            "Wuzhong District, Industrial Road 5",
        ),
        # The labelled address wins over where the factory is said to be.
        (
            "老板我们工厂在东莞长安有一个小柜的五金要走迪拜然后是EXW提货地址是东莞市长安镇振安路九号大概八吨",
            "pickup_address",
            "东莞市长安镇振安路九号",
        ),
    ],
)
def test_address_under_a_place_label(text: str, name: str, address: str) -> None:
    assert _read(text).get(name) == address


@pytest.mark.parametrize(
    ("text", "pickup", "delivery"),
    [
        (
            "Door to door please, DAP.\nFrom: No. 9 Jinhai Road, Building 2, Yuyao\n"
            "To: Plot 17, Industrial Area, Kampala\n1x20GP plastic chairs 4 tons",
            "No. 9 Jinhai Road, Building 2, Yuyao",
            "Plot 17, Industrial Area, Kampala",
        ),
        (
            "Cotización puerta a puerta DDP\nDesde: Calle 5 No. 12, Foshan\n"
            "Hasta: Carrera 45 # 10-20, Medellín\n1x40HQ muebles",
            "Calle 5 No. 12, Foshan",
            "Carrera 45 # 10-20, Medellín",
        ),
    ],
)
def test_from_and_to_lines_of_a_door_to_door_request(text: str, pickup: str, delivery: str) -> None:
    read = _read(text)
    assert (read.get("pickup_address"), read.get("delivery_address")) == (pickup, delivery)


@pytest.mark.parametrize(
    "text",
    [
        # An e-mail's own From:/To: lines name people, not streets.
        "From: Ali Hassan <ali@example.com>\nTo: sales@example.cn\nDAP Mombasa, 1x40HQ, tyres",
        # A town alone under a place's label is no street address.
        "DDP Jebel Ali, almacén: Dubai, UAE. 1x40HQ muebles 9 t",
        # No pickup or door asked for: a warehouse's address is not read as either.
        "FOB Ningbo, almacén: Calle 5 No. 12, Beilun. 1x20GP, 12 t, lámparas",
        "CIF Tema\nwarehouse:\nNo. 8 Harbour Road, Tema\n1x40HQ tiles",
    ],
)
def test_no_address_where_none_is_asked_for(text: str) -> None:
    read = _read(text)
    assert (read.get("pickup_address"), read.get("delivery_address")) == (None, None)


@pytest.mark.parametrize(
    ("text", "goods", "other_piece", "pieces"),
    [
        # A numbered or dashed list, each line the goods, a space, then their count.
        (
            "青岛到达曼 散杂货\n1. 盾构机主体 1件 88吨 11x6x6m\n2. 后配套台车 4件 每件12吨\n"
            "3. 管片模具 8件 共30吨",
            "盾构机主体/后配套台车/管片模具",
            "后配套台车",
            13,
        ),
        (
            "大连到吉布提 散杂货\n- 锅炉本体 1件 60吨 14x4x4m\n- 钢架 20件 共80吨",
            "锅炉本体/钢架",
            "钢架",
            21,
        ),
        # The English piece word before Chinese goods, one piece beside another.
        (
            "break bulk TJ-JED 1pc 发电机 45T 8.2*3.0*3.4m + 2pcs 控制柜 共4T",
            "发电机/控制柜",
            "控制柜",
            3,
        ),
        # A piece counted with 个 or 捆, or added with 另加.
        (
            "散杂货 上海-达曼 反应釜2台 共120吨 + 塔器1个 60吨 下月中旬",
            "反应釜/塔器",
            "塔器",
            3,
        ),
        (
            "天津到蒙巴萨 散杂货 起重机1台 70吨 9x3.5x3.8米 另加配重一捆 12吨",
            "起重机/配重",
            "配重",
            2,
        ),
        # Spanish packages of the goods, a name of several words joined by "de".
        (
            "Carga de proyecto Tianjin a Callao:\n- 1 horno de cal de 150 t, 16 x 5 x 5 m\n"
            "- 5 cajas de repuestos, 12 t en total",
            "horno de cal/repuestos",
            "repuestos",
            6,
        ),
    ],
)
def test_break_bulk_lists(text: str, goods: str, other_piece: str, pieces: int) -> None:
    read = _read(text)
    assert read["mode"] == "BREAKBULK"
    assert read["commodity"] == goods
    assert other_piece in (read.get("cargo_list") or "")
    assert read["pieces"] == pieces


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Boxes counted with 个 are not pieces of a list.
        ("散杂货 天津到吉达 钢结构 总重90吨 另要小柜1个", "钢结构"),
        # A numbered route or date line is no piece.
        ("报价:\n1. 宁波到拉各斯 2个40HQ 家具 每柜10吨\n2. 12月15号出货", "家具"),
    ],
)
def test_not_a_break_bulk_list(text: str, goods: str) -> None:
    read = _read(text)
    assert read.get("cargo_list") is None
    assert read.get("commodity") == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # The goods on a dashed list's own line, between the boxes and the figures.
        (
            "Favor cotar de Ningbo para Santos:\n- 2 x 20' GP\n- azulejos esmaltados\n"
            "- peso bruto 48.000 kg",
            "azulejos esmaltados",
        ),
        (
            "Please quote:\n- 1x40HQ Xiamen to Jebel Ali\n- granite slabs\n- 26 tons",
            "granite slabs",
        ),
        # The goods after the route written with a dash.
        ("Need 1x40' open top Tianjin - Dammam for a generator, 1 pc, 14 tons", "generator"),
        ("1x20GP Qingdao – Mombasa for bicycle parts, 9 tons", "bicycle parts"),
        # What the goods are for, in Spanish or French, is part of their name.
        ("Cotizar 1x40HQ Ningbo–Callao, utensilios de cocina, 8 t", "utensilios de cocina"),
        ("1x20' Shenzhen–Santo Domingo, muebles para el jardín, 7 t.", "muebles para el jardín"),
        (
            "1 x 40' Qingdao - Abidjan, ustensiles pour la cuisine, 11 t",
            "ustensiles pour la cuisine",
        ),
        # Two goods joined by "and", the second held by "of" to its word.
        (
            "LCL Ningbo a Lima: 30 bultos, 4 CBM, 900 kg, juguetes y artículos de fiesta.\nSaludos",
            "juguetes y artículos de fiesta",
        ),
        # "nature :" names the goods in French.
        (
            "Groupage Ningbo - Dakar :\n- 14 colis, 2 tonnes, 8 m3\n- nature : chaussures et sacs",
            "chaussures et sacs",
        ),
        (
            "Cotation 1x20' Shanghai - Douala, nature de la marchandise : carreaux de sol",
            "carreaux de sol",
        ),
    ],
)
def test_goods_in_e_mail_layouts(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    "text",
    [
        # A sign-off waiting for the reply, then the sender's name: no goods.
        "Cotizar LCL Ningbo a Lima: 12 bultos, 2 CBM, 600 kg.\nQuedo atento,\nJuan Pérez",
        "Favor cotar 1x20GP Xangai - Santos, 20 t.\nFico no aguardo,\nAna Souza",
    ],
)
def test_no_goods_read_from_a_sign_off(text: str) -> None:
    goods = _read(text).get("commodity")
    assert goods is None or not any(name in goods for name in ("Pérez", "Souza"))


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Goods listed with a plus, one of them a name the table knows.
        ("SZ到海防 一个20尺 固化剂+油漆 有MSDS 12吨", "固化剂/油漆"),
        ("天津到吉达 1x40HQ 油漆+稀料 18吨", "油漆/稀料"),
        # A sentence's full stop after the goods is not part of them.
        ("改一下：箱量从1个40HQ改成2个，其他不变：宁波到蒙巴萨，家具。", "家具"),
        # The country a port is in, said in voice text, is no goods.
        ("嗯我们要发一个拼箱到越南胡志明从深圳走啊八箱总共两百公斤是口红", "口红"),
        ("就是一个拼箱到印尼雅加达 从上海走 十箱 三百公斤 是床单", "床单"),
    ],
)
def test_goods_edges(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


def test_a_plus_between_boxes_joins_no_goods() -> None:
    assert _read("宁波到拉各斯 1x20GP+1x40HQ 家具 10吨")["commodity"] == "家具"


def test_questions_quoted_and_answered_inline() -> None:
    # Each of the agent's questions quoted, the customer's answer on the line under it.
    read = _read(
        "> Which goods?\nCeramic tiles, 300 ctns.\n> Route?\nShenzhen to Lagos, 1x40HQ.\n"
        "> Weight?\nAbout 8 tons.\nThanks, Musa"
    )
    assert (read["commodity"], read["pod"], read["containers"], read["weight_kg"]) == (
        "Ceramic tiles",
        "NGLOS",
        "1x40HQ",
        8000,
    )


def test_quoted_statements_stay_set_aside() -> None:
    # A quoted earlier request (not questions) is still no part of the new one.
    read = _read(
        "Please update: 2x40HQ now.\n> Ningbo to Tema 1x40HQ furniture 9 tons\n> ready 10/12"
    )
    assert read.get("cargo_ready") is None


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # How the goods are packed or carried, after their name, is not part of them.
        ("Qingdao to Jeddah 1x20GP soda ash in jumbo bags, 24 tons", "soda ash"),
        ("Ningbo to Lagos 2x40HQ cotton yarn in bales, 20 tons each", "cotton yarn"),
        ("1x40FR Tianjin to Jebel Ali, boat on cradle, 8 x 3 x 3.5 m, 7 tons", "boat"),
        # English goods in shorthand before the Chinese goes on.
        ("SH to MBA 2x40HQ sofa 8T/each 下周三货好 USD2500", "sofa"),
        ("QD-DMM 1x20GP valves 20T 本周五", "valves"),
        # A route written with a dash, the goods after its colon, up to their figure.
        (
            "Cargaison conventionnelle Tianjin – Douala : pelle hydraulique 32 t, 1 colis",
            "pelle hydraulique",
        ),
        # The country said after its port is no goods.
        ("Cotizar 2x40HQ desde Ningbo a Callao, Perú. Muebles, 9.000 kg cada uno.", "Muebles"),
        ("Please quote 1x20GP Shanghai to Tema, Ghana. Tiles, 25 tons.", "Tiles"),
    ],
)
def test_goods_in_shorthand_and_e_mails(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


def test_but_taking_a_figure_back_is_no_goods() -> None:
    # "mais" (French "but") between two figures is no good, whatever a table of goods says.
    read = _read(
        "Correction : pas 1 x 40' mais 2 x 40', Ningbo - Lomé, carreaux, 24 t par conteneur."
    )
    assert read["commodity"] == "carreaux"


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # The packing said before the goods with 装 is not part of them...
        ("天津到吉达 1x20GP 吨袋装化肥 25吨", "化肥"),
        ("宁波-蒙巴萨 1x40OT 木箱装机器 2个木箱 总重12吨", "机器"),
        # ...but 装 starting a word of the goods is ("装订机": a binding machine).
        ("宁波到拉各斯 1x40HQ 纸箱装订机 10吨", "纸箱装订机"),
    ],
)
def test_packing_before_the_goods(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "address", "goods"),
    [
        # The address ends where the goods' sentence begins, with a comma before its figure.
        (
            "Please quote DDP Kampala: 1x20GP Ningbo to Mombasa, delivery to Jinja Road, "
            "Industrial Area, Kampala. Tiles, 24 tons, HS 6907",
            "Jinja Road, Industrial Area, Kampala",
            "Tiles",
        ),
        # Whose place it is, then its plot, with no "at" or colon.
        (
            "DDU to our warehouse Plot 7 Uhuru Street, Dar es Salaam, via Dar. Xiamen 1x40HQ, "
            "ceramic tiles, 26 t.",
            "Plot 7 Uhuru Street, Dar es Salaam",
            "ceramic tiles",
        ),
    ],
)
def test_door_address_then_the_goods(text: str, address: str, goods: str) -> None:
    read = _read(text)
    assert (read.get("delivery_address"), read.get("commodity")) == (address, goods)
