"""Round 39b of issue 15: the numbers, dates and threads sets 32-33 missed (a reply changing one
figure over the request it quotes, goods said ready now in bare words, a deadline, a spoken
range per box, a target after a day, a box's kind told afterwards, a stone block counted), each
pattern written new ways (other ports, goods, figures and languages than any held-out
sentence), read as the settled conventions of the held-out sets say."""

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


def _some(read: dict[str, Any], *names: str) -> tuple[Any, ...]:
    return tuple(read[name] for name in names)


_FIELDS = ("pol", "pod", "containers", "commodity", "weight_kg", "cargo_ready")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Spanish: the new boxes and their weight each; the rest from the quoted request.
        (
            "Hola Ana,\nUn cambio: ahora son 3x20GP en lugar de 2x20GP, 21 toneladas cada uno. "
            "El resto igual.\n\nEl 25/11/2026, Pedro Ruiz escribió:\n> Cotizar 2x20GP Qingdao - "
            "Callao, baldosas de cerámica, lista 12/12/2026.",
            ("CNTAO", "PECLL", "3x20GP", "baldosas de cerámica", 63000, "2026-12-12"),
        ),
        # Spanish: a new count only; the weight per box comes from the quoted request.
        (
            "Buenas, corrijo: son 3 contenedores de 20GP, no dos. Todo lo demás igual.\n\n"
            "El mar, 24 nov 2026 a las 11:05, Diego Soto escribió:\n> Por favor cotizar 2x20GP "
            "Tianjin - San Antonio, tubos de acero, 24.000 kg por contenedor, lista el 15/12.",
            ("CNTXG", "CLSAI", "3x20GP", "tubos de acero", 72000, "2026-12-15"),
        ),
        # English.
        (
            "Hi Lily,\nCorrection: 2x40HQ instead of 1x40HQ, 9 tons each. Everything else the "
            "same.\n\nOn 26/11/2026, Tom Baker wrote:\n> Please quote 1x40HQ Shenzhen - Mombasa, "
            "solar panels, ready 10/12/2026.",
            ("CNSZX", "KEMBA", "2x40HQ", "solar panels", 18000, "2026-12-10"),
        ),
        (
            "Hi,\nSmall change: now 3x40HC, not 2. Rest unchanged.\n\nOn Wed, 25 Nov 2026 at "
            "14:10, Grace Mwangi wrote:\n> Kindly quote 2x40HC Ningbo to Dar es Salaam, plastic "
            "chairs, 7,500 kg per container, cargo ready 14/12.",
            ("CNNGB", "TZDAR", "3x40HQ", "plastic chairs", 22500, "2026-12-14"),
        ),
        # Portuguese and French.
        (
            "Olá,\nCorreção: agora são 2x40HC em vez de 1x40HC, 10 toneladas cada. O resto igual."
            "\n\nEm 24/11/2026, João Silva escreveu:\n> Cotação 1x40HC Xangai - Santos, pneus, "
            "pronta 18/12/2026.",
            ("CNSHA", "BRSSZ", "2x40HQ", "pneus", 20000, "2026-12-18"),
        ),
        (
            "Bonjour,\nCorrection : 2 x 20' au lieu d'un seul, 22 t chacun. Le reste inchangé.\n\n"
            "Le 25/11/2026, Moussa Diallo a écrit :\n> Merci de coter 1x20' Qingdao - Abidjan, "
            "carreaux, prêt le 16/12/2026.",
            ("CNTAO", "CIABJ", "2x20GP", "carreaux", 44000, "2026-12-16"),
        ),
    ],
)
def test_a_reply_changing_one_figure_keeps_the_quoted_rest(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert _some(_read(text), *_FIELDS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hola, ahora son 2x40HC en vez de 1x40HC. Lo demás igual.",
        "Hi, now 2x40HC instead of 1x40HC, rest unchanged.",
        "Bonjour, maintenant 2x40HC au lieu de 1x40HC, le reste inchangé.",
        "Olá, agora são 3x20GP, o resto fica igual.",
    ],
)
def test_the_rest_kept_is_never_the_goods(text: str) -> None:
    assert _read(text)["commodity"] is None


def test_the_goods_said_beside_the_rest_kept_are_read() -> None:
    read = _read("Cambio: 2x20GP en vez de 1x40HQ, lo demás igual. Qingdao - Callao, madera.")
    assert _some(read, "containers", "commodity") == ("2x20GP", "madera")


def test_a_new_request_over_an_older_mail_is_no_revision() -> None:
    # Igual ("the same as last time") without "lo demás": a whole new request, its own goods.
    read = _read(
        "Hola, igual que la vez pasada: 1x40HQ Ningbo - Callao, muebles, 9 toneladas.\n\n"
        "El 20/11/2026, Ana escribió:\n> Cotizar 2x20GP Qingdao - Guayaquil, baldosas."
    )
    assert _some(read, "pol", "pod", "containers", "commodity") == (
        "CNNGB",
        "PECLL",
        "1x40HQ",
        "muebles",
    )


