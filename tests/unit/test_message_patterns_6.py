"""Round 6 of issue 15: the patterns held-out set 5 missed, each written new ways (never a
held-out sentence), and set 5 kept as a regression floor."""

from __future__ import annotations

from typing import Any

import pytest

from csdesk.rules.inquiry_fields import fields_to_json
from tests.unit.corpus_score import _as_expected, score
from tests.unit.heldout_5 import ENTRIES as HELDOUT_5
from tests.unit.intake_fixtures import PARSER, TODAY


def _read(text: str) -> dict[str, Any]:
    parsed = fields_to_json(PARSER.parse(text, TODAY).values())
    return {name: _as_expected(name, value) for name, value in parsed.items()}


def test_held_out_set_5_keeps_the_level_it_reached() -> None:
    """94.7% when first scored, untuned (1851/1954); 99.6% once round 6 generalised its misses'
    patterns with sentences of its own (this module). A regression floor, not a target: raise
    it only by generalising what its misses show."""
    result = score(PARSER, HELDOUT_5)
    assert result.rate >= 0.99, "\n".join(result.missed + result.wrong)


@pytest.mark.parametrize(
    ("text", "boxes", "kilos"),
    [
        ("广州到蒙巴萨 40HQ 2个 陶瓷 26吨一个", "2x40HQ", 52000),
        ("宁波到达曼 20GP×3 五金 9吨一柜", "3x20GP", 27000),
        ("XMN-DAR 3x20GP 21.5t/c granite slabs", "3x20GP", 64500),
        ("SH-LOS 40HQ x2 @ 18t, 20GP x1 @ 25t, tyres", "2x40HQ+1x20GP", 61000),
    ],
)
def test_a_weight_said_after_its_figure_for_one_box(text: str, boxes: str, kilos: int) -> None:
    read = _read(text)
    assert (read.get("containers"), read.get("weight_kg")) == (boxes, kilos)


def test_a_weight_before_the_next_order_is_not_per_box() -> None:
    assert _read("天津到拉各斯 30吨 一个40HQ 钢管")["weight_kg"] == 30000


@pytest.mark.parametrize(
    ("text", "boxes"),
    [
        ("厦门到吉达 一个40高 鞋子 6吨", "1x40HQ"),
        ("冷柜 20尺 一个 大连到釜山 冻虾 零下18度", "1x20RF"),
        ("开顶柜 40尺的 两个 青岛到德班 石材", "2x40OT"),
        ("框架 40尺 一个 上海到吉达 设备", "1x40FR"),
    ],
)
def test_a_kind_then_its_size(text: str, boxes: str) -> None:
    assert _read(text)["containers"] == boxes


@pytest.mark.parametrize(
    ("text", "ready"),
    [
        ("宁波到吉达 一个小柜 五金 下周4货好", "2026-12-10"),
        ("青岛到达曼 高柜一个 周5能装", "2026-12-04"),
        ("Shanghai to Mombasa 1x40HQ tyres, cargo ready by year-end", "2026-12-31"),
    ],
)
def test_a_weekday_in_digits_and_the_year_end(text: str, ready: str) -> None:
    assert _read(text)["cargo_ready"] == ready


