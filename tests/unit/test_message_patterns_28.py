"""Round 28 of issue 15: patterns the newest blind sets (21-24) show, each written new ways
(never a held-out sentence: other ports, other goods, other figures), read as the settled
conventions of the held-out sets say."""

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
        # The day the ship must sail by, or a vessel's cut-off: no ready day, alone or not.
        "厦门到蒙巴萨 一个高柜 陶瓷杯 九吨 十二月二十号之前一定要上船",
        "NB-DAR 2x20GP 轮胎 月底前出",
        "青岛到拉各斯两个小柜钢钉每柜二十六吨下个月五号前要开船",
        "天津到吉大港 1x40HQ 纸巾 12月18日截关的船还有位吗",
        "宁波到达曼 一个小柜 灯具 12/22截港前能进吗",
        # Goods to ship out by a day: a deadline too (the convention settled in round 34).
        "上海到卡拉奇 1x40HQ 纺织机 12月16号之前出货",
    ],
)
def test_a_sailing_deadline_is_no_ready_day(text: str) -> None:
    assert _read(text).get("cargo_ready") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Goods that can ship by a day: their ready day.
        ("广州到阿比让一个高柜假发下周五前可以出货", "2026-12-11"),
    ],
)
def test_goods_out_by_a_day_are_ready_then(text: str, day: str) -> None:
    assert _read(text)["cargo_ready"] == day


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        # The cargo's value said with 是, or in Spanish without "de la": never a target price.
        ("青岛到达曼 1x20GP 阀门 15吨 DDP 货值是三万二美金", 32000, "USD"),
        ("宁波到蒙巴萨 一个高柜 灯具 货值大概是八万人民币 DDP", 80000, "CNY"),
        (
            "Cotizar 1x40HC Xiamen - Callao, cerámica, CIF. Valor mercancía USD 36.500.",
            36500,
            "USD",
        ),
    ],
)
def test_the_cargo_value_is_no_target(text: str, value: float, currency: str) -> None:
    read = _read(text)
    assert (read["cargo_value"], read["cargo_value_currency"]) == (value, currency)
    assert read.get("target_price") is None


@pytest.mark.parametrize(
    ("text", "name", "address"),
    [
        # The door after 送到 in Latin letters, "Delivery:", "livraison à :", and the pickup in
        # Spanish, French and Portuguese, or a Chinese street after EXW or 地址.
        (
            "广州到吉达 1x40HQ 家具 8吨 DDP 送到Al Safa District Street 12",
            "delivery_address",
            "Al Safa District Street 12",
        ),
        (
            "DDP please, 1x20GP Ningbo - Dar es Salaam, tiles 24t. Delivery: Plot 7 Nyerere Road, Dar es Salaam.",
            "delivery_address",
            "Plot 7 Nyerere Road, Dar es Salaam",
        ),
        (
            "Groupage Ningbo - Abidjan, 4 palettes, 1 200 kg. DAP, livraison à : Rue 12, Treichville, Abidjan.",
            "delivery_address",
            "Rue 12, Treichville, Abidjan",
        ),
        (
            "LCL Shanghai - Guayaquil 8 cajas 900 kg. EXW, recogida en: No. 5 Haibin Road, Ningbo.",
            "pickup_address",
            "No. 5 Haibin Road, Ningbo",
        ),
        (
            "Groupage Xiamen - Lomé, 2 colis. Enlèvement EXW : 66 Hubin Road, Xiamen. Merci",
            "pickup_address",
            "66 Hubin Road, Xiamen",
        ),
        (
            "上海到德班 一个小柜 阀门 12吨 EXW 无锡新区长江路21号 谢谢",
            "pickup_address",
            "无锡新区长江路21号",
        ),
        (
            "宁波到拉各斯 拼箱 3托 工厂EXW 地址 江苏省常州市武进区湖塘镇人民路5号",
            "pickup_address",
            "江苏省常州市武进区湖塘镇人民路5号",
        ),
    ],
)
def test_addresses_after_their_words(text: str, name: str, address: str) -> None:
    assert _read(text)[name] == address


