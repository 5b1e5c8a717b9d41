"""Round 4 of issue 15: the patterns held-out set 3 missed, each written new ways (never a
held-out sentence), the round's whole messages in tests/unit/patterns_4.py read in full, and
set 3 kept as a regression floor."""

from __future__ import annotations

from typing import Any

import pytest

from csdesk.rules.inquiry_fields import fields_to_json
from tests.unit.corpus_score import _as_expected, score
from tests.unit.heldout_3 import ENTRIES as HELDOUT_3
from tests.unit.heldout_4 import ENTRIES as HELDOUT_4
from tests.unit.intake_fixtures import PARSER, TODAY
from tests.unit.patterns_4 import ADDRESSES, DATES, GREETINGS_AND_REPLACED


def _read(text: str) -> dict[str, Any]:
    parsed = fields_to_json(PARSER.parse(text, TODAY).values())
    return {name: _as_expected(name, value) for name, value in parsed.items()}


@pytest.mark.parametrize(
    "entries",
    [GREETINGS_AND_REPLACED, ADDRESSES, DATES],
    ids=["greetings", "addresses", "dates"],
)
def test_round_4_messages_are_read_in_full(entries: list[tuple[str, dict[str, Any]]]) -> None:
    result = score(PARSER, entries)
    assert result.rate == 1.0, "\n".join(result.missed + result.wrong)


@pytest.mark.parametrize(
    ("text", "pol", "pod"),
    [
        ("Greetings from Jeddah! Shanghai to Dammam 1x20GP pumps 10 tons", "CNSHA", "SADMM"),
        ("Warm regards from Chittagong team. POL Ningbo POD Karachi 1x40HQ", "CNNGB", "PKKHI"),
        ("来自迪拜的问候！宁波到达曼 一个40HQ 家具 8吨", "CNNGB", "SADMM"),
    ],
)
def test_a_port_in_a_greeting_is_not_the_route(text: str, pol: str, pod: str) -> None:
    read = _read(text)
    assert (read.get("pol"), read.get("pod")) == (pol, pod)


@pytest.mark.parametrize(
    ("text", "pod"),
    [
        ("Please disregard my earlier mail about Lagos. Ningbo to Cotonou 1x40HQ shoes", "BJCOO"),
        ("Kindly cancel our previous inquiry to Apapa. New: Shanghai to Lome 1x20GP", "TGLFW"),
    ],
)
def test_a_request_taken_back_is_set_aside(text: str, pod: str) -> None:
    assert _read(text)["pod"] == pod


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("DDP. Delivery address: 45 Harbour Street, Accra.", "45 Harbour Street, Accra"),
        (
            "EXW please (pickup address: 88 Gongye Road, Foshan). 1x40HQ to Lagos",
            "88 Gongye Road, Foshan",
        ),
        ("DAP 送货地址：内罗毕工业区A栋。谢谢", "内罗毕工业区A栋"),
    ],
)
def test_an_address_ends_before_its_full_stop_and_bracket(text: str, address: str) -> None:
    read = _read(text)
    assert address in (read.get("delivery_address"), read.get("pickup_address"))


@pytest.mark.parametrize(
    ("text", "ready"),
    [
        ("宁波到蒙巴萨 1x20GP 瓷砖 22吨 12月18", "2026-12-18"),
        ("宁波到蒙巴萨 1x20GP 瓷砖 22吨 货好12.9", "2026-12-09"),
        ("上海到拉各斯 1x40HQ 灯具 6吨 ready 12.16", "2026-12-16"),
        ("NB-LOS 1x40HQ 衣服 7T 12.21\n谢谢", "2026-12-21"),
    ],
)
def test_a_month_and_day_written_short(text: str, ready: str) -> None:
    assert _read(text)["cargo_ready"] == ready


@pytest.mark.parametrize(
    "text",
    [
        "宁波到蒙巴萨 1x20GP 瓷砖 12月15吨",  # not a date: a weight follows the day
        "宁波到蒙巴萨 1x20GP 瓷砖 目标价 USD 11.20",  # a price closing the line
    ],
)
def test_a_number_that_is_not_a_short_date(text: str) -> None:
    assert _read(text).get("cargo_ready") is None


def test_held_out_set_3_keeps_the_level_it_reached() -> None:
    """96.0% when first scored, untuned; kept at the level round 4 reached by generalising its
    misses' patterns with sentences of our own. A regression floor, not a target."""
    result = score(PARSER, HELDOUT_3)
    assert result.rate >= 0.992, "\n".join(result.missed + result.wrong)


def test_held_out_set_4_keeps_the_level_it_scored_blind() -> None:
    """96.4% when first scored, untuned (1810/1878); 99.0% once round 5 generalised its misses'
    patterns with sentences of its own (tests/unit/test_message_patterns_5.py). A regression
    floor, not a target: raise it only by generalising what its misses show. 99.6% (1861/1868)
    after round 27 (test_message_patterns_27.py).
    99.8% (1863/1867) after round 34, boxes named once (test_message_patterns_34.py).
    """
    result = score(PARSER, HELDOUT_4)
    assert result.rate >= 0.9975, "\n".join(result.missed + result.wrong)


