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
        # A count of boxes alone is no special cargo.
        ("宁波到德班 八个四十尺高柜 家具 每柜九吨", "FCL"),
        ("Xiamen - Tema 14 x 40HQ granite slabs 27 t each", "FCL"),
        # Special equipment, or cargo called 大货 / big volume (DOMAIN.md: 大货 is big-volume
        # cargo, priced by a special application, H98) / project cargo, is.
        ("Big volume: 14 x 40HQ Xiamen to Tema, granite slabs, 27 t each", "SPECIAL"),
        ("Large quantity inquiry - 9x40HC Shanghai to Santos, auto parts", "SPECIAL"),
        ("大票货 青岛到拉各斯 十二个高柜 轮胎 每柜十二吨", "SPECIAL"),
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


@pytest.mark.parametrize(
    ("text", "containers"),
    [
        # A figure per box ("每个框架", "per open top") names no box of its own.
        ("两个二十尺框架柜 青岛到德班 钢构件 每个框架二十二吨", "2x20FR"),
        ("Quote open top: 3 x 20'OT Tianjin to Jeddah, 18 t per open top", "3x20OT"),
        ("天津到吉达 冷柜 两个 每个冷柜22吨", "2x40RF"),
        # A kind named first, then the count and the sized box: one line.
        ("RFQ open top: 2 x 20'OT Dalian to Durban, granite blocks", "2x20OT"),
        ("Flat rack - 3 x 40'FR Shanghai to Lagos, excavators", "3x40FR"),
        # ...while a plain size said again is another line.
        ("青岛到吉布提 20尺三个 40尺两个 面粉", "3x20GP+2x40GP"),
        # A type said with "no" before it is not wanted.
        ("Please quote 2x40GP (no high cube) Ningbo to Lagos, tiles", "2x40GP"),
        ("Necesitamos 3 contenedores de 40 pies (no high cube) Shantou - Caucedo", "3x40GP"),
        # A type in brackets after a size alone is that box ("40' (40RH)").
        ("Requerimos 2 contenedores refrigerados de 40' (40RH) Qingdao - Callao, uvas", "2x40RF"),
        ("1 x 20' (20RF) Dalian to Busan, frozen squid", "1x20RF"),
        # The same boxes in the subject line and the body: one order.
        (
            "Dear Sir,\nRE: INQUIRY - 3 X 40HQ NINGBO TO LAGOS\n\nQuantity: 3 x 40HQ\nGoods: chairs",
            "3x40HQ",
        ),
        ("Subject: 2x20GP Shanghai-Mombasa\nHi, we need 2x20GP, tiles 25t each", "2x20GP"),
        # ...but more boxes said in the body are added.
        (
            "Subject: 2x20GP Shanghai-Mombasa\nHi, we need 2x20GP plus 1x40HQ, tiles",
            "2x20GP+1x40HQ",
        ),
        ("Hi, 1x40HQ Ningbo-Tema, chairs.\nAlso 1x40HQ Ningbo-Lome, tables.", "2x40HQ"),
    ],
)
def test_boxes_named_once(text: str, containers: str) -> None:
    assert _read(text)["containers"] == containers


@pytest.mark.parametrize(
    ("text", "weight", "volume"),
    [
        # Figures run together are no ISO code (2.2T 6.5cbm is no 22T6 tank).
        ("拼箱 SH-KHI 4plts 3.2T 5.5cbm 灯具", 3200, 5.5),
        ("LCL Ningbo - Dubai 1.2T 2.2cbm garments", 1200, 2.2),
    ],
)
def test_lcl_figures_are_no_tank(text: str, weight: int, volume: float) -> None:
    read = _read(text)
    assert (read.get("containers"), read["weight_kg"], read["volume_cbm"]) == (None, weight, volume)


