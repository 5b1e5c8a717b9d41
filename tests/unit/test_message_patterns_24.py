"""Round 24 of issue 15: patterns seen in held-out set 20, each written new ways (never a
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
    ("text", "goods"),
    [
        # A voice message turned into text: its fillers never open the goods.
        ("厦门到达累斯萨拉姆 一个四十尺高柜 就是瓷砖 大概二十六吨 下周五货好", "瓷砖"),
        ("嗯 深圳去吉达 两个小柜 然后装的是服装 每柜八吨", "服装"),
        ("广州到科托努 一个四十尺平板柜 然后是挖掘机 长九米 宽三米 高三米 二十二吨", "挖掘机"),
        ("你好 我们有台推土机 天津到吉布提 散杂货走 三十吨 长八米 宽三米 高三米", "推土机"),
        ("宁波到蒙巴萨 一个二十尺开顶柜 就是那个机器超宽 长五米 宽二米六 高二米 十吨", "机器"),
        ("上海到拉各斯 一个四十尺高柜 主要是灯具 九吨 月底货好", "灯具"),
    ],
)
def test_spoken_fillers_never_open_the_goods(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    "text",
    [
        # A closing word of a signature is never the goods, whatever the language.
        "Bom dia,\nCotação 1x20GP Qingdao/Itajaí, 18.000 kg.\nAtt,\nCarlos Souza",
        "Olá,\nFrete 2x40HC Shenzhen/Santos por favor, 9.000 kg cada.\nAtenciosamente,\nAna",
        "Buenos días,\n1x40HC Ningbo a Guayaquil, 12.000 kg.\nCordiales saludos,\nLuis",
        "Bonjour,\n1x20' Shanghai - Douala, 15 t.\nSalutations,\nPaul",
        "Hola,\n1x40HC Xiamen - Buenaventura, 10.000 kg\nUn saludo,\nMarta",
    ],
)
def test_a_signature_closing_is_never_the_goods(text: str) -> None:
    assert _read(text)["commodity"] is None


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Goods of two words joined by "and" in Portuguese, Spanish or French, after a "de".
        (
            "Cotação 1x20GP Ningbo/Itajaí, válvulas de aço e conexões, 9.000 kg",
            "válvulas de aço e conexões",
        ),
        (
            "Hola, 1x40HC Ningbo a Callao, lámparas de techo y ventiladores, 8.000 kg",
            "lámparas de techo y ventiladores",
        ),
        (
            "Bonjour, 1x40HC Ningbo - Abidjan, pièces de moto et casques, 7 t",
            "pièces de moto et casques",
        ),
        (
            "Frete 1x40HC Xiamen/Paranaguá, tubos de PVC e acessórios, 12.000 kg",
            "tubos de PVC e acessórios",
        ),
        (
            "1x20GP Qingdao a Cartagena, juegos de sala y comedor, 6.500 kg",
            "juegos de sala y comedor",
        ),
    ],
)
def test_goods_joined_by_and_in_other_languages(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "kilos"),
    [
        # A figure said per the piece counted, the piece named by its own word after "per".
        ("2 excavators, 21 t per excavator, Qingdao to Dakar, breakbulk", 42000),
        ("4 transformers, 18,000 kg per transformer, Shanghai to Mombasa, break bulk", 72000),
        ("Cotización: 2 grúas, 30.000 kg por grúa, Tianjin a Callao, carga suelta", 60000),
        ("5 boilers, 9 tons per boiler, Dalian to Chittagong, breakbulk", 45000),
        ("Devis: 3 chaudières, 11 t par chaudière, Shanghai - Abidjan, conventionnel", 33000),
    ],
)
def test_a_figure_per_the_piece_named(text: str, kilos: int) -> None:
    assert _read(text)["weight_kg"] == kilos


@pytest.mark.parametrize(
    ("text", "kilos"),
    [
        # Each box's figure said "for the 20'" in Spanish, French or Portuguese: summed.
        (
            "Cotizar 1x20GP + 1x40HC Qingdao a Guayaquil, cerámica, 24 ton el 20' y 20 ton el 40'",
            44000,
        ),
        (
            "Bonjour, 1x20GP + 1x40HC Ningbo - Dakar, carrelage, 24 t pour le 20' et 20 t pour le 40'",
            44000,
        ),
        ("Cotação 1x20GP + 1x40HC Xangai/Santos, pisos, 22 t no 20' e 19 t no 40'", 41000),
        ("1x20GP + 1x40HQ Xiamen a Iquique, perfiles, 21 t para el 20' y 17 t para el 40'", 38000),
        ("Devis 1x20' + 1x40HC Tianjin - Tema, tôles, 25 t dans le 20' et 22 t dans le 40'", 47000),
    ],
)
def test_each_box_figure_said_for_its_size(text: str, kilos: int) -> None:
    assert _read(text)["weight_kg"] == kilos


@pytest.mark.parametrize(
    ("text", "kilos"),
    [
        # One figure for each line of a mixed order, joined by "+" as the boxes are: summed.
        ("QD-DAR 1*20GP+1*40HQ tiles 26T+22T", 48000),
        ("1x20GP + 1x40HQ Shanghai to Lagos, steel pipes, 25 tons + 20 tons", 45000),
        ("宁波到拉各斯 1个20GP+1个40HQ 瓷砖 26吨+21吨", 47000),
        ("XM-TEM 1*20GP+1*40HQ marble slabs 27T+24T", 51000),
        ("1x20GP+1x40HC Tianjin - Mombasa, glass bottles, 18000kg+16000kg", 34000),
    ],
)
def test_each_line_figure_joined_by_plus(text: str, kilos: int) -> None:
    assert _read(text)["weight_kg"] == kilos