@pytest.mark.parametrize(
    "text",
    [
        "宁波到吉达 一个小柜 每周2班 五金",
        "明年底出 宁波到吉达 五金",
        "年底之前要走 青岛到德班 一个高柜 轮胎",
    ],
)
def test_a_sailing_per_week_or_next_year_end_is_no_ready_date(text: str) -> None:
    assert _read(text).get("cargo_ready") is None


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("天津到吉布提 小柜两个 高柜一个 都是瓷砖 每柜20吨", "瓷砖"),
        ("青岛到拉各斯 两个二十尺高箱装的是化肥一个柜二十七吨", "化肥"),
        ("宁波到科托努一个高柜旧轮胎打包好的二十吨左右", "旧轮胎"),
        ("上海到德班两个四十尺的货是家具哦 每柜十吨", "家具"),
        ("NGB-DUR 2x20GP tiles ttl 52t", "tiles"),
        ("TAO-LOS 1x40HQ steel pipe 26T rdy next week", "steel pipe"),
        ("XMN - MBA / 2 X 20'GP / marble slabs / 27t", "marble slabs"),
        ("SHA-DAR 3x40HQ 9.5t/c solar panels", "solar panels"),
        (
            "Please quote Ningbo to Haifa 1x40HQ, commodity - kitchen cabinets, 8 tons",
            "kitchen cabinets",
        ),
    ],
)
def test_the_goods_without_the_words_around_them(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


def test_a_shipper_named_after_the_word_without_a_colon() -> None:
    read = _read("need 2 x 40FR Tianjin to Jeddah, wheel loaders, 18 tons each, shipper Sany Heavy")
    assert (read["shipper"], read["commodity"]) == ("Sany Heavy", "wheel loaders")


def test_a_figure_said_per_pallet_is_not_the_goods() -> None:
    assert _read("宁波-马尼拉 LCL 4 plt 600kg/plt, glass vases")["commodity"] == "glass vases"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("宁波到马尼拉拼箱 4托 2方 800公斤 灯具 等一下 是5托 2.5方", "pieces", 5),
        ("宁波到马尼拉拼箱 4托 2方 800公斤 灯具 等一下 是5托 2.5方", "volume_cbm", 2.5),
        ("青岛到吉达 1*20GP 轮胎 目标价1800美金 哦不 1700", "target_price", 1700),
        ("TAO-JED 1x40HQ tiles target USD 2,600, sorry 2,450", "target_price", 2450),
        ("天津到蒙巴萨 小柜一个 五金 下周二出 还是下周四吧", "cargo_ready", "2026-12-10"),
        ("1x40HQ SHA-LOS tyres 20t. Please ignore the 20t, it is 24t.", "weight_kg", 24000),
        (
            "Quote 1x20GP Xiamen to Tema, tiles, 20 tons. Sorry, make it 3 containers, 25 tons each.",
            "containers",
            "3x20GP",
        ),
        (
            "Quote 1x20GP Xiamen to Tema, tiles, 20 tons. Sorry, make it 3 containers, 25 tons each.",
            "weight_kg",
            75000,
        ),
    ],
)
def test_a_second_thought_at_the_end(text: str, field: str, value: Any) -> None:
    assert _read(text)[field] == value


def test_a_price_far_from_the_target_after_a_correction_is_not_it() -> None:
    assert _read("青岛到吉达 1*20GP 轮胎 目标价1800美金 哦不 是20吨")["target_price"] == 1800


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("深圳到金奈拼箱八件三个方一吨六百公斤是电机", "weight_kg", 1600),
        ("深圳到金奈拼箱八件三个方一吨六百公斤是电机", "commodity", "电机"),
        (
            "宁波到利马拼箱两件木箱每件长一米五宽一米二高一米每件四百公斤是泵",
            "dimensions_cm",
            "150x120x100",
        ),
        ("宁波到利马拼箱两件木箱每件长一米五宽一米二高一米每件四百公斤是泵", "volume_cbm", 3.6),
        ("宁波到利马拼箱两件木箱每件长一米五宽一米二高一米每件四百公斤是泵", "weight_kg", 800),
        (
            "上海到吉达一个四十尺框架发电机组尺寸五米二乘二米三乘二米六重十二吨",
            "dimensions_cm",
            "520x230x260",
        ),
        ("散杂货天津到拉各斯推土机两台单台二十吨尺寸长六米五宽三米二高三米", "weight_kg", 40000),
        (
            "散杂货天津到拉各斯推土机两台单台二十吨尺寸长六米五宽三米二高三米",
            "dimensions_cm",
            "650x320x300",
        ),
        ("拼箱 厦门到巴生 纸箱三个 长1米宽0.8米高0.5米 每个200公斤 灯具", "pieces", 3),
        ("拼箱 厦门到巴生 纸箱三个 长1米宽0.8米高0.5米 每个200公斤 灯具", "volume_cbm", 1.2),
    ],
)
def test_chinese_measures_said_aloud(text: str, field: str, value: Any) -> None:
    assert _read(text)[field] == value


