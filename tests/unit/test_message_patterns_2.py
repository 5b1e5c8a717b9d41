"""Round 2 of issue 15: the patterns held-out set 1 showed, each with variants written for
these tests (not the held-out sentences), and the held-out set kept as a regression bar.
"""

from __future__ import annotations

from typing import Any

import pytest

from csdesk.rules.inquiry_fields import fields_to_json
from csdesk.rules.textnorm import en_number, parse_number
from tests.unit.corpus_score import _as_expected, score
from tests.unit.heldout_1 import ENTRIES as HELDOUT_1
from tests.unit.heldout_2 import ENTRIES as HELDOUT_2
from tests.unit.intake_fixtures import PARSER, TODAY


def _read(text: str) -> dict[str, Any]:
    parsed = fields_to_json(PARSER.parse(text, TODAY).values())
    return {name: _as_expected(name, value) for name, value in parsed.items()}


def _asked(text: str) -> dict[str, str]:
    return {q.name: q.reason for q in PARSER.parse(text, TODAY).questions}


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Chinese voice-to-text: the goods right after the boxes, up to a per-box word or figure.
        ("厦门到拉各斯两个高柜防水卷材每柜二十吨", "防水卷材"),
        ("你好天津到吉达一个小柜嗯那个铝型材大概十五吨", "铝型材"),
        ("青岛到达曼三个四十尺平柜货是那个玻璃纤维布每个柜子十九吨", "玻璃纤维布"),
        ("上海到蒙巴萨 2x40HQ 人造草坪 每个21T", "人造草坪"),
        ("宁波到德班拼箱 磁性贴片 2方 300公斤", "磁性贴片"),
        ("深圳到迪拜 1x20GP 电动牙刷 UN3481 9类 6吨", "电动牙刷"),
        ("广州到拉各斯 1x40HQ 塑料花（非危） 8吨", "塑料花"),
        # A known name inside the customer's longer word is the whole word.
        ("宁波到那瓦舍瓦一个小柜镀锌钢管二十吨", "镀锌钢管"),
        # English after a comma, after the equipment.
        (
            "Please quote 2x40HQ Qingdao - Mombasa, corrugated roofing, 25 tons each",
            "corrugated roofing",
        ),
        (
            "Need rate 1x20GP Ningbo to Tema, aluminium coils 22 tons, ready 12/12",
            "aluminium coils",
        ),
        ("LCL Shanghai to Dubai, 12 ctns, 2.1 cbm, 400 kgs, yoga mats.\nThanks, Ali", "yoga mats"),
        ("Merchandise: garden hoses\n1x40HQ Ningbo to Santos", "garden hoses"),
    ],
)
def test_goods_no_table_knows_are_read_by_where_they_stand(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    "text",
    [
        "Please quote 1x40HQ Ningbo to Lagos.\nBest regards,\nPeter Obi",
        "宁波到拉各斯 1x40HQ 12月10号 麻烦报个价",
        "请报 上海/迪拜 20GP 40HQ 的运费",
        "Need 2x20GP Shanghai to Tema, urgent, thanks",
        "1x40HQ Ningbo to Lagos, door delivery, 10 tons",
        "宁波到拉各斯 1x40HQ 下周 谢谢",
        "上海到迪拜 1x20GP 老客户 帮忙看下",
    ],
)
def test_a_signature_a_date_or_a_request_is_not_goods(text: str) -> None:
    assert _read(text)["commodity"] is None


@pytest.mark.parametrize(
    ("text", "pod"),
    [
        ("Need rate Ningbo to Mombasaa 1x40HQ", "KEMBA"),
        ("pls quote Shanghai to Chittagon 2x20GP", "BDCGP"),
        ("Qingdao - Jebelali 1x40HQ", "AEJEA"),
        ("Xiamen to Dar-es-Salam 1x20GP", "TZDAR"),
        ("Tianjin to Abidjann 1x40HQ", "CIABJ"),
        ("宁波到Lagoss 1x40HQ", "NGLOS"),
        ("NB-PKL 1x40HQ 家具", "MYPKG"),
        # Chinese names with a sound-alike character, two characters long.
        ("宁波到德斑 1x20GP", "ZADUR"),
        ("上海到特码 1x40HQ", "GHTEM"),
    ],
)
def test_a_misspelt_port_is_read_by_the_closest_name(text: str, pod: str) -> None:
    assert _read(text)["pod"] == pod


