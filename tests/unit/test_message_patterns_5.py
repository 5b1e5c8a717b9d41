"""Round 5 of issue 15: the patterns held-out set 4 missed, each written new ways (never a
held-out sentence): e-mail threads and signatures, counts after the type, per-type and
corrected per-box weights, Chinese-numeral prices, the goods' edges, port spellings."""

from __future__ import annotations

from typing import Any

import pytest

from csdesk.rules.inquiry_fields import fields_to_json
from tests.unit.corpus_score import _as_expected
from tests.unit.intake_fixtures import PARSER, TODAY


def _read(text: str) -> dict[str, Any]:
    parsed = fields_to_json(PARSER.parse(text, TODAY).values())
    return {name: _as_expected(name, value) for name, value in parsed.items()}


_REPLY = (
    "Hi Mary,\n\nThanks for the offer on Monday, we did not win that tender.\n\n"
    "New one: 2 x 40HQ Xiamen - Tema, floor tiles, 26 tons each, ready 20/12/2026.\n\n"
    "Best regards,\nYaw Boateng\nKumasi - Accra\n\n"
    "On Mon, 23 Nov 2026 at 09:30, Mary Chen wrote:\n"
    "> Dear Yaw, 1x20GP Shanghai to Lome is USD 1,850 all in.\n"
)
_FORWARDED = (
    "Dear Tom,\n\nKindly quote Ningbo to Mersin, 1x20GP, marble slabs, 24 MT.\n\nThanks\nAhmet\n\n"
    "-----Original Message-----\nFrom: Tom Li\nSent: 20/11/2026\n"
    "Dear Ahmet, rate for 3x40HQ Qingdao - Mersin USD 2,900/40HQ.\n"
)
_SPANISH = (
    "Estimado Sr. Wang,\n\nGracias por su oferta. Ahora necesitamos 1 x 40HQ Shanghai - Callao, "
    "muebles de oficina, 12,000 kg.\n\nSaludos,\nLucia Vargas\nLima - Paita\n\n"
    "---- Mensaje original ----\nDe: Wang Lei\nEnviado: 25/11/2026\n"
    "> Estimada Lucia, 2x20GP Ningbo - Paita USD 2,100.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_REPLY, {"pol": "CNXMN", "pod": "GHTEM", "containers": "2x40HQ", "weight_kg": 52000}),
        (_FORWARDED, {"pol": "CNNGB", "containers": "1x20GP", "weight_kg": 24000}),
        (_SPANISH, {"pol": "CNSHA", "pod": "PECLL", "containers": "1x40HQ", "weight_kg": 12000}),
    ],
    ids=["on-wrote", "original-message", "mensaje-original"],
)
def test_a_quoted_thread_is_not_the_new_inquiry(text: str, expected: dict[str, Any]) -> None:
    read = _read(text)
    assert {name: read.get(name) for name in expected} == expected
    assert read.get("target_price") is None


def test_a_thread_the_new_part_points_at_is_read() -> None:
    text = (
        "Hi Jack, please quote as per below, thanks.\n\nSam\n\n"
        "-----Original Message-----\nFrom: Kim\nSent: 28/11/2026\n"
        "Tianjin to Jeddah 1x40HQ steel pipes 22 tons\n"
    )
    read = _read(text)
    assert (read.get("pol"), read.get("containers")) == ("CNTXG", "1x40HQ")


@pytest.mark.parametrize(
    ("text", "pol"),
    [
        (
            "Dear Sir,\nQingdao to Mombasa 1x20GP tyres 20 tons.\nRegards,\nOmar\nDar es Salaam",
            "CNTAO",
        ),
        (
            "Hello,\nPOL: Shanghai\nPOD: Durban\n1x40HQ furniture 9 tons\nKind regards\n"
            "Sipho\nJohannesburg | Durban | Cape Town",
            "CNSHA",
        ),
        ("Good afternoon from Lagos!\nPlease quote 1x40HQ Tianjin to Apapa, tiles 26t.", "CNTXG"),
        ("New inquiry from our side (Mombasa office): Xiamen - Mombasa 1x20GP, tea 18t", "CNXMN"),
    ],
)
def test_a_port_in_a_signature_greeting_or_office_is_not_the_pol(text: str, pol: str) -> None:
    assert _read(text).get("pol") == pol