@pytest.mark.parametrize(
    ("text", "containers"),
    [
        # The size in English words.
        ("Need two forty-foot high cubes Shenzhen to Lagos, furniture", "2x40HQ"),
        ("Please quote one twenty foot container Ningbo - Tema, tiles 25 tons", "1x20GP"),
        ("three forty foot reefers Qingdao to Jeddah, frozen fish", "3x40RF"),
        ("We need a forty footer Xiamen to Mombasa, shoes", "1x40GP"),
    ],
)
def test_sizes_in_english_words(text: str, containers: str) -> None:
    assert _read(text)["containers"] == containers


def test_twenty_pallets_are_no_box() -> None:
    assert _read("twenty pallets LCL Shanghai to Dubai, 6 cbm").get("containers") is None


@pytest.mark.parametrize(
    ("text", "containers"),
    [
        # The last shipment told in Portuguese, French or Spanish: its boxes are not the new one's.
        (
            "Olá, o último embarque (3x20GP para Santos) chegou bem. Agora são 2x40HC Qingdao x "
            "Santos, pisos, 20 t cada.",
            "2x40HQ",
        ),
        (
            "Bonjour, suite à notre dernière expédition vers Abidjan (2x20' en octobre), nous "
            "avons 1x40HC de carrelage, 22 t, départ Xiamen.",
            "1x40HQ",
        ),
        (
            "Hola, el último envío (1x40HQ a Callao) llegó bien. Ahora necesitamos 3x40HQ "
            "Ningbo - Callao, muebles.",
            "3x40HQ",
        ),
        # ...while "the last box available" is no past shipment.
        ("Precisamos do último contêiner disponível: 1x40HC Ningbo x Santos, móveis", "1x40HQ"),
        ("Bonjour, nous avons 2x40HC de tôles, départ Tianjin pour Conakry.", "2x40HQ"),
    ],
)
def test_the_last_shipment_in_latin_languages_is_set_aside(text: str, containers: str) -> None:
    assert _read(text)["containers"] == containers


def test_a_size_in_words_is_no_goods() -> None:
    read = _read("We ship tile adhesive from Tianjin to Aqaba. One forty foot, about 26 tons.")
    assert (read["containers"], read["commodity"]) == ("1x40GP", "tile adhesive")


def test_portuguese_no_is_in_the_box() -> None:
    # "22 t no 20'": in the 20', no denial.
    read = _read("Cotação 1x20GP + 1x40HC Ningbo/Itajaí, azulejos, 21 t no 20' e 18 t no 40'")
    assert (read["containers"], read["weight_kg"]) == ("1x20GP+1x40HQ", 39000)


@pytest.mark.parametrize(
    ("text", "weight", "pieces"),
    [
        # A tenth said after 吨 ("一吨二") is the weight's, never a count of pieces after it.
        ("拼箱 宁波到吉达 两个方 一吨二 纸箱15件 鞋子", 1200, 15),
        ("拼箱 广州到迪拜 两吨三 木箱5件 灯具", 2300, 5),
        # A gross weight with no unit is kilos.
        ("吉达拼箱 从深圳走 二十箱 两方 毛重四百五 品名 拖鞋", 450, 20),
        ("拼箱 青岛到釜山 3方 毛重：520 纸箱18件 玩具", 520, 18),
    ],
)
def test_lcl_weights_said_short(text: str, weight: int, pieces: int) -> None:
    read = _read(text)
    assert (read["weight_kg"], read["pieces"]) == (weight, pieces)


@pytest.mark.parametrize(
    "text",
    [
        # ...but a gross weight with its own unit or a volume is read as said, and a price is none.
        "拼箱 宁波到吉达 2方 毛重两吨 鞋子",
        "拼箱 宁波到吉达 2方 毛重2吨 鞋子",
    ],
)
def test_gross_weight_with_a_unit(text: str) -> None:
    assert _read(text)["weight_kg"] == 2000


