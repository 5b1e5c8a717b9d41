"""Round 38b of issue 15: the numbers and dates sets 30-31 missed (goods ready now said in
shorthand and other languages, a dotted sailing day, days that are not the cargo's), each pattern
written new ways (other ports, goods and figures than any held-out sentence), read as the settled
conventions of the held-out sets say."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from csdesk.rules.inquiry_fields import fields_to_json
from tests.unit.corpus_score import _as_expected
from tests.unit.intake_fixtures import PARSER, TODAY


def _read(text: str, received: dt.date = TODAY) -> dict[str, Any]:
    parsed = fields_to_json(PARSER.parse(text, received).values())
    return {name: _as_expected(name, value) for name, value in parsed.items()}


@pytest.mark.parametrize(
    "text",
    [
        # Shorthand.
        "NB-LOS 2x20GP tiles 25T/box cgo rdy now pls rate",
        "QD-MBA 1x40HQ tyres 12T, rdy now, CIF",
        # Said around the place the goods wait.
        "Hi, please quote 1x20GP Qingdao to Mombasa, 18 tons of glassware. Goods ready in our "
        "warehouse now.",
        "Hello,\nLCL Tianjin to Durban, 6 pallets, 3.1 cbm, 900 kg of valves. The cargo is at our "
        "factory and ready.\nBest",
        # Chinese: at the factory and done.
        "宁波到蒙巴萨 一个小柜 陶瓷 20吨 货在东莞工厂 已经好了",
        "青岛去拉各斯 2x40HQ 家具 货都在工厂了 麻烦报价",
        "天津到吉达 1x20GP 钢管 22吨 货在厂里，都好了",
        # Spanish, French, Portuguese and English: available at once.
        "Hola, cotización 1x40HQ Ningbo a Callao, muebles, 9 toneladas, la carga ya está lista.",
        "Bonjour, 2x20GP Qingdao - Abidjan, carrelage 44 t, marchandise disponible de suite.",
        "Olá, 1x40HC Xangai para Santos, peças de máquinas, 12 t, disponível imediatamente.",
        "Hi, 1x40HQ Shenzhen to Jeddah, LED lights 7 tons, available immediately.",
    ],
)
def test_goods_ready_now_are_ready_on_the_day_received(text: str) -> None:
    assert _read(text)["cargo_ready"] == "2026-11-30"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("NB-DUR 2x20GP tiles 25t ETD 12.5", "2026-12-05"),
        ("QD-LOS 1x40HQ tyres ETD 12.3 tgt 2800", "2026-12-03"),
        ("XM-TEM 1x40HQ shoes 7T ETD:12.9", "2026-12-09"),
    ],
)
def test_a_dotted_sailing_day_in_shorthand_is_month_then_day(text: str, day: str) -> None:
    assert _read(text)["cargo_ready"] == day


@pytest.mark.parametrize(
    "text",
    [
        # The day a price is wanted.
        "宁波到达喀尔拼箱 8件 2方 500公斤 五金配件 麻烦今天给个价",
        "青岛到蒙巴萨 1x20GP 瓷砖 26吨 今天给个报价吧",
        "深圳到迪拜 2x40HQ 家具 今天给价 老板等着",
        # A wish for the answer, said alone.
        "厦门到拉各斯 1x40HQ 陶瓷 20吨 麻烦尽快",
        "天津到吉达 2x20GP 钢管 请尽快",
        "Need rate 2x20GP Ningbo-Mombasa, tiles, 50 tons. ASAP.",
        "Pls quote 1x40HQ Qingdao to Lagos, tyres 14t. ASAP!",
        # When the goods must arrive.
        "青岛到拉各斯 1x40HQ 轮胎 目标价三千美金 十二月二十号之前要到",
        "宁波到德班两个小柜瓷砖每柜二十五吨一月五号前要到",
        "上海到吉达 1x20GP 家具 12月18日之前要到，能做吗",
    ],
)
def test_days_that_are_not_the_cargos(text: str) -> None:
    assert _read(text)["cargo_ready"] is None


def test_ready_words_still_read_beside_a_wish() -> None:
    assert _read("宁波到拉各斯 1x40HQ 家具 货已经好了 麻烦尽快报价")["cargo_ready"] == "2026-11-30"
    assert _read("Ningbo to Tema 1x20GP tiles 25t. Ready ASAP.")["cargo_ready"] == "2026-11-30"


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("宁波到巴生拼箱 八个托盘 每托大概两百公斤 五金件", 1600),
        ("深圳到马尼拉拼箱 6个木箱 每箱大约120公斤", 720),
        ("青岛到仰光拼箱就是四个托盘每托差不多四百公斤轴承", 1600),
        ("广州到迪拜拼箱二十箱衣服一箱大概三十公斤", 600),
        ("上海到卡拉奇拼箱 12件 一件约80公斤 机器配件", 960),
        ("厦门到马尼拉拼箱 8箱灯具 一箱大约25公斤", 200),
    ],
)
def test_a_piece_weight_said_with_a_guess_is_multiplied_out(text: str, weight: int) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "pieces", "weight", "volume"),
    [
        (
            "Hello,\nLCL Ningbo to Chennai please: 3 plywood boxes, 100x100x100 cm each, 200 kg "
            "each, pumps.\nRegards",
            3,
            600,
            3.0,
        ),
        (
            "Dear team, please quote LCL Qingdao to Colombo: 2 wooden boxes, dims 150x100x80 cm "
            "each, 450 kg each, valves. FOB.",
            2,
            900,
            2.4,
        ),
        (
            "Hi, LCL Shanghai to Chittagong: 5 wooden boxes 80x60x50 cm, 120 kg each, spare parts.",
            5,
            600,
            1.2,
        ),
    ],
)
def test_wooden_boxes_are_pieces_and_their_figures_each_ones(
    text: str, pieces: int, weight: int, volume: float
) -> None:
    read = _read(text)
    assert (read["pieces"], read["weight_kg"], read["volume_cbm"]) == (pieces, weight, volume)


@pytest.mark.parametrize(
    ("text", "boxes"),
    [
        (
            "RE: cotización Ningbo - Manzanillo\n\nHola,\nya no son 3x40HQ, ahora es 2x20GP. "
            "Misma mercancía.",
            "2x20GP",
        ),
        ("Hi, the client is no longer 3x20GP, now 2x40HQ Ningbo to Lagos, furniture", "2x40HQ"),
        ("Bonjour, ce n'est plus 2x20, maintenant 1x40HC Shanghai - Abidjan", "1x40HQ"),
        ("Olá, já não são 3x40HC, agora é 2x40HC Ningbo para Santos", "2x40HQ"),
    ],
)
def test_the_boxes_no_longer_wanted_are_not_counted(text: str, boxes: str) -> None:
    assert _read(text)["containers"] == boxes


@pytest.mark.parametrize(
    "text",
    [
        "上海到吉达 1x40FR 变压器 单件，重25吨",
        "天津到达曼 1x40OT 锅炉 单件 超宽 28吨",
        "Please quote 1x40FR Qingdao to Durban, a single piece of machinery 6.2x2.5x2.8 m, 18 t",
        "1x20OT Ningbo to Jebel Ali, one single unit (press), 14 tons",
    ],
)
def test_a_single_piece_is_one_piece(text: str) -> None:
    assert _read(text)["pieces"] == 1


def test_a_single_pieces_weight_is_no_count() -> None:
    assert _read("天津到达曼 1x40OT 设备 5件 单件重3吨")["pieces"] == 5