@pytest.mark.parametrize(
    ("text", "containers"),
    [
        ("XM-LOS 20GP 3 五金 每柜24吨", "3x20GP"),
        ("TAO-DUR 40HQ 2, glassware, 20t each", "2x40HQ"),
        ("青岛到拉各斯 20GP同40HQ各一个 家具", "1x20GP+1x40HQ"),
        ("宁波到吉达 20GP还有40HQ各三个 瓷砖", "3x20GP+3x40HQ"),
        ("NB-JED 2*40 铝型材 24T", "2x40GP"),
        ("Shanghai to Santos 1 x 40' reefer high cube, frozen beef, 27 tons", "1x40RF"),
        ("Open top quote: 1 x 40'OT Tianjin to Jeddah, marble blocks, 26 tons", "1x40OT"),
    ],
)
def test_counts_and_types_written_short(text: str, containers: str) -> None:
    assert _read(text)["containers"] == containers


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("QD-JED 40HQ*2 tyres 12t ea", 24000),
        ("Please 3x20GP Ningbo para Santos, granite 25 ton cada", 75000),
        ("Shanghai to Dammam:\n2 x 20GP - 24,000 kg each\n1 x 40HQ - 15,000 kg\ntiles", 63000),
        ("Xiamen to Lagos: 1x20GP (20 tons) + 1x40HQ (12 tons), ceramics", 32000),
        ("厦门到吉达两个二十尺一个四十尺二十尺的各装二十五吨四十尺的装十五吨", 65000),
        ("天津到达曼 20GP 3个 钢管 每柜25吨 呃不对 是26吨", 78000),
        ("上海到拉各斯 2x40HQ 家具 不是每柜10吨 是两个柜总共18吨", 18000),
        ("Ningbo to Lagos 1x20GP of tiles 24 tons, and also 2x40HQ same goods 15 tons each", 54000),
        (
            "Need 3x20GP Qingdao to Tema, granite 26 tons per cntr, plus 1x40HQ granite 20 tons",
            98000,
        ),
        ("POL: Xiamen POD: 达曼 40'HQ x 3 品名: tiles 20T/ctn", 60000),
    ],
)
def test_weights_per_type_per_box_and_corrected(text: str, weight: float) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "price", "currency"),
    [
        ("宁波到拉各斯一个高柜家具目标价两千八百五一个柜美金", 2850, "USD"),
        ("青岛到达曼 两个小柜 瓷砖 心理价一千九一柜美金", 1900, "USD"),
        ("上海到科托努一个四十尺 预算三千五美元", 3500, "USD"),
    ],
)
def test_chinese_numeral_prices(text: str, price: float, currency: str) -> None:
    read = _read(text)
    assert (read["target_price"], read["currency"]) == (price, currency)


@pytest.mark.parametrize(
    ("text", "commodity"),
    [
        ("广州到吉达两个高柜鞋子总共二十吨下周货好", "鞋子"),
        ("天津到蒙巴萨一个小柜子钢管一共二十五吨", "钢管"),
        ("散杂货 上海到达曼 钢结构一批 共8件 每件12吨", "钢结构"),
    ],
)
def test_goods_end_before_a_total_or_a_lot(text: str, commodity: str) -> None:
    assert _read(text)["commodity"] == commodity


@pytest.mark.parametrize(
    ("text", "pol", "pod"),
    [
        ("宁玻到特马 1x40HQ 瓷砖 25吨", "CNNGB", "GHTEM"),
        ("夏门出发到拉各斯 1x20GP", "CNXMN", "NGLOS"),
        ("CAN-JED 1x40HQ shoes 9t", "CNCAN", "SAJED"),
        ("Need rate Shanghai to Damman 1x20GP tiles 25 tons", "CNSHA", "SADMM"),
    ],
)
def test_port_spellings(text: str, pol: str | None, pod: str) -> None:
    read = _read(text)
    assert (read.get("pol"), read.get("pod")) == (pol, pod)


def test_a_sound_alike_pol_is_asked_about() -> None:
    questions = PARSER.parse("宁玻到特马 1x40HQ 瓷砖 25吨", TODAY).questions
    assert [(question.name, question.reason) for question in questions] == [("pol", "port_sound")]


@pytest.mark.parametrize(
    "text",
    [
        "Hi,\nThe last shipment we did (Ningbo to Lagos, 2x40HQ) was fine.\nNow we need 1x20GP "
        "Qingdao to Tema, tyres 18 tons.",
        "Please forget my mail of Monday (Ningbo to Lagos 2x40HQ). New request: Qingdao to Tema "
        "1x20GP tyres 18 tons.",
    ],
)
def test_a_past_shipment_or_a_withdrawn_mail_is_set_aside(text: str) -> None:
    read = _read(text)
    assert (read["pol"], read["pod"], read["containers"]) == ("CNTAO", "GHTEM", "1x20GP")


def test_lines_under_a_thanks_that_hold_the_inquiry_are_read() -> None:
    text = "Hi Li,\nThanks!\nPOL: Ningbo\nPOD: Mombasa\n1x40HQ sofas 8 tons"
    read = _read(text)
    assert (read.get("pol"), read.get("pod"), read.get("weight_kg")) == ("CNNGB", "KEMBA", 8000)


@pytest.mark.parametrize(
    ("text", "pieces", "weight"),
    [
        ("散杂货 天津到达曼 钢箱梁 4节 每节 18m x 3m x 2.5m 每节40吨", 4, 160000),
        ("散货 青岛到拉各斯 3台 发电机组 每台 5.5x2.2x2.8m 21吨", 3, 63000),
        (
            "Break bulk Shanghai to Lagos, packing list:\n- 2 x turbines, 30 t each\n"
            "- 4 x skids, 5 t each\nTotal: 6 pieces, 80 t",
            6,
            80000,
        ),
    ],
)
def test_break_bulk_per_piece_and_list_totals(text: str, pieces: int, weight: float) -> None:
    read = _read(text)
    assert (read["pieces"], read["weight_kg"]) == (pieces, weight)