@pytest.mark.parametrize(
    "text",
    [
        # In the warehouse, said bare (no 了), before an incoterm or a comma.
        "宁波到蒙巴萨 1x20GP 瓷砖 25吨 货在仓库 FOB",
        "深圳到吉达 1x40HQ 灯具 8吨 货物在东莞仓库，CIF Jeddah",
        "QD-LOS 1x40HQ tyres 12T 货在仓库 CNF Lagos",
        # 货好 between the figures and a question or a request for the price.
        "XM-MBA 1x40HQ 陶瓷 20T 货好 最低价多少",
        "QD-拉各斯 2x40HQ 家具 每柜9吨 货好 麻烦报价",
        "天津到达曼 1x20GP 钢管 22T 货好 同行价多少",
    ],
)
def test_goods_said_ready_in_bare_words_are_ready_on_the_day_received(text: str) -> None:
    assert _read(text)["cargo_ready"] == "2026-11-30"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("厦门到德班 1x40HQ 鞋子 7吨 货在仓库吗", None),  # asked, not said
        ("青岛到达曼 2x20GP 钢管 每柜24吨 货好 下周三", "2026-12-09"),  # 货好 then its day
        ("青岛到达曼 2x20GP 钢管 每柜24吨 周五 货好 报价", "2026-12-04"),  # its day before it
    ],
)
def test_ready_words_with_a_day_or_a_question_are_not_now(text: str, day: str | None) -> None:
    assert _read(text)["cargo_ready"] == day


@pytest.mark.parametrize(
    "text",
    [
        "青岛到拉各斯 1x40HQ 轮胎 12吨 下周五之前务必出运",
        "宁波到蒙巴萨 1x40HQ 家具 月中前最好能走",
        "天津到吉达 3x20GP 钢管 每柜25吨 12月20号前务必装船",
        "Hola, 1x40HQ Ningbo - Callao, muebles, 9 toneladas, debemos embarcar antes del 20/12.",
        "Olá, 2x20GP Qingdao - Santos, pisos, 50 t, precisamos embarcar até 18/12.",
        "Bonjour, 1x40HC Shanghai - Abidjan, pneus 12 t, à expédier avant le 15/12.",
    ],
)
def test_a_day_the_goods_must_ship_by_is_no_ready_day(text: str) -> None:
    assert _read(text)["cargo_ready"] is None


def test_goods_ready_by_a_day_are_ready_then() -> None:
    read = _read("Hola, 1x40HQ Ningbo - Callao, muebles, 9 toneladas, lista antes del 20/12.")
    assert read["cargo_ready"] == "2026-12-20"


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("嗯青岛到拉各斯两个小柜瓷砖每个柜二十四吨到二十六吨下周", 52000),
        ("宁波到德班 四个高柜 家具 每柜八吨到十吨", 40000),
        ("上海到蒙巴萨两个四十尺每个柜子十五吨至十七吨 化工原料", 34000),
        ("深圳到科托努两个小柜 大米 每个柜二十到二十二吨", 44000),
        # Both ends written with their unit in English shorthand.
        ("Hi, 2x20GP Ningbo to Lagos, tiles, 24 t to 26 t per container", 52000),
        ("QD-MBA 3x40HQ tyres 10t-12t each", 36000),
        # A total said as a range: its larger figure, not multiplied.
        ("厦门到吉达两个小柜石材一共三十吨到四十吨", 40000),
    ],
)
def test_a_range_of_weights_is_read_as_its_larger_figure(text: str, weight: int) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("QD-LOS 1x40HQ 轮胎 12T 12/20 USD3800以内", 3800),
        ("XM-MBA 1x20GP 石材 26T 12/10 $2100以内", 2100),
        ("NB-DUR 1x40HQ 家具 9T 12/15出 USD 3000 以内能走", 3000),
    ],
)
def test_a_price_right_after_a_day_is_the_target(text: str, price: int) -> None:
    read = _read(text)
    assert _some(read, "target_price", "currency") == (price, "USD")
    assert read["cargo_ready"] is not None


def test_a_day_then_a_currency_alone_is_no_price() -> None:
    read = _read("QD-MBA 2x20GP 钢板 每柜26T 1/2 USD")
    assert read["target_price"] is None


@pytest.mark.parametrize(
    ("text", "boxes"),
    [
        ("喂 青岛到拉各斯 两个四十尺 轮胎 每个柜十二吨 哦对了是高柜", "2x40HQ"),
        ("那个上海到蒙巴萨 一个四十尺 家具 八吨 应该是高柜", "1x40HQ"),
        ("嗯厦门到吉达一个二十尺啊石材二十五吨哦对了要开顶柜", "1x20OT"),
        # Not told of the box before: a price asked about another kind, and two boxes counted.
        ("深圳到德班 一个四十尺 家具 九吨 另外高柜多少钱", "1x40GP+1x40HQ"),
        ("宁波到德班 一个四十尺 一个高柜 家具", "1x40GP+1x40HQ"),
    ],
)
def test_a_kind_told_after_a_plain_size_is_that_boxs_kind(text: str, boxes: str) -> None:
    assert _read(text)["containers"] == boxes


@pytest.mark.parametrize(
    ("text", "pieces", "goods"),
    [
        (
            "Please quote 1x20OT Xiamen to Jeddah, 2 marble blocks 200x150x120 cm, 24 t total, "
            "ready 15/12",
            2,
            "marble blocks",
        ),
        (
            "1x40FR Qingdao to Durban, 3 concrete blocks 300x200x100cm, 28 tons",
            3,
            "concrete blocks",
        ),
        (
            "Bonjour, 1x20' OT Xiamen - Dakar, 1 bloc de granit 260x150x140 cm, 22 t, prêt le 18/12.",
            1,
            "granit",
        ),
    ],
)
def test_blocks_of_stone_are_counted_and_stay_the_goods(text: str, pieces: int, goods: str) -> None:
    assert _some(_read(text), "pieces", "commodity") == (pieces, goods)


def test_tons_before_blocks_count_no_pieces() -> None:
    assert (
        _read("1x20GP Xiamen to Dammam, granite 25 tons, 20 tons blocks and slabs")["pieces"]
        is None
    )


def test_a_weight_then_a_month_is_no_range() -> None:
    assert _read("宁波到拉各斯 1x20GP 瓷砖 20吨 到12月出")["weight_kg"] == 20000
