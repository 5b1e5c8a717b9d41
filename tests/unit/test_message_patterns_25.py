"""Round 25 of issue 15: patterns a blind writer produces, each written new ways (never a
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
    ("text", "size"),
    [
        # Each side of a size in its own unit: metres, then centimetres, then metres.
        ("深圳到迪拜 拼箱 一件 一米乘八十公分乘一米 三百公斤 机器", "100x80x100"),
        ("宁波到巴生 拼箱 两件 每件一米二乘九十公分乘八十公分 共四百公斤 配件", "120x90x80"),
        ("上海到拉各斯 拼箱 一个木箱 两米乘一米五乘九十厘米 六百公斤 电机", "200x150x90"),
        ("LCL Ningbo to Dubai, 1 crate 1.5m x 90cm x 1.1m, 400 kg, pump", "150x90x110"),
        # A side without a unit takes the next unit said.
        ("LCL Qingdao to Dammam, 2 pallets 1.2 x 1 m x 90 cm, 800 kg, valves", "120x100x90"),
    ],
)
def test_each_side_keeps_its_own_unit(text: str, size: str) -> None:
    assert _read(text)["dimensions_cm"] == size


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # A copula opening a correction, or a budget sentence, is never the goods.
        ("Bom dia, 1x40HC Xiamen - Itajaí. Desculpe, são 2x40HC, 11 t cada", None),
        ("Olá, frete Qingdao/Paranaguá 1x20GP. Perdão, são 3x20GP, 21 toneladas cada", None),
        ("Disculpe, son 2x40HC Ningbo a Guayaquil, 8.500 kg cada", None),
        ("Pardon, ce sont 2x40HC Qingdao - Lomé, 10 t chacun", None),
        ("Hi, Xiamen to Tema 1x40HQ 8 tons, budget is about USD 2700", None),
        ("Qingdao to Mombasa 2x20GP 24 tons each. budget around 1900 USD per box", None),
        ("Hola, 1x40HC Shanghai a Callao, 9 t, presupuesto 3100 USD", None),
        ("Ningbo - Lagos 1x40HQ 10 tons, cargo is already in our warehouse", None),
        # ...and the goods said elsewhere are still read.
        ("Desculpe, são 2x40HC Ningbo para Santos, móveis, 9.000 kg cada", "móveis"),
        ("Ningbo to Lagos 1x40HQ sofas 9 tons, budget is about USD 3200", "sofas"),
    ],
)
def test_copulas_and_budgets_are_never_goods(text: str, goods: str | None) -> None:
    assert _read(text).get("commodity") == goods


@pytest.mark.parametrize(
    ("text", "pieces", "weight"),
    [
        # Bags are pieces of a loose shipment, their own weight multiplied by the count.
        ("上海到拉各斯 拼箱 三十袋 每袋五十公斤 一共两方 化肥", 30, 1500),
        ("宁波到马尼拉 拼箱 十二袋 每袋二十五公斤 零点八方 塑料颗粒", 12, 300),
        ("青岛到达曼 拼箱 20袋大米 1吨 1.5方", 20, 1000),
        ("上海到吉达 拼箱 水泥 袋装 40袋 2吨 1.6方", 40, 2000),
        # The figure of one piece ("25公斤一袋"), then the count: the count is the pieces.
        ("天津到拉各斯 拼箱 化肥 25公斤一袋 共80袋 2吨", 80, 2000),
        ("厦门到达曼 拼箱 配件 300公斤一托 共8托", 8, 2400),
        ("上海到迪拜 拼箱 灯具 12公斤一箱 共50箱 2方", 50, 600),
        # ...and one piece said alone is one piece.
        ("宁波到巴生 拼箱 五金 400公斤 一托 1.2方", 1, 400),
    ],
)
def test_bags_are_pieces_and_one_piece_figures(text: str, pieces: int, weight: float) -> None:
    read = _read(text)
    assert (read["pieces"], read["weight_kg"]) == (pieces, weight)


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("青岛到达曼 拼箱 20袋大米 1吨 1.5方", "大米"),
        ("广州到拉各斯 拼箱 15袋咖啡豆 900公斤 1.2方", "咖啡豆"),
    ],
)
def test_the_bag_count_is_not_part_of_the_goods(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "pieces", "goods"),
    [
        # Break bulk of one piece, its "one" said as a word or left out ("有台").
        ("Break bulk Shanghai to Jeddah: one boiler, 9 x 4 x 4 m, 45 tons", 1, "boiler"),
        ("Break bulk Dalian to Lagos, one stone crusher, 8 x 3 x 3.5 m, 38 t", 1, "stone crusher"),
        ("Carga suelta Tianjin a Callao: una grúa, 12 x 3 x 3.5 m, 40 t", 1, "grúa"),
        ("Carga de projeto Xangai - Santos: um guindaste, 11 x 3 x 3,6 m, 42 t", 1, "guindaste"),
        ("天津到达曼 散杂货 我们有台挖掘机 二十吨 长九米宽三米高三米", 1, "挖掘机"),
        ("大连到蒙巴萨 散货船 有台锅炉 45吨 长八米 宽四米 高四米", 1, "锅炉"),
        # The pieces' or the packing's word before the goods is neither.
        (
            "Carga suelta Shanghai - Callao: 3 piezas de transformador, 40 t cada una",
            3,
            "transformador",
        ),
        ("Break bulk Qingdao to Mombasa: 2 pieces of tower crane, 30 tons each", 2, "tower crane"),
    ],
)
def test_break_bulk_of_one_piece_and_piece_words(text: str, pieces: int, goods: str) -> None:
    read = _read(text)
    assert (read["pieces"], read["commodity"]) == (pieces, goods)


def test_a_break_bulk_list_names_goods_not_their_cases() -> None:
    read = _read(
        "Breakbulk Tianjin to Dar es Salaam: 1 excavator 20 tons, 3 cases of spare parts 2 tons"
    )
    assert (read["pieces"], read["commodity"]) == (4, "excavator/spare parts")


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # How the goods are packed, said after them, is not part of their name.
        ("Ningbo to Lagos 1x40HQ rice packed in bags 25 tons", "rice"),
        ("Xiamen - Dakar 1x40HQ, dried fish packed in cartons, 12 t", "dried fish"),
        (
            "Qingdao to Tema 1x20GP, commodity: tomato sauce packed in drums, 20 tons",
            "tomato sauce",
        ),
        ("Shanghai - Luanda 1x40HQ, goods: sugar packaged in jumbo bags, 26 tons", "sugar"),
        # ...nor a preposition left dangling before the packing's figure.
        ("Qingdao - Tema 1x20GP, commodity: PVC resin in 25kg bags, 20 tons", "PVC resin"),
    ],
)
def test_packing_said_after_the_goods_is_not_their_name(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "price"),
    [
        # A price the customer asks us to meet is their target, said without its label.
        ("福州到拉各斯 1x40HQ 家具 9吨 2800能做吗", 2800),
        ("宁波到吉达 两个高柜 灯具 每柜6吨 能不能做到2500", 2500),
        ("厦门到达曼 一个小柜 石材 25吨 1500能走吗", 1500),
        ("青岛到蒙巴萨 40HQ 轮胎 12吨 两千二可以做吗", 2200),
        ("Ningbo to Lagos 1x40HQ furniture 9t, can you do 2600?", 2600),
        ("Xiamen - Tema 1x20GP granite 26 tons. Could you make it 1750?", 1750),
    ],
)
def test_a_price_asked_to_be_met_is_the_target(text: str, price: float) -> None:
    assert _read(text)["target_price"] == price


@pytest.mark.parametrize(
    "text",
    [
        # ...but a date, a weight or a count asked about is no price.
        "上海到拉各斯 一个40高 家具 10吨 能做到12月5号吗",
        "厦门到达曼 一个小柜 石材 25吨 能做到30吨吗",
        "Qingdao to Tema 1x20GP tiles, can you do 28 tons in a 20GP?",
        "Ningbo to Lagos 1x40HQ furniture 9t, can you do 2 boxes?",
    ],
)
def test_other_figures_asked_about_are_no_target(text: str) -> None:
    assert _read(text)["target_price"] is None


@pytest.mark.parametrize(
    "text",
    [
        # Goods already in the warehouse are ready the day the message came.
        "上海到拉各斯 一个40高 家具 10吨 货已经在仓库了",
        "宁波到迪拜 两个高柜 灯具 每柜5吨 货已经到仓库了",
        "厦门到马尼拉 拼箱 5托 2吨 4方 陶瓷 货已进仓",
        "Shanghai to Lagos 1x40HQ furniture 10 tons, cargo is already in our warehouse",
        "Ningbo to Dubai 1x40HQ lamps 6 tons, goods already at our warehouse",
    ],
)
def test_goods_in_the_warehouse_are_ready_now(text: str) -> None:
    assert _read(text)["cargo_ready"] == TODAY.isoformat()


@pytest.mark.parametrize(
    ("text", "ready"),
    [
        # A day of the month in Chinese numerals, with no month, is this month's or the next.
        ("宁波到吉达 三个高柜 地毯 每柜九吨 十五号货好", "2026-12-15"),
        ("青岛到达曼 两个小柜 瓷砖 二十六吨 十八号装柜", "2026-12-18"),
        ("深圳到拉各斯 一个高柜 服装 八吨 二十三号货好", "2026-12-23"),
        # ...never a numbered box, berth or line.
        ("深圳到拉各斯 一个高柜 服装 八吨 三号柜先走", None),
    ],
)
def test_a_day_in_chinese_numerals(text: str, ready: str | None) -> None:
    assert _read(text)["cargo_ready"] == ready


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # A DG's name written right before its UN number, its packing group after it.
        ("SZ-DUR 1*20GP herbicide UN2588 6.1类 14T", "herbicide"),
        ("Tianjin - Karachi 1x20GP, sodium sulphide UN1849 Class 8 PG II, 20 t", "sodium sulphide"),
        (
            "Ningbo to Chennai 1x20GP ferric chloride UN 2582 Class 8 PG III, 22 MT",
            "ferric chloride",
        ),
        # "危险品N类" names the kind of goods; their name follows the UN number.
        ("危险品8类 UN1789 盐酸 上海到卡拉奇 一个20尺 18吨", "盐酸"),
        ("危险品3类 UN1263 油漆 宁波到拉各斯 1x20GP 14吨", "油漆"),
    ],
)
def test_a_dangerous_goods_name_beside_its_un_number(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "pod"),
    [
        # A port's short code after "to" or 到, written as a name with a capital.
        ("Qingdao to Dar 2x20GP tiles 26t each", "TZDAR"),
        ("Xiamen to Mba 1x40HQ granite 26 tons", "KEMBA"),
        ("Shenzhen to Abj 1x40HQ 8 tons shoes", "CIABJ"),
        ("宁波到Dar 两个高柜 家具 每柜九吨", "TZDAR"),
        # ...never the first word of a port's longer name.
        ("Shanghai to Los Angeles 1x40HQ furniture 10 tons", "USLAX"),
    ],
)
def test_a_short_code_after_to(text: str, pod: str) -> None:
    assert _read(text)["pod"] == pod


@pytest.mark.parametrize(
    ("text", "ready"),
    [
        # A day and month with a dot or a dash right after a ready word, day first abroad.
        ("Shanghai - Durban 1x20GP steel wire 21 MT, ready 15.12.", "2026-12-15"),
        (
            "Dear Sir, 40'HC x 2 Ningbo-Mombasa, sofas, 9,5 tons each, cargo ready 19-12",
            "2026-12-19",
        ),
        ("Cotizar 1x20' Qingdao - Cartagena, llantas, 18.500 kg, lista el 11-12.", "2026-12-11"),
        ("Ningbo - Santos 1x40HC, pneus, 12.000 kg, pronta 14-12", "2026-12-14"),
        ("Ningbo - Abidjan 1x40HC, meubles, 9 t, prête le 17.12", "2026-12-17"),
        # ...never a span of days.
        ("Ningbo - Lagos 1x40HQ furniture 9 tons, ready 3-5 days", None),
    ],
)
def test_a_dotted_or_dashed_day_after_a_ready_word(text: str, ready: str | None) -> None:
    assert _read(text)["cargo_ready"] == ready


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # The goods' label in Spanish, Portuguese or French, written without a colon.
        ("Buenas tardes, 1x20' Qingdao - Cartagena, mercancía llantas, 18.500 kg", "llantas"),
        ("Olá, 1x40HC Ningbo - Santos, mercadoria pneus usados, 12 t", "pneus usados"),
        ("Bonjour, 1x40HC Ningbo - Lomé, marchandise carreaux, 25 t", "carreaux"),
        # ...not "general cargo", which names no goods.
        ("Hola, 1x20GP Qingdao - Callao, mercancía general, 20 t, muebles", "muebles"),
    ],
)
def test_a_latin_goods_label_without_a_colon(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # The trade the customer says they are in, after a greeting, names the goods.
        ("您好我是做灯具的 中山出一个四十尺高柜到迪拜 六吨", "灯具"),
        ("老板你好 我们做家具的 佛山到吉达 三个高柜 每柜八吨", "家具"),
        ("你好 我司是做五金的 宁波出两个小柜去拉各斯 每柜二十吨", "五金"),
        ("您好我是做陶瓷的潮州出一个小柜到蒙巴萨二十五吨", "陶瓷"),
    ],
)
def test_the_customers_trade_names_the_goods(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "pieces", "weight"),
    [
        # Loose goods named before their count, then each one's size or weight.
        ("厦门到马尼拉 拼箱 不锈钢水槽 12个 每个80公斤 共1.5方", 12, 960),
        ("广州到迪拜 拼箱 铁货架 六个 每个一百五十公斤 共四方", 6, 900),
        ("上海到达曼 拼箱 发电机 3个 每个1.5x1x1.2米 每个700公斤", 3, 2100),
    ],
)
def test_goods_counted_then_each_described(text: str, pieces: int, weight: float) -> None:
    read = _read(text)
    assert (read["pieces"], read["weight_kg"]) == (pieces, weight)


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # A machine's model code written after its name is part of the goods.
        ("Dear, 1x40' flat rack Tianjin to Lagos, excavator SY215C, 21 tons", "excavator SY215C"),
        ("Qingdao to Tema 1x40FR wheel loader ZL50G 17 tons", "wheel loader ZL50G"),
        ("Shanghai - Mombasa 1x20GP forklift CPD30, 4.5 tons", "forklift CPD30"),
        # "all" said of the goods is not part of their name.
        ("Hi, Ningbo to Lagos 2x40HQ, all kitchen appliances, 8 tons each", "kitchen appliances"),
        ("Xiamen - Lomé 1x40HQ, all plastic chairs, 7 tons", "plastic chairs"),
    ],
)
def test_model_codes_and_all(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "boxes", "weight"),
    [
        # A figure said again after a correction in Spanish, Portuguese or French is the one
        # meant, per box when it says so.
        (
            "Hola, 1x40HC Xiamen - Callao, sillas, 7 t. Perdón, son 2x40HC, 7 t cada uno",
            "2x40HQ",
            14000,
        ),
        (
            "Olá, 1x20GP Qingdao - Santos, pisos, 25 t. Corrigindo: são 2x20GP, 25 t cada",
            "2x20GP",
            50000,
        ),
        (
            "Bonjour, 1x40HC Ningbo - Dakar, meubles, 8 t. Rectification : 2x40HC, 8 t chacun",
            "2x40HQ",
            16000,
        ),
        ("Hola, 1x20GP Tianjin - Iquique, tubos, 20 t. Corrección: 22 t", "1x20GP", 22000),
    ],
)
def test_a_figure_said_again_after_a_latin_correction(text: str, boxes: str, weight: float) -> None:
    read = _read(text)
    assert (read["containers"], read["weight_kg"]) == (boxes, weight)


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # How near a figure is ("about", "approx", "abt") is never part of the goods.
        ("Hi, Ningbo - Lagos 2x40HQ furniture about 9 tons each", "furniture"),
        ("Xiamen - Tema 1x20GP granite approx 26 tons", "granite"),
        ("Qingdao - Dar 1x40HQ tyres abt 12 t", "tyres"),
    ],
)
def test_about_is_never_goods(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "boxes", "weight"),
    [
        # Full container loads counted before the type.
        ("Hello, 2 FCL 40HQ from Ningbo to Tema, ceramic tiles, 27 tons per FCL", "2x40HQ", 54000),
        ("Need rate for 3 FCL x 20' Qingdao - Mombasa, marble, 26 t per FCL", "3x20GP", 78000),
        ("Xiamen - Lagos 2 FCLs of 40HC, tyres, 12 tons each", "2x40HQ", 24000),
        ("Cotización de 2 FCL 40HC Ningbo - Callao, muebles, 9 t por contenedor", "2x40HQ", 18000),
    ],
)
def test_full_container_loads_counted(text: str, boxes: str, weight: float) -> None:
    read = _read(text)
    assert (read["containers"], read["weight_kg"]) == (boxes, weight)


@pytest.mark.parametrize(
    ("text", "pieces", "weight"),
    [
        # One piece's figure said with "each pallet", or after "N drums x".
        ("LCL Ningbo to Jeddah: 8 pallets, each pallet 350 kg, total 6.4 m3, lamps", 8, 2800),
        ("LCL Qingdao - Dammam, 10 drums x 200 kg, 2 cubic meters, resin", 10, 2000),
        ("Grupaje Shanghai - Valencia: 6 palets, cada palet 300 kg, 5 m3, azulejos", 6, 1800),
        ("Groupage Ningbo - Dakar : 4 palettes, chaque palette 250 kg, 3 m3, pièces", 4, 1000),
        ("LCL Tianjin - Karachi 12 bags * 50 kg, 0.9 cbm, pigment", 12, 600),
    ],
)
def test_each_pieces_figure_said_before_it(text: str, pieces: int, weight: float) -> None:
    read = _read(text)
    assert (read["pieces"], read["weight_kg"]) == (pieces, weight)