@pytest.mark.parametrize(
    ("text", "boxes", "mode"),
    [
        ("广州到拉各斯 三个四十尺高 鞋子 每柜八吨", "3x40HQ", "FCL"),
        ("Qingdao to Lagos, 1 x 40ft reefer, frozen chicken, 26 tons", "1x40RF", "SPECIAL"),
        ("Need 3 x 40ft flat racks Tianjin to Jeddah, excavators", "3x40FR", "SPECIAL"),
        ("Ningbo to Durban 1 x 20ft open top, granite blocks 25 tons", "1x20OT", "SPECIAL"),
    ],
)
def test_a_box_named_by_its_feet_and_kind(text: str, boxes: str, mode: str) -> None:
    read = _read(text)
    assert (read["containers"], read["mode"]) == (boxes, mode)


@pytest.mark.parametrize(
    ("text", "boxes"),
    [
        ("青岛到吉达 20尺开顶柜三个 石材 每柜25吨", "3x20OT"),
        ("宁波到拉各斯 40尺冻柜两个 冻鱼", "2x40RF"),
        ("天津到达曼 40框架柜 2个 钢结构", "2x40FR"),
    ],
)
def test_a_count_after_the_box_and_its_gui(text: str, boxes: str) -> None:
    assert _read(text)["containers"] == boxes


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("上海到孟买，40尺，1个，钛白粉不是危险品，20吨", "钛白粉"),
        ("那个货是塑料玩具从义乌走到拉各斯一个高柜八吨", "塑料玩具"),
        ("Project cargo Dalian to Dammam: 3 x mobile cranes, 40 tons each", "mobile cranes"),
        ("Break bulk Tianjin to Lagos, 2 x road rollers, 12 tons each", "road rollers"),
    ],
)
def test_the_goods_end_before_a_remark_or_the_route(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "pieces", "kilos"),
    [
        ("Project cargo Dalian to Dammam: 3 x mobile cranes, 40 tons each", 3, 120000),
        ("Break bulk Tianjin to Lagos, 2 x road rollers, 12 tons each", 2, 24000),
        ("Breakbulk Qingdao to Lobito: 1 pc. stone crusher, 55 tons", 1, 55000),
    ],
)
def test_break_bulk_pieces_counted_with_a_times_sign(text: str, pieces: int, kilos: int) -> None:
    read = _read(text)
    assert (read["pieces"], read["weight_kg"]) == (pieces, kilos)


@pytest.mark.parametrize(
    ("text", "kilos"),
    [
        ("青岛到达曼 20GP和40HQ各一个 瓷砖 重量都是二十吨", 40000),
        ("上海到拉各斯 两个高柜 家具 货重都是9吨", 18000),
        ("Ningbo to Tema, 1x20GP + 1x40HQ, furniture, both 11 tons", 22000),
        ("Shanghai to Lagos 3x40HQ shoes, all at 8 tons", 24000),
    ],
)
def test_one_weight_said_for_every_box(text: str, kilos: int) -> None:
    assert _read(text)["weight_kg"] == kilos


@pytest.mark.parametrize(
    ("text", "un", "dg_class"),
    [
        ("喂我们有一个小柜的危险品从宁波去吉达是油漆联合国编号一二六三三类货重十吨", "1263", "3"),
        ("上海到迪拜 1个20尺 危险品 胶水 联合国编号1133 三类 15吨", "1133", "3"),
        ("青岛到达曼一个小柜危险品 电池 联合国编号三四八零 九类", "3480", "9"),
    ],
)
def test_a_un_number_and_class_said_in_chinese_numerals(text: str, un: str, dg_class: str) -> None:
    read = _read(text)
    assert (read["un_number"], read["dg_class"]) == (un, dg_class)


def test_a_numeral_before_lei_is_no_class_without_dg() -> None:
    assert _read("宁波到拉各斯 一个高柜 家具 三类客户")["dg_class"] is None


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("宁波到吉达一个20GP，货：雨伞，6吨", "雨伞"),
        ("厦门到拉各斯 1x40HQ 货: 瓷砖 24吨", "瓷砖"),
        ("广州到蒙巴萨 40HQ 1 电动车 9吨 下周", "电动车"),
    ],
)
def test_goods_typed_before_the_weight(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("Ningbo to Callao 1x40HQ toys, target USD 3.150, ready 18/12/2026", 3150),
        ("Qingdao to Lagos 1x20GP tiles, our budget is USD two thousand two hundred", 2200),
        ("Shanghai to Tema 1x40HQ chairs 7 tons, target 2,650 dollars", 2650),
        ("Xiamen to Mombasa 1x20GP tea, US$ one thousand five hundred per box", 1500),
    ],
)
def test_a_target_price_in_dollars_as_written_abroad(text: str, price: int) -> None:
    read = _read(text)
    assert (read["target_price"], read["currency"]) == (price, "USD")