# A reply that changes part of the request it quotes: the quote gives the rest.
REVISIONS: list[tuple[str, dict[str, Any]]] = [
    (
        "Hi Sunny,\nPlease change to 2x20GP, all else same.\nRegards, Ade\n\n"
        "> From: Ade Bello\n> Sent: 20 Nov 2026\n"
        "> Please quote Qingdao to Lagos 1x20GP, ceramic tiles, 25 tons per container, ready 10 Dec.",
        {
            "pol": "CNTAO",
            "pod": "NGLOS",
            "containers": "2x20GP",
            "commodity": "ceramic tiles",
            "weight_kg": 50000,
            "cargo_ready": "2026-12-10",
        },
    ),
    (
        "Dear Mia,\nConsignee now wants 1x40RF instead of the 20', 26 tons, rest same.\n\n"
        "> Please quote 1x20RF Xiamen to Jeddah, frozen tilapia, 20 tons, -18C, ready 14/12.\n\n"
        "Best regards\nOmar",
        {
            "pol": "CNXMN",
            "pod": "SAJED",
            "containers": "1x40RF",
            "commodity": "frozen tilapia",
            "weight_kg": 26000,
            "temperature_c": -18,
            "cargo_ready": "2026-12-14",
        },
    ),
    (
        "Hi Leo, goods are delayed, new ready date is next Thursday. Other details as below.\n\n"
        "> Sent: 25 Nov 2026\n> 1x40HQ Ningbo to Dubai, office furniture, 9 tons, ready 2 Dec.",
        {
            "pol": "CNNGB",
            "containers": "1x40HQ",
            "commodity": "office furniture",
            "weight_kg": 9000,
            "cargo_ready": "2026-12-10",
        },
    ),
    (
        "From: Ana Ruiz\nSent: Thursday, December 3, 2026\nSubject: RE: quote\n\n"
        "Hi Tom, please revise: cargo ready next Monday and add 1x20GP, 10 tons.\n\n"
        "From: Ana Ruiz\nSent: Monday, November 30, 2026\n"
        "Hi Tom, please quote Shanghai to Callao 1x40HQ, LED screens, 8 tons, ready 4/12/2026.\nAna",
        {
            "pol": "CNSHA",
            "containers": "1x40HQ+1x20GP",
            "commodity": "LED screens",
            "weight_kg": 18000,
            "cargo_ready": "2026-12-07",
        },
    ),
    (
        "Dear Ivy,\nFurther to below, customer asks 40HC instead of 40GP, same weight.\nBR\nKofi\n\n"
        "---- On Fri, 27 Nov 2026 Kofi Mensah wrote ----\n"
        "Please quote 1x40GP Ningbo to Tema, plastic chairs, 12 tons.",
        {"pol": "CNNGB", "pod": "GHTEM", "containers": "1x40HQ", "weight_kg": 12000},
    ),
    (
        "Hi Jack, customer confirms 3 units now (was 2). Same 18 tons per unit.\n\n"
        "> 2x40HQ Tianjin to Jeddah, steel pipes, 18 tons each, ready 20/12/2026",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "containers": "3x40HQ",
            "weight_kg": 54000,
            "cargo_ready": "2026-12-20",
        },
    ),
    (
        "转发：【青岛到德班 2x20GP 轮胎 每柜20吨】\n客户说改成一个40HQ一个20GP 40的15吨 20的12吨",
        {"pol": "CNTAO", "containers": "1x40HQ+1x20GP", "commodity": "轮胎", "weight_kg": 27000},
    ),
    (
        "@小王 上次说的宁波到拉各斯那票 改成下周三出 其他不变\n「宁波到拉各斯 1x40HQ 家具 12吨 本周五出」",
        {"pol": "CNNGB", "containers": "1x40HQ", "weight_kg": 12000, "cargo_ready": "2026-12-09"},
    ),
    (
        "Hi Nina,\nPlease ignore my mail below, cargo will load at Qingdao not Tianjin.\n\n"
        "> Please quote Tianjin to Mombasa 1x20GP, tyres, 18 tons.",
        {"pol": "CNTAO", "pod": "KEMBA", "commodity": "tyres", "weight_kg": 18000},
    ),
]