def test_a_misspelt_port_is_asked_about_and_an_exact_one_is_not() -> None:
    assert _asked("Need rate Ningbo to Mombasaa 1x40HQ")["pod"] == "port_spelling"
    assert "pod" not in _asked("Need rate Ningbo to Mombasa 1x40HQ")
    assert _read("please quote to customer soon")["pod"] is None


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("上海到拉各斯三个高柜轮毂一个柜大概十六吨", 48000),
        ("宁波到吉达两个小柜瓷砖每个柜子二十六吨左右", 52000),
        ("XMN-JED 3x40HQ 家具 7T/个", 21000),
        ("2x40FR Shanghai to Lagos, excavators, 14,000 kg per rack", 28000),
        ("宁波到达曼 两个20尺一个40尺高柜 各装20吨 钢材", 60000),
        ("深圳到吉达 2x20GP 1x40HQ 灯具 20GP 9T each 40HQ 12T", 30000),
        ("天津到阿尔及尔 1x40GP 2x20GP 钢管 20GP每柜24吨 40GP 20吨", 68000),
        ("宁波到拉各斯 2个20GP和1个40HQ 小柜装25吨 高柜每个16吨 建材", 66000),
        ("宁波到迪拜 两个小柜一个高柜 小柜二十吨 高柜一个十吨", 50000),
        ("宁波到阿比让一个二十尺两个四十尺高柜建材二十尺的每个二十吨四十尺那个十五吨", 50000),
    ],
)
def test_weights_per_box_multiply_by_the_right_count(text: str, weight: int) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "weight", "asked"),
    [
        ("1x20GP Ningbo to Santos, glass, gross weight 21.500 kg", 21500, True),
        ("1x40HQ Ningbo to Lagos, furniture, 9,800 KGS", 9800, False),
        ("1x40HQ Ningbo to Lagos, furniture, 9.5 tons", 9500, False),
    ],
)
def test_weights_with_thousands_marks_and_units(text: str, weight: int, asked: bool) -> None:
    assert _read(text)["weight_kg"] == weight
    assert ("weight_kg" in _asked(text)) is asked


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("深圳到迪拜拼箱 三个托盘 二点四方 八百公斤 灯具", "volume_cbm", 2.4),
        ("厦门到巴生拼箱 5箱 零点八方 一百公斤 茶叶", "volume_cbm", 0.8),
        ("青岛到吉达 1x20GP 配件 一点五吨", "weight_kg", 1500),
        ("青岛到吉达 1x40HQ 配件 十吨半", "weight_kg", 10500),
        ("大连到鹿特丹 1x40RF 冻虾 零下二十五度 22吨", "temperature_c", -25),
        ("Qingdao to Santos 1x40RF, fresh apples, +2C, 24 tons", "temperature_c", 2),
        ("深圳到迪拜 1x20RF 药品 温度设定+8度 5吨", "temperature_c", 8),
    ],
)
def test_chinese_decimals_and_temperatures(text: str, field: str, value: float) -> None:
    assert _read(text)[field] == value


@pytest.mark.parametrize(
    ("text", "un", "dg_class"),
    [
        ("上海到吉大港一个小柜危险品八类盐酸联合国编号一七八九二十吨", "1789", "8"),
        ("宁波到迪拜 1x20GP 危险品九类 锂电池 联合国编号三四八零", "3480", "9"),
    ],
)
def test_dg_said_in_chinese_numerals(text: str, un: str, dg_class: str) -> None:
    read = _read(text)
    assert (read["un_number"], read["dg_class"], read["dg"]) == (un, dg_class, True)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("厦门出 说错了 是福州出 到拉各斯 1x40HQ 家具 8吨", "pol", "CNFOC"),
        (
            "2x40HQ Ningbo - Tema, tiles, 20 tons each. Sorry, POD is Lome, not Tema.",
            "pod",
            "TGLFW",
        ),
        ("深圳到拉各斯 2x20GP 不好意思打错了 是40GP 灯具", "containers", "2x40GP"),
        (
            "1x20GP Shanghai to Dubai, 8 tons. Correction: the box is 40HQ, not 20GP.",
            "containers",
            "1x40HQ",
        ),
        ("广州到迪拜 1x40HQ 鞋子 货重10吨 更正一下 是11吨", "weight_kg", 11000),
        ("宁波到拉各斯 2x40HQ 瓷砖 每柜22吨 不是22吨 是每柜19吨", "weight_kg", 38000),
        ("厦门到马尼拉拼箱 8箱 3方 哦不对 是3.5方 700公斤 玩具", "volume_cbm", 3.5),
        ("QD到DUR 5个40HQ 轮胎 每柜20吨 改一下 客户只有4个柜的货", "containers", "4x40HQ"),
        (
            "上海到特马 2x40HQ 建材 货好时间原来说12月9号 现在改成12月16号了",
            "cargo_ready",
            "2026-12-16",
        ),
        (
            "上海到雅加达 1x20GP 纸张 本来12月7号出 工厂说推迟到12月14号",
            "cargo_ready",
            "2026-12-14",
        ),
    ],
)
def test_a_correction_replaces_what_it_corrects(text: str, field: str, value: object) -> None:
    assert _read(text)[field] == value


@pytest.mark.parametrize(
    ("text", "pol", "pod", "containers"),
    [
        (
            "上个月帮我们走的青岛到拉各斯那票3x40HQ 这次 上海到特马 1x20GP 瓷砖",
            "CNSHA",
            "GHTEM",
            "1x20GP",
        ),
        ("去年从宁波走过两个框架去吉达 这次普通柜 宁波到达曼 2个40HQ", "CNNGB", "SADMM", "2x40HQ"),
        (
            "Further to our shipment last week (1x40HQ Ningbo to Lagos), we now have a new order:"
            " 2x20GP Shanghai to Tema, tiles.",
            "CNSHA",
            "GHTEM",
            "2x20GP",
        ),
    ],
)
def test_a_past_shipment_told_first_is_set_aside(
    text: str, pol: str, pod: str, containers: str
) -> None:
    read = _read(text)
    assert (read["pol"], read["pod"], read["containers"]) == (pol, pod, containers)


@pytest.mark.parametrize(
    ("text", "containers", "mode"),
    [
        ("1 x 40' high cube Ningbo to Lagos, furniture", "1x40HQ", "FCL"),
        ("2 x 20' flat rack Shanghai - Jeddah, machinery", "2x20FR", "SPECIAL"),
        ("1x40' open top Qingdao to Dammam, steel", "1x40OT", "SPECIAL"),
        ("3x40HQ Ningbo to Tema, tiles", "3x40HQ", "FCL"),
    ],
)
def test_the_type_word_after_a_size_is_one_box(text: str, containers: str, mode: str) -> None:
    read = _read(text)
    assert (read["containers"], read["mode"]) == (containers, mode)


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        # Round 7: a cargo list only when the pieces differ (CONVENTIONS.md, sets 1 and 3-6);
        # identical units are said in full by their count, size and weight.
        (
            "Break bulk: Tianjin to Lagos, 2 units excavators, 30 tons each, 9 x 3 x 3.2 m each",
            None,
        ),
        ("件杂货 上海到吉达 三台发电机组 每台40吨 尺寸6米*2.5米*3米", None),
        ("散杂货 上海到达曼 钢结构 共20件 最大件15m*3m*2.5m", None),
        (
            "Break bulk Shanghai to Jeddah:\n1 x boiler 8 x 4 x 4 m\n2 x tanks 6 x 3 x 3 m",
            "6 x 3 x 3",
        ),
        ("1x40HQ Ningbo to Lagos, furniture 9 tons", None),
    ],
)
def test_a_cargo_list_for_break_bulk_pieces(text: str, listed: str | None) -> None:
    cargo_list = _read(text)["cargo_list"]
    assert cargo_list is None if listed is None else listed in cargo_list


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("1x40HQ Ningbo to Lagos, furniture, target is two thousand four hundred dollars", 2400),
        ("1x20GP Shanghai to Tema, tiles, budget one thousand five hundred USD", 1500),
    ],
)
def test_a_target_price_in_words(text: str, price: int) -> None:
    read = _read(text)
    assert (read["target_price"], read["currency"]) == (price, "USD")


@pytest.mark.parametrize(
    ("text", "value"),
    [("two thousand one hundred", 2100), ("nineteen hundred", 1900), ("forty-five", 45)],
)
def test_english_number_words(text: str, value: int) -> None:
    assert en_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"), [("一点八", 1.8), ("零点五", 0.5), ("十二点二五", 12.25)]
)
def test_chinese_decimals(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_shipper_stops_at_a_full_stop() -> None:
    text = "1x40OT Ningbo to Jebel Ali, boiler, 20 tons. Shipper: Wuxi Heavy Works. Ready 16/12."
    assert _read(text)["shipper"] == "Wuxi Heavy Works"


def test_heldout_set_1_stays_read() -> None:
    """Written blind and scored 92.8% before round 2; kept at the level round 2 reached."""
    result = score(PARSER, HELDOUT_1)
    assert result.rate >= 0.995, "\n".join(result.missed + result.wrong)


def test_held_out_set_2_keeps_the_level_it_scored_blind() -> None:
    """96.4% when first scored, untuned; 99.3% after round 3 generalised its misses' patterns
    (with sentences of our own). A regression floor, not a target to tune towards."""
    result = score(PARSER, HELDOUT_2)
    assert result.rate >= 0.99, "\n".join(result.missed + result.wrong)