@pytest.mark.parametrize(
    ("text", "ready"),
    [
        # Ready, said last with no day: ready the day the message came.
        ("品名：锌粉 1x20GP 青岛到达曼 18吨 货好", TODAY.isoformat()),
        ("Cotizar LCL Shanghai - Lima: 5 cajas, 300 kg, mercancía lista.", TODAY.isoformat()),
        (
            "Favor cotar 1x20GP de Ningbo para Santos, azulejos, 25 t, carga pronta.",
            TODAY.isoformat(),
        ),
        # ...a day before it is that day's.
        ("宁波到吉达 1x40HQ 家具 12月20号货好", "2026-12-20"),
        ("Cotação: carga pronta em 07/12, 1x20GP Ningbo - Santos", "2026-12-07"),
        # The sailing wanted by a day, or an ETD before one: a deadline.
        ("SZ-LOS 1x40HQ 鞋子 8吨 船期尽量下周五前", None),
        ("Quote Qingdao > Mombasa 1x40HC, tiles 26 tons. ETD before 08/01.", None),
        # ...a sailing wanted on a day is its ready day.
        ("上海到拉各斯 1x40HQ 家具 船期 12月20号", "2026-12-20"),
    ],
)
def test_ready_said_short_and_sailings(text: str, ready: str | None) -> None:
    assert _read(text).get("cargo_ready") == ready


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # A count in every box of the order, times the boxes.
        ("黄埔到蒙巴萨 三个四十尺高柜 摩托车 每柜四十台", 120),
        ("宁波到拉各斯 2x40HQ 冰箱 每个柜装120台", 240),
        ("Ningbo to Tema 2x40HQ, fridges, per container 80 units", 160),
        # ...one box, or a count said for the whole order, as said.
        ("宁波到拉各斯 1x40HQ 冰箱 每柜120台", 120),
        ("宁波到拉各斯 2x40HQ 冰箱 共240台", 240),
    ],
)
def test_a_count_in_every_box(text: str, pieces: int) -> None:
    assert _read(text)["pieces"] == pieces


@pytest.mark.parametrize(
    ("text", "weight", "pieces"),
    [
        # Tons as "TM" (toneladas métricas); units in Spanish, Portuguese and French.
        ("Necesito precio 1x40HC Ningbo - Cartagena, muebles, 9 TM, FOB.", 9000, None),
        ("Olá! 1x40HC Shenzhen → Maputo, bicicletas, 150 unidades, 5 t.", 5000, 150),
        ("Bonjour, 1x40HC Shanghai - Douala, 12 unités, 18 t", 18000, 12),
        # ...a trademark's TM before a weight is no unit.
        ("Price for 1x20GP, brand XYZ TM products 5 t", 5000, None),
    ],
)
def test_latin_units(text: str, weight: int, pieces: int | None) -> None:
    read = _read(text)
    assert (read["weight_kg"], read.get("pieces")) == (weight, pieces)


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # Tons in English words, when no figure gives the weight.
        (
            "Need three forty-foot high cubes Ningbo to Jeddah, sofas, about fourteen tons in total.",
            14000,
        ),
        ("One twenty foot Ningbo to Tema, tiles, twenty tons", 20000),
        # ...a figure in digits stays the weight.
        ("1x40HQ Ningbo-Lagos, 12 tons, one ton of it spare parts", 12000),
    ],
)
def test_tons_in_english_words(text: str, weight: int) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "pieces", "weight"),
    [
        # One block of stone in every box: as many blocks as boxes, each block's weight times them.
        ("莆田到达曼 三个20OT 大理石荒料 每个柜一块 每块24吨", 3, 72000),
        ("厦门到吉达 20OT两个 花岗岩荒料 每块一个柜 每块27吨", 2, 54000),
        # ...blocks counted as said.
        ("厦门到吉达 1x20OT 花岗岩荒料 2块 共26吨", 2, 26000),
    ],
)
def test_a_block_in_every_box(text: str, pieces: int, weight: int) -> None:
    read = _read(text)
    assert (read["pieces"], read["weight_kg"]) == (pieces, weight)