@pytest.mark.parametrize(
    "text",
    [
        # Where the goods or the factory are, told in passing with no pickup asked: no pickup
        # address, and no port of loading either.
        "嗯我们的货在江门然后要去那个达喀尔一个四十尺高柜瓷砖",
        "那个我们工厂在惠州然后想发一个小柜去蒙巴萨装的是电线",
        "青岛到达曼 两个高柜 轮胎 货在潍坊 下周三",
    ],
)
def test_where_the_goods_are_is_no_pickup_nor_port(text: str) -> None:
    read = _read(text)
    assert read.get("pickup_address") is None
    assert read.get("pol") in (None, "CNTAO")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Forwarders' shorthand for the day: ETD and four digits, or the message's last word.
        ("XM-DAR 1x20GP 石材 26T ETD1221 目标1300", "2026-12-21"),
        ("TJ-JEA 2*40HQ 钢管 24T/柜 ETD 0108", "2027-01-08"),
        ("GZ-MBA 1x40HQ 灯具 6T 1219", "2026-12-19"),
        ("宁波-拉各斯 1x40HQ 家具 共九吨 12.16", "2026-12-16"),
    ],
)
def test_shorthand_days(text: str, day: str) -> None:
    assert _read(text)["cargo_ready"] == day


@pytest.mark.parametrize(
    "text",
    [
        # A figure ending the message is no day: a price, a class, a UN number, a volume.
        "宁波到拉各斯 一个高柜 家具 价格 1130",
        "Ningbo-Tema 1x20GP paint UN 1263 class 3.1",
        "LCL 上海到巴生 4托 体积 11.2",
        "NB-LOS 1x40HQ furniture 9T target 1030",
    ],
)
def test_a_last_figure_that_is_no_day(text: str) -> None:
    assert _read(text).get("cargo_ready") is None


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # One block, one piece, one unit: pieces (containers are not).
        ("厦门出 20OT 一个 去蒙巴萨 花岗岩荒料 一块 尺寸280×200×160 25吨", "pieces", 1),
        ("天津到吉达 40FR 钢板 两块 每块12吨", "pieces", 2),
        ("1x40FR Shanghai - Lagos, generator set (one unit), 14 t", "pieces", 1),
        ("Need 1x20OT Ningbo - Mombasa. Cargo: boiler, 1 piece, 16,000 kg.", "pieces", 1),
        # A denial of DG with the English letters after the Chinese word.
        ("GZ-LOS 1x40HQ 灯具 非DG 8T", "dg", False),
        # The shipper said as 托运人 or as the factory with its colon.
        (
            "宁波到达曼 40HQ 一个 卫浴 12吨 托运人：台州某某洁具有限公司",
            "shipper",
            "台州某某洁具有限公司",
        ),
        ("青岛出 20OT 一个 去吉大港 石材荒料 工厂：平度鑫盛石业", "shipper", "平度鑫盛石业"),
    ],
)
def test_pieces_dg_and_shipper_words(text: str, field: str, value: Any) -> None:
    parsed = PARSER.parse(text, TODAY)
    got = parsed.fields[field].value if field == "dg" else _read(text).get(field)
    assert got == value


def test_money_in_blocks_is_no_pieces() -> None:
    read = _read("宁波到拉各斯 1x40HQ 家具 目标三千块 一块走")
    assert read.get("pieces") is None


