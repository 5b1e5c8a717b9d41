"""Round 27 of issue 15: patterns a blind writer produces, each written new ways (never a
held-out sentence: other ports, other goods, other figures)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from csdesk.rules.inquiry_fields import fields_to_json
from tests.unit.corpus_score import _as_expected
from tests.unit.intake_fixtures import PARSER, TODAY


def _read(text: str) -> dict[str, Any]:
    parsed = fields_to_json(PARSER.parse(text, TODAY).values())
    return {name: _as_expected(name, value) for name, value in parsed.items()}


@pytest.mark.parametrize(
    ("text", "boxes", "weight"),
    [
        # A big-cargo count said with 个 is meant as a count, however large.
        ("大货 青岛到达曼 75个40HQ 瓷砖 每柜27吨", "75x40HQ", 2025000),
        ("项目货：上海-吉布提 120个20GP 水泥 每柜26吨", "120x20GP", 3120000),
        # The count and 柜子 first, the size after.
        ("嗯那个去拉各斯的三个柜子四十尺高的 装的是家具 每柜九吨", "3x40HQ", 27000),
        ("要发两个柜子二十尺的去吉达 瓷砖每柜二十五吨", "2x20GP", 50000),
    ],
)
def test_counts_said_before_the_box(text: str, boxes: str, weight: float) -> None:
    read = _read(text)
    assert (read["containers"], read["weight_kg"]) == (boxes, weight)


@pytest.mark.parametrize(
    "text",
    [
        # A count no inquiry has, or one written as "x", is still asked about.
        "宁波到拉各斯 800个40HQ 家具",
        "宁波到拉各斯 70x40HQ 家具",
    ],
)
def test_implausible_counts_still_asked(text: str) -> None:
    parsed = PARSER.parse(text, TODAY)
    assert "containers" not in parsed.fields
    assert [question.reason for question in parsed.questions] == ["count"]


@pytest.mark.parametrize(
    ("text", "boxes", "weight", "ports"),
    [
        ("上海到蒙巴萨、达累斯萨拉姆各一个40HQ 家具 各9吨", "2x40HQ", 18000, ("KEMBA", "TZDAR")),
        ("QD-LOS/TEM 各2x20GP 瓷砖 每柜25T", "4x20GP", 100000, ("NGLOS", "GHTEM")),
        ("宁波发拉各斯和科托努 各一个高柜 布料 每柜十吨", "2x40HQ", 20000, ("NGLOS", "BJCOO")),
    ],
)
def test_boxes_each_to_several_ports(
    text: str, boxes: str, weight: float, ports: tuple[str, ...]
) -> None:
    parsed = PARSER.parse(text, TODAY)
    read = _read(text)
    assert (read["containers"], read["weight_kg"], read.get("pod")) == (boxes, weight, None)
    assert [(q.name, q.readings) for q in parsed.questions] == [("pod", ports)]


def test_one_port_picked_after_each_is_no_pair() -> None:
    text = "宁波到拉各斯和科托努各一个40HQ？不，先只报拉各斯，1x40HQ，布料"
    parsed = PARSER.parse(text, TODAY)
    assert (_read(text)["containers"], _read(text)["pod"]) == ("1x40HQ", "NGLOS")
    assert all(question.name != "pod" for question in parsed.questions)


@pytest.mark.parametrize(
    ("text", "pod"),
    [
        # A country said before the port is no part of its name (越南海防 is not 南海).
        ("我们有个高柜要去那个越南海防的 装的是家具", "VNHPH"),
        ("从宁波发一个小柜到肯尼亚蒙巴萨 瓷砖二十吨", "KEMBA"),
        ("深圳到坦桑尼亚达累斯萨拉姆 一个高柜 衣服", "TZDAR"),
        # ...nor after it.
        ("就是要去卡亚俄秘鲁那边 一个高柜 轮胎", "PECLL"),
        # ...but a port whose name holds a country's stays whole.
        ("上海到巴西古当 一个高柜 家具", "MYPGU"),
        ("宁波到突尼斯拉德斯 一个小柜 瓷砖", "TNRDS"),
        # The sound a voice-to-text writes for 蒙巴萨.
        ("要去孟巴萨的一个小柜 化肥", "KEMBA"),
    ],
)
def test_a_country_around_the_port(text: str, pod: str) -> None:
    assert _read(text)["pod"] == pod


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A spoken place ends where the talk goes on (a pickup asked for: without one, where
        # the goods are is no pickup address, the settled convention, round 28).
        ("我们的货在中山然后要去拉各斯 一个高柜 EXW", "中山"),
        ("货在义乌这边要发到吉达 一个小柜 EXW", "义乌"),
    ],
)
def test_a_spoken_place_ends_with_the_talk(text: str, place: str) -> None:
    assert _read(text)["pickup_address"] == place


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Fillers and speech before and after the goods in voice-to-text.
        ("你好我们有一批那个陶瓷花瓶要去迪拜 一个小柜", "陶瓷花瓶"),
        ("到那个拉各斯的一个高柜我们是装那个铝合金门窗十吨", "铝合金门窗"),
        ("一个高柜去达曼是那个汽车脚垫然后大概九吨", "汽车脚垫"),
        ("拼箱到吉达十个托盘然后是那个塑料餐盒", "塑料餐盒"),
        ("一个高柜去蒙巴萨是办公椅就是那种转椅八吨", "办公椅"),
        # The goods taken back, the ones meant said after a filler.
        ("两个小柜去德班装的是那个花岗岩不对不对是那个大理石板每柜二十五吨", "大理石板"),
        ("一个高柜去拉各斯 装的是床垫不对 是那个沙发 八吨", "沙发"),
        ("一个小柜去吉达装的是化肥不是是复合肥然后大概二十吨", "复合肥"),
    ],
)
def test_speech_around_the_goods(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    "text",
    [
        # 不对 correcting a date or a count does not name goods.
        "宁波到拉各斯一个高柜 瓷砖 十二月五号 不对是下周五",
        "宁波到拉各斯两个高柜 不对是三个 瓷砖",
    ],
)
def test_a_correction_of_something_else_keeps_the_goods(text: str) -> None:
    assert _read(text)["commodity"] == "瓷砖"


def test_today_is_the_desk_clock() -> None:
    assert dt.date(2026, 11, 30) == TODAY


@pytest.mark.parametrize(
    ("text", "weight", "each"),
    [
        # One bare figure for several boxes: kept as the total, asked about (it may be each box's).
        ("XM-DUR 3x20GP 石材 24T ETD1220", 24000, 72000),
        ("NB-LOS 2*40HQ 家具 12吨", 12000, 24000),
        ("2x40HQ Qingdao-Mombasa, tyres 18 tons", 18000, 36000),
    ],
)
def test_a_bare_figure_for_several_boxes_is_asked(text: str, weight: float, each: float) -> None:
    parsed = PARSER.parse(text, TODAY)
    assert _read(text)["weight_kg"] == weight
    assert [(q.name, q.reason) for q in parsed.questions] == [("weight_kg", "weight_per_box")]
    assert parsed.questions[0].readings == (weight, each)


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # Said per box, said as a total, or one box: no question.
        ("NB-LOS 2*40HQ 家具 12吨/柜", 24000),
        ("NB-LOS 2x40HQ 家具 共12吨", 12000),
        ("2x40HQ Qingdao-Mombasa, tyres 18 tons each", 36000),
        ("NB-LOS 1x40HQ 家具 12吨", 12000),
        ("NB-LOS 3x20GP 钢板 75吨", 75000),
        # "一柜大概是十吨": per box, with a vague word between.
        ("去达曼的两个小柜 瓷砖 一柜大概是二十吨", 40000),
    ],
)
def test_a_figure_with_its_cue_is_not_asked(text: str, weight: float) -> None:
    parsed = PARSER.parse(text, TODAY)
    assert _read(text)["weight_kg"] == weight
    assert all(question.name != "weight_kg" for question in parsed.questions)


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("hi 从厦门发拼箱去达曼 4.5cbm 800kgs 15件 内容是五金工具", "五金工具"),
        ("拼箱 青岛到拉各斯 6方 内容物: 服装", "服装"),
        # The origin after "from" is no word of the goods.
        (
            "Dear Sir, we import from China electric kettles. 1x40HQ Ningbo to Aqaba, 9 tons.",
            "electric kettles",
        ),
        ("We buy from Vietnam rubber gloves, 1x40HQ Haiphong to Jeddah, 10 tons", "rubber gloves"),
    ],
)
def test_goods_after_a_label_or_an_origin(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I need 1 container 40 feet high from Qingdao to Dammam, tiles, 20 tons.",
        "Please quote 1x 40ft high Ningbo to Lagos, furniture 9 tons",
    ],
)
def test_forty_feet_high_is_a_high_cube(text: str) -> None:
    assert _read(text)["containers"] == "1x40HQ"


@pytest.mark.parametrize(
    ("text", "name", "address"),
    [
        (
            "Please quote DAP 1x40HQ Ningbo to Mombasa, deliver to our warehouse at Plot 7 "
            "Moi Avenue, Nairobi. Tiles 25 tons.",
            "delivery_address",
            "Plot 7 Moi Avenue, Nairobi",
        ),
        (
            "Hi, EXW pickup at No. 18 Jiefang Road, Cixi, Zhejiang to Tema, 1x20GP pumps 10 tons",
            "pickup_address",
            "No. 18 Jiefang Road, Cixi, Zhejiang",
        ),
        (
            "Pick up from Room 3, 55 Changjiang Road, Huangyan, Zhejiang via Ningbo to Durban, "
            "1x40HQ chairs",
            "pickup_address",
            "Room 3, 55 Changjiang Road, Huangyan, Zhejiang",
        ),
    ],
)
def test_an_address_without_whose_place_or_the_route(text: str, name: str, address: str) -> None:
    assert _read(text)[name] == address


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Where the goods go next ends their name; a volume's label is no goods.
        ("你好我们有一台推土机要走框架箱从天津到达曼", "推土机"),
        ("我们有两台锅炉要发散货从上海到吉达", "锅炉"),
        ("从青岛出一个小柜去吉达 十吨 体积二十八方 陶瓷", "陶瓷"),
    ],
)
def test_goods_end_where_the_talk_goes_on(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "temperature"),
    [
        # On a reefer, a minus figure standing alone is its temperature.
        ("SHA-JED 1x40RF frozen chicken -18 25MT", -18),
        ("QD-DMM 40RF 冻鱼 -25 27吨", -25),
    ],
)
def test_a_minus_figure_on_a_reefer(text: str, temperature: float) -> None:
    assert _read(text)["temperature_c"] == temperature


def test_a_minus_figure_without_a_reefer_is_no_temperature() -> None:
    assert _read("NB-LOS 2x40HQ -5 furniture").get("temperature_c") is None


@pytest.mark.parametrize(
    ("text", "pod", "boxes"),
    [
        # A shipment already quoted, told beside the new one, is set aside.
        (
            "在吗 我有两票 一票是上海到拉各斯 1x40HQ 你之前报过了 价格可以 另一票问下: "
            "上海到德班 1x20GP 地砖 20吨",
            "ZADUR",
            "1x20GP",
        ),
        (
            "Hi,\nTwo lots:\n1) Ningbo-Mombasa 3x40HQ tiles - you already quoted, fine.\n"
            "2) NEW: Ningbo-Dar es Salaam 2x20GP marble slabs, 24 t each.\nPlease quote #2.",
            "TZDAR",
            "2x20GP",
        ),
    ],
)
def test_a_shipment_already_quoted_is_set_aside(text: str, pod: str, boxes: str) -> None:
    read = _read(text)
    assert (read["pod"], read["containers"]) == (pod, boxes)


def test_a_question_whether_it_was_quoted_keeps_the_inquiry() -> None:
    read = _read("宁波到拉各斯 1x40HQ 家具 报过了吗")
    assert (read["pod"], read["containers"], read["commodity"]) == ("NGLOS", "1x40HQ", "家具")


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # The last item of a list runs into its figure.
        ("宁波出一个小柜到吉达 电钻、切割机9吨", "电钻/切割机"),
        ("上海到德班 一个高柜 窗帘、床单12吨", "窗帘/床单"),
    ],
)
def test_a_list_of_goods_ending_in_a_figure(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # "estándar" says the plain box, never the goods.
        (
            "Favor cotizar flete Shanghai - Callao, Perú. 1 contenedor 20 pies estándar, "
            "planchas de zinc, 24 toneladas.",
            "planchas de zinc",
        ),
        (
            "Saludos. Favor cotizar flete Ningbo - Guayaquil, Ecuador. 1 contenedor 40 pies "
            "estándar, tejas de acero, 18 toneladas.",
            "tejas de acero",
        ),
    ],
)
def test_a_standard_box_is_not_the_goods(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        # Either port of loading will do, the verb said after each: asked, not guessed.
        ("您好，厦门出或者福州出都行，到拉各斯，1个40HQ，瓷砖", ("CNXMN", "CNFOC")),
        ("青岛走或者天津走都可以 到吉达 一个高柜", ("CNTAO", "CNTXG")),
    ],
)
def test_either_port_of_loading_with_its_verb(text: str, ports: tuple[str, ...]) -> None:
    parsed = PARSER.parse(text, TODAY)
    assert "pol" not in parsed.fields
    assert [(q.name, q.readings) for q in parsed.questions] == [("pol", ports)]
