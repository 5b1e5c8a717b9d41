"""Round 30 of issue 15: patterns the blind sets 25-27 showed, each written new ways (never a
held-out sentence: other ports, other goods, other figures), read as the settled conventions of
the held-out sets say."""

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
        # The particles of a voice message on either edge of the goods are not the goods.
        ("喂你好 天津到吉达的价格啊 一个四十尺高柜 装的是玻璃杯啊嗯 十八吨", "玻璃杯"),
        ("那个青岛到达曼 两个二十尺 货是油漆嗯 联合国编号1263 三类", "油漆"),
        ("老板 上海到孟买 两个小柜 不对是三个 啊瓷砖 每个柜二十六吨", "瓷砖"),
        ("亲 宁波走拉各斯 一个二十尺 服装呀 十吨", "服装"),
        ("喂喂 厦门到巴生两个四十尺 啊装的是玻璃纤维嗯 每个十五吨", "玻璃纤维"),
        ("我们有一批太阳能板啊就是那个光伏的 从宁波走到拉各斯 两个四十尺高柜", "太阳能板"),
        # Goods said again after a filler: the later name is the one meant...
        ("嗯我们要发一批饲料啊鱼粉 去越南海防 从湛江走 三百吨散货", "鱼粉"),
        # ...unless it is an example of the first ("这些", "之类的").
        ("喂 深圳到迪拜 一个四十尺高柜 家具啊桌椅这些 十二吨", "家具"),
    ],
)
def test_voice_particles_are_not_part_of_the_goods(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # The goods said first, a bare word before the equipment, the figures or the DG class.
        ("荔枝 一个40尺冷柜 温度设2度 大概1500箱 货重22吨 湛江到新加坡 下周五装", "荔枝"),
        ("礼花 1.3G UN0335 一个20尺 从北海走 到胡志明 5吨", "礼花"),
        ("油墨 危险品3类 UN1210 小柜1个 宁波-巴生 货重九吨", "油墨"),
        ("次氯酸钠10% UN1791 8类 20尺×1 20吨 青岛—吉达", "次氯酸钠"),
        ("NGB-DXB 雨伞 1x40HQ 一个柜12T", "雨伞"),
    ],
)
def test_goods_said_first(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


def test_an_opening_word_is_not_goods() -> None:
    # A greeting or a kind of shipment said first is no commodity.
    assert _read("询价 1x40HQ 宁波到吉达 12吨").get("commodity") is None


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # The goods between the trade and the origin of an e-mail.
        (
            "Hello,\nWe are exporting dried mango from Cebu to Shanghai, 1x40HC, 18MT.",
            "dried mango",
        ),
        ("We are importing office chairs from Foshan to Mombasa, 2x40HQ, 9 tons.", "office chairs"),
        # When the goods come, said before them ("春节前有一票冻鱼").
        ("老板 春节前有一票冻鱼 大连出到釜山 20尺冷冻柜1个 零下18度 18吨", "冻鱼"),
        # A figure's label after the goods is not one more item of them.
        (
            "Bom dia, cotação para 1 container reefer 40' de Xiamen para Santos, carga: uvas "
            "frescas, temperatura +0°C, peso bruto 22.000 kg.",
            "uvas frescas",
        ),
    ],
)
def test_goods_in_e_mails_and_after_a_time(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    "text",
    [
        # An estimate (预计), an abbreviation (aprox, CRD), a term's label or a closing is no goods.
        "领导好 天津到蒙巴萨 预计20个40HQ 每柜约22吨",
        "Carga suelta (LCL) Shenzhen → Callao, aprox 4 cbm, 900 kg",
        "Hi, 1x40'FR Qingdao to Durban, CRD 20/12, 28 tons",
        "Prezado, favor cotar 1x40HQ Ningbo para Santos, Incoterm FOB, 20 toneladas",
        "Estimada, cotizar 1x20GP Xiamen a Callao, 12 toneladas.\nQuedo atenta,\nAna Ríos",
    ],
)
def test_labels_and_closings_are_not_goods(text: str) -> None:
    goods = _read(text).get("commodity")
    assert goods is None or not any(
        word in str(goods) for word in ("预计", "aprox", "CRD", "Incoterm", "Quedo")
    )


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # A Chinese route said first, then the goods before the equipment.
        ("宁波出拉各斯 一次性餐盒 1x40HQ 共1200箱 9吨", "一次性餐盒"),
        # "quote <equipment> <goods> <origin> to <destination>".
        (
            "Dear,\nkindly quote 1*40RF frozen green peas Dalian to Jebel Ali. set point -18.",
            "frozen green peas",
        ),
        ("pls quote 2x20GP glass bottles Xiamen to Durban, 18 tons each", "glass bottles"),
    ],
)
def test_goods_between_the_route_and_the_equipment(text: str, goods: str) -> None:
    assert _read(text)["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "address", "goods"),
    [
        # A Chinese street address ends at its number; the goods said after it are not part of it.
        (
            "同行 EXW 提货地址河北省沧州市运河区永济路66号 法兰 1x20GP 12吨",
            "河北省沧州市运河区永济路66号",
            None,
        ),
        (
            "我们是EXW条款 到工厂提货 地址是浙江省绍兴市柯桥区华舍街道振兴路508号 货是窗帘布 宁波走 到吉达",
            "浙江省绍兴市柯桥区华舍街道振兴路508号",
            "窗帘布",
        ),
    ],
)
def test_a_street_number_closes_the_address(text: str, address: str, goods: str | None) -> None:
    read = _read(text)
    assert read["pickup_address"] == address
    if goods is not None:
        assert read["commodity"] == goods


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # "1pc": one piece, written in the singular shorthand.
        ("1pc transformer 40FR Qingdao to Durban 30T", 1),
        ("NGB>MBA 40FR*1 1pc 钢结构 毛重21T", 1),
    ],
)
def test_one_pc_is_one_piece(text: str, pieces: int) -> None:
    assert _read(text)["pieces"] == pieces


def test_a_model_code_is_no_piece() -> None:
    assert _read("1x20GP Ningbo to Lagos, PC200 excavator parts 8T").get("pieces") is None


@pytest.mark.parametrize(
    ("text", "shipper"),
    [
        # A name keeps the full stop of S.A. and Ltda. as of Co. and Ltd.
        (
            "Cotizar 1x40' reefer Guayaquil – Rotterdam, bananas.\nShipper Frutera del Sur S.A.\nGracias",
            "Frutera del Sur S.A.",
        ),
        (
            "Cotação 1x40' reefer Santos – Jeddah, frango.\nEmbarcador Aves Boa Terra Ltda.\nObrigado",
            "Aves Boa Terra Ltda.",
        ),
        # A voice message's particle or filler after the name is not part of it.
        ("嗯那个发货人是宁波永盛五金啊 一个四十尺 宁波到吉达", "宁波永盛五金"),
        ("喂 发货人是青岛海川机械然后 从青岛走到德班 一个框架柜", "青岛海川机械"),
    ],
)
def test_the_shipper_s_own_edges(text: str, shipper: str) -> None:
    assert _read(text)["shipper"] == shipper