def test_a_small_dollar_price_with_cents_stays_as_written() -> None:
    assert _read("Ningbo to Lagos 1x40HQ, BAF USD 12.50 per box")["target_price"] == 12.5


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("Kindly quote 1x40HQ Ningbo to Jeddah, commodity office chairs, 5 tons.", "office chairs"),
        ("Please offer 1x20GP Qingdao to Lagos commodity steel wire 24 tons", "steel wire"),
        (
            "Our buyer is importing solar panels from Ningbo. Please quote 1x40HQ to Tema, 9 tons.",
            "solar panels",
        ),
    ],
)
def test_goods_after_a_bare_label_or_importing(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("QD-LOS 40HQ*2 woven bags 11T/cntr tgt USD2100", "woven bags"),
        ("NB-DXB 1x20GP paint thinner UN1263 cl.3 14T", "paint thinner"),
    ],
)
def test_shorthand_goods_between_the_box_and_the_figures(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "dg_class"),
    [
        ("NB-DXB 1x20GP paint thinner UN1263 cl.3 14T", "3"),
        ("SZ-JEA lighters UN1057 cl.2.1", "2.1"),
    ],
)
def test_a_class_written_cl(text: str, dg_class: str) -> None:
    assert _read(text)["dg_class"] == dg_class


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        (
            "Our client has 1 x 40HQ of ceiling fans ready in Ningbo, 6 tons, to Lagos.",
            "ceiling fans",
        ),
        ("Shanghai to Lagos 2x20GP of floor tiles, 25 tons each", "floor tiles"),
    ],
)
def test_goods_after_the_boxes_of(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


def test_general_cargo_names_no_goods() -> None:
    assert _read("Need 1x40HQ Ningbo to Lagos, general cargo, 9 tons.")["commodity"] is None


def test_a_label_closing_its_line_labels_nothing() -> None:
    text = "Dear Sir,\nRFQ for DG cargo:\nPOL: Ningbo\nPOD: Jeddah\nCommodity: acetone\n1x20GP"
    assert _read(text)["commodity"] == "acetone"


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("LCL Shenzhen to Durban, 22 boxes, 1.8 cbm, 450 kg, handbags", 22),
        ("散货 天津到吉达 钢管 共120根 每根12m 总重300吨", 120),
        ("拼箱 宁波到迪拜 8支 铝型材 2吨", 8),
    ],
)
def test_pieces_counted_in_boxes_and_rods(text: str, pieces: int) -> None:
    assert _read(text)["pieces"] == pieces


def test_boxes_beside_an_order_of_containers_are_the_containers() -> None:
    assert _read("Ningbo to Lagos 2x40HQ furniture, both boxes 10 tons")["pieces"] is None


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("宁波到吉达拼箱 3托 每托500公斤 轴承", "轴承"),
        ("散杂船 青岛到吉大港 钢卷 8000吨 1月初", "钢卷"),
    ],
)
def test_goods_closing_the_message_or_after_the_ship(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    "text", ["宁波到吉达拼箱 3托 每托500公斤 等回复", "宁波到吉达拼箱 3托 谢谢"]
)
def test_a_closing_word_is_no_goods(text: str) -> None:
    assert _read(text)["commodity"] is None


@pytest.mark.parametrize(
    ("text", "boxes"),
    [
        ("青岛到吉达两个小柜 哦不是小柜 是高柜 轮胎 每柜九吨", "2x40HQ"),
        ("厦门到拉各斯一个四十尺平柜呃不是平柜是冷柜冻鱼", "1x40RF"),
    ],
)
def test_a_box_said_then_denied_was_never_ordered(text: str, boxes: str) -> None:
    assert _read(text)["containers"] == boxes


def test_an_updated_order_with_the_old_count_in_brackets() -> None:
    text = (
        "Dear Ana, further to my mail of yesterday, the cargo is now 3x40HQ (not 2x40HQ). "
        "Shanghai to Santos, auto parts, 10 tons per container."
    )
    read = _read(text)
    assert (read["containers"], read["weight_kg"], read["commodity"]) == (
        "3x40HQ",
        30000,
        "auto parts",
    )


@pytest.mark.parametrize(
    ("text", "pod"),
    [
        ("李总好，我们去年通过你们发过三个柜到达曼。这次宁波到吉达 一个高柜 灯具 6吨", "SAJED"),
        ("张经理，年初走过两票到蒙巴萨，这次从青岛到拉各斯一个小柜 轮胎 20吨", "NGLOS"),
    ],
)
def test_shipments_done_before_are_not_the_inquiry(text: str, pod: str) -> None:
    assert _read(text)["pod"] == pod


@pytest.mark.parametrize(
    ("text", "kilos"),
    [
        ("Tianjin to Dammam 2x40FR, steel frames, 30 tons per flat rack", 60000),
        ("Ningbo to Jeddah 3x40RF frozen chicken, 27 tons per reefer", 81000),
    ],
)
def test_a_weight_per_flat_rack_or_reefer(text: str, kilos: int) -> None:
    assert _read(text)["weight_kg"] == kilos
