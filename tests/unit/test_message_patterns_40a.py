"""Round 40a of issue 15: the text side (goods listed item by item, goods after an address or a
sentence about the sender, addresses, ports) that blind sets 34 and 35 missed, each pattern
written new ways (other ports, goods and figures than any held-out sentence), read as the
settled conventions of the held-out sets say."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from csdesk.rules.inquiry_fields import fields_to_json
from tests.unit.corpus_score import _as_expected
from tests.unit.intake_fixtures import PARSER, TODAY


def _read(text: str, received: dt.date = TODAY) -> dict[str, Any]:
    read = PARSER.parse(text, received)
    parsed = fields_to_json(read.values())
    dg = read.fields.get("dg")
    parsed["dg"] = dg.value if dg else None
    return {name: _as_expected(name, value) for name, value in parsed.items()}


@pytest.mark.parametrize(
    ("text", "goods", "pieces"),
    [
        # Goods listed item by item, each with its count: the items joined, the counts summed
        # (a total said after them wins, and agrees).
        (
            "青岛到蒙巴萨拼箱\n1. 电饭煲 30箱\n2. 电水壶 20箱\n3. 吹风机 50箱\n总共100箱 1.9吨 8方",
            "电饭煲/电水壶/吹风机",
            100,
        ),
        ("上海到拉各斯 拼箱：\n1、窗帘 12包\n2、沙发套 18包\n合计 3方 600kg", "窗帘/沙发套", 30),
        (
            "深圳仓拼箱去达累斯萨拉姆：陶瓷杯 35箱，玻璃碗 28箱，共1.4吨 6方，下周二进仓",
            "陶瓷杯/玻璃碗",
            63,
        ),
        (
            "广州到吉布提拼箱，明细：\n门锁 22箱\n合页 16箱\n螺丝 40包\n总重1.2吨 4.5方",
            "门锁/合页/螺丝",
            78,
        ),
        (
            "EXW 江苏省苏州市吴中区木渎镇金枫路20号 提货\n玩具车 45箱\n积木 35箱\n走上海到吉达 拼箱 6方 900公斤",
            "玩具车/积木",
            80,
        ),
    ],
)
def test_goods_listed_item_by_item(text: str, goods: str, pieces: int) -> None:
    read = _read(text)
    assert (read.get("commodity"), read.get("pieces")) == (goods, pieces)


def test_a_total_said_after_the_items_wins() -> None:
    text = "宁波到吉达拼箱\n1. 台灯 20箱\n2. 吊灯 15箱\n总共40箱 1.1吨 5方"
    assert _read(text).get("pieces") == 40


@pytest.mark.parametrize(
    "text",
    [
        # One item only, or groups each with its own size: no list of goods by count.
        "上海到吉达 拼箱 毛巾 50箱 1.2吨 5方",
        "宁波到迪拜 拼箱 大箱3件 100×80×90cm，小箱5件 50×40×40cm 共600kg",
    ],
)
def test_no_item_list_without_two_counted_names(text: str) -> None:
    assert "/" not in (_read(text).get("commodity") or "")


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # The goods right after a pickup address that ends at its number (and its 提货).
        (
            "EXW条款，提货地址：江苏省常州市武进区湖塘镇花园路26号，纺织机械 1x40HQ 11吨，去卡拉奇",
            "纺织机械",
        ),
        (
            "EXW报价，提货地址：河北省沧州市青县工业园兴业路9号，铁艺围栏 2x40HQ 每柜10吨，到吉布提",
            "铁艺围栏",
        ),
        ("EXW 提货：广东省中山市古镇镇东岸北路33号。灯饰 60箱 纸箱 共1.2吨 拼箱到迪拜", "灯饰"),
        (
            "EXW 宁波市北仑区大碶街道松花江路 7号 提货 电动牙刷（带电池） 拼箱 20箱 1方 150公斤 宁波到吉达",
            "电动牙刷",
        ),
        # A clause of its own right before the boxes, after a sentence about the sender.
        ("老板 我们工厂在慈溪，塑料收纳盒 1x40HQ 发蒙巴萨，货重6吨，10月8号装柜", "塑料收纳盒"),
        ("你好 我们仓库在佛山，陶瓷花盆 2x20GP 去吉达，每柜18吨", "陶瓷花盆"),
    ],
)
def test_goods_after_the_address_or_before_the_boxes(text: str, goods: str) -> None:
    assert _read(text).get("commodity") == goods


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A pickup address runs to its house number, a space before it or a phase before it.
        (
            "EXW 佛山市顺德区乐从镇佛山大道 8号 提货 家具 1x40HQ 宁波到迪拜",
            "佛山市顺德区乐从镇佛山大道 8号",
        ),
        (
            "EXW 提货：浙江省宁波市余姚市模具城三期26号。模具 1套 拼箱到达曼",
            "浙江省宁波市余姚市模具城三期26号",
        ),
        (
            "EXW报价：江门市蓬江区杜阮镇龙榜路3号 提货 不锈钢板 2x20GP 南沙出 到吉达",
            "江门市蓬江区杜阮镇龙榜路3号",
        ),
    ],
)
def test_a_pickup_address_runs_to_its_number(text: str, address: str) -> None:
    read = _read(text)
    # (a 号 of an address is never the day the goods are ready)
    assert (read.get("pickup_address"), read.get("cargo_ready")) == (address, None)


@pytest.mark.parametrize(
    "text",
    [
        # A town alone after EXW: what follows is a request, not the goods.
        "工厂在慈溪 要上门提货 宁波出 1x40HQ 到吉达 家电 8吨",
        # The label's own reader reads "货是…": no goods read with the label.
        "EXW 提货地址：浙江省嘉兴市秀洲区新塍镇工业路18号 货是羊毛衫 宁波走 到迪拜",
        # The pickup said again, a request or haste before the boxes is no goods either.
        "EXW 宁波市北仑区大港路8号 提货 1x40HQ 到迪拜 家具 9吨",
        "EXW 宁波市北仑区大港路8号 提货，麻烦报价 1x40HQ 到迪拜",
        "宁波到拉各斯，帮忙报价 1x40HQ 18吨",
        "EXW 台州市路桥区银座街 6号 提货 急 1x20GP 到吉达",
    ],
)
def test_no_request_or_label_read_as_the_goods(text: str) -> None:
    goods = _read(text).get("commodity") or ""
    assert not any(talk in goods for talk in ("提货", "报价", "急")) and not goods.startswith("货")


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # The kind of goods or the mode said as the label: the goods follow its colon.
        (
            "Dear Sir,\nPlease quote 1 ISO tank Qingdao to Dammam, non-DG liquid: glucose syrup, "
            "20 tons. Ready 12/12.",
            "glucose syrup",
        ),
        (
            "Hello,\n3 ISO tanks Shanghai to Mersin, non-hazardous liquid: palm fatty acid, "
            "22,000 kg per tank.",
            "palm fatty acid",
        ),
        (
            "Hola,\nCotización de Ningbo a Callao, carga de grupaje (LCL): herramientas manuales, "
            "30 cajas, 2,5 m³. Lista el 10/12.",
            "herramientas manuales",
        ),
        (
            "Bom dia,\nCotação de Shenzhen para Luanda, carga de grupagem (LCL): tecidos, "
            "18 fardos, 2,1 m³, 640 kg.",
            "tecidos",
        ),
    ],
)
def test_goods_after_the_kind_or_mode_said_as_label(text: str, goods: str) -> None:
    assert _read(text).get("commodity") == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Goods joined by a word stay whole, even when a known name sits inside the second.
        ("你好 我在刚果 从义乌买了一批雨伞和太阳伞 大概3方 400公斤 想拼箱到黑角", "雨伞和太阳伞"),
        ("老板 从深圳买了一批拖鞋和充电线 拼箱到迪拜 1.5方 200公斤", "拖鞋和充电线"),
        # A category said first, the goods joined by a word in a clause of their own.
        ("您好，从宁波发一批建材到拉各斯，1个40HQ，瓷砖和卫浴，22吨，月底货好", "瓷砖和卫浴"),
        ("你好，从佛山发一批建材到达累斯萨拉姆，2个20GP，铝窗和玻璃，每个15吨", "铝窗和玻璃"),
        ("老板，从天津发一批建材去吉布提，1个40HQ，钢管及管件，25吨", "钢管及管件"),
        # The talk before "一些": the goods are what follows it.
        ("你好我在尼日利亚 想从广州发一些小五金 大概八个立方 一吨半 拼箱到拉各斯", "小五金"),
        ("我在坦桑尼亚 想从义乌运一些厨房用品 大概六个方 一吨 拼箱到达累斯萨拉姆", "厨房用品"),
        ("想从深圳寄一些手机配件 大概三个方 五百公斤 拼箱去蒙巴萨", "手机配件"),
        # Goods listed with commas after a colon, the last one known by name.
        ("义乌发达曼 40HQ 一个：钥匙扣，发夹，手机支架，共10吨 60方", "钥匙扣/发夹/手机支架"),
        ("宁波发吉达 20GP 一个：杯子，盘子，手机壳，共8吨", "杯子/盘子/手机壳"),
        ("深圳发迪拜 40HQ 两个：毛绒玩具，抱枕，手机支架，每个9吨", "毛绒玩具/抱枕/手机支架"),
        # Goods listed with 、 that no reader read, after a sentence about the sender.
        (
            "你好 我们是汕头的玩具公司 积木、遥控车、拼图 拼一票到迪拜 大概 8 方 1 吨",
            "积木/遥控车/拼图",
        ),
        ("老板 我们是永康的五金厂 锁具、合页、拉手 拼一票去吉达 6 方 1.5 吨", "锁具/合页/拉手"),
        ("您好 我们是温州的鞋厂 凉鞋、拖鞋、皮鞋 拼箱到拉各斯 12 方 2 吨", "凉鞋/拖鞋/皮鞋"),
    ],
)
def test_goods_read_whole_as_written(text: str, goods: str) -> None:
    assert _read(text).get("commodity") == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Two goods apart (no joining word) stay two; a list with no colon is not widened.
        ("上海到吉达 1x40HQ 手机壳 电线 12吨", "手机壳/电线"),
        ("宁波到迪拜 40HQ 手机支架，共9吨", "手机支架"),
    ],
)
def test_goods_not_widened_without_the_cue(text: str, goods: str) -> None:
    assert _read(text).get("commodity") == goods


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        # The volume's unit written as its label, before the figure.
        (
            "Dear Sirs,\nPlease quote 1 x 40' HC Qingdao to Aqaba, commodity: tiles, "
            "G.W. 24,800 kg, CBM 58. Ready next week.",
            58,
        ),
        (
            "Hello,\nLCL Xiamen to Port Louis, 14 pallets, GW 3,200 kg, CBM: 14.5, ready 12/12.",
            14.5,
        ),
        ("Hi,\n1x20GP Ningbo - Dar es Salaam, furniture, 6 tons, M3 28, ready Friday.", 28),
    ],
)
def test_a_volume_labelled_before_its_figure(text: str, volume: float) -> None:
    assert _read(text).get("volume_cbm") == volume


def test_a_container_after_the_cbm_label_is_no_volume() -> None:
    text = "Please quote 1x40HQ Xiamen - Mombasa, furniture, CBM 40HQ full, 9 tons"
    assert _read(text).get("volume_cbm") is None


@pytest.mark.parametrize(
    "text",
    [
        # The supplier bringing the goods to the port names no door.
        "Hello,\nPlease quote Ningbo to Lagos 1x40HQ, tiles, 26 tons, CFR. Our factory will "
        "deliver to port on 12/12.\nThanks",
        "Hi,\nRate for Shanghai to Mombasa 2x20GP, paint, FOB. Supplier will deliver to the port "
        "by 15/12.\nRegards",
        "Dear team,\nQingdao to Jeddah 1x40HQ, tyres, CIF. Seller will deliver to terminal before "
        "cut-off.\nBR",
    ],
)
def test_delivering_to_the_port_is_no_door(text: str) -> None:
    assert _read(text).get("delivery_address") is None


def test_a_town_named_port_is_still_a_door() -> None:
    text = "DAP Shanghai to Onne 1x40HQ, pipes, 20 tons. Deliver to: Port Harcourt, Plot 5, Trans Amadi."
    assert (_read(text).get("delivery_address") or "").startswith("Port Harcourt")


@pytest.mark.parametrize(
    ("text", "pol", "pod"),
    [
        # The peer's own city is no port: the codes say the route (NSA from China is Nansha,
        # to India Nhava Sheva).
        ("深圳同行 NSA-NSA 1x40HQ 家具 12T 下周五装", "CNNSA", "INNSA"),
        ("宁波同行 SHA-NSA 2x20GP 五金 各18T", "CNSHA", "INNSA"),
        ("厦门货代 TAO-NSA 1x40HQ 轮胎 20T", "CNTAO", "INNSA"),
    ],
)
def test_the_peers_city_is_no_port(text: str, pol: str, pod: str) -> None:
    read = _read(text)
    assert (read.get("pol"), read.get("pod")) == (pol, pod)


def test_a_city_before_the_route_is_still_the_pol() -> None:
    assert _read("同行 广州到拉各斯 1x40HQ 家具 10吨").get("pol") == "CNCAN"


@pytest.mark.parametrize(
    ("text", "goods", "pieces"),
    [
        # In English, one item a line after a bullet or a number, its count first.
        (
            "Hi,\nPlease quote LCL Ningbo to Mombasa:\n- 30 ctns rice cookers\n- 20 ctns kettles\n"
            "Total 1.4 tons, 5.2 cbm.\nThanks",
            "rice cookers/kettles",
            50,
        ),
        (
            "Hello,\nLCL Shanghai to Lagos\n1. 12 pallets ceramic tiles\n2. 8 pallets sanitary ware\n"
            "9 tons, 18 cbm",
            "ceramic tiles/sanitary ware",
            20,
        ),
        (
            "Dear Amy,\nLCL Qingdao to Jeddah:\n* 15 cartons hand tools\n* 10 cartons door locks\n"
            "* 5 cartons hinges\nTotal 30 cartons, 0.9 tons, 3 cbm",
            "hand tools/door locks/hinges",
            30,
        ),
    ],
)
def test_goods_listed_item_by_item_in_english(text: str, goods: str, pieces: int) -> None:
    read = _read(text)
    assert (read.get("commodity"), read.get("pieces")) == (goods, pieces)


def test_figures_one_a_line_are_no_items() -> None:
    text = "Hi,\nLCL Xiamen to Tema:\n- 30 cartons\n- 2.1 cbm\n- 450 kg\nGoods: shoes"
    assert _read(text).get("commodity") == "shoes"
