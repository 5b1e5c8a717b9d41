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
    """97.6% when first scored, untuned (1889/1935); 99.7% (1923/1928) once round 7
    generalised its misses' patterns with sentences of its own (this module). A regression
    floor, not a target: raise it only by generalising what its misses show."""
    result = score(PARSER, HELDOUT_6)
    assert result.rate >= 0.99, "\n".join(result.missed + result.wrong)


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


@pytest.mark.parametrize(
    ("text", "boxes", "kilos"),
    [
        ("Tank inquiry: 3 x 20' ISO tanks Ningbo to Durban, glycerine, 20t each", "3x20TK", 60000),
        ("Need 2x 20' tanks Shanghai-Jebel Ali, food grade oil 21 tons each", "2x20TK", 42000),
        ("ISO tank x 4, Tianjin - Santos, latex, 20 t per tank", "4x20TK", 80000),
    ],
)
def test_a_sized_iso_tank_is_one_tank(text: str, boxes: str, kilos: int) -> None:
    read = _read(text)
    assert (read["containers"], read["weight_kg"]) == (boxes, kilos)


@pytest.mark.parametrize(
    "text",
    [
        "上海到达曼 1x20GP 树脂 UN 1866 第3类 包装类别 III 15吨",
        "青岛到吉达 1x20GP 农药 UN2588 6.1类 3 包装类 III 12吨",
    ],
)
def test_a_packing_group_is_not_a_piece_count(text: str) -> None:
    assert _read(text)["pieces"] is None


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "Break bulk Qingdao to Lagos: 4 units bulldozers, each 6.8 x 3.9 x 3.4 m, 24 t each",
            None,
        ),
        ("件杂货 天津到吉达 两台锅炉 每台9m*3.5m*3.8m 每台30吨", None),
        ("Breakbulk Dalian - Mombasa, 1 yacht, 18m x 5m x 6m, 40 tons", None),
        ("散杂货 上海到拉各斯 钢梁 6件 最大件20m*2m*2.4m 重22吨 其余每件10吨", None),
        (
            "Break bulk Tianjin to Dammam: 1 x boiler 8 x 4 x 4 m, 2 x tanks 6 x 3 x 3 m",
            "6 x 3 x 3",
        ),
    ],
)
def test_a_cargo_list_only_when_the_pieces_differ(text: str, listed: str | None) -> None:
    cargo_list = _read(text)["cargo_list"]
    assert cargo_list is None if listed is None else listed in cargo_list


@pytest.mark.parametrize(
    ("text", "pod", "boxes"),
    [
        (
            "宁波出 原来是到蒙巴萨 客户改港了 现在到达累斯萨拉姆 2个40HQ 瓷砖 每柜25吨",
            "TZDAR",
            "2x40HQ",
        ),
        ("厦门出 本来要到吉达 改到达曼 1个20GP 石材 26吨", "SADMM", "1x20GP"),
        ("昨天问的上海到拉各斯取消了 今天问个新的 上海到科托努 1x40HQ 家具", "BJCOO", "1x40HQ"),
        ("广州到吉达 原来说的两个20GP 现在改成三个 五金 每柜10吨", "SAJED", "3x20GP"),
    ],
)
def test_the_port_a_follow_up_changes_to(text: str, pod: str, boxes: str) -> None:
    read = _read(text)
    assert (read["pod"], read["containers"], read["cargo_ready"]) == (pod, boxes, None)


