"""Round 7 of issue 15: the patterns held-out set 6 missed, each written new ways (never a
held-out sentence), and set 6 kept as a regression floor."""

from __future__ import annotations

from typing import Any

import pytest

from csdesk.rules.inquiry_fields import fields_to_json
from tests.unit.corpus_score import _as_expected, score
from tests.unit.heldout_6 import ENTRIES as HELDOUT_6
from tests.unit.intake_fixtures import PARSER, TODAY


def _read(text: str) -> dict[str, Any]:
    parsed = fields_to_json(PARSER.parse(text, TODAY).values())
    return {name: _as_expected(name, value) for name, value in parsed.items()}


def test_held_out_set_6_keeps_the_level_it_reached() -> None:
    """97.6% when first scored, untuned (1889/1935). A regression floor, not a target: raise
    it only by generalising what its misses show."""
    result = score(PARSER, HELDOUT_6)
    assert result.rate >= 0.976, "\n".join(result.missed + result.wrong)


@pytest.mark.parametrize(
    ("text", "kilos"),
    [
        ("Hola, Ningbo a Callao 1x40HQ, juguetes, 8 toneladas", 8000),
        ("Cotação Xiamen x Santos 2x40HQ, cerâmica, 24 toneladas cada", 48000),
        ("Por favor cotizar Qingdao a Manzanillo 1x20GP, 1 tonelada de muestras", 1000),
        ("Shenzhen x Itajaí 1x40HQ, peso 5.200 quilos", 5200),
    ],
)
def test_spanish_and_portuguese_weights(text: str, kilos: int) -> None:
    assert _read(text)["weight_kg"] == kilos


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("厦门到拉各斯 1x40HQ 瓷砖 26吨 目标价2300＄", "USD"),
        ("Ningbo-Hamburg 1x20GP furniture, target 1450€", "EUR"),
    ],
)
def test_a_currency_sign_after_the_figure(text: str, currency: str) -> None:
    assert _read(text)["currency"] == currency


@pytest.mark.parametrize(
    ("text", "field", "code"),
    [
        ("深证到达曼 1个40HQ 家具 8吨", "pol", "CNSZX"),
        ("深镇出 到蒙巴萨 2个20GP 瓷砖", "pol", "CNSZX"),
        ("厦门到达累斯萨拉木两个二十尺小柜瓷砖每个二十五吨", "pod", "TZDAR"),
    ],
)
def test_homophone_typos_of_busy_ports(text: str, field: str, code: str) -> None:
    assert _read(text)[field] == code


@pytest.mark.parametrize(
    ("text", "address", "factories"),
    [
        (
            "EXW, pickup address: Nantong, Jiangsu (3 factories), POL Shanghai, 1x40HQ textiles",
            "Nantong, Jiangsu",
            3,
        ),
        ("EXW 提货地址：浙江永康（2个工厂） 宁波到迪拜 1x20GP 五金 12吨", "浙江永康", 2),
    ],
)
def test_a_pickup_address_stops_before_its_bracket(text: str, address: str, factories: int) -> None:
    read = _read(text)
    assert (read["pickup_address"], read["pickup_factories"]) == (address, factories)


@pytest.mark.parametrize(
    ("text", "pieces", "goods"),
    [
        ("LCL Ningbo to Dubai 20 ctns 50*40*40cm 12kg/ctn ladies shoes", 20, "ladies shoes"),
        ("LCL Shanghai-Durban 6 pallets 1.2*1*1.2m 400kg/plt spare parts", 6, "spare parts"),
        ("LCL Xiamen -> Lagos 12 bales, 4 cbm, 2.4 tons, used clothing", 12, "used clothing"),
    ],
)
def test_lcl_packing_words_are_pieces_not_goods(text: str, pieces: int, goods: str) -> None:
    read = _read(text)
    assert (read["mode"], read["pieces"], read["commodity"]) == ("LCL", pieces, goods)
