"""Round 18 of issue 15: patterns seen in held-out set 15, each written new ways (never a
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
    "text",
    [
        # A flash point is DG data about the goods; it is not a reefer's set temperature.
        "天津到达曼 2x20GP 油漆 闪点 -12℃ 20吨",
        "Shanghai to Dubai 1x20GP adhesive, UN1133, flash point 18°C, 10 tons",
        "厦门到吉达 一个小柜 稀释剂 闪点为-8度 15吨",
    ],
)
def test_a_flash_point_is_not_a_set_temperature(text: str) -> None:
    read = _read(text)
    assert read["temperature_c"] is None
    assert read["dg"] is True


@pytest.mark.parametrize(
    ("text", "ready"),
    [
        # A weekday said beside a written date only names that date's day: the date wins.
        ("Shanghai to Lome 1x40HQ furniture, ready Thursday 17 Dec.", "2026-12-17"),
        ("Ningbo to Tema 1x20GP tiles, ready Mon, 14 Dec", "2026-12-14"),
        # A date moved "from X to Y" is Y.
        ("ETD moved from 8 Dec to 19 Dec, Qingdao to Lagos 2x40HQ tyres", "2026-12-19"),
        ("cargo date shifted from Dec 9 to Dec 21. Tianjin - Aqaba 1x20GP", "2026-12-21"),
        # A month's part in French, Spanish and Portuguese e-mails.
        ("Bonjour, 1x40HQ Ningbo - Douala, prêt fin février", "2027-02-28"),
        ("Hola, 2x20GP Qingdao - Callao, listo a principios de marzo", "2027-03-01"),
        ("Bonjour, 1x20GP Shanghai - Lomé, marchandise prête début mars", "2027-03-01"),
    ],
)
def test_the_written_date_wins(text: str, ready: str) -> None:
    assert _read(text)["cargo_ready"] == ready


def test_a_weekday_beside_cargo_ready_now_is_still_the_day() -> None:
    assert _read("天津到吉达 1x20GP 瓷砖 下周三 货好了")["cargo_ready"] == "2026-12-09"


@pytest.mark.parametrize(
    ("text", "kilos"),
    [
        # A figure said per "ctnr" or per "TC" (French) is per box, multiplied by the boxes.
        ("QD to LOS 3x20GP tiles 24T/ctnr", 72000),
        ("Shanghai - Mombasa 2x40HQ, 21 tons per ctnr, furniture", 42000),
        ("Bonjour, 3 TC 20' Shanghai -> Abidjan, riz, 25 T par TC", 75000),
        ("2x20GP NB-LOS glass 22t/tc", 44000),
        # ...while a figure per carton stays per carton.
        ("LCL 20 ctns 15kg/ctn shoes Ningbo to Dubai", 300),
    ],
)
def test_a_figure_per_ctnr_or_tc_is_per_box(text: str, kilos: int) -> None:
    assert _read(text)["weight_kg"] == kilos


@pytest.mark.parametrize(
    ("text", "pol", "pod"),
    [
        # "Salaam from" ending a port's name is not a greeting: the port after "from" loads.
        ("Kindly quote to Dar es Salaam from Qingdao, 2x20GP tiles", "CNTAO", "TZDAR"),
        ("rate to Dar-es-Salaam from Tianjin 1x40HQ", "CNTXG", "TZDAR"),
        # ...while a greeting from a town still says nothing of the lane.
        ("Salaam from Karachi, need rate Ningbo to Jebel Ali 1x40HQ", "CNNGB", "AEJEA"),
    ],
)
def test_a_port_ending_in_salaam_before_from(text: str, pol: str, pod: str) -> None:
    read = _read(text)
    assert (read["pol"], read["pod"]) == (pol, pod)


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # A closing word after the goods and their weight ends the goods; it does not drop them.
        ("Shanghai to Port Klang 1x40HQ bathroom faucets 12 tons thanks", "bathroom faucets"),
        ("Hi again, Ningbo to Sohar 1x20GP copper fittings 9 tons regards", "copper fittings"),
    ],
)
def test_goods_before_a_closing_word(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Latin letters leading a Chinese name closing an LCL message are part of the goods.
        ("广州到海防拼箱 5托 每托 1.1*1*1.3米 每托450公斤 PVC管", "PVC管"),
        ("上海到曼谷拼箱 2托 每托300公斤 阀门", "阀门"),
        # A question about the price said right after the goods is not part of them.
        ("你好 请问宁波到拉各斯一个大柜二十吨瓷砖多少钱", "瓷砖"),
        ("我想问下青岛到蒙巴萨两个小柜 轮胎多少钱一个柜", "轮胎"),
        ("天津到达曼一个高柜钢管怎么收", "钢管"),
    ],
)
def test_chinese_goods_edges(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "goods", "kilos"),
    [
        # Each line of a mixed order followed by its own goods: both goods, weights summed.
        ("SH-MBA 1x40HQ chairs 8T + 1x20GP tables 5T", "chairs/tables", 13000),
        ("天津到达曼 1x20GP（钢丝 25吨）+ 1x40HQ（电缆 20吨）", "钢丝/电缆", 45000),
        # ...the same goods on both lines are named once.
        ("Xiamen - Apapa 1x40HQ tiles 24T + 1x20GP tiles 26T", "tiles", 50000),
        # ...and one goods said for the whole order stays one.
        ("1x20GP + 1x40HQ Ningbo to Lagos, tiles, 20 tons each", "tiles", 40000),
    ],
)
def test_goods_said_line_by_line(text: str, goods: str, kilos: int) -> None:
    read = _read(text)
    assert (read["commodity"], read["weight_kg"]) == (goods, kilos)


@pytest.mark.parametrize(
    ("text", "boxes", "goods"),
    [
        # A past shipment's boxes named before the words that date it are not the inquiry.
        (
            "Hello, the 3x20GP to Tema last month was delayed at port. New request: 1x40HQ "
            "Qingdao to Tema, LED lights, 6 tons.",
            "1x40HQ",
            "LED lights",
        ),
        (
            "Hi Tom, the 2x40HQ we shipped last week to Durban arrived fine. This time LCL: "
            "Ningbo to Durban, 20 cartons, 3 cbm, 800 kg, toys.",
            None,
            "toys",
        ),
        # ...while boxes asked for "as last time" are the inquiry's.
        (
            "Please quote the 2x40HQ Ningbo to Lagos, same as last time, tiles 25 tons each",
            "2x40HQ",
            "tiles",
        ),
    ],
)
def test_a_past_shipments_boxes_told_first(text: str, boxes: str | None, goods: str) -> None:
    read = _read(text)
    assert (read["containers"], read["commodity"]) == (boxes, goods)


@pytest.mark.parametrize(
    ("text", "kilos"),
    [
        # A weight said as the total is not multiplied by the pieces, whatever "each" follows.
        ("散货 天津到吉达 钢管 80件 总重240吨 每件 1150x60x60cm", 240000),
        (
            "Breakbulk Shanghai to Dammam, 40 pcs steel beams, total weight 300 tons, "
            "each 1200x80x90 cm",
            300000,
        ),
        # ...while a weight said per piece still is.
        ("散杂货 青岛到达曼 钢结构 30件 每件 8吨", 240000),
    ],
)
def test_a_total_weight_is_not_multiplied(text: str, kilos: int) -> None:
    assert _read(text)["weight_kg"] == kilos


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        # A single break-bulk piece needs no cargo list: a date after it counts no pieces.
        (
            "BB cargo: Tianjin to Dammam, 1 catamaran 1500 x 480 x 550 cm, 22 tons, ready 18 Dec",
            False,
        ),
        ("Breakbulk Qingdao - Sohar, 1 boiler 900x420x450 cm, 60 t, cargo ready 4 January", False),
        # ...while pieces that differ still get one.
        (
            "Breakbulk Shanghai to Jebel Ali: 1 transformer 820x360x410 cm 95 t, 2 crates of "
            "parts 200x150x120 cm 3 t each, ready 10 January",
            True,
        ),
    ],
)
def test_a_date_is_not_a_piece_of_the_cargo_list(text: str, listed: bool) -> None:
    assert (_read(text)["cargo_list"] is not None) is listed


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # "loading from X" and "only" say how the goods ship; they are never the goods.
        (
            "Hi Sam,\nOK, the buyer now wants 3x20GP instead of 2x20GP, loading from Qingdao. "
            "Same goods, garden tools, 10 tons each, to Tema.",
            "garden tools",
        ),
        (
            "This time only LCL: Ningbo to Dubai, 8 cartons, 0.9 cbm, 150 kg, hair accessories.",
            "hair accessories",
        ),
    ],
)
def test_shipping_words_are_not_goods(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "goods", "pieces", "kilos"),
    [
        # One machine shipped in so many pieces: the pieces counted, each one's weight summed,
        # the goods without the split.
        (
            "上海出散货到达曼 一台破碎机分两件 主体 600x300x350cm 60吨 电机 300x200x200cm 15吨",
            "破碎机",
            2,
            75000,
        ),
        (
            "天津出散杂到蒙巴萨 一套造纸机分成四件：主机 1100x500x480cm 120吨，辅机三件 "
            "各600x300x300cm 20吨",
            "造纸机",
            4,
            180000,
        ),
        # ...and pieces said alike, each weighed, are multiplied as before.
        ("散杂货 青岛到吉达 一台锅炉分成三段 每段 800x400x400cm 40吨", "锅炉", 3, 120000),
    ],
)
def test_one_machine_in_pieces(text: str, goods: str, pieces: int, kilos: int) -> None:
    read = _read(text)
    assert (read["commodity"], read["pieces"], read["weight_kg"]) == (goods, pieces, kilos)


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Goods said per type of a mixed order ("the OT with …, the HQ with …"): all of them.
        (
            "1x40OT + 1x40HQ Shanghai - Jeddah: the OT with an excavator 12t, the HQ with "
            "spare parts 8t",
            "excavator/spare parts",
        ),
        (
            "2x40HQ + 1x20GP Ningbo to Mombasa, the HQs for furniture, the GP for marble",
            "furniture/marble",
        ),
    ],
)
def test_goods_said_per_type(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods
