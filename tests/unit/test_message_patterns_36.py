"""Round 36 of issue 15: the text side (goods, ports, shipper, addresses, DG, traditional
characters) that blind set 29 missed, each pattern written new ways (other ports, goods and
figures than any held-out sentence), read as the settled conventions of the held-out sets say;
and messages of kinds no set had (forwarded by sales, pasted from Excel, OCR'd screenshots)."""

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
    ("text", "pod"),
    [
        # Where the writer's company or factory stands (a district and the company there, "this
        # side" said by the writer, the factory of an EXW term) is no port of loading.
        ("我们是东莞长安镇的五金厂 要发一个小柜到吉达 八吨", "SAJED"),
        ("你好 我们是宁波鄞州区的外贸公司 有一批灯具拼箱到迪拜 五个方", "AEJEA"),
        ("我是做灯具的中山这边想发一个高柜到蒙巴萨九吨", "KEMBA"),
        ("我们佛山那边有个工厂 要发两个小柜到达曼 瓷砖 各二十五吨", "SADMM"),
        ("EXW usine Zhongshan, 1x20 vers Dakar, lampes, 5 tonnes", "SNDKR"),
        ("Cotización EXW fábrica en Foshan hasta Callao, 1x40HC muebles, 7 toneladas", "PECLL"),
    ],
)
def test_where_the_writer_or_factory_is_is_no_port_of_loading(text: str, pod: str) -> None:
    read = _read(text)
    assert (read.get("pol"), read.get("pod")) == (None, pod)


def test_the_port_the_goods_leave_from_this_side_stays_the_port_of_loading() -> None:
    assert _read("宁波这边出一个高柜到拉各斯 家具 九吨").get("pol") == "CNNGB"
    read = _read("Our factory in Qingdao will load 1x40HQ of tyres, 20 tons, to Lagos")
    assert read.get("pol") == "CNTAO"


@pytest.mark.parametrize(
    ("text", "pol"),
    [
        # The settled case: NSA as the destination after a Chinese origin is Nhava Sheva, even
        # when the origin is Nansha named in full.
        ("Please quote Nansha to NSA 2x20GP ceramic tiles 26 tons each", "CNNSA"),
        ("Shekou - NSA 1x40HQ furniture 8 tons", "CNSHK"),
        ("南沙到NSA 一个高柜 家具 八吨", "CNNSA"),
    ],
)
def test_nsa_after_a_chinese_origin_is_nhava_sheva(text: str, pol: str) -> None:
    read = _read(text)
    assert (read.get("pol"), read.get("pod")) == (pol, "INNSA")


@pytest.mark.parametrize(
    ("text", "un", "dg_class"),
    [
        # The class said right after a UN number in Chinese numerals, before 货好了/货在.
        ("油漆 上海到卡拉奇 一个小柜 十七吨 联合国编号一九九三 三类 货好了", "1993", "3"),
        ("树脂 青岛到孟买 一个小柜 UN一八六六三类货在仓库", "1866", "3"),
        ("稀释剂宁波到吉大港一个小柜十五吨联合国编号一二六三三类货好了", "1263", "3"),
    ],
)
def test_the_class_after_a_un_number_in_chinese_numerals(text: str, un: str, dg_class: str) -> None:
    read = _read(text)
    assert (read.get("un_number"), read.get("dg_class"), read.get("dg")) == (un, dg_class, True)


@pytest.mark.parametrize(
    ("text", "dg"),
    [
        # "不危险", "不算危险品", "不属于危险品": said not dangerous...
        ("尿素 天津到吉大港 两个小柜 每柜二十六吨 不危险", False),
        ("化肥 不算危险品 青岛到卡拉奇 1x20GP 25吨", False),
        ("氯化钾 不属于危险品 连云港到胡志明 1x20 26吨", False),
    ],
)
def test_goods_said_not_dangerous(text: str, dg: bool) -> None:
    assert _read(text).get("dg") is dg


@pytest.mark.parametrize(
    "text",
    ["染料 是不是危险品 上海到孟买 1x20 12吨", "洗衣粉 不知道算不算危险品 宁波到拉各斯 1x20 10吨"],
)
def test_a_question_whether_goods_are_dangerous_denies_nothing(text: str) -> None:
    assert _read(text).get("dg") is not False


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # A delivered term's door to door holds the pickup at the factory ("EXW factory: …").
        (
            "Please quote DDP door to door:\nFrom: Cixi (EXW factory: No. 9 Beihai Road, Cixi)\n"
            "To: Plot 4, Mombasa Road, Nairobi\n1x20GP fans 5 tons",
            "DDP",
        ),
        ("DAP Kampala, pickup EXW our factory Yiwu, 1x40HQ toys 7 tons Ningbo to Mombasa", "DAP"),
        ("Cotizar DDU puerta a puerta, recogida EXW en la fábrica, 1x20 Xiamen a Lima", "DDU"),
        # A term that is no door's stays in doubt with EXW: the agent picks.
        ("EXW Yiwu or FOB Ningbo, 1x40HQ toys to Mombasa, 7 tons", None),
    ],
)
def test_a_delivered_term_holds_the_exw_pickup(text: str, term: str | None) -> None:
    assert _read(text).get("incoterm") == term


@pytest.mark.parametrize(
    ("text", "pickup"),
    [
        # The address after "EXW:" or "EXW factory:", out of the bracket around it.
        (
            "Door to door DAP\nFrom: Yuyao (EXW factory: No. 12 Xinjian Road, Yuyao)\n"
            "To: 8 Industrial Rd, Lusaka\n1x20GP pumps 6 tons",
            "No. 12 Xinjian Road, Yuyao",
        ),
        (
            "Groupage Ningbo -> Dakar, 4 colis, 2 m3. Enlèvement chez notre fournisseur en EXW: "
            "Jiangbei District, Ningbo, Renmin Road 77. Merci",
            "Jiangbei District, Ningbo, Renmin Road 77",
        ),
        (
            "LCL Shenzhen to Accra 3 cbm, EXW: Longgang District, Shenzhen, Bantian Road 5. Thanks",
            "Longgang District, Shenzhen, Bantian Road 5",
        ),
    ],
)
def test_the_address_after_exw_and_its_colon(text: str, pickup: str) -> None:
    assert _read(text).get("pickup_address") == pickup


@pytest.mark.parametrize(
    ("text", "pickup", "door"),
    [
        # The pickup address ends where the door's sentence begins; the door is read too.
        (
            "EXW, 1x20 Ningbo - Lomé. Adresse d'enlèvement : No. 3 Binhai Road, Cixi. "
            "Livraison à notre entrepôt : Zone Portuaire, Lomé.",
            "No. 3 Binhai Road, Cixi",
            "Zone Portuaire, Lomé",
        ),
        (
            "EXW 1x40HC Xiamen - Callao. Recogida en: Tong'an District, Xiamen. "
            "Entrega en nuestro almacén: Av. Argentina 1500, Lima",
            "Tong'an District, Xiamen",
            "Av. Argentina 1500, Lima",
        ),
        (
            "EXW 1x40HC Ningbo - Santos. Coleta: Yinzhou, Ningbo, Road 8. "
            "Entrega no nosso armazém: Rua Sete 20, Santos",
            "Yinzhou, Ningbo, Road 8",
            "Rua Sete 20, Santos",
        ),
    ],
)
def test_a_pickup_address_ends_where_the_door_begins(text: str, pickup: str, door: str) -> None:
    read = _read(text)
    assert (read.get("pickup_address"), read.get("delivery_address")) == (pickup, door)


@pytest.mark.parametrize(
    ("text", "shipper"),
    [
        # "Stone Factory": the "one" of "Stone" counts no factory, and the name is whole.
        (
            "Shipper: Nan'an Stone Factory. 1x20GP Xiamen to Jeddah, marble 25 tons",
            "Nan'an Stone Factory",
        ),
        (
            "Shipper: Yunfu Cornerstone Factory, 2x20GP Shekou to Dubai, granite 50 tons",
            "Yunfu Cornerstone Factory",
        ),
        (
            "Shipper: Laizhou Honestone Factory. 1x20 Qingdao-Aqaba, slabs 26 t",
            "Laizhou Honestone Factory",
        ),
    ],
)
def test_a_name_holding_one_is_no_count_of_factories(text: str, shipper: str) -> None:
    read = _read(text)
    assert (read.get("shipper"), read.get("pickup_factories")) == (shipper, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Traditional characters are read as simplified: ports, boxes, weights, dates...
        (
            "請報價 廈門到馬尼拉 兩個小櫃 瓷磚 每櫃二十五噸 下週三裝",
            {"pol": "CNXMN", "pod": "PHMNL", "containers": "2x20GP", "weight_kg": 50000},
        ),
        (
            "您好 青島到達累斯薩拉姆 一個高櫃 輪胎 二十噸左右",
            {"pol": "CNTAO", "pod": "TZDAR", "containers": "1x40HQ", "weight_kg": 20000},
        ),
        (
            "深圳到杜拜 拼箱 三個方 五百公斤 電子產品 貨好了",
            {"pol": "CNSZX", "pod": "AEJEA", "mode": "LCL", "volume_cbm": 3, "weight_kg": 500},
        ),
        (
            "天津到拉各斯 一個四十尺 鋼管 二十六噸 非危險品",
            {"containers": "1x40GP", "weight_kg": 26000, "dg": False},
        ),
        # ...while the names the customer wrote keep their characters.
        ("請報價 廈門到馬尼拉 兩個小櫃 瓷磚 每櫃二十五噸", {"commodity": "瓷磚"}),
        (
            "青島到達累斯薩拉姆 一個高櫃 輪胎 二十噸 發貨人 青島雙星輪胎",
            {"shipper": "青島雙星輪胎"},
        ),
        (
            "廣州到吉達 兩個高櫃 傢俱 每櫃九噸 EXW 工廠地址：廣東省佛山市順德區樂從鎮傢俱城8號",
            {"commodity": "傢俱", "pickup_address": "廣東省佛山市順德區樂從鎮傢俱城8號"},
        ),
    ],
)
def test_traditional_characters_are_read_and_names_keep_them(
    text: str, expected: dict[str, Any]
) -> None:
    read = _read(text)
    assert {name: read.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "shipper"),
    [
        # The supplier named in the sentence, up to its verb.
        (
            "Dear team,\nOur supplier Zhejiang Huayou Pipes will load 2x40HQ PVC pipes at Ningbo "
            "for Mombasa, 20 MT each.",
            "Zhejiang Huayou Pipes",
        ),
        (
            "The manufacturer Foshan Lixin Ceramics is ready with 3x20GP tiles to Tema",
            "Foshan Lixin Ceramics",
        ),
        (
            "Our vendor Qingdao Sailun Tyres ships 1x40HQ tyres to Lagos, 22 tons",
            "Qingdao Sailun Tyres",
        ),
        # 货主是 names the shipper; what is said run on after the name is not part of it.
        ("厦门到吉达一个高柜石材二十六吨货主是南安鑫达石业下周之前能装吗", "南安鑫达石业"),
        ("青岛到釜山 冷柜一个 冻鱿鱼 货主是青岛海之源食品", "青岛海之源食品"),
        ("货主：宁波华通电器 宁波到拉各斯 1x40HQ 风扇 8吨", "宁波华通电器"),
    ],
)
def test_a_supplier_or_cargo_owner_named_in_a_sentence(text: str, shipper: str) -> None:
    assert _read(text).get("shipper") == shipper


@pytest.mark.parametrize(
    "text",
    [
        # 工厂 then when it can load is no factory's name.
        "上海到孟买 一个小柜 颜料 十吨 工厂年前装不了 要到1月5号",
        "宁波到拉各斯 一个高柜 家具 工厂今天放假 下周装",
        "青岛到达曼 两个小柜 轮胎 工厂没开工 月中再说",
    ],
)
def test_the_factory_said_with_when_it_loads_names_no_shipper(text: str) -> None:
    assert _read(text).get("shipper") is None


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Goods run together before 这些/之类的: each of them.
        ("义乌到吉布提 拼箱 十个方 两吨 杯子盘子碗筷之类的", "杯子/盘子/碗筷"),
        ("宁波到拉各斯 一个小柜 鞋子包包皮带这些 八吨", "鞋子/包包/皮带"),
        ("我们做小商品的 拼到达喀尔 六个方 一吨 围巾手套这些", "围巾/手套"),
        # A kind of goods said, then the goods themselves.
        ("厦门到马尼拉 两个小柜 不是冻品 是杂货 陶瓷杯 每柜十五吨", "陶瓷杯"),
        ("青岛到卡拉奇 一个高柜 普货 塑料桶 十吨", "塑料桶"),
        ("天津到拉各斯 一个小柜 日用品 牙刷 十二吨", "牙刷"),
        # Voice text: the goods said after the figure, or run on after the port.
        ("拼箱上海到迪拜五个方一吨半就是蓝牙耳机啊下周能送", "蓝牙耳机"),
        ("你好我这个是两个小柜青岛去孟买每个柜二十吨是不锈钢管然后下周三装", "不锈钢管"),
        ("宁波出三个方八百公斤是那个塑料花明天送仓", "塑料花"),
        ("那个冷柜要从青岛到釜山冻鱿鱼每个柜二十五吨零下十八度", "冻鱿鱼"),
        ("一个高柜厦门到吉达石英石板二十六吨下周五装", "石英石板"),
    ],
)
def test_chinese_goods_said_in_runs(text: str, goods: str) -> None:
    assert _read(text).get("commodity") == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # Reefer goods said with their set point.
        (
            "Olá, um reefer 40 de Xangai para Santos com peixe congelado a -18, 26 t",
            "peixe congelado",
        ),
        (
            "Bonjour, 1x40 reefer Dalian - Abidjan avec poisson congelé à -20°C, 26 t",
            "poisson congelé",
        ),
        ("Need 1x40RF Xiamen to Jeddah with frozen okra at -18C, 25 tons", "frozen okra"),
        # Goods after each weight: all of them.
        (
            "Please quote 2x20GP Ningbo - Dammam: 15 t of steel pipes, and 20 t of valves in the second box",
            "steel pipes/valves",
        ),
        (
            "Rate for 1x40HQ + 1x20GP Shanghai to Lagos: the 40HQ has 10 tons of furniture, the 20GP 19 tons of marble.",
            "furniture/marble",
        ),
        (
            "Cotizar 1x40HC de Ningbo a Guayaquil con 12 t de juguetes, 1x20 con 18 t de cerámica.",
            "juguetes/cerámica",
        ),
        # The word before the goods saying how many or which box is not their name.
        (
            "Bonjour, 1x40HC Canton - Douala, un conteneur de meubles de bureau, 8 t",
            "meubles de bureau",
        ),
        (
            "Cotización para 1x40HC de neumáticos radiales, Qingdao a Cartagena, 20 t",
            "neumáticos radiales",
        ),
        ("Tarifa Xiamen a Buenaventura para 1x20 de porcelanato, 25 toneladas", "porcelanato"),
        # A remark in brackets ("has battery") is not the goods; the packing after them neither.
        ("LCL Ningbo to Manila, 3 cbm, LED lamps (has battery backup), 500 kg", "LED lamps"),
        (
            "LCL Shanghai to Colombo 2 cbm, 300 kg, toy drones (has batteries), ready 10/12",
            "toy drones",
        ),
        ("Bonjour, 1x20' Ningbo - Cotonou, vernis en pots, UN 1263 classe 3, 15 t", "vernis"),
        ("Hola, 1x20 Tianjin - Callao, pintura en latas, UN 1263 clase 3, 16 t", "pintura"),
        ("Olá, 1x20 Qingdao - Luanda, tinta em baldes, UN 1263 classe 3, 14 t", "tinta"),
    ],
)
def test_latin_goods_with_their_figures_and_remarks(text: str, goods: str) -> None:
    assert _read(text).get("commodity") == goods
