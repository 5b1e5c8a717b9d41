"""Round 40b of issue 15: the threads, special cargo, numbers and dates sets 34-35 missed (a
customer met before named in passing, a route denied after the one meant, a correction reply
over a quoted request or over our quoted offer, "same commodity and ready date", an ISO tank
said in Chinese, reefers in Spanish, break bulk with several kinds of piece, units weighed
each, goods said ready at the port, a day after a booking note's week, a deadline in lots),
each pattern written new ways (other ports, goods, figures and languages than any held-out
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


_ROUTE = ("mode", "pol", "pod", "containers", "commodity", "weight_kg")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "喂 上次那家工厂又有货了 宁波到蒙巴萨 一个大柜 这次是塑料椅子 十二吨 下周五货好",
            ("FCL", "CNNGB", "KEMBA", "1x40GP", "塑料椅子", 12000),
        ),
        (
            "之前那个老板又要发了 青岛到拉各斯 两个高柜 这回是轮胎 每柜二十吨",
            ("FCL", "CNTAO", "NGLOS", "2x40HQ", "轮胎", 40000),
        ),
        (
            "上回那个客户又来了 深圳到吉布提 一个小柜 陶瓷砖 二十五吨 12月8号货好",
            ("FCL", "CNSZX", "DJJIB", "1x20GP", "陶瓷砖", 25000),
        ),
        # ...but a past shipment told before the new one is still set aside.
        (
            "上次那票上海到德班已经到港了 这次宁波到拉各斯 一个小柜 玩具 8吨",
            ("FCL", "CNNGB", "NGLOS", "1x20GP", "玩具", 8000),
        ),
    ],
)
def test_a_customer_met_before_does_not_make_the_inquiry_past(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert _some(_read(text), *_ROUTE) == expected


@pytest.mark.parametrize(
    ("text", "pol", "pod"),
    [
        ("说错了 是上海到洛美 不是上海到特马 1x40HQ 轮胎 12吨", "CNSHA", "TGLFW"),
        ("打错了 是厦门到蒙巴萨 不是厦门到达市 3x20GP 瓷砖 每个26吨", "CNXMN", "KEMBA"),
        (
            "sorry, it is Qingdao to Lome, not Qingdao to Tema. 1x40HQ tyres 12 tons",
            "CNTAO",
            "TGLFW",
        ),
        # A route denied whose end is cut short ("达累"): its start stays the POL.
        ("发错了 是天津到拉各斯 不是天津到达累 1x40HQ 钢管 25吨", "CNTXG", "NGLOS"),
        # ...but a port denied alone is still taken back.
        ("宁波到拉各斯 不是宁波 是上海出 1x40HQ 轮胎 12吨", "CNSHA", "NGLOS"),
    ],
)
def test_a_route_denied_after_the_one_meant_keeps_its_pol(text: str, pol: str, pod: str) -> None:
    assert _some(_read(text), "pol", "pod") == (pol, pod)


_LOOSE = ("mode", "pol", "pod", "commodity", "pieces", "weight_kg", "volume_cbm")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "RE: LCL Ningbo - Mombasa\n\nHi Jane,\nSmall correction: 36 pallets, not 30. Gross "
            "5,200 kg, 41 cbm.\n\nBest,\nPeter\n\n> On 27 Nov 2026, at 09:40, Peter Otieno "
            "wrote:\n> Please quote LCL Ningbo to Mombasa, ceramic mugs, 30 pallets, 4,500 kg, "
            "35 cbm.",
            ("LCL", "CNNGB", "KEMBA", "ceramic mugs", 36, 5200, 41),
        ),
        (
            "Hola,\nCorrección: son 22 bultos, no 18. Peso 980 kg y 4,2 m3.\n\nEl 26/11/2026, "
            "Luis Rojas escribió:\n> Cotizar LCL Shanghai - Callao, repuestos de motos, 18 "
            "bultos, 800 kg, 3,5 m3.",
            ("LCL", "CNSHA", "PECLL", "repuestos de motos", 22, 980, 4.2),
        ),
        (
            "Hi,\nOne correction: it is 60 cartons, not 50. Total 720 kg and 3.9 cbm.\n\n"
            "On 28/11/2026, Amal Haddad wrote:\n> Please quote LCL Qingdao to Aqaba, kitchen "
            "towels, 50 cartons, 600 kg, 3.2 cbm.",
            ("LCL", "CNTAO", "JOAQJ", "kitchen towels", 60, 720, 3.9),
        ),
        # French, the quoted mail's header dated as the French write it (no cargo date).
        (
            "Bonjour,\nCorrection : 40 colis, pas 32. Poids 1 100 kg, 6,5 m3.\n\n> Le "
            "27/11/2026 à 09:15, Awa Ndiaye a écrit :\n> Merci de coter LCL Shanghai - Dakar, "
            "pagnes, 32 colis, 900 kg, 5,2 m3.",
            ("LCL", "CNSHA", "SNDKR", "pagnes", 40, 1100, 6.5),
        ),
    ],
)
def test_a_correction_over_a_quoted_consolidation_counts_the_pieces_anew(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert _some(_read(text), *_LOOSE) == expected


_KEPT = ("pol", "pod", "containers", "commodity", "weight_kg", "cargo_ready")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "RE: Lagos\n\nHi,\nPlease revise: 2 x 20GP instead of 1. Weight 18 tons per box, "
            "same goods and date.\n\nThanks,\nTunde\n\n> From: Tunde Bello\n> Sent: 26 "
            "November 2026 10:05\n> Please quote 1 x 20GP Qingdao to Lagos, floor tiles, 24 "
            "tons, ready 12/12/2026.",
            ("CNTAO", "NGLOS", "2x20GP", "floor tiles", 36000, "2026-12-12"),
        ),
        (
            "Hola,\nPor favor: 3 x 40HC en lugar de 2, 12 toneladas cada uno, misma mercancía y "
            "fecha.\n\nEl 25/11/2026, Carla Pérez escribió:\n> Cotizar 2 x 40HC Ningbo - "
            "Guayaquil, muebles de oficina, 10 toneladas cada uno, lista 15/12/2026.",
            ("CNNGB", "ECGYE", "3x40HQ", "muebles de oficina", 36000, "2026-12-15"),
        ),
        (
            "Olá,\nPor favor: 2 x 40HC em vez de 1, 15 toneladas cada, mesma mercadoria e data."
            "\n\nEm 25/11/2026, Rui Lopes escreveu:\n> Cotação 1 x 40HC Xangai - Luanda, "
            "azulejos, pronta 14/12/2026.",
            ("CNSHA", "AOLAD", "2x40HQ", "azulejos", 30000, "2026-12-14"),
        ),
    ],
)
def test_same_goods_and_date_keep_the_quoted_request(text: str, expected: tuple[Any, ...]) -> None:
    assert _some(_read(text), *_KEPT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hi,\nThanks for the offer. Customer now confirms cargo ready 09/12 and weight is "
            "9,400 kgs, not 8 tons. Please re-confirm.\n\nRegards,\nOmar\n\n> On 27 Nov 2026, "
            "at 15:10, Desk wrote:\n> Dear Omar, for 1x20GP Qingdao - Dammam, brake pads, 8 "
            "tons, our rate is USD 980.",
            ("FCL", "CNTAO", "SADMM", "1x20GP", "brake pads", 9400, "2026-12-09", None),
        ),
        (
            "Dear Lily,\nThanks. Customer confirms ready date 14/12 and the weight is 23 tons, "
            "not 20.\n\nBest,\nKofi\n\n> On 26 Nov 2026, Desk wrote:\n> Dear Kofi, 1x40HQ "
            "Shanghai - Tema, PVC pipes, 20 tons, our rate is USD 2,450 all in.",
            ("FCL", "CNSHA", "GHTEM", "1x40HQ", "PVC pipes", 23000, "2026-12-14", None),
        ),
    ],
)
def test_a_correction_over_our_quoted_offer_keeps_its_lane_and_not_our_rate(
    text: str, expected: tuple[Any, ...]
) -> None:
    names = (*_ROUTE[:5], "weight_kg", "cargo_ready", "target_price")
    assert _some(_read(text), *names) == expected


def test_a_correction_over_a_quoted_fcl_request_keeps_its_boxes() -> None:
    # A count of cartons in a reply over boxes changes no box and no mode.
    text = (
        "Hi,\nCorrection: 900 cartons, not 850. Rest the same.\n\nOn 26/11/2026, Ken Wu wrote:"
        "\n> Please quote 1x40HQ Xiamen to Jeddah, shoes, 850 cartons, 9 tons."
    )
    assert _some(_read(text), "mode", "containers", "commodity") == ("FCL", "1x40HQ", "shoes")


_BOXES = ("mode", "pol", "pod", "containers", "commodity", "weight_kg")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An ISO tank said "ISO罐", counted after it, weighed per tank.
        (
            "ISO罐 3个 天津到蒙巴萨 食用油 每罐21吨 12月15号装",
            ("SPECIAL", "CNTXG", "KEMBA", "3x20TK", "食用油", 63000),
        ),
        (
            "宁波到达曼 ISO罐 1个 甘油 非危 20吨",
            ("SPECIAL", "CNNGB", "SADMM", "1x20TK", "甘油", 20000),
        ),
        (
            "iso罐两个 上海到杰贝阿里 乙二醇 每罐22吨",
            ("SPECIAL", "CNSHA", "AEJEA", "2x20TK", "乙二醇", 44000),
        ),
        # Reefers counted in Spanish, Portuguese and French, the size said after "de".
        (
            "Hola, tarifa para 3 contenedores refrigerados de 20' Ningbo a Callao, mandarinas, "
            "18.000 kg por contenedor, temperatura 4°C.",
            ("SPECIAL", "CNNGB", "PECLL", "3x20RF", "mandarinas", 54000),
        ),
        (
            "Olá, cotação para 2 contêineres refrigerados de 40' Xangai - Santos, peixe "
            "congelado, 26.000 kg cada, -18°C.",
            ("SPECIAL", "CNSHA", "BRSSZ", "2x40RF", "peixe congelado", 52000),
        ),
        (
            "Bonjour, 2 conteneurs frigorifiques 40' Qingdao - Abidjan, oignons, 27 t chacun, 2°C.",
            ("SPECIAL", "CNTAO", "CIABJ", "2x40RF", "oignons", 54000),
        ),
        # ...but chilled goods in dry boxes are no reefer.
        (
            "Hola, 2 contenedores de 40' Qingdao a Cartagena, productos refrigerados, 20.000 kg "
            "por contenedor.",
            ("FCL", "CNTAO", "COCTG", "2x40GP", "productos refrigerados", 40000),
        ),
    ],
)
def test_special_boxes_named_in_chinese_and_latin_words(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert _some(_read(text), *_BOXES) == expected


_BULK = ("mode", "commodity", "pieces", "weight_kg")


@pytest.mark.parametrize(
    ("text", "expected", "listed"),
    [
        # The main piece, then other goods beside it ("另有", "还有"), counted and weighed.
        (
            "散货询价：天津到吉达，一台变压器 重52吨 尺寸9x3.5x4.2米，另有配套散热器 6件 共18吨，"
            "12月20号货好",
            ("BREAKBULK", "变压器", 7, 70000),
            "散热器",
        ),
        (
            "散杂货 青岛到拉各斯 一台发电机组 重30吨 尺寸8x3x3.5米 还有配套电缆 20箱 共5吨",
            ("BREAKBULK", "发电机组", 21, 35000),
            "电缆",
        ),
        # The goods named by a label, then its parts line by line, one weighed per piece.
        (
            "散货询价 天津到蒙巴萨\n品名：塔吊\n塔身 10节 每节3吨\n起重臂 2件 每件4吨\n12月15号货好",
            ("BREAKBULK", "塔吊", 12, 38000),
            "起重臂",
        ),
        (
            "散货询价 上海到达曼\n品名：盾构机\n主机 1件 80吨 11x6.5x6.5米\n后配套 6件 每件12吨",
            ("BREAKBULK", "盾构机", 7, 152000),
            "后配套",
        ),
    ],
)
def test_break_bulk_of_several_kinds_of_piece_sums_them(
    text: str, expected: tuple[Any, ...], listed: str
) -> None:
    read = _read(text)
    assert _some(read, *_BULK) == expected
    assert listed in read["cargo_list"]


def test_other_goods_beside_the_main_piece_are_in_the_commodity() -> None:
    text = "散货 青岛到达曼 一台变压器 重60吨 尺寸9x3x4米 另外散热器 4件 每件2吨"
    assert _some(_read(text), *_BULK) == ("BREAKBULK", "变压器/散热器", 5, 68000)


def test_one_piece_of_break_bulk_needs_no_list() -> None:
    read = _read("散货 连云港到吉大港 一台球磨机 重45吨 尺寸10x4x4米")
    assert _some(read, *_BULK, "cargo_list") == ("BREAKBULK", "球磨机", 1, 45000, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "RoRo Shanghai - Mombasa: road roller, 2 units, each 6.2 x 2.3 x 3.1 m and 12,000 kg.",
            ("BREAKBULK", "road roller", 2, 24000),
        ),
        (
            "Break bulk Qingdao - Dar es Salaam: 4 units excavator, each 9.5 x 3.0 x 3.2 m and "
            "21,000 kg, ready 20/12.",
            ("BREAKBULK", "excavator", 4, 84000),
        ),
        (
            "RoRo Tianjin - Jeddah. Cargo: bulldozer, 3 units, each 6.9 x 3.4 x 3.4 m and "
            "23,500 kg.",
            ("BREAKBULK", "bulldozer", 3, 70500),
        ),
        # ...but a total said after the size is the total.
        (
            "RoRo Tianjin - Lagos: 3 wheel loaders 7.9 x 2.5 x 3.3 m, total 31,500 kg",
            ("BREAKBULK", "wheel loaders", 3, 31500),
        ),
    ],
)
def test_units_weighed_each_after_their_size(text: str, expected: tuple[Any, ...]) -> None:
    assert _some(_read(text), *_BULK) == expected


@pytest.mark.parametrize(
    ("text", "ready"),
    [
        # Goods at the port or in the warehouse now: ready on the day received.
        ("天津到吉达 散货 一台挖掘机 22吨 货都进码头了", "2026-11-30"),
        ("青岛到德班 1x40HQ 轮胎 20吨 已经在堆场了", "2026-11-30"),
        ("Shanghai to Mombasa 1x20GP tiles 25 tons, 货已经在港区了", "2026-11-30"),
        ("厦门到拉各斯 2个高柜 鞋子 每柜9吨 在仓库了", "2026-11-30"),
        # ...but a day the goods reach the quay is that day, and a question is no answer.
        ("宁波到拉各斯 2x40HQ 家具 下周三货到码头", "2026-12-09"),
        ("宁波到拉各斯 2x40HQ 家具 12月10号货到码头了吗", None),
        # A day for the booking note is not the goods' day.
        ("宁波到拉各斯 2x40HQ 家具 每柜12吨 托书明天给你 货下周五好", "2026-12-11"),
        ("青岛到德班 1x20GP 瓷砖 25吨 下周一发托书 货12月8号好", "2026-12-08"),
        ("天津到吉布提 1x40GP 面粉 26吨 委托书周三提供 货12号好", "2026-12-12"),
        (
            "Qingdao to Lagos 1x40HQ tyres 20 tons, SI will be sent next week, cargo ready 14/12.",
            "2026-12-14",
        ),
        # Shipped in lots by a day: a deadline, no ready day; a lot's own day is.
        ("南沙到卡拉奇 30个40HQ 瓷砖 每柜26吨 12月底前分批 目标价 USD1,800/柜", None),
        ("天津到达曼 20x40HQ 钢管 每柜25吨 月底前分三批走", None),
        ("宁波到蒙巴萨 10x40HQ 瓷砖 12月底前分批 第一批下周三货好", "2026-12-09"),
    ],
)
def test_the_goods_ready_day_among_other_days(text: str, ready: str | None) -> None:
    assert _read(text)["cargo_ready"] == ready