def test_a_location_code_is_read_only_in_a_route() -> None:
    assert _read("CAN-LOS 1x40HQ shoes 9t")["pol"] == "CNCAN"
    read = _read("PLS ADVISE IF YOU CAN DO NINGBO TO LAGOS 1X40HQ")
    assert (read.get("pol"), read.get("pod")) == ("CNNGB", "NGLOS")


def test_a_quote_already_given_is_not_the_new_inquiry() -> None:
    text = (
        "Hello\nRegarding your quotation of Monday (USD 1,750 for 1x20GP Shanghai-Lome): booked."
        "\nAnother one please: 1x40HQ Ningbo to Cotonou, shoes 9 tons\nRegards\nKossi"
    )
    read = _read(text)
    assert (read["pol"], read["pod"], read["containers"]) == ("CNNGB", "BJCOO", "1x40HQ")
    assert read.get("target_price") is None


def test_the_new_part_wins_over_the_quote_it_points_at() -> None:
    text = (
        "Hi,\nSame as below but to Lome this time.\nThanks\n\n"
        "On Thu, 26 Nov 2026, Ama wrote:\n> Xiamen to Tema 2x20GP tiles 26 tons each"
    )
    read = _read(text)
    assert (read["pol"], read["pod"], read["containers"]) == ("CNXMN", "TGLFW", "2x20GP")


@pytest.mark.parametrize(
    ("text", "weight", "volume"),
    [
        ("Please quote Ningbo to Santos 1x20GP, granite 22,5 tons", 22500, None),
        ("LCL Shanghai to Durban 3 pallets 2,4 cbm 700 kgs", 700, 2.4),
    ],
)
def test_a_decimal_comma(text: str, weight: float, volume: float | None) -> None:
    read = _read(text)
    assert (read["weight_kg"], read.get("volume_cbm")) == (weight, volume)


def test_a_street_number_is_not_a_day() -> None:
    text = "青岛到德班 1x20GP 轮胎 20吨 EXW 提货地址：山东省青岛市黄岛区长江路25号"
    read = _read(text)
    assert read.get("cargo_ready") is None
    assert read["pickup_address"].endswith("长江路25号")


@pytest.mark.parametrize(
    ("text", "commodity"),
    [
        ("深圳到吉达 两个高柜 一个装灯具 一个装家具 每柜9吨", "灯具/家具"),
        ("Ningbo to Tema 1x40HQ, furniture? no, plastic chairs, 8 tons", "plastic chairs"),
    ],
)
def test_goods_per_box_and_goods_denied(text: str, commodity: str) -> None:
    assert _read(text)["commodity"] == commodity


@pytest.mark.parametrize(
    ("text", "containers", "weight"),
    [
        ("Please quote 2 FEU Ningbo/Lagos, used tyres, 24 MT per FEU", "2x40GP", 48000),
        ("Need 3 x 20 open top Tianjin to Jeddah, granite blocks, 25 tons each", "3x20OT", 75000),
        ("Shanghai to Dammam, 2 x 40 flat rack, bulldozer, 20 tons per 40FR", "2x40FR", 40000),
    ],
)
def test_a_count_times_a_bare_size_then_the_type(text: str, containers: str, weight: float) -> None:
    read = _read(text)
    assert (read["containers"], read["weight_kg"]) == (containers, weight)


def test_a_non_dg_remark_after_english_goods() -> None:
    read = _read("Qingdao to Mundra 1x20GP, industrial chemicals non-DG, 18 MT")
    assert (read["commodity"], read.get("dg")) == ("industrial chemicals", False)


def test_figures_under_a_closing_are_still_read() -> None:
    text = (
        "Hi Tom,\nPlease quote Shanghai to Lagos 1x40HQ furniture 9 tons.\nThanks\n"
        "ETD: 15/12/2026\nTarget: USD 2,400"
    )
    read = _read(text)
    assert (read.get("cargo_ready"), read.get("target_price")) == ("2026-12-15", 2400)


def test_counts_said_after_的_and_goods_after_都装() -> None:
    read = _read("宁波发吉达 四十尺的三个 二十尺的一个 都装瓷砖 大柜每个二十吨 小柜二十五吨")
    assert (read["containers"], read["commodity"], read["weight_kg"]) == (
        "3x40GP+1x20GP",
        "瓷砖",
        85000,
    )


def test_a_reply_with_only_a_signature_keeps_the_quote() -> None:
    text = (
        "Hi Mary, please quote the below.\nRegards\nTom Otieno\nTel: +254 722 123456\n\n"
        "-----Original Message-----\nFrom: Joseph\nSent: 27/11/2026\n"
        "Shanghai to Mombasa 2x40HQ, steel wire 26 tons each"
    )
    read = _read(text)
    assert (read["pol"], read["containers"], read["weight_kg"]) == ("CNSHA", "2x40HQ", 52000)