@pytest.mark.parametrize(("text", "want"), REVISIONS)
def test_a_reply_changes_part_of_the_quoted_request(text: str, want: dict[str, Any]) -> None:
    read = _read(text)
    assert {name: read.get(name) for name in want} == want


def test_a_reply_with_a_new_inquiry_still_sets_the_quote_aside() -> None:
    text = (
        "Hi Amy,\nNew one: 1x20GP Xiamen to Manila, shoes, 6 tons.\n\n"
        "> Please quote 1x40HQ Ningbo to Lagos, furniture, 10 tons."
    )
    read = _read(text)
    assert (read["pol"], read["pod"], read["weight_kg"]) == ("CNXMN", "PHMNL", 6000)


@pytest.mark.parametrize(
    ("text", "kilos"),
    [
        ("宁波到拉各斯 一个40HQ一个20GP 40的10吨 20的8吨 家具", 18000),
        ("宁波到拉各斯 两个40HQ 一个20GP 40的每个10吨 20的8吨 家具", 28000),
    ],
)
def test_a_weight_after_a_bare_size_is_that_box(text: str, kilos: int) -> None:
    assert _read(text)["weight_kg"] == kilos


def test_a_header_date_is_no_cargo_date() -> None:
    text = (
        "Dear Bo,\nplease quote 1x20GP Shanghai to Aqaba, textiles, 10 tons.\n\n"
        "On Mon, 30 Nov 2026 Sami Haddad wrote:\n> hello"
    )
    assert _read(text).get("cargo_ready") is None


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Big volume inquiry: 15 x 40HQ Ningbo to Mombasa, tiles, 26 tons each", "mode", "SPECIAL"),
        ("Large quantity: 12x40HQ Xiamen to Lagos, furniture", "mode", "SPECIAL"),
        ("BB inquiry: Tianjin to Lagos, 3 units excavators, 30 tons each", "mode", "BREAKBULK"),
        ("Tianjin to Jeddah 1x20GP calcium hypochlorite UN 2880 cl 5.1 20 t", "dg_class", "5.1"),
        (
            "Tianjin to Jeddah 1x20GP calcium hypochlorite UN 2880 cl 5.1 20 t",
            "commodity",
            "calcium hypochlorite",
        ),
        (
            "1x20GP Qingdao to Lagos, caustic soda 99% in IBCs, UN 1823, IMO class 8",
            "commodity",
            "caustic soda",
        ),
        (
            "IMDG 8 / UN1789 hydrochloric acid, 1x20GP Shanghai - Dubai, 18 tons",
            "commodity",
            "hydrochloric acid",
        ),
    ],
)
def test_the_trade_shorthand_for_the_cargo(text: str, field: str, value: Any) -> None:
    assert _read(text)[field] == value


def test_a_plain_count_of_boxes_is_no_special_cargo() -> None:
    assert _read("Qingdao to Karachi 12x40HQ steel coils 26 tons each")["mode"] == "FCL"


@pytest.mark.parametrize(
    ("text", "ready"),
    [
        (
            "Please quote Qingdao to Jebel Ali 1x20GP valves 9 tons, ready by the 18th.",
            "2026-12-18",
        ),
        ("SZX to Lagos 1x40HQ furniture, ready Friday next week", "2026-12-11"),
        ("Ningbo to Haifa 1x40HQ tiles, cargo ready the 3rd of January", "2027-01-03"),
    ],
)
def test_an_english_day_of_the_month_and_a_weekday_next_week(text: str, ready: str) -> None:
    assert _read(text)["cargo_ready"] == ready