def test_a_factory_address_after_its_colon_is_no_shipper() -> None:
    read = _read("宁波到拉各斯 拼箱 3托 EXW 工厂：浙江省慈溪市观海卫镇工业路8号")
    assert read.get("shipper") is None


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Voice-to-text: the goods after 装的是 run on from the route, up to a remark or figure.
        ("嗯我们有个冷柜要从青岛走到海防装的是冻虾仁温度零下十八度二十吨", "冻虾仁"),
        ("那个有个二十尺罐箱从上海走到卡拉奇装的是食品级甘油非危大概二十一吨", "食品级甘油"),
        # A kind taken back ("干的不是干的是新鲜的"): the goods named after the one meant.
        ("嗯那个青岛到釜山一个小柜装的是干的不是干的是新鲜的生姜二十吨", "生姜"),
    ],
)
def test_goods_said_in_passing_in_voice(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # Each pallet's figure said with 个, fillers between: times the pallets counted.
        ("嗯那个拼箱去吉大港然后我们是六个托盘然后每个托盘三百公斤左右是那个五金", 1800),
        ("拼箱 青岛到釜山 十个木箱 每个木箱一百二十公斤", 1200),
        # The 一 of 一共 after a figure is no tenth of it ("十二吨一共" is 12 t, not 12.1 t).
        ("宁波到利马 两个高柜 鞋子 每柜九吨一共两千箱", 18000),
    ],
)
def test_per_pallet_and_spoken_totals(text: str, weight: float) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "boxes", "goods"),
    [
        # Reefers and tanks named in French, Spanish, Portuguese; goods opening with an accent.
        (
            "Bonjour, merci de coter 1 conteneur frigorifique 40' Ningbo - Douala, poisson congelé, -20 °C, 24 tonnes.",
            "1x40RF",
            "poisson congelé",
        ),
        (
            "Favor cotizar 3 isotanques Tianjin - Callao, glicerina, 21 t cada uno.",
            "3x20TK",
            "glicerina",
        ),
        (
            "Cotação 1 ISO tank 20' Nanjing -> Paranaguá, óleo de soja, carga não perigosa, 20 t.",
            "1x20TK",
            "óleo de soja",
        ),
    ],
)
def test_special_boxes_in_latin_languages(text: str, boxes: str, goods: str) -> None:
    read = _read(text)
    assert (read["containers"], read["commodity"]) == (boxes, goods)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # Goods joined by &, and a name before its UN number with "de" in it, accented.
        (
            "Pls quote Qingdao to Aden 1x40HQ, biscuits & wafers 18 tons. Thanks",
            "commodity",
            "biscuits & wafers",
        ),
        (
            "1x20GP Shanghai - Santos, tintas de impressão UN1210 classe 3, 9.000 kg.",
            "commodity",
            "tintas de impressão",
        ),
        # The shipper in French after its colon.
        (
            "40' flat rack Tianjin - Abidjan, une niveleuse, 18 t. Chargeur : XCMG Machinery.",
            "shipper",
            "XCMG Machinery",
        ),
    ],
)
def test_goods_and_shipper_in_latin_languages(text: str, field: str, value: str) -> None:
    assert _read(text)[field] == value


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A part of the month without the month (the desk's day is Mon 2026-11-30): 下旬 is
        # the month's last day, 上旬 the first (said after the 10th: the next month's).
        ("厦门到达曼 一个高柜 石材 下旬出货", "2026-11-30"),
        ("宁波到蒙巴萨 两个小柜 瓷砖 上旬装柜", "2026-12-01"),
    ],
)
def test_a_part_of_the_month_without_the_month(text: str, day: str) -> None:
    assert _read(text)["cargo_ready"] == day


@pytest.mark.parametrize(
    "text",
    ["周日有人值班吗 QD-JEA 1*40HQ 轮胎 20吨", "明天还上班吗？厦门到拉各斯 一个高柜 家具 九吨"],
)
def test_whether_the_office_is_open_is_no_ready_day(text: str) -> None:
    assert _read(text).get("cargo_ready") is None


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # A longer name held together by "of" words in Spanish or French; a known word in the
        # signature after a sign-off is not the goods.
        (
            "Hola,\nLCL Shanghai - Guayaquil: 9 cajas, 2,1 m3, 480 kg, accesorios para bombas de agua.\nGracias,\nPedro Ruiz - Ceramicas Ruiz SAC",
            "accesorios para bombas de agua",
        ),
        (
            "Bonjour,\ngroupage Ningbo - Lomé : 4 palettes, 1 300 kg, 5 m3, pièces de rechange pour motos.\nBien cordialement,\nKodjo",
            "pièces de rechange pour motos",
        ),
        (
            "Bonjour,\n1 x 40' Qingdao - Conakry, marchandise dangereuse : peinture, UN 1263, classe 3, 12 t.\nCdlt,\nAlpha Barry",
            "peinture",
        ),
    ],
)
def test_long_latin_names_and_signatures(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Two words after "and", and a question after the goods' sentence is not them.
        (
            "Hi, I need 1 container 40 feet from Xiamen to Jeddah, office chairs and steel cabinets, 9 ton. What is the rate? Omar",
            "office chairs and steel cabinets",
        ),
        ("We have 1x20GP cups and plates from Ningbo to Aqaba, 12 tons", "cups and plates"),
    ],
)
def test_goods_joined_by_and_in_english(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        # LCL: each piece's own size when as many sizes as pieces are given, else pieces x size.
        ("LCL Ningbo - Mombasa, 2 crates, 200x100x150 cm and 120x100x100 cm, 1,100 kg, pumps", 4.2),
        ("拼箱 上海到海防 3托 每托120*100*100 共900公斤 五金", 3.6),
    ],
)
def test_lcl_volume_worked_out_from_sizes(text: str, volume: float) -> None:
    assert _read(text)["volume_cbm"] == pytest.approx(volume)