@pytest.mark.parametrize(
    ("text", "goods", "pieces", "kilos"),
    [
        (
            "Break bulk ex Tianjin to Lagos - road rollers x 3 units, 6.2 x 2.3 x 3.1 m each, "
            "12,000 kgs each unit",
            "road rollers",
            3,
            36000,
        ),
        (
            "Break bulk Qingdao to Dar es Salaam: bulldozers x 2 units, 24 tons each",
            "bulldozers",
            2,
            48000,
        ),
        (
            "散杂货 上海到吉达 钢结构桁架 5件 最大件18m×3m×2.5m 重15吨 其余每件8吨 总重47吨",
            "钢结构桁架",
            5,
            47000,
        ),
    ],
)
def test_break_bulk_goods_count_and_total(text: str, goods: str, pieces: int, kilos: int) -> None:
    read = _read(text)
    assert (read["commodity"], read["pieces"], read["weight_kg"]) == (goods, pieces, kilos)


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("上海到安特卫普拼箱 1件 木箱 1.8*1.2*1.5米 900公斤 激光切割机", "激光切割机"),
        ("大连到釜山拼箱 2件 纸箱 1方 300公斤 汽车配件", "汽车配件"),
        ("散杂货 青岛到达曼 钢梁 4件 最大件20m×2m×2.4m 重22吨", "钢梁"),
    ],
)
def test_packing_and_the_biggest_piece_are_not_the_goods(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "kilos"),
    [
        ("Shanghai to Manila 1x20GP and 1x40HQ, marble slabs, 24 t and 26 t respectively", 50000),
        ("宁波到吉达 一个小柜一个高柜 瓷砖 分别25吨和22吨", 47000),
    ],
)
def test_one_weight_for_each_line_said_respectively(text: str, kilos: int) -> None:
    assert _read(text)["weight_kg"] == kilos


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        (
            "Need cotação Ningbo to Santos 2x40HQ, peças de máquinas, 9 toneladas cada",
            "peças de máquinas",
        ),
        (
            "Cotización Shanghai a Callao 1x40HQ, artículos de limpieza, 12 toneladas",
            "artículos de limpieza",
        ),
        (
            "Boa tarde, cotação Qingdao x Luanda 1x20GP, materiais elétricos, 18 toneladas",
            "materiais elétricos",
        ),
    ],
)
def test_spanish_and_portuguese_goods_keep_their_accents(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    "text",
    [
        "RE: quote Ningbo-Durban\n\nThanks. Customer prefers a full container now: please quote "
        "1x40HQ instead of LCL, around 20 tons, same ceramic tiles.\n\n> 12 pallets, 9 cbm, "
        "11 tons ceramic tiles, Ningbo to Durban LCL",
        "上海到迪拜 不走拼箱了 1个40HQ 家具 20吨",
    ],
)
def test_lcl_turned_down_for_a_box_is_not_lcl(text: str) -> None:
    read = _read(text)
    assert (read["mode"], read["containers"], read["pieces"], read["volume_cbm"]) == (
        "FCL",
        "1x40HQ",
        None,
        None,
    )


def test_an_update_on_the_request_below_changes_what_it_names() -> None:
    read = _read(
        "Hi,\nUpdate on the request below: the weight is now 22 tons per container and ready "
        "18/12.\n\nOn Wed, 25 Nov 2026, Li wrote:\n> Please quote Ningbo to Mombasa, 2x20GP, "
        "ceramic tiles, 20 tons per container, ready 10/12.\n\nThanks"
    )
    assert (read["pol"], read["pod"], read["containers"], read["commodity"]) == (
        "CNNGB",
        "KEMBA",
        "2x20GP",
        "ceramic tiles",
    )
    assert (read["weight_kg"], read["cargo_ready"]) == (44000, "2026-12-18")


@pytest.mark.parametrize(
    ("text", "pol", "pod"),
    [
        (
            "Hi Lily,\nFurther to your quote of Monday for Ningbo-Mombasa, the client now wants "
            "Dar es Salaam instead. Everything else unchanged: 2x20GP, tiles, 25 tons each.",
            "CNNGB",
            "TZDAR",
        ),
        (
            "Hello Mr Wang,\nFurther to your quote of last month for Qingdao-Lagos, the consignee "
            "now wants Onne instead. Details unchanged: 1x40HQ, tyres, 20 tons.\nThanks",
            "CNTAO",
            "NGONN",
        ),
        ("Shanghai to Jeddah 1x40HQ furniture, pls change the POD to Dammam", "CNSHA", "SADMM"),
        ("厦门到吉达 改到达曼 1个20GP 石材", "CNXMN", "SADMM"),
    ],
)
def test_a_port_the_request_moves_to(text: str, pol: str, pod: str) -> None:
    read = _read(text)
    assert (read["pol"], read["pod"]) == (pol, pod)


@pytest.mark.parametrize(
    ("text", "kilos"),
    [
        (
            "Break bulk Qingdao - Lagos, 2 boilers: 10.0 x 3.8 x 3.9 m / 40 t and "
            "8.0 x 3.5 x 3.5 m / 30 t",
            70000,
        ),
        (
            "散杂货 天津到吉达 3台变压器 7.5m*3m*3.8m，62吨；6m*2.8m*3.2m，40吨；5m*2.5m*3m，30吨",
            132000,
        ),
        ("Break bulk Tianjin to Lagos, 2 excavators, 9 x 3 x 3.2 m, 30 tons each", 60000),
    ],
)
def test_each_piece_sized_then_weighed_adds_up(text: str, kilos: int) -> None:
    assert _read(text)["weight_kg"] == kilos