def test_asking_for_a_fast_answer_is_no_ready_date() -> None:
    text = "Dear Sir,\nPls quote 2x40HQ Ningbo to Tema, shoes, 8 tons each. Kindly revert ASAP.\nBR"
    assert _read(text).get("cargo_ready") is None


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Pls quote FOB Xiamen, 1x20GP to Lagos, shoes, gross weight 9 500 kg.", "weight_kg", 9500),
        ("DAP Kampala is not required, only CIF Mombasa. 1x40HQ Ningbo, tyres.", "incoterm", "CIF"),
        ("送到内罗毕不需要 DDP不用了 就CFR蒙巴萨 宁波一个40HQ 家具", "incoterm", "CFR"),
        ("散杂货 连云港到吉达 钢箱梁 6段 每段40吨", "pieces", 6),
        (
            "Break bulk: Tianjin to Dammam, steel beams, 30 pieces total 450 MT",
            "commodity",
            "steel beams",
        ),
    ],
)
def test_a_figure_a_term_and_pieces_as_the_trade_writes_them(
    text: str, field: str, value: Any
) -> None:
    assert _read(text)[field] == value


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("我们有一批陶瓷杯宁波出去吉达一个四十尺的二十吨", "陶瓷杯"),
        ("我们有设备要从青岛到吉达一个框架箱 二十吨", "设备"),
        ("散杂货 上海到吉达 发电机组 3台 每台20吨", "发电机组"),
        (
            "pls quote 1x20GP Xiamen to Tema, steel doors and frames, 9 tons",
            "steel doors and frames",
        ),
    ],
)
def test_goods_run_into_the_route_or_named_before_their_count(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


def test_a_rate_already_given_is_set_aside_for_the_new_route() -> None:
    text = (
        "Dear Tom,\nYour rate of USD 2,100 for Qingdao-Tema last week was ok. This time please "
        "quote Qingdao to Lome, 1x40HQ, tiles, 26 tons.\nThanks"
    )
    assert _read(text)["pod"] == "TGLFW"


@pytest.mark.parametrize(
    ("text", "kilos"),
    [
        ("杂货船 天津去拉各斯 装载机两台 一台18吨 7.8*2.8*3.3米 一台15吨 7*2.5*3米", 33000),
        (
            "Break bulk Shanghai to Lagos, 2 units generators, one unit 30 tons, one unit 18 tons",
            48000,
        ),
    ],
)
def test_each_piece_weighed_one_at_a_time(text: str, kilos: int) -> None:
    assert _read(text)["weight_kg"] == kilos


def test_goods_moved_to_other_boxes_weigh_the_same() -> None:
    text = (
        "Hi Sam,\nCustomer changed to 1x40HQ instead of 2x20GP, rest unchanged.\n\n"
        "> Please quote 2x20GP Ningbo to Tema, tiles, 12 tons each, ready 12/12."
    )
    read = _read(text)
    assert (read["containers"], read["weight_kg"]) == ("1x40HQ", 24000)


def test_a_ready_word_after_known_goods_is_not_part_of_them() -> None:
    assert _read("NGB-LOS 3x40HQ 9t/cntr furniture rdy 15/12")["commodity"] == "furniture"


@pytest.mark.parametrize(
    ("text", "boxes"),
    [
        ("【宁波到吉达 1x40HQ 灯具 8吨】 改成三个柜 其他一样", "3x40HQ"),
        (
            "Dear Team,\nPlease add one more 40HQ, 12 tons, same commodity.\n\n"
            "-----Original Message-----\nFrom: Ali\nSent: Monday, November 30, 2026\n"
            "Please quote 1x20GP Ningbo to Jeddah, lamps, 9 tons.",
            "1x20GP+1x40HQ",
        ),
        (
            "FW: pls quote 1x20GP Qingdao to Tema, tiles, 25 tons\nHi Bo, please change to 2x20GP",
            "2x20GP",
        ),
    ],
)
def test_the_boxes_recounted_or_added_in_a_reply(text: str, boxes: str) -> None:
    assert _read(text)["containers"] == boxes


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Hi Ben, one correction: the shipper is Weifang Tyres, not Qingdao Tyres. Rest as "
            "before.\n\n> Please quote 2x40HQ Qingdao to Lome, tyres, 20 tons each. Shipper: "
            "Qingdao Tyres",
            {"pol": "CNTAO", "shipper": "Weifang Tyres", "commodity": "tyres", "weight_kg": 40000},
        ),
        (
            "Hi Ben,\nCommodity now: tyres and rims, rest unchanged.\n\n"
            "> Please quote 2x40HQ Qingdao to Lome, tyres, 20 tons each.",
            {"pod": "TGLFW", "commodity": "tyres and rims", "weight_kg": 40000},
        ),
        (
            "转发：【天津到达曼 3x40HQ 钢管 每柜25吨 12月15号】\n老板说改到12月20号出 别的不变",
            {"pod": "SADMM", "weight_kg": 75000, "cargo_ready": "2026-12-20"},
        ),
    ],
)
def test_a_reply_naming_what_it_changes_keeps_the_rest(text: str, want: dict[str, Any]) -> None:
    read = _read(text)
    assert {name: read.get(name) for name in want} == want


