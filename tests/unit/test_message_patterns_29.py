"""Round 29 of issue 15: patterns the newest blind sets (21-24) still show, each written new
ways (never a held-out sentence: other ports, other goods, other figures), read as the settled
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
    ("text", "containers", "weight"),
    [
        # A reefer named first without size or count, then a plain size with its count: that
        # many reefers of that size, never reefers and dry boxes side by side.
        ("冷柜询价 大连到釜山 二十尺的三个 装冻鱿鱼 零下十八度 每柜二十吨", "3x20RF", 60000),
        ("麻烦问一下冷藏柜 从厦门到海防 四十尺的两个 装榴莲 每个柜二十二吨", "2x40RF", 44000),
        # The count said after the goods, then a figure per box.
        ("冷柜 宁波到吉达 橙子三个 每个二十二吨", "3x40RF", 66000),
        ("冷藏柜从湛江去马尼拉 冻虾两个 零下二十度 每个柜十八吨", "2x40RF", 36000),
    ],
)
def test_a_count_said_apart_from_the_reefer(text: str, containers: str, weight: float) -> None:
    read = _read(text)
    assert (read["containers"], read["weight_kg"]) == (containers, weight)


def test_a_typed_dry_box_beside_a_reefer_stays() -> None:
    # A dry box typed with its letters is one more line, not the reefer's size.
    assert _read("冷柜一个 另外 2x40GP 青岛到吉达 冻肉和纸箱")["containers"] == "1x40RF+2x40GP"


@pytest.mark.parametrize(
    ("text", "weight", "pieces"),
    [
        # A figure "each" / 每个 with one box and several pieces counted: each piece's figure.
        ("宁波到达曼 一个四十尺开顶 冷轧钢卷 每个十吨 共两卷", 20000, 2),
        ("Please quote 1x20OT Xiamen to Mombasa, granite slabs, 3 crates, 7 tons each", 21000, 3),
    ],
)
def test_each_of_one_box_is_each_piece(text: str, weight: float, pieces: int) -> None:
    read = _read(text)
    assert (read["weight_kg"], read["pieces"]) == (weight, pieces)


def test_each_of_several_boxes_stays_per_box() -> None:
    read = _read("2x40HQ 青岛到拉各斯 瓷砖 3000箱 每个柜26吨")
    assert read["weight_kg"] == 52000


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # A special box counted with 台, the machines' classifier: the machine is the piece.
        ("青岛到蒙巴萨 20开顶一台 柴油发电机组 八吨", 1),
        ("广州到吉达 40尺开顶 一台 注塑机 十五吨", 1),
    ],
)
def test_a_box_counted_as_its_machine(text: str, pieces: int) -> None:
    read = _read(text)
    assert (read["pieces"], read["containers"][:2]) == (pieces, "1x")


@pytest.mark.parametrize(
    ("text", "containers", "weight"),
    [
        # A bare "1x20" before another box line, the small box named again for its weight:
        # one 20GP, in the order written.
        ("XM-DAR 1x20 1x40HQ 五金工具 小柜12吨 大柜15吨", "1x20GP+1x40HQ", 27000),
        ("QD-JED 2x20 3x40HQ 轮胎 小柜各18吨 大柜各12吨", "2x20GP+3x40HQ", 72000),
    ],
)
def test_a_bare_twenty_before_a_typed_line(text: str, containers: str, weight: float) -> None:
    read = _read(text)
    assert (read["containers"], read["weight_kg"]) == (containers, weight)


@pytest.mark.parametrize(
    "text",
    [
        # A terminal named beside its city, either way round: the terminal is the port.
        "Please quote 1x40HQ from Ningbo to Lagos, Tin Can port, furniture 12 tons",
        "Need 2x20GP Qingdao to Tin Can (Lagos), ceramic tiles 25t each",
        "宁波到拉各斯 汀坎 一个高柜 家具",
    ],
)
def test_a_terminal_beside_its_city(text: str) -> None:
    assert _read(text)["pod"] == "NGTIN"


def test_the_city_alone_stays_the_city() -> None:
    assert _read("Shanghai to Lagos 1x40HQ, used tyres")["pod"] == "NGLOS"


@pytest.mark.parametrize(
    ("text", "pol", "pod", "goods"),
    [
        # Goods the shipper delivers to a Chinese port: that port loads them; the destination
        # is said apart, and the goods after "of" are read whole.
        (
            "Our factory will deliver 1x20GP of ceramic tiles, 24 tons, to Xiamen port next "
            "Friday. Destination: Lagos.",
            "CNXMN",
            "NGLOS",
            "ceramic tiles",
        ),
        (
            "The supplier delivers 3 x 40HQ of office furniture to Shenzhen port by 18/12, "
            "destination Mombasa",
            "CNSZX",
            "KEMBA",
            "office furniture",
        ),
    ],
)
def test_goods_delivered_to_a_chinese_port(text: str, pol: str, pod: str, goods: str) -> None:
    read = _read(text)
    assert (read["pol"], read["pod"], read["commodity"]) == (pol, pod, goods)


_BARGAIN = (
    "RE: RE: Rate Qingdao-Durban\n\n"
    "Dear Lily, your price of USD 1,980 is too high, can you do 1,750? We would then book "
    "2x20GP before Christmas.\n\n"
    "-----Original Message-----\n"
    "From: Lily\nSent: Monday\n"
    "Hi Tom, our rate QD-DUR 20GP USD 1,980 all in, valid till 15/12.\n"
    "> From: Tom Mokoena\n"
    "> Kindly quote 2x20GP Qingdao to Durban, granite tiles, 26 tons each."
)


def test_a_bargaining_reply_over_a_quoted_thread() -> None:
    # The newest message bargains: its counter price is the target, in the currency of the
    # rate it answers; the quoted request fills the goods and weight it does not repeat.
    read = _read(_BARGAIN)
    assert {name: read.get(name) for name in ("target_price", "currency", "containers")} == {
        "target_price": 1750,
        "currency": "USD",
        "containers": "2x20GP",
    }
    assert (read["commodity"], read["weight_kg"], read["pod"]) == ("granite tiles", 52000, "ZADUR")


def test_our_rate_said_back_is_no_target() -> None:
    read = _read("Shanghai to Jeddah 1x40HQ furniture, your rate of USD 2,400 is fine, please book")
    assert read.get("target_price") is None


@pytest.mark.parametrize(
    "text",
    [
        # The sailing wished soon (开船/船期 越快越好) says nothing of when the goods are ready.
        "宁波到蒙巴萨 1x20GP 瓷砖 24吨 开船时间越快越好",
        "厦门到拉各斯 一个高柜 家具 船期尽快 目标价两千美金",
    ],
)
def test_a_sailing_wished_soon_is_no_ready_day(text: str) -> None:
    assert _read(text).get("cargo_ready") is None


def test_goods_ready_soon_still_are() -> None:
    assert _read("宁波到蒙巴萨 1x20GP 瓷砖 24吨 货越快越好")["cargo_ready"] == TODAY.isoformat()


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Goods trailed off and taken back with "no sorry" and a dash: the goods said after.
        (
            "Qingdao to Durban 1x20GP steel wire... no sorry – it's steel nails, 20 tons",
            "steel nails",
        ),
        (
            "Quote Xiamen to Lome 1x40HQ rice cookers? No sorry - it's ceiling fans, 8 MT.",
            "ceiling fans",
        ),
    ],
)
def test_goods_taken_back_with_a_dash(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # A window of loading days in an e-mail: asked (its first and last day), never guessed.
        (
            "Xiamen to Tema 1x20GP granite kerbs, 26 t. Can we load around 9-11 December?",
            "2026-12-09",
            "2026-12-11",
        ),
        (
            "cotizar 1x40' Ningbo – Callao, ferretería 18 t. Carga: entre el 8 y el 14 de diciembre.",
            "2026-12-08",
            "2026-12-14",
        ),
    ],
)
def test_a_window_of_days_is_asked(text: str, first: str, last: str) -> None:
    parsed = PARSER.parse(text, TODAY)
    assert "cargo_ready" not in parsed.fields
    [asked] = [question for question in parsed.questions if question.name == "cargo_ready"]
    assert [day.isoformat() for day in asked.readings] == [first, last]
    assert asked.reason == "date_range"


def test_a_single_day_is_still_read() -> None:
    assert _read("Ningbo to Lagos 1x40HQ, cargo ready 12 December")["cargo_ready"] == "2026-12-12"


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # Each size named again in English ("the 20s", "the 20GPs", "the 40'") with its own
        # figure: that figure is for the boxes of that size only.
        (
            "Shanghai to Jeddah 3x20' + 1x40', glass bottles, the 20s 14 MT each, the 40' 9 MT.",
            51000,
        ),
        (
            "Quote Ningbo - Mersin 2x20GP + 2x40HQ, tiles. The 20GPs 24 tons each, the 40HQs 15 tons each.",
            78000,
        ),
    ],
)
def test_a_size_named_again_in_english(text: str, weight: float) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "pod", "containers"),
    [
        # Several requests listed, then the one the customer picks: only that one is read.
        ("QD-DAR 2x20GP 轮胎\nQD-MBA 1x40HQ 家具\n只报第一个 每柜二十吨", "TZDAR", "2x20GP"),
        ("XM-LOS 1x40HQ 灯具 / XM-TIN 2x40HQ 灯具 只问第二个 每柜9吨", "NGTIN", "2x40HQ"),
        (
            "Please quote: SH-LOS 1x40HQ / SH-TIN 1x20GP, furniture 10 t. Only the second one.",
            "NGTIN",
            "1x20GP",
        ),
    ],
)
def test_the_request_picked_from_a_list(text: str, pod: str, containers: str) -> None:
    read = _read(text)
    assert (read["pod"], read["containers"]) == (pod, containers)


def test_only_without_a_list_changes_nothing() -> None:
    read = _read("只要一个高柜 宁波到拉各斯 家具")
    assert (read["pod"], read["containers"]) == ("NGLOS", "1x40HQ")


@pytest.mark.parametrize(
    ("text", "pol", "pod", "containers"),
    [
        # An earlier request or shipment named first, then the one asked now: only the new one.
        (
            "XM-TEM 1x20GP tiles 22T, last one was 3x40HQ to LOS, this time only the 20",
            "CNXMN",
            "GHTEM",
            "1x20GP",
        ),
        (
            "Hola, sobre la cotización anterior (Shanghai-Callao 3x40HC), el cliente ahora quiere "
            "1x20GP de Qingdao a Guayaquil, repuestos, 9 t.",
            "CNTAO",
            "ECGYE",
            "1x20GP",
        ),
    ],
)
def test_the_earlier_request_is_not_the_inquiry(
    text: str, pol: str, pod: str, containers: str
) -> None:
    read = _read(text)
    assert (read["pol"], read["pod"], read["containers"]) == (pol, pod, containers)


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # A grade written letters-dash-number after the goods belongs to them.
        ("Quote 1x40HQ Tianjin-Karachi, PVC resin SG-8, 26 MT", "PVC resin SG-8"),
        (
            "Rate pls 2x20GP Qingdao to Chittagong, titanium dioxide TR-5, 25 MT each",
            "titanium dioxide TR-5",
        ),
    ],
)
def test_a_grade_after_the_goods(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


def test_a_weight_after_a_dash_is_no_grade() -> None:
    read = _read("NB-LOS 1x40HQ PVC-20T")
    assert (read.get("commodity"), read["weight_kg"]) == ("PVC", 20000)
