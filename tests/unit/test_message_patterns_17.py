"""Round 17 of issue 15: patterns seen in held-out set 14, each written new ways (never a
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
    ("text", "boxes"),
    [
        # A size in feet written out as a word ("20 foot", "40-feet") is the box of that size.
        ("Please quote two 40 foot containers Qingdao to Mersin, marble slabs", "2x40GP"),
        ("we need one 20-feet container Xiamen to Port Louis for tea", "1x20GP"),
        ("Rate for a 40 foot high cube Ningbo - Tema please", "1x40HQ"),
        ("3 x 20 foot containers Tianjin to Aqaba, glass bottles", "3x20GP"),
    ],
)
def test_a_size_in_feet_written_as_a_word_is_a_box(text: str, boxes: str) -> None:
    read = _read(text)
    assert read["containers"] == boxes
    assert read["mode"] == "FCL"


@pytest.mark.parametrize(
    ("text", "ready"),
    [
        # The first week of a month is its start, as "early next month" is.
        ("Xiamen to Houston 1x40HQ furniture, ready first week of February", "2027-02-01"),
        ("Shanghai to Santos 2x20GP tiles, goods ready the 1st week of March", "2027-03-01"),
        ("Tianjin to Aqaba 1x20GP, cargo available first week of Dec", "2026-12-01"),
    ],
)
def test_the_first_week_of_a_month_is_its_start(text: str, ready: str) -> None:
    assert _read(text)["cargo_ready"] == ready


@pytest.mark.parametrize(
    ("text", "ready"),
    [
        # A sailing wish and a ready date: the date said right after "ready" is the cargo's.
        (
            "POL Ningbo POD Santos 1x40HQ, ETD first week of Feb, cargo ready 27/01/2027",
            "2027-01-27",
        ),
        ("Qingdao to Mersin 2x20GP, shipment early January, goods ready on 28/12", "2026-12-28"),
    ],
)
def test_the_date_said_after_ready_wins_over_a_sailing_wish(text: str, ready: str) -> None:
    assert _read(text)["cargo_ready"] == ready


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # A weight over the box's size alone ("/40'", "/20ft", "/20尺") is per box.
        ("NB-LOS 3x40HQ 家具 12T/40'", 36000),
        ("Shanghai to Mersin 4x20', glass bottles, 21t/20ft", 84000),
        ("宁波到拉各斯 2个20尺 瓷砖 25吨/20尺", 50000),
        ("Ningbo to Tema 2x40HQ + 1x20GP, tiles 26t/20' and 18t/40'", 62000),
    ],
)
def test_a_weight_over_a_box_size_is_per_box(text: str, weight: int) -> None:
    assert _read(text)["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Goods no table knows, run on from the weight before them: up to the message's end,
        # a date another reader took, or a word that is never goods.
        ("厦门到巴生拼箱十个托盘每托两百公斤编织袋", "编织袋"),
        ("天津到吉达两个四十尺的各二十二吨镀锌铁丝下个礼拜一", "镀锌铁丝"),
        ("天津到吉达两个四十尺各二十二吨镀锌铁丝", "镀锌铁丝"),
        ("宁波到达曼三个四十尺高柜每柜十八吨镀锌铁丝麻烦报个价", "镀锌铁丝"),
        ("宁波到达曼三个四十尺高柜每柜十八吨镀锌铁丝发货人是宁波华宇五金", "镀锌铁丝"),
        # ...one character after a space, closing the message.
        ("宁波拼箱去蒙巴萨 一共6件 每件120x100x80cm 每件250公斤 阀", "阀"),
    ],
)
def test_goods_run_on_from_the_weight_before_them(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    "text",
    ["天津到吉达两个四十尺各二十二吨左右", "天津到吉达两个四十尺各二十二吨以内 谢谢"],
)
def test_a_word_about_the_weight_is_not_goods(text: str) -> None:
    assert _read(text).get("commodity") is None


@pytest.mark.parametrize(
    "text",
    [
        # The customer's own factory ships it: no shipper's name is given.
        "广州到拉各斯拼箱五托每托四百公斤五金配件发货人是我们工厂",
        "深圳到迪拜两个四十尺高柜每柜十吨灯具发货人是我们自己公司目标价一千五",
    ],
)
def test_our_own_factory_is_no_shipper_name(text: str) -> None:
    read = _read(text)
    assert read.get("shipper") is None
    assert read["commodity"] in ("五金配件", "灯具")


def test_a_shipper_name_ends_before_a_target_price_run_on() -> None:
    read = _read("深圳到迪拜两个四十尺高柜 灯具 发货人深圳明亮照明目标价1500美金")
    assert read["shipper"] == "深圳明亮照明"
    assert read["target_price"] == 1500


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # A question about the goods after them is not part of their name.
        ("你好宁波到吉达一个四十尺高柜装二十吨铝型材这个能装吗下周五货好", "铝型材"),
        ("上海到德班一个二十尺小柜装二十五吨石英砂能不能装", "石英砂"),
        # A second place offered instead of the first is not the goods.
        ("天津拼箱到塔什干不行的话到卡拉奇 6托 5方 1.8吨 齿轮", "齿轮"),
        ("广州拼箱去喀布尔不行就到卡拉奇 3托 2方 0.8吨 床垫", "床垫"),
        # ...nor the mode said twice.
        ("广州散货拼箱去雅加达 40箱 毛重800kg 体积3.2方 无线鼠标外壳 不带电池", "无线鼠标外壳"),
        ("宁波散货拼柜到巴生 12箱 300kg 1.5方 手机壳", "手机壳"),
    ],
)
def test_the_goods_are_not_a_question_a_second_place_or_the_mode(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


def test_the_place_offered_when_the_first_is_inland_is_the_pod() -> None:
    assert _read("广州拼箱去喀布尔不行就到卡拉奇 3托 2方 0.8吨 床垫")["pod"] == "PKKHI"


@pytest.mark.parametrize(
    ("text", "goods", "weight"),
    [
        # Each box holds other goods, and each goods' weight is said by its name: they add up.
        ("宁波到拉各斯两个四十尺高柜一个装家具一个装灯具家具九吨灯具五吨", "家具/灯具", 14000),
        ("宁波到拉各斯两个四十尺高柜 一个装家具 一个装灯具 家具9吨 灯具5吨", "家具/灯具", 14000),
        ("厦门到达曼两个小柜 一个装石材一个装瓷砖 石材二十六吨 瓷砖二十四吨", "石材/瓷砖", 50000),
    ],
)
def test_each_box_goods_weight_said_by_its_name_adds_up(text: str, goods: str, weight: int) -> None:
    read = _read(text)
    assert read["commodity"] == goods
    assert read["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "boxes", "weight"),
    [
        # "更正一下/纠正一下": 一下 is no count; the boxes said after it, and the figure each box
        # weighs said again with them, replace what was said before.
        ("宁波到迪拜 1x20GP 灯具 8吨，更正一下 改成2x20GP 每柜8吨", "2x20GP", 16000),
        ("青岛到达曼 1x40HQ 轮胎 12吨 更正一下 改成3x40HQ 每柜12吨", "3x40HQ", 36000),
        ("宁波到迪拜 1x20GP 灯具 8吨 不对 是2x20GP 每柜8吨", "2x20GP", 16000),
        ("宁波到迪拜 两个20GP 灯具 纠正一下 三个", "3x20GP", None),
    ],
)
def test_a_correction_replaces_the_boxes_and_their_weight(
    text: str, boxes: str, weight: int | None
) -> None:
    read = _read(text)
    assert read["containers"] == boxes
    assert read.get("weight_kg") == weight


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # A mode asked about and denied is not the mode; the one said after it is.
        ("厦门到马尼拉 拼箱？不是 整柜 一个小柜 陶瓷 10吨", "FCL"),
        ("Shanghai to Manila LCL? no, FCL 1x20GP tiles", "FCL"),
        ("宁波到迪拜 1x40 LCL? 不是 整柜 1x40HQ 灯具 8T", "FCL"),
    ],
)
def test_a_mode_asked_about_and_denied_is_not_the_mode(text: str, mode: str) -> None:
    assert _read(text)["mode"] == mode


@pytest.mark.parametrize(
    ("text", "pieces", "volume", "weight"),
    [
        # A count raised or lowered to ("现在加到30箱") is the count; per-piece figures follow it.
        ("宁波到巴生拼箱 原来说20箱 现在加到30箱 每箱40x40x40cm 每箱15公斤 玩具", 30, 1.92, 450),
        ("广州到迪拜拼箱 之前说8托 现在减到6托 每托120x100x100cm 每托400公斤 五金", 6, 7.2, 2400),
    ],
)
def test_a_count_raised_to_is_the_count(text: str, pieces: int, volume: float, weight: int) -> None:
    read = _read(text)
    assert read["pieces"] == pieces
    assert read["volume_cbm"] == pytest.approx(volume)
    assert read["weight_kg"] == weight


@pytest.mark.parametrize(
    ("text", "pod", "boxes"),
    [
        # A past shipment told first, then "再问一个/再问下": only the new one is the inquiry.
        (
            "上个月那票宁波去巴生的2x40HQ已经到港了 再问一个 宁波到雅加达 1x20GP 家具",
            "IDJKT",
            "1x20GP",
        ),
        ("之前从青岛走过两个柜到达曼 再问下 青岛到吉达 1x40HQ 轮胎", "SAJED", "1x40HQ"),
        # An inquiry called off by its route ("cancel the A-B request"), then the new one.
        (
            "Dear, please cancel the Ningbo-Mombasa request from Monday. Instead: Ningbo to "
            "Dar es Salaam, 2x20GP, tiles, 25 tons each.",
            "TZDAR",
            "2x20GP",
        ),
    ],
)
def test_only_the_new_inquiry_after_a_past_one_is_read(text: str, pod: str, boxes: str) -> None:
    read = _read(text)
    assert read["pod"] == pod
    assert read["containers"] == boxes


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # EXW: from the province to the district or town, and the site named after it, up to
        # the pickup or the port it leaves from.
        (
            "EXW 江苏省苏州市吴江区盛泽镇工业区 提货 到吉达 1x40HQ 布料",
            "江苏省苏州市吴江区盛泽镇工业区",
        ),
        (
            "EXW 浙江省绍兴市柯桥区钱清镇 印染厂 宁波走 到达曼 2x40HQ 布料",
            "浙江省绍兴市柯桥区钱清镇 印染厂",
        ),
        (
            "EXW 福建省泉州市晋江市陈埭镇 鞋厂 厦门出 到拉各斯 1x40HQ 鞋子",
            "福建省泉州市晋江市陈埭镇 鞋厂",
        ),
    ],
)
def test_an_exw_address_to_its_town_and_site(text: str, address: str) -> None:
    read = _read(text)
    assert read["pickup_address"] == address
    assert "厂" not in read["commodity"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A door delivery to a Chinese place, a name in Latin letters and the warehouse or shop.
        (
            "DDU 送到 肯尼亚内罗毕 Industrial Area 仓库 上海到蒙巴萨 1x40HQ 家具",
            "肯尼亚内罗毕 Industrial Area 仓库",
        ),
        ("DDP送到坎帕拉 Nakawa Market店 宁波出 1x20GP 鞋子", "坎帕拉 Nakawa Market店"),
    ],
)
def test_a_door_site_after_a_chinese_place(text: str, address: str) -> None:
    assert _read(text)["delivery_address"] == address


def test_break_bulk_of_two_pieces_gives_the_larger_ones_size() -> None:
    read = _read(
        "散杂货 天津到拉各斯 一台挖掘机 22吨 尺寸650x290x310 一台装载机 17吨 尺寸820x300x340"
    )
    assert read["dimensions_cm"] == "820x300x340"
    assert read["pieces"] == 2
    assert read["weight_kg"] == 39000


def test_the_piece_called_the_largest_keeps_its_size() -> None:
    text = "散杂货 天津到拉各斯 两台挖掘机 最大一台 尺寸650x290x310 另一台 820x300x340"
    assert _read(text)["dimensions_cm"] == "650x290x310"


@pytest.mark.parametrize(
    ("text", "goods", "pieces", "weight"),
    [
        # 散货 of two different heavy pieces is break bulk listed piece by piece.
        (
            "天津到达曼 散货 一台发电机组 60吨 尺寸900x300x350 一台控制柜 5吨 尺寸300x200x220",
            "发电机组/控制柜",
            2,
            65000,
        ),
    ],
)
def test_loose_heavy_pieces_add_up(text: str, goods: str, pieces: int, weight: int) -> None:
    read = _read(text)
    assert (read["mode"], read["commodity"]) == ("BREAKBULK", goods)
    assert (read["pieces"], read["weight_kg"]) == (pieces, weight)


def test_light_pieces_in_a_consolidation_are_not_break_bulk() -> None:
    read = _read("深圳散货拼箱去马尼拉 一台打印机 300公斤 一台复印机 200公斤")
    assert read["mode"] == "LCL"


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # Each type, what it holds, then its figure: per type, summed.
        ("深圳出 1个40HQ+1个20GP 去拉各斯 40HQ装灯具7吨 20GP装石材24吨", 31000),
        ("宁波出 2个40HQ+1个20GP 去达曼 40HQ装家具每个8吨 20GP装瓷砖25吨", 41000),
        # "each box around 22,000 kg": a vague word between "each box" and the figure.
        (
            "We have 2 x 40' HQ of used tyres from Ningbo to Lagos, each box around 22,000 kg.",
            44000,
        ),
    ],
)
def test_a_figure_per_box_said_with_goods_or_a_vague_word(text: str, weight: int) -> None:
    assert _read(text)["weight_kg"] == weight


def test_the_colon_after_a_goods_label_is_not_the_goods() -> None:
    assert _read("宁波拼箱到达曼 6件 每件1.2m*1.0m*1.1m 300kg/件 货是：货架")["commodity"] == "货架"