def test_a_price_corrected_in_chinese_numerals_is_no_count_of_boxes() -> None:
    read = _read("宁波到拉各斯 一个高柜 家具 目标价两千 不对 一千八")
    assert (read["containers"], read["target_price"]) == ("1x40HQ", 1800)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "拼箱 深圳到马尼拉 纸箱二十个 每个长六十宽四十高四十公分 每个十五公斤 服装",
            "volume_cbm",
            1.92,
        ),
        (
            "上海到蒙巴萨 拼箱 两件木箱 每件长二米宽一米二高一米五 每件一吨二 机器",
            "weight_kg",
            2400,
        ),
        (
            "散杂货 天津到达曼 变压器三台 单台四十五吨 尺寸长七米二宽三米一高三米九",
            "weight_kg",
            135000,
        ),
    ],
)
def test_per_piece_measures_said_aloud_make_the_totals(text: str, field: str, value: Any) -> None:
    assert _read(text)[field] == value


@pytest.mark.parametrize(
    ("text", "boxes"),
    [
        ("宁波到吉达 两个小柜 家具 哦不对 家具要装高柜 两个高柜", "2x40HQ"),
        ("Ningbo to Jeddah 1x20GP sorry, we need 1x40HQ, furniture", "1x40HQ"),
        ("青岛到拉各斯三个四十尺的货是轮胎不对轮胎要装高柜三个高柜每个二十吨", "3x40HQ"),
    ],
)
def test_a_box_type_corrected_after_the_goods_said_again(text: str, boxes: str) -> None:
    assert _read(text)["containers"] == boxes


@pytest.mark.parametrize(
    ("text", "pol", "pod"),
    [
        ("NB-PKG 1x40HQ furniture 9t", "CNNGB", "MYPKG"),
        ("QD-JEA 2x20GP tiles 26t", "CNTAO", "AEJEA"),
    ],
)
def test_a_shorthand_port_then_a_location_code(text: str, pol: str, pod: str) -> None:
    read = _read(text)
    assert (read["pol"], read["pod"]) == (pol, pod)


def test_a_target_said_without_its_price_word() -> None:
    assert (
        _read("老板好 黄埔到拉各斯 两个高柜 家具 一个柜十二吨左右 目标三千三")["target_price"]
        == 3300
    )


def test_make_that_corrects_the_boxes_and_the_weight_after_it() -> None:
    read = _read("Qingdao to Tema 1x20GP, 20t, tiles - actually make that 2x20GP, 22t each")
    assert (read["containers"], read["weight_kg"]) == ("2x20GP", 44000)