@pytest.mark.parametrize(
    ("text", "boxes"),
    [
        # "之前说的…改成…": the request talked of before, changed, not a past shipment.
        ("嗯那个之前说的三个小柜改成四个了还是宁波到蒙巴萨每柜二十五吨瓷砖", "4x20GP"),
        ("之前问的一个高柜改成两个 厦门到拉各斯 家具 每柜八吨", "2x40HQ"),
    ],
)
def test_a_request_talked_of_before_and_changed(text: str, boxes: str) -> None:
    assert _read(text)["containers"] == boxes


@pytest.mark.parametrize(
    ("text", "size"),
    [
        # Each side after its own label, in any order, 度 and 是 said with it.
        (
            "嗯有个框架箱去达曼那个是一台挖掘机然后宽度是三米高是三米二长是九米五重量二十二吨",
            "950x300x320",
        ),
        ("40FR 一个 天津到吉达 装载机 高3.1米 长7.2米 宽2.6米 18吨", "720x260x310"),
    ],
)
def test_sides_labelled_in_any_order(text: str, size: str) -> None:
    assert _read(text)["dimensions_cm"] == size


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Speech: the goods said with the sending verb, before it or between it and the place.
        ("你好老板烟花要发到马尼拉从北海走一个小柜大概八吨你们能接吗", "烟花"),
        ("我们是做雨伞的要发雨伞去吉达从厦门出一个高柜六吨", "雨伞"),
    ],
)
def test_goods_said_with_the_sending_verb(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


def test_a_person_sending_is_no_goods() -> None:
    assert _read("我们要发到拉各斯 从宁波走 一个高柜").get("commodity") is None


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # Chinese ports written in traditional characters (data aliases).
        ("您好，從寧波到基隆，拼箱 2托，1.2立方，300公斤，是文具", "pol", "CNNGB"),
        ("青島到雅加達 一個小柜 輪胎", "pol", "CNTAO"),
    ],
)
def test_traditional_characters_for_chinese_ports(text: str, field: str, value: str) -> None:
    assert _read(text)[field] == value


def test_booking_at_once_is_no_ready_day() -> None:
    read = _read("宁波到卡拉奇 两个小柜 阀门 每柜二十吨 价格合适马上订")
    assert read.get("cargo_ready") is None


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # The goods of the packages counted, "of" after the packages (and their figures).
        (
            "Can you ship 5 cartons (0.6 cbm, 80 kg) of hair accessories from Yiwu to Lagos?",
            "hair accessories",
        ),
        (
            "Hello, 12 pallets of ceramic mugs to Durban from Ningbo, 3.5 cbm, 2,400 kg.",
            "ceramic mugs",
        ),
    ],
)
def test_goods_of_the_packages(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # The shipper after its Spanish label without a colon; an address ends at "Rgds".
        (
            "Carga proyecto Tianjin a Callao: 1 caldera, 60 toneladas, embarcador SINOMACH. Listo 18/12.",
            "shipper",
            "SINOMACH",
        ),
        (
            "Please quote DDP, Ningbo to Jebel Ali 1x40HQ, lamps, 6 t. Delivery to Warehouse 12, Al Qusais, Dubai. Rgds Imran",
            "delivery_address",
            "Warehouse 12, Al Qusais, Dubai",
        ),
    ],
)
def test_label_words_in_e_mails(text: str, field: str, value: str) -> None:
    assert _read(text)[field] == value


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # How near a figure is, said after it: the figure (the settled convention), never goods.
        ("厦门到马尼拉 拼箱 2方 四百公斤不到", 400),
        ("宁波到海防 拼箱 1.5方 三百公斤多一点", 300),
    ],
)
def test_a_near_figure_is_no_goods(text: str, weight: float) -> None:
    read = _read(text)
    assert (read["weight_kg"], read.get("commodity")) == (weight, None)


@pytest.mark.parametrize(
    ("text", "pod"),
    [
        # A shared code after a Chinese port of loading: a route between two Chinese ports is
        # no export, so NSA is Nhava Sheva (settled, not asked).
        ("QD-NSA 2x20GP 纯碱 25T/each", "INNSA"),
        ("宁波到NSA 1x40HQ 机械配件 12吨", "INNSA"),
    ],
)
def test_a_shared_code_after_a_chinese_port(text: str, pod: str) -> None:
    parsed = PARSER.parse(text, TODAY)
    assert parsed.fields["pod"].value == pod
    assert not [question for question in parsed.questions if question.name == "pod"]


def test_a_shared_code_said_first_is_still_asked() -> None:
    parsed = PARSER.parse("NSA-LOS 1x40HQ 家具 8T", TODAY)
    assert [question.name for question in parsed.questions] == ["pol"]
