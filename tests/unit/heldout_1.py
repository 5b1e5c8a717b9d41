"""Held-out set 1: 215 inquiry messages written blind, by a helper that had not seen the parser.

They were scored once, untuned, at 92.8% of fields (1427/1538, issue 15 round 1); the misses
showed the patterns round 2 reads (goods by position, misspelt ports, per-box weights,
corrections, past shipments...). The set is spent as a measure now and kept for regression:
`test_message_patterns.py` holds the parser to the level it reached. Score it with
`python -m tests.unit.corpus_score tests/unit/heldout_1.py ENTRIES`.

Same format as tests/unit/intake_corpus.py: each entry is (text, expected fields) with the
corpus's JSON names; containers as "2x40HQ+1x20GP", dimensions "LxWxH" in cm, dates ISO,
weight_kg the total gross weight of the inquiry, target_price the figure the customer names
(per container when said per container). Unless "received" says otherwise a message arrived on
Monday 2026-11-30. A field not listed is expected to stay empty. dg is listed only where the
message says so explicitly (DG, 危险品, a UN number or class: True; 非危 / 普货 / non-DG: False).
"""

from __future__ import annotations

from typing import Any

Entry = tuple[str, dict[str, Any]]

# WeChat voice-to-text: no punctuation, Chinese numerals, filler words.
VOICE: list[Entry] = [
    (
        "喂你好我这边宁波到拉各斯要两个四十尺高柜货是家具每个柜子十八吨左右下周五货好麻烦帮我看一下价格",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGLOS",
            "containers": "2x40HQ",
            "commodity": "家具",
            "weight_kg": 36000,
            "cargo_ready": "2026-12-11",
        },
    ),
    (
        "张姐那个青岛到德班三个小柜轮胎一个柜大概二十吨十二月十五号左右走",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "ZADUR",
            "containers": "3x20GP",
            "commodity": "轮胎",
            "weight_kg": 60000,
            "cargo_ready": "2026-12-15",
        },
    ),
    (
        "深圳出蒙巴萨一个四十尺平柜服装八吨半下个月八号货好",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "KEMBA",
            "containers": "1x40GP",
            "commodity": "服装",
            "weight_kg": 8500,
            "cargo_ready": "2026-12-08",
        },
    ),
    (
        "上海到吉达两个二十尺瓷砖每柜二十六吨心理价位一千二美金一个柜",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "SAJED",
            "containers": "2x20GP",
            "commodity": "瓷砖",
            "weight_kg": 52000,
            "target_price": 1200,
            "currency": "USD",
        },
    ),
    (
        "厦门到特马拼箱十二个托盘五个方两吨半家具",
        {
            "mode": "LCL",
            "pol": "CNXMN",
            "pod": "GHTEM",
            "pieces": 12,
            "volume_cbm": 5,
            "weight_kg": 2500,
            "commodity": "家具",
        },
    ),
    (
        "你好天津新港到达累斯萨拉姆一个四十高柜机械配件十五吨这周五可以装柜",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "TZDAR",
            "containers": "1x40HQ",
            "commodity": "机械配件",
            "weight_kg": 15000,
            "cargo_ready": "2026-12-04",
        },
    ),
    (
        "嗯就是广州到科托努三个高柜摩托车配件每柜十吨目标价两千八美金",
        {
            "mode": "FCL",
            "pol": "CNCAN",
            "pod": "BJCOO",
            "containers": "3x40HQ",
            "commodity": "摩托车配件",
            "weight_kg": 30000,
            "target_price": 2800,
            "currency": "USD",
        },
    ),
    (
        "宁波到那瓦舍瓦一个小柜不锈钢管二十五吨十二月十号出",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "INNSA",
            "containers": "1x20GP",
            "commodity": "不锈钢管",
            "weight_kg": 25000,
            "cargo_ready": "2026-12-10",
        },
    ),
    (
        "老板你好青岛出卡拉奇四个四十尺高柜编织袋每个柜十二吨",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "PKKHI",
            "containers": "4x40HQ",
            "commodity": "编织袋",
            "weight_kg": 48000,
        },
    ),
    (
        "南沙到洛美一个四十尺高柜灯具六吨下个礼拜三装柜",
        {
            "mode": "FCL",
            "pol": "CNNSA",
            "pod": "TGLFW",
            "containers": "1x40HQ",
            "commodity": "灯具",
            "weight_kg": 6000,
            "cargo_ready": "2026-12-09",
        },
    ),
    (
        "盐田到林查班一个高柜电子产品五吨目标价八百美金左右",
        {
            "mode": "FCL",
            "pol": "CNYTN",
            "pod": "THLCH",
            "containers": "1x40HQ",
            "commodity": "电子产品",
            "weight_kg": 5000,
            "target_price": 800,
            "currency": "USD",
        },
    ),
    (
        "那个上海到桑托斯五个四十尺高柜塑料颗粒每柜二十五吨一月五号左右出",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "BRSSZ",
            "containers": "5x40HQ",
            "commodity": "塑料颗粒",
            "weight_kg": 125000,
            "cargo_ready": "2027-01-05",
        },
    ),
    (
        "王总好宁波到阿比让两个二十尺一个四十尺高柜建材二十尺的每个二十五吨四十尺那个十八吨",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "CIABJ",
            "containers": "2x20GP+1x40HQ",
            "commodity": "建材",
            "weight_kg": 68000,
        },
    ),
    (
        "喂厦门到雅加达一个二十尺石材二十七吨半",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "IDJKT",
            "containers": "1x20GP",
            "commodity": "石材",
            "weight_kg": 27500,
        },
    ),
    (
        "你帮我问一下青岛到墨西哥曼萨尼约两个四十尺高柜汽车配件每个十五吨",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "MXZLO",
            "containers": "2x40HQ",
            "commodity": "汽车配件",
            "weight_kg": 30000,
        },
    ),
    (
        "天津到卡萨布兰卡三个高柜钢丝绳每柜二十二吨十二月二十号货好",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "MACAS",
            "containers": "3x40HQ",
            "commodity": "钢丝绳",
            "weight_kg": 66000,
            "cargo_ready": "2026-12-20",
        },
    ),
    (
        "宁波到蒙巴萨六个四十尺高柜都是陶瓷卫浴每柜二十吨心理价三千美金",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "KEMBA",
            "containers": "6x40HQ",
            "commodity": "陶瓷卫浴",
            "weight_kg": 120000,
            "target_price": 3000,
            "currency": "USD",
        },
    ),
    (
        "上海到胡志明一个小柜纸箱十吨明天就能装",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "VNSGN",
            "containers": "1x20GP",
            "commodity": "纸箱",
            "weight_kg": 10000,
            "cargo_ready": "2026-12-01",
        },
    ),
    (
        "深圳到达曼两个四十平柜铝型材每柜二十二吨后天货好",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "SADMM",
            "containers": "2x40GP",
            "commodity": "铝型材",
            "weight_kg": 44000,
            "cargo_ready": "2026-12-02",
        },
    ),
    (
        "宁波出到杰贝阿里一个四十尺高柜货是窗帘布料十二吨目标价一千五美金",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "AEJEA",
            "containers": "1x40HQ",
            "commodity": "窗帘布料",
            "weight_kg": 12000,
            "target_price": 1500,
            "currency": "USD",
        },
    ),
    (
        "那个青岛到瓜亚基尔两个四十尺平柜轮胎每柜二十吨",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "ECGYE",
            "containers": "2x40GP",
            "commodity": "轮胎",
            "weight_kg": 40000,
        },
    ),
    (
        "你好我想问一下厦门到马尼拉拼箱八件一个半方四百公斤鞋子",
        {
            "mode": "LCL",
            "pol": "CNXMN",
            "pod": "PHMNL",
            "pieces": 8,
            "volume_cbm": 1.5,
            "weight_kg": 400,
            "commodity": "鞋子",
        },
    ),
    (
        "广州到拉各斯拼箱二十箱三个方一吨二日用品下周一送仓",
        {
            "mode": "LCL",
            "pol": "CNCAN",
            "pod": "NGLOS",
            "pieces": 20,
            "volume_cbm": 3,
            "weight_kg": 1200,
            "commodity": "日用品",
            "cargo_ready": "2026-12-07",
        },
    ),
    (
        "天津新港到吉大港二十个四十尺高柜棉纱每柜二十吨发货人是天津纺织集团一月十号左右货好",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "BDCGP",
            "containers": "20x40HQ",
            "commodity": "棉纱",
            "weight_kg": 400000,
            "shipper": "天津纺织集团",
            "cargo_ready": "2027-01-10",
        },
    ),
    (
        "上海到蒙得维的亚一个四十尺高柜玩具七吨八",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "UYMVD",
            "containers": "1x40HQ",
            "commodity": "玩具",
            "weight_kg": 7800,
        },
    ),
    (
        "青岛到金边一个二十尺轮胎十八吨目标价一千美金以内",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "KHPNH",
            "containers": "1x20GP",
            "commodity": "轮胎",
            "weight_kg": 18000,
            "target_price": 1000,
            "currency": "USD",
        },
    ),
    (
        "宁波到科伦坡两个二十尺一个四十尺平柜各装十五吨左右货是五金工具",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "LKCMB",
            "containers": "2x20GP+1x40GP",
            "commodity": "五金工具",
            "weight_kg": 45000,
        },
    ),
    (
        "喂王经理我这有个货宁波到阿帕帕三个四十尺高柜嗯货是那个塑料编织袋每个柜十九吨下周四能出来",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGLOS",
            "containers": "3x40HQ",
            "commodity": "塑料编织袋",
            "weight_kg": 57000,
            "cargo_ready": "2026-12-10",
        },
    ),
    (
        "厦门到洛美三个四十尺高柜瓷砖每柜二十六吨心理价位两千五美金一个柜",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "TGLFW",
            "containers": "3x40HQ",
            "commodity": "瓷砖",
            "weight_kg": 78000,
            "target_price": 2500,
            "currency": "USD",
        },
    ),
    (
        "喂你好宁波到蒙巴萨要一个四十尺冷柜冻鱼零下十八度二十五吨下周三装",
        {
            "mode": "SPECIAL",
            "pol": "CNNGB",
            "pod": "KEMBA",
            "containers": "1x40RF",
            "commodity": "冻鱼",
            "temperature_c": -18,
            "weight_kg": 25000,
            "cargo_ready": "2026-12-09",
        },
    ),
]

# Forwarders' and peers' shorthand: port codes and abbreviations, slashes, arrows, T/cntr.
SHORTHAND: list[Entry] = [
    (
        "NB-LOS 2*40HQ furniture 9T/cntr 12/15",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGLOS",
            "containers": "2x40HQ",
            "commodity": "furniture",
            "weight_kg": 18000,
            "cargo_ready": "2026-12-15",
        },
    ),
    (
        "SH→DAR 1x20' 瓷砖 26T 12月8日货好",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "TZDAR",
            "containers": "1x20GP",
            "commodity": "瓷砖",
            "weight_kg": 26000,
            "cargo_ready": "2026-12-08",
        },
    ),
    (
        "QD/DUR 3x40HC 轮胎 25T/柜 询价",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "ZADUR",
            "containers": "3x40HQ",
            "commodity": "轮胎",
            "weight_kg": 75000,
        },
    ),
    (
        "XM-TEM 1x40HQ 石材 27吨 target $1600",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "GHTEM",
            "containers": "1x40HQ",
            "commodity": "石材",
            "weight_kg": 27000,
            "target_price": 1600,
            "currency": "USD",
        },
    ),
    (
        "同行询价 NGB-MBA 4x40'HQ 建材 22T each",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "KEMBA",
            "containers": "4x40HQ",
            "commodity": "建材",
            "weight_kg": 88000,
        },
    ),
    (
        "SZ-JED 20GP x2 + 40HQ x1 灯具 20GP 8T each 40HQ 10T",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "SAJED",
            "containers": "2x20GP+1x40HQ",
            "commodity": "灯具",
            "weight_kg": 26000,
        },
    ),
    (
        "SH-CLL 1x40HQ 纺织品 12T FOB上海 目标1800刀",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "PECLL",
            "containers": "1x40HQ",
            "commodity": "纺织品",
            "weight_kg": 12000,
            "incoterm": "FOB",
            "target_price": 1800,
            "currency": "USD",
        },
    ),
    (
        "QD→SSZ 10x40HQ 钢材 26T/箱",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "BRSSZ",
            "containers": "10x40HQ",
            "commodity": "钢材",
            "weight_kg": 260000,
        },
    ),
    (
        "NB-PKL 1x20GP 机械配件 18T pls",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "MYPKG",
            "containers": "1x20GP",
            "commodity": "机械配件",
            "weight_kg": 18000,
        },
    ),
    (
        "XMN-HPH 2x40HQ 家具 8T/个 下周二",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "VNHPH",
            "containers": "2x40HQ",
            "commodity": "家具",
            "weight_kg": 16000,
            "cargo_ready": "2026-12-08",
        },
    ),
    (
        "NB to CGP 5x40HQ 棉布 每个21T target USD2,200/40HQ",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "BDCGP",
            "containers": "5x40HQ",
            "commodity": "棉布",
            "weight_kg": 105000,
            "target_price": 2200,
            "currency": "USD",
        },
    ),
    (
        "SH-JEA LCL 6plt 4.2cbm 1850kg 五金",
        {
            "mode": "LCL",
            "pol": "CNSHA",
            "pod": "AEJEA",
            "pieces": 6,
            "volume_cbm": 4.2,
            "weight_kg": 1850,
            "commodity": "五金",
        },
    ),
    (
        "NB/LOS 40HQ×1 鞋子 6.5T 12月18号ready",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGLOS",
            "containers": "1x40HQ",
            "commodity": "鞋子",
            "weight_kg": 6500,
            "cargo_ready": "2026-12-18",
        },
    ),
    (
        "询 SH-DKR 2x20GP 绿茶 每柜18T",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "SNDKR",
            "containers": "2x20GP",
            "commodity": "绿茶",
            "weight_kg": 36000,
        },
    ),
    (
        "NGB-DLA 1*40HQ 瓷砖 25T 心理价3K USD",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "CMDLA",
            "containers": "1x40HQ",
            "commodity": "瓷砖",
            "weight_kg": 25000,
            "target_price": 3000,
            "currency": "USD",
        },
    ),
    (
        "NB-Onne 2x40HQ 管件 20T/cntr",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGONN",
            "containers": "2x40HQ",
            "commodity": "管件",
            "weight_kg": 40000,
        },
    ),
    (
        "SZ-MNL 3x40HQ 陶瓷 26T/cntr 12.18货好",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "PHMNL",
            "containers": "3x40HQ",
            "commodity": "陶瓷",
            "weight_kg": 78000,
            "cargo_ready": "2026-12-18",
        },
    ),
    (
        "QD-LAD 2x40GP 钢结构件 25T/cntr 发货人：中建八局",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "AOLAD",
            "containers": "2x40GP",
            "commodity": "钢结构件",
            "weight_kg": 50000,
            "shipper": "中建八局",
        },
    ),
    (
        "TJ-JIB 3x40GP 钢管 26T/cntr",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "DJJIB",
            "containers": "3x40GP",
            "commodity": "钢管",
            "weight_kg": 78000,
        },
    ),
    (
        "宁波　到　拉各斯　２ｘ４０ＨＱ　家具　每柜１０吨",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGLOS",
            "containers": "2x40HQ",
            "commodity": "家具",
            "weight_kg": 20000,
        },
    ),
]

# Overseas agents' and importers' e-mails: signatures, phone numbers, day-first dates.
EMAIL: list[Entry] = [
    (
        "Dear Sir/Madam,\n\nKindly quote your best rate for 2 x 40HQ from Ningbo to Apapa, Lagos.\n"
        "Commodity: ceramic tiles\nGross weight: 25,000 kgs per container\nCargo ready: 14/12/2026\n\n"
        "Best regards,\nChinedu Okafor\nImport Manager\nBlueWave Logistics Nig. Ltd\nTel: +234 803 555 0142",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGLOS",
            "containers": "2x40HQ",
            "commodity": "ceramic tiles",
            "weight_kg": 50000,
            "cargo_ready": "2026-12-14",
        },
    ),
    (
        "Hi, Pls quote 1x20GP Shanghai to Mombasa, cargo: PVC pipes, 18 tons, ready by 18/12.\n"
        "Regards, Peter Mwangi | Freightlink Kenya | +254 722 100 200",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "KEMBA",
            "containers": "1x20GP",
            "commodity": "PVC pipes",
            "weight_kg": 18000,
            "cargo_ready": "2026-12-18",
        },
    ),
    (
        "Good day,\nWe have an inquiry for 3x40HC Qingdao - Tema, roofing sheets, 24 MT each container, "
        "target USD 2,300 per container. Cargo will be ready on 21/12/2026.\n"
        "Thanks & regards,\nKwame Mensah\nGoldcoast Shipping Agency, Tema",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "GHTEM",
            "containers": "3x40HQ",
            "commodity": "roofing sheets",
            "weight_kg": 72000,
            "target_price": 2300,
            "currency": "USD",
            "cargo_ready": "2026-12-21",
        },
    ),
    (
        "Dear Partner,\nRequest rate 40ft HC x 1 Guangzhou to Dar es Salaam.\nCommodity: solar panels\n"
        "Weight: 9,500 kg\nReady date: 16/12/2026\n\nRgds\nAbdul Salim\nDSM Cargo Services Ltd\n"
        "P.O. Box 1234, Dar es Salaam",
        {
            "mode": "FCL",
            "pol": "CNCAN",
            "pod": "TZDAR",
            "containers": "1x40HQ",
            "commodity": "solar panels",
            "weight_kg": 9500,
            "cargo_ready": "2026-12-16",
        },
    ),
    (
        "Hello, please quote FCL 2x40HQ from Qingdao to Callao, commodity: ceramic tiles, "
        "24.000 kg each container. Ready date 15/12/2026.\nSaludos,\nMaría Quispe\n"
        "Importaciones Andinas SAC, Lima",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "PECLL",
            "containers": "2x40HQ",
            "commodity": "ceramic tiles",
            "weight_kg": 48000,
            "cargo_ready": "2026-12-15",
        },
    ),
    (
        "Dear Team,\nPlease offer your rates for 1 x 20' GP ex Shanghai to Nhava Sheva.\n"
        "Commodity: machine parts\nGross wt: 12,500 kgs\nCargo ready: 17th Dec 2026\n\n"
        "Thanks and Regards,\nRajesh Kumar\nShree Ganesh Shipping Pvt Ltd, Mumbai\nMob: +91 98200 12345",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "INNSA",
            "containers": "1x20GP",
            "commodity": "machine parts",
            "weight_kg": 12500,
            "cargo_ready": "2026-12-17",
        },
    ),
    (
        "Hi,\nNeed rate for 1x40HQ Ningbo to Jebel Ali. Goods are kitchen cabinets, approx 7 tons. "
        "Cargo ready 20/12.\nBR,\nAhmed\nAl Noor Freight LLC, Dubai",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "AEJEA",
            "containers": "1x40HQ",
            "commodity": "kitchen cabinets",
            "weight_kg": 7000,
            "cargo_ready": "2026-12-20",
        },
    ),
    (
        "Sir, pls quote 4x40HQ Shanghai to Chittagong, cotton yarn, 22 MT/cntr, CFR. "
        "Target USD 1,900 per box.\nRegards,\nMd. Rafiqul Islam\nKarnaphuli Logistics",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "BDCGP",
            "containers": "4x40HQ",
            "commodity": "cotton yarn",
            "weight_kg": 88000,
            "incoterm": "CFR",
            "target_price": 1900,
            "currency": "USD",
        },
    ),
    (
        "Good morning,\nCould you please send us freight for 1 x 40' HC Ningbo x Santos?\n"
        "Product: LED lamps\nGross weight: 6.800 kg\nVolume: 65 cbm\nCargo ready: 22/12/2026\n"
        "Best regards,\nJoão Silva\nComex Brasil Ltda\nSão Paulo - SP",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "BRSSZ",
            "containers": "1x40HQ",
            "commodity": "LED lamps",
            "weight_kg": 6800,
            "volume_cbm": 65,
            "cargo_ready": "2026-12-22",
        },
    ),
    (
        "Dear friend, we need quotation Shanghai - San Antonio, Chile, 2x40HQ, furniture, "
        "10,000 kgs each. Target: USD 2,500/40HQ.\nRegards, Felipe Rojas",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "CLSAI",
            "containers": "2x40HQ",
            "commodity": "furniture",
            "weight_kg": 20000,
            "target_price": 2500,
            "currency": "USD",
        },
    ),
    (
        "Kindly quote 1x40HQ Shenzhen to Buenaventura, goods: plastic toys, 8 tons, ready 19/12.\n"
        "Thanks,\nCamilo Restrepo\nCarga Pacífico S.A.S., Cali",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "COBUN",
            "containers": "1x40HQ",
            "commodity": "plastic toys",
            "weight_kg": 8000,
            "cargo_ready": "2026-12-19",
        },
    ),
    (
        "Please rate 3 x 20GP Xiamen to Guayaquil, commodity granite slabs, 27 tons per container.\n"
        "Thank you,\nDiego",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "ECGYE",
            "containers": "3x20GP",
            "commodity": "granite slabs",
            "weight_kg": 81000,
        },
    ),
    (
        "Bonjour,\nplease quote 1x40HQ Tianjin to Abidjan, motorcycle spare parts, 12 tons. "
        "Cargo ready 13/12/2026.\nCordialement,\nIbrahim Koné\nTrans-Ivoire Logistique",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "CIABJ",
            "containers": "1x40HQ",
            "commodity": "motorcycle spare parts",
            "weight_kg": 12000,
            "cargo_ready": "2026-12-13",
        },
    ),
    (
        "Hello, 2x20' from Ningbo to Douala, commodity: sanitary ware, gross weight 18 tons each. "
        "Target price two thousand one hundred dollars per container.\nBest,\nEmmanuel Tchoua",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "CMDLA",
            "containers": "2x20GP",
            "commodity": "sanitary ware",
            "weight_kg": 36000,
            "target_price": 2100,
            "currency": "USD",
        },
    ),
    (
        "Hi, rate for 1x40HQ Shanghai to Luanda pls. Cargo: aluminium windows, 7,200 kgs. "
        "Ready 15/12.\nRegards,\nPaulo Mendes\nAngola Cargo Lda.",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "AOLAD",
            "containers": "1x40HQ",
            "commodity": "aluminium windows",
            "weight_kg": 7200,
            "cargo_ready": "2026-12-15",
        },
    ),
    (
        "Dear,\nwe need rate Tianjin to Djibouti 2 x 40GP steel wire, 25 tons each, FOB Tianjin.\n"
        "Regards,\nDawit Bekele\nAbyssinia Forwarding PLC, Addis Ababa",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "DJJIB",
            "containers": "2x40GP",
            "commodity": "steel wire",
            "weight_kg": 50000,
            "incoterm": "FOB",
        },
    ),
    (
        "Dear Sir,\nPlease quote 1 X 20FT Qingdao to Maputo, commodity: tiles, 26 tons, "
        "ready 14 December.\nKind regards,\nSérgio Machava",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "MZMPM",
            "containers": "1x20GP",
            "commodity": "tiles",
            "weight_kg": 26000,
            "cargo_ready": "2026-12-14",
        },
    ),
    (
        "Hello,\nplease send rate 2x40HQ Ningbo to Alexandria (El Dekheila), goods: home textiles, "
        "11 tons per container.\nRegards,\nMohamed Hassan\nNile Freight Co.",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "EGALY",
            "containers": "2x40HQ",
            "commodity": "home textiles",
            "weight_kg": 22000,
        },
    ),
    (
        "AoA, pls quote Qingdao to Karachi 3x20GP, goods: PP granules, 25 mt each, non hazardous.\n"
        "Regards,\nImran Qureshi\nIndus Logistics (Pvt) Ltd",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "PKKHI",
            "containers": "3x20GP",
            "commodity": "PP granules",
            "weight_kg": 75000,
            "dg": False,
        },
    ),
    (
        "Dear Sir,\nkindly quote 1x20GP Xiamen to Colombo, commodity: stone slabs, 26,500 kgs.\n"
        "Thanks,\nNuwan Perera\nLanka Shipping (Pvt) Ltd, Colombo 03",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "LKCMB",
            "containers": "1x20GP",
            "commodity": "stone slabs",
            "weight_kg": 26500,
        },
    ),
    (
        "Hi team,\nwe need your rate for 5x40HQ from Shanghai to Dammam, commodity: steel pipes, "
        "24 tons/cntr. Ready: 28/12/2026. Target USD 1,350 each.\nRegards,\nFaisal Al-Harbi",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "SADMM",
            "containers": "5x40HQ",
            "commodity": "steel pipes",
            "weight_kg": 120000,
            "cargo_ready": "2026-12-28",
            "target_price": 1350,
            "currency": "USD",
        },
    ),
    (
        "Hello,\nplease quote 2x40HQ from Shanghai to Lazaro Cardenas, auto parts, 14,000 kg each, "
        "cargo ready December 18.\nRegards,\nLuis Hernández\nLogística del Pacífico",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "MXLZC",
            "containers": "2x40HQ",
            "commodity": "auto parts",
            "weight_kg": 28000,
            "cargo_ready": "2026-12-18",
        },
    ),
    (
        "Dear, pls quote 1x40HQ Qingdao - Haiphong, commodity: fabric rolls, 18 tons.\n"
        "Best regards,\nNguyen Van Minh\nSaigon Star Logistics",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "VNHPH",
            "containers": "1x40HQ",
            "commodity": "fabric rolls",
            "weight_kg": 18000,
        },
    ),
    (
        "Dear Sir,\nPlease quote 3x40HC Shanghai to Surabaya, commodity: paper rolls, gross weight "
        "25 tons each. Ready on 16/12/2026.\nRegards,\nBudi Santoso\nPT Samudra Logistik",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "IDSUB",
            "containers": "3x40HQ",
            "commodity": "paper rolls",
            "weight_kg": 75000,
            "cargo_ready": "2026-12-16",
        },
    ),
    (
        "Ref: QTN-4471\nDear Sir, quote 1x40HQ Ningbo to Tin Can Island, hair products, 13 tons.\n"
        "Thanks,\nTunde Bakare\nOceanGate Clearing & Forwarding, Lagos\n+234 802 300 4471",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGTIN",
            "containers": "1x40HQ",
            "commodity": "hair products",
            "weight_kg": 13000,
        },
    ),
    (
        "Dear Sir,\nWe would like to receive your offer for one 40' high cube from Xiamen to Mombasa.\n"
        "Goods: granite countertops, 26 tons.\nCargo readiness: 30/12/2026.\n"
        "Please advise transit time and free days.\nKind regards,\nAchieng Otieno\nCoastline Imports Ltd",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "KEMBA",
            "containers": "1x40HQ",
            "commodity": "granite countertops",
            "weight_kg": 26000,
            "cargo_ready": "2026-12-30",
        },
    ),
    (
        "Hi,\nRequest for quotation, CIF Dar es Salaam:\n- POL: Shanghai\n- Equipment: 2 x 40HQ\n"
        "- Commodity: PVC flooring\n- Weight: 23 tons per unit\n- Ready: 19/12/2026\n"
        "Thanks, Baraka",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "TZDAR",
            "containers": "2x40HQ",
            "commodity": "PVC flooring",
            "weight_kg": 46000,
            "cargo_ready": "2026-12-19",
            "incoterm": "CIF",
        },
    ),
    (
        "Good afternoon,\nWe kindly request your freight for 1 x 20 DV Ningbo to Montevideo.\n"
        "Merchandise: bicycle parts\nGross weight: 11.500 kg\nBest regards,\nMartín Pereira\n"
        "Pereira Comercio Exterior, Montevideo - Uruguay",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "UYMVD",
            "containers": "1x20GP",
            "commodity": "bicycle parts",
            "weight_kg": 11500,
        },
    ),
]

# Corrections inside a message, and a past shipment mentioned before the new inquiry.
CORRECTIONS: list[Entry] = [
    (
        "上次那票上海到蒙巴萨的3个40HQ已经到了 谢谢 这次是厦门到达累斯萨拉姆 2个20GP 石材 每柜27吨",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "TZDAR",
            "containers": "2x20GP",
            "commodity": "石材",
            "weight_kg": 54000,
        },
    ),
    (
        "宁波到拉各斯 两个20GP 不对 是三个 瓷砖 每柜26吨",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGLOS",
            "containers": "3x20GP",
            "commodity": "瓷砖",
            "weight_kg": 78000,
        },
    ),
    (
        "青岛出到吉达 1x40HQ 家具 货重8吨 更正一下 是9吨半",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "SAJED",
            "containers": "1x40HQ",
            "commodity": "家具",
            "weight_kg": 9500,
        },
    ),
    (
        "你好 上海到特马 2x40HQ 建材 每柜20吨 货好时间原来说12月10号 现在改成12月15号了",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "GHTEM",
            "containers": "2x40HQ",
            "commodity": "建材",
            "weight_kg": 40000,
            "cargo_ready": "2026-12-15",
        },
    ),
    (
        "深圳到拉各斯 1x40GP 抱歉打错了 是40HQ 灯具 6吨",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "NGLOS",
            "containers": "1x40HQ",
            "commodity": "灯具",
            "weight_kg": 6000,
        },
    ),
    (
        "天津到卡拉奇 2x20GP 钢管 每柜24吨 目标价1300 不好意思说错了 是1200美金",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "PKKHI",
            "containers": "2x20GP",
            "commodity": "钢管",
            "weight_kg": 48000,
            "target_price": 1200,
            "currency": "USD",
        },
    ),
    (
        "上个月你们给我走的宁波到德班那票2x40HQ很好 这次还是家具 宁波到开普敦 1x40HQ 7吨",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "ZACPT",
            "containers": "1x40HQ",
            "commodity": "家具",
            "weight_kg": 7000,
        },
    ),
    (
        "Dear Sir,\nFurther to our shipment last month (2x40HQ Qingdao to Tema), we now have a new "
        "order: 1x20GP from Xiamen to Lome, ceramic tiles, 25 tons. Ready 17/12/2026.\n"
        "Regards,\nYaw Boateng",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "TGLFW",
            "containers": "1x20GP",
            "commodity": "ceramic tiles",
            "weight_kg": 25000,
            "cargo_ready": "2026-12-17",
        },
    ),
    (
        "Correction to my previous mail: POD is Onne, not Lagos.\n2x40HQ Ningbo - Onne, pipe fittings, "
        "19 tons each.\nRgds, Emeka",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGONN",
            "containers": "2x40HQ",
            "commodity": "pipe fittings",
            "weight_kg": 38000,
        },
    ),
    (
        "Please quote 3x40HQ Shanghai to Santos, sorry, I mean 2x40HQ, furniture, 9 tons each.",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "BRSSZ",
            "containers": "2x40HQ",
            "commodity": "furniture",
            "weight_kg": 18000,
        },
    ),
    (
        "宁波出 不对 是上海出 到蒙巴萨 1个40HQ 鞋子 8吨",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "KEMBA",
            "containers": "1x40HQ",
            "commodity": "鞋子",
            "weight_kg": 8000,
        },
    ),
    (
        "厦门到马尼拉拼箱 10箱 2方 哦不对 是2.5方 600公斤 玩具",
        {
            "mode": "LCL",
            "pol": "CNXMN",
            "pod": "PHMNL",
            "pieces": 10,
            "volume_cbm": 2.5,
            "weight_kg": 600,
            "commodity": "玩具",
        },
    ),
    (
        "去年帮我们从青岛走过两个框架去达曼 这次不一样 普通柜 青岛到吉布提 3个40HQ 轮胎 每柜16吨",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "DJJIB",
            "containers": "3x40HQ",
            "commodity": "轮胎",
            "weight_kg": 48000,
        },
    ),
    (
        "王经理 上周报的那个南沙到科托努的价格客户嫌贵没走 现在有新的 南沙到洛美 2个40HQ 摩托车 "
        "每柜7吨 心理价三千美金",
        {
            "mode": "FCL",
            "pol": "CNNSA",
            "pod": "TGLFW",
            "containers": "2x40HQ",
            "commodity": "摩托车",
            "weight_kg": 14000,
            "target_price": 3000,
            "currency": "USD",
        },
    ),
    (
        "Hi, the earlier inquiry Tianjin-Durban is cancelled. New one: Tianjin to Maputo, 1x40GP, "
        "steel wire rods, 26 tons, cargo ready 23/12/2026.",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "MZMPM",
            "containers": "1x40GP",
            "commodity": "steel wire rods",
            "weight_kg": 26000,
            "cargo_ready": "2026-12-23",
        },
    ),
    (
        "上海到雅加达 1个20GP 纸张 22吨 本来12月8号出 客户刚说推迟到12月12号",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "IDJKT",
            "containers": "1x20GP",
            "commodity": "纸张",
            "weight_kg": 22000,
            "cargo_ready": "2026-12-12",
        },
    ),
    (
        "宁波到阿比让 2x40HQ 瓷砖 每柜20吨 不是20吨 是每柜18吨 目标价2200美金",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "CIABJ",
            "containers": "2x40HQ",
            "commodity": "瓷砖",
            "weight_kg": 36000,
            "target_price": 2200,
            "currency": "USD",
        },
    ),
    (
        "QD到DUR 4个40HQ 轮胎 每柜21吨 改一下 客户只有3个柜的货",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "ZADUR",
            "containers": "3x40HQ",
            "commodity": "轮胎",
            "weight_kg": 63000,
        },
    ),
    (
        "Dear Sir,\nPlease quote 1x40HQ Shanghai to Jebel Ali, furniture, 8 tons.\n"
        "Sorry, correction: the container is 40GP, not 40HQ.\nRegards, Omar",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "AEJEA",
            "containers": "1x40GP",
            "commodity": "furniture",
            "weight_kg": 8000,
        },
    ),
]

# Port spelling variants, transliterations and homophone typos of the lanes' ports.
PORT_VARIANTS: list[Entry] = [
    (
        "宁波到达累斯萨拉木 2x40HQ 家具 每柜9吨",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "TZDAR",
            "containers": "2x40HQ",
            "commodity": "家具",
            "weight_kg": 18000,
        },
    ),
    (
        "天津到吉布堤 1x40GP 钢管 25吨",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "DJJIB",
            "containers": "1x40GP",
            "commodity": "钢管",
            "weight_kg": 25000,
        },
    ),
    (
        "上海到蒙巴沙 3x20GP 瓷砖 每柜26吨",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "KEMBA",
            "containers": "3x20GP",
            "commodity": "瓷砖",
            "weight_kg": 78000,
        },
    ),
    (
        "厦门到科托奴 1x40HQ 布料 15吨",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "BJCOO",
            "containers": "1x40HQ",
            "commodity": "布料",
            "weight_kg": 15000,
        },
    ),
    (
        "深圳到卡拉其 2x40HQ 电器配件 每柜12吨",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "PKKHI",
            "containers": "2x40HQ",
            "commodity": "电器配件",
            "weight_kg": 24000,
        },
    ),
    (
        "青岛到德版 1x20GP 轮胎 18吨",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "ZADUR",
            "containers": "1x20GP",
            "commodity": "轮胎",
            "weight_kg": 18000,
        },
    ),
    (
        "宁波到亚力山大 2x40HQ 家具 每柜8吨",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "EGALY",
            "containers": "2x40HQ",
            "commodity": "家具",
            "weight_kg": 16000,
        },
    ),
    (
        "上海到胡志敏 1x40HQ 面料 14吨",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "VNSGN",
            "containers": "1x40HQ",
            "commodity": "面料",
            "weight_kg": 14000,
        },
    ),
    (
        "广州到林差班 1x20GP 五金 10吨",
        {
            "mode": "FCL",
            "pol": "CNCAN",
            "pod": "THLCH",
            "containers": "1x20GP",
            "commodity": "五金",
            "weight_kg": 10000,
        },
    ),
    (
        "Please quote Ningbo to Dar es Salam 1x40HQ tiles 25 tons",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "TZDAR",
            "containers": "1x40HQ",
            "commodity": "tiles",
            "weight_kg": 25000,
        },
    ),
    (
        "Need rate Shanghai to Mombassa 2x20GP, marble, 26 tons each",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "KEMBA",
            "containers": "2x20GP",
            "commodity": "marble",
            "weight_kg": 52000,
        },
    ),
    (
        "pls quote Qingdao to Chitagong 1x40HQ cotton 20 tons",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "BDCGP",
            "containers": "1x40HQ",
            "commodity": "cotton",
            "weight_kg": 20000,
        },
    ),
    (
        "Kindly quote Xiamen - Jebal Ali 1x40HQ granite 26 tons",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "AEJEA",
            "containers": "1x40HQ",
            "commodity": "granite",
            "weight_kg": 26000,
        },
    ),
    (
        "上海到瓜亚基耳 2x40HQ 瓷砖 每柜25吨",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "ECGYE",
            "containers": "2x40HQ",
            "commodity": "瓷砖",
            "weight_kg": 50000,
        },
    ),
    (
        "宁波到卡萨布兰加 1x40HQ 绿茶 18吨",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "MACAS",
            "containers": "1x40HQ",
            "commodity": "绿茶",
            "weight_kg": 18000,
        },
    ),
    (
        "天津到Laem Chabng 1x20GP 钢材 24吨",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "THLCH",
            "containers": "1x20GP",
            "commodity": "钢材",
            "weight_kg": 24000,
        },
    ),
    (
        "厦门到杰别阿里拼箱 6托 3方 1吨半 石材样品",
        {
            "mode": "LCL",
            "pol": "CNXMN",
            "pod": "AEJEA",
            "pieces": 6,
            "volume_cbm": 3,
            "weight_kg": 1500,
            "commodity": "石材样品",
        },
    ),
    (
        "请问宁波到塔马塔夫 2x20GP 建材 每柜25吨",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "MGTMM",
            "containers": "2x20GP",
            "commodity": "建材",
            "weight_kg": 50000,
        },
    ),
    (
        "Shanghai to Abijan 1x40HQ furniture 7 tons",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "CIABJ",
            "containers": "1x40HQ",
            "commodity": "furniture",
            "weight_kg": 7000,
        },
    ),
    (
        "上海到蒙罗维娅 1个40HQ 日用品 10吨",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "LRMLW",
            "containers": "1x40HQ",
            "commodity": "日用品",
            "weight_kg": 10000,
        },
    ),
    (
        "青岛到特玛 2x40HQ 钢材 每柜24吨",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "GHTEM",
            "containers": "2x40HQ",
            "commodity": "钢材",
            "weight_kg": 48000,
        },
    ),
    (
        "pls quote Ningbo to Cotonu 1x40HQ tyres 14 tons",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "BJCOO",
            "containers": "1x40HQ",
            "commodity": "tyres",
            "weight_kg": 14000,
        },
    ),
]

# Special equipment: reefer, open top, flat rack, tank.
SPECIAL: list[Entry] = [
    (
        "宁波到拉各斯 一个40尺冷柜 冻鱼 零下18度 26吨",
        {
            "mode": "SPECIAL",
            "pol": "CNNGB",
            "pod": "NGLOS",
            "containers": "1x40RF",
            "commodity": "冻鱼",
            "temperature_c": -18,
            "weight_kg": 26000,
        },
    ),
    (
        "Reefer inquiry: Qingdao to Abidjan, 2 x 40' reefer, frozen mackerel, -18C, 27 tons each, "
        "ready 15/12/2026.",
        {
            "mode": "SPECIAL",
            "pol": "CNTAO",
            "pod": "CIABJ",
            "containers": "2x40RF",
            "commodity": "frozen mackerel",
            "temperature_c": -18,
            "weight_kg": 54000,
            "cargo_ready": "2026-12-15",
        },
    ),
    (
        "上海到吉达 1个40尺开顶柜 设备 超高 尺寸11.5米x2.2米x2.9米 重18吨 发货人：上海电气 12月20号出",
        {
            "mode": "SPECIAL",
            "pol": "CNSHA",
            "pod": "SAJED",
            "containers": "1x40OT",
            "commodity": "设备",
            "dimensions_cm": "1150x220x290",
            "weight_kg": 18000,
            "shipper": "上海电气",
            "cargo_ready": "2026-12-20",
        },
    ),
    (
        "1 x 40' flat rack Qingdao - Mombasa, wheel loader, dims 8.2m x 2.9m x 3.4m, 23 tons, "
        "shipper: XCMG Import & Export Co., ready 20/12/2026, target USD 5,800",
        {
            "mode": "SPECIAL",
            "pol": "CNTAO",
            "pod": "KEMBA",
            "containers": "1x40FR",
            "commodity": "wheel loader",
            "dimensions_cm": "820x290x340",
            "weight_kg": 23000,
            "shipper": "XCMG Import & Export Co.",
            "cargo_ready": "2026-12-20",
            "target_price": 5800,
            "currency": "USD",
        },
    ),
    (
        "深圳到迪拜 20尺冷柜一个 巧克力 温度设定+5度 8吨",
        {
            "mode": "SPECIAL",
            "pol": "CNSZX",
            "pod": "AEJEA",
            "containers": "1x20RF",
            "commodity": "巧克力",
            "temperature_c": 5,
            "weight_kg": 8000,
        },
    ),
    (
        "厦门到达曼 1x40RF 脐橙 温度4度 24吨 12月18号装",
        {
            "mode": "SPECIAL",
            "pol": "CNXMN",
            "pod": "SADMM",
            "containers": "1x40RF",
            "commodity": "脐橙",
            "temperature_c": 4,
            "weight_kg": 24000,
            "cargo_ready": "2026-12-18",
        },
    ),
    (
        "青岛到拉各斯 两个40冻柜 冻鸡爪 零下二十度 每柜二十六吨 目标价五千美金",
        {
            "mode": "SPECIAL",
            "pol": "CNTAO",
            "pod": "NGLOS",
            "containers": "2x40RF",
            "commodity": "冻鸡爪",
            "temperature_c": -20,
            "weight_kg": 52000,
            "target_price": 5000,
            "currency": "USD",
        },
    ),
    (
        "上海到桑托斯 1x20OT 大理石荒料 尺寸280x200x180cm 25吨",
        {
            "mode": "SPECIAL",
            "pol": "CNSHA",
            "pod": "BRSSZ",
            "containers": "1x20OT",
            "commodity": "大理石荒料",
            "dimensions_cm": "280x200x180",
            "weight_kg": 25000,
        },
    ),
    (
        "天津到达累斯萨拉姆 2个40框架 压路机 尺寸6.5*2.3*3.1米 每个框架14吨 发货人徐工集团 "
        "心理价位每个框架四千五美金",
        {
            "mode": "SPECIAL",
            "pol": "CNTXG",
            "pod": "TZDAR",
            "containers": "2x40FR",
            "commodity": "压路机",
            "dimensions_cm": "650x230x310",
            "weight_kg": 28000,
            "shipper": "徐工集团",
            "target_price": 4500,
            "currency": "USD",
        },
    ),
    (
        "Open top inquiry: Ningbo to Jebel Ali, 1x40OT, industrial boiler, 9.8m x 2.3m x 2.7m, "
        "20 tons. Shipper: Zhejiang Boiler Works. Ready 16/12.",
        {
            "mode": "SPECIAL",
            "pol": "CNNGB",
            "pod": "AEJEA",
            "containers": "1x40OT",
            "commodity": "industrial boiler",
            "dimensions_cm": "980x230x270",
            "weight_kg": 20000,
            "shipper": "Zhejiang Boiler Works",
            "cargo_ready": "2026-12-16",
        },
    ),
    (
        "上海到那瓦舍瓦 1个20尺罐箱 液体葡萄糖（非危） 22吨",
        {
            "mode": "SPECIAL",
            "pol": "CNSHA",
            "pod": "INNSA",
            "containers": "1x20TK",
            "commodity": "液体葡萄糖",
            "dg": False,
            "weight_kg": 22000,
        },
    ),
    (
        "Please quote 2x20TK Tianjin to Jebel Ali, cargo: sorbitol solution (non-DG), 20 tons each.",
        {
            "mode": "SPECIAL",
            "pol": "CNTXG",
            "pod": "AEJEA",
            "containers": "2x20TK",
            "commodity": "sorbitol solution",
            "dg": False,
            "weight_kg": 40000,
        },
    ),
    (
        "Hi, need rate 1x40RF Qingdao to Santos, fresh garlic, temperature -2°C, 28 tons, "
        "ready 14/12/2026.\nRegards, Carlos",
        {
            "mode": "SPECIAL",
            "pol": "CNTAO",
            "pod": "BRSSZ",
            "containers": "1x40RF",
            "commodity": "fresh garlic",
            "temperature_c": -2,
            "weight_kg": 28000,
            "cargo_ready": "2026-12-14",
        },
    ),
    (
        "青岛到杜阿拉 2个40尺冷柜 冻鱼 -18度 每柜27吨",
        {
            "mode": "SPECIAL",
            "pol": "CNTAO",
            "pod": "CMDLA",
            "containers": "2x40RF",
            "commodity": "冻鱼",
            "temperature_c": -18,
            "weight_kg": 54000,
        },
    ),
    (
        "上海到Port Klang 1x20FR 钢结构件 尺寸5.8x2.5x2.8m 18吨",
        {
            "mode": "SPECIAL",
            "pol": "CNSHA",
            "pod": "MYPKG",
            "containers": "1x20FR",
            "commodity": "钢结构件",
            "dimensions_cm": "580x250x280",
            "weight_kg": 18000,
        },
    ),
    (
        "Flat rack inquiry: 2 x 40FR Shanghai to Lagos, road rollers, one per rack, 6.1 x 2.3 x 3.0 m, "
        "12,500 kg per rack.",
        {
            "mode": "SPECIAL",
            "pol": "CNSHA",
            "pod": "NGLOS",
            "containers": "2x40FR",
            "commodity": "road rollers",
            "dimensions_cm": "610x230x300",
            "weight_kg": 25000,
        },
    ),
    (
        "天津到卡拉奇 20尺开顶柜一个 石材荒料 尺寸2.9米×2.1米×1.8米 26吨",
        {
            "mode": "SPECIAL",
            "pol": "CNTXG",
            "pod": "PKKHI",
            "containers": "1x20OT",
            "commodity": "石材荒料",
            "dimensions_cm": "290x210x180",
            "weight_kg": 26000,
        },
    ),
    (
        "我们有设备要从青岛到杰贝阿里要用四十尺框架箱尺寸十米长三米宽三米二高重二十二吨发货人青岛重工",
        {
            "mode": "SPECIAL",
            "pol": "CNTAO",
            "pod": "AEJEA",
            "containers": "1x40FR",
            "commodity": "设备",
            "dimensions_cm": "1000x300x320",
            "weight_kg": 22000,
            "shipper": "青岛重工",
        },
    ),
    (
        "Dear Sir,\nKindly quote 1x40' reefer from Xiamen to Tema, commodity: frozen tilapia, "
        "temperature minus 18 degrees, 25,000 kgs, cargo ready 18/12/2026. Target USD 6,500.\n"
        "Best regards,\nAkosua Owusu\nSeaBridge Foods Ltd, Accra",
        {
            "mode": "SPECIAL",
            "pol": "CNXMN",
            "pod": "GHTEM",
            "containers": "1x40RF",
            "commodity": "frozen tilapia",
            "temperature_c": -18,
            "weight_kg": 25000,
            "cargo_ready": "2026-12-18",
            "target_price": 6500,
            "currency": "USD",
        },
    ),
]

# LCL: pieces, gross weight, volume, sometimes per-piece figures to multiply.
LCL: list[Entry] = [
    (
        "上海到吉达拼箱 15箱 2.3方 480公斤 服装",
        {
            "mode": "LCL",
            "pol": "CNSHA",
            "pod": "SAJED",
            "pieces": 15,
            "volume_cbm": 2.3,
            "weight_kg": 480,
            "commodity": "服装",
        },
    ),
    (
        "深圳到迪拜拼箱 两个托盘 一点八方 六百公斤 灯具 这周四送货",
        {
            "mode": "LCL",
            "pol": "CNSZX",
            "pod": "AEJEA",
            "pieces": 2,
            "volume_cbm": 1.8,
            "weight_kg": 600,
            "commodity": "灯具",
            "cargo_ready": "2026-12-03",
        },
    ),
    (
        "LCL Ningbo to Mombasa: 22 cartons / 4.6 cbm / 1,150 kgs, commodity: kitchenware, ready 16/12",
        {
            "mode": "LCL",
            "pol": "CNNGB",
            "pod": "KEMBA",
            "pieces": 22,
            "volume_cbm": 4.6,
            "weight_kg": 1150,
            "commodity": "kitchenware",
            "cargo_ready": "2026-12-16",
        },
    ),
    (
        "广州到拉各斯拼箱 五十件 八个方 两吨 布料",
        {
            "mode": "LCL",
            "pol": "CNCAN",
            "pod": "NGLOS",
            "pieces": 50,
            "volume_cbm": 8,
            "weight_kg": 2000,
            "commodity": "布料",
        },
    ),
    (
        "Please quote LCL Shanghai to Karachi, 3 pallets, 2.88 cbm, 1,320 kg, textile machinery parts.",
        {
            "mode": "LCL",
            "pol": "CNSHA",
            "pod": "PKKHI",
            "pieces": 3,
            "volume_cbm": 2.88,
            "weight_kg": 1320,
            "commodity": "textile machinery parts",
        },
    ),
    (
        "宁波到胡志明拼箱 8托 每托1.2方 总重3吨 五金配件",
        {
            "mode": "LCL",
            "pol": "CNNGB",
            "pod": "VNSGN",
            "pieces": 8,
            "volume_cbm": 9.6,
            "weight_kg": 3000,
            "commodity": "五金配件",
        },
    ),
    (
        "厦门到特马拼箱 30箱 每箱0.1方 每箱25公斤 鞋子",
        {
            "mode": "LCL",
            "pol": "CNXMN",
            "pod": "GHTEM",
            "pieces": 30,
            "volume_cbm": 3,
            "weight_kg": 750,
            "commodity": "鞋子",
        },
    ),
    (
        "LCL from Qingdao to Durban, 6 crates, total 5.4 cbm, 2.8 tons, machine parts.\nRegards, Sipho",
        {
            "mode": "LCL",
            "pol": "CNTAO",
            "pod": "ZADUR",
            "pieces": 6,
            "volume_cbm": 5.4,
            "weight_kg": 2800,
            "commodity": "machine parts",
        },
    ),
    (
        "上海到雅加达拼箱 1个木箱 1.5方 800公斤 品名设备配件",
        {
            "mode": "LCL",
            "pol": "CNSHA",
            "pod": "IDJKT",
            "pieces": 1,
            "volume_cbm": 1.5,
            "weight_kg": 800,
            "commodity": "设备配件",
        },
    ),
    (
        "Shenzhen to Manila LCL pls, 40 ctns, 3.6 cbm, 720 kgs, phone cases",
        {
            "mode": "LCL",
            "pol": "CNSZX",
            "pod": "PHMNL",
            "pieces": 40,
            "volume_cbm": 3.6,
            "weight_kg": 720,
            "commodity": "phone cases",
        },
    ),
    (
        "天津到达累斯萨拉姆拼箱 12件 6方 三吨二 汽配",
        {
            "mode": "LCL",
            "pol": "CNTXG",
            "pod": "TZDAR",
            "pieces": 12,
            "volume_cbm": 6,
            "weight_kg": 3200,
            "commodity": "汽配",
        },
    ),
    (
        "NB to Nhava Sheva LCL 5 plts 4.5 cbm 2100 kgs, ball bearings",
        {
            "mode": "LCL",
            "pol": "CNNGB",
            "pod": "INNSA",
            "pieces": 5,
            "volume_cbm": 4.5,
            "weight_kg": 2100,
            "commodity": "ball bearings",
        },
    ),
    (
        "Good day,\nLCL inquiry from Ningbo to Tema: 18 packages, 7.2 CBM, G.W. 2,450 KGS, "
        "goods: aluminium profiles. Cargo will be ready 15/12/2026.\nBest regards,\nKofi Asante\n"
        "Asante Freight Ltd",
        {
            "mode": "LCL",
            "pol": "CNNGB",
            "pod": "GHTEM",
            "pieces": 18,
            "volume_cbm": 7.2,
            "weight_kg": 2450,
            "commodity": "aluminium profiles",
            "cargo_ready": "2026-12-15",
        },
    ),
    (
        "宁波到吉布提拼箱 货物是办公椅 60箱 9方 1.1吨",
        {
            "mode": "LCL",
            "pol": "CNNGB",
            "pod": "DJJIB",
            "pieces": 60,
            "volume_cbm": 9,
            "weight_kg": 1100,
            "commodity": "办公椅",
        },
    ),
    (
        "广州到考塞多拼箱 20箱 2.5方 500kg 手机配件",
        {
            "mode": "LCL",
            "pol": "CNCAN",
            "pod": "DOCAU",
            "pieces": 20,
            "volume_cbm": 2.5,
            "weight_kg": 500,
            "commodity": "手机配件",
        },
    ),
    (
        "上海到卡亚俄拼箱 4托 尺寸120x100x150cm 每托400公斤 共7.2方 五金工具",
        {
            "mode": "LCL",
            "pol": "CNSHA",
            "pod": "PECLL",
            "pieces": 4,
            "dimensions_cm": "120x100x150",
            "weight_kg": 1600,
            "volume_cbm": 7.2,
            "commodity": "五金工具",
        },
    ),
    (
        "厦门到巴生拼箱 9箱 一点二方 三百五十公斤 茶具",
        {
            "mode": "LCL",
            "pol": "CNXMN",
            "pod": "MYPKG",
            "pieces": 9,
            "volume_cbm": 1.2,
            "weight_kg": 350,
            "commodity": "茶具",
        },
    ),
    (
        "LCL: Shanghai - Colon Free Zone, 25 cartons, 3.75 cbm, 980 kgs, sunglasses.\nThank you.\n"
        "Ana Gómez\nZona Libre Trading S.A.",
        {
            "mode": "LCL",
            "pol": "CNSHA",
            "pod": "PAONX",
            "pieces": 25,
            "volume_cbm": 3.75,
            "weight_kg": 980,
            "commodity": "sunglasses",
        },
    ),
    (
        "你好 青岛拼箱去蒙巴萨 三个托盘 总共两个半方 一吨一 品名是汽车滤清器",
        {
            "mode": "LCL",
            "pol": "CNTAO",
            "pod": "KEMBA",
            "pieces": 3,
            "volume_cbm": 2.5,
            "weight_kg": 1100,
            "commodity": "汽车滤清器",
        },
    ),
]

# Dangerous goods: UN numbers in several spellings, classes, and explicit "not DG".
DG: list[Entry] = [
    (
        "上海去特马 一个20GP 油墨 危险品 联合国编号1210 3类 16吨",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "GHTEM",
            "containers": "1x20GP",
            "commodity": "油墨",
            "dg": True,
            "un_number": "1210",
            "dg_class": "3",
            "weight_kg": 16000,
        },
    ),
    (
        "Please quote DG cargo: 2x20GP Qingdao to Jebel Ali, caustic soda flakes, UN 1823, Class 8, "
        "25 tons each.",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "AEJEA",
            "containers": "2x20GP",
            "commodity": "caustic soda flakes",
            "dg": True,
            "un_number": "1823",
            "dg_class": "8",
            "weight_kg": 50000,
        },
    ),
    (
        "深圳到马尼拉 1个40高柜 储能电池 危险品9类 UN编号3480 10吨",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "PHMNL",
            "containers": "1x40HQ",
            "commodity": "储能电池",
            "dg": True,
            "un_number": "3480",
            "dg_class": "9",
            "weight_kg": 10000,
        },
    ),
    (
        "天津到卡拉奇 2x20GP 次氯酸钙 UN2880 5.1类 每柜20吨",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "PKKHI",
            "containers": "2x20GP",
            "commodity": "次氯酸钙",
            "dg": True,
            "un_number": "2880",
            "dg_class": "5.1",
            "weight_kg": 40000,
        },
    ),
    (
        "LCL DG inquiry Shanghai to Nhava Sheva: paint thinner, UN No. 1993, class 3, 4 drums, "
        "0.8 cbm, 800 kgs.",
        {
            "mode": "LCL",
            "pol": "CNSHA",
            "pod": "INNSA",
            "commodity": "paint thinner",
            "dg": True,
            "un_number": "1993",
            "dg_class": "3",
            "pieces": 4,
            "volume_cbm": 0.8,
            "weight_kg": 800,
        },
    ),
    (
        "宁波到达累斯萨拉姆 3x20GP 苯酚溶液 联合国编号 2821 6.1类 每柜22吨",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "TZDAR",
            "containers": "3x20GP",
            "commodity": "苯酚溶液",
            "dg": True,
            "un_number": "2821",
            "dg_class": "6.1",
            "weight_kg": 66000,
        },
    ),
    (
        "青岛到德班 1x20GP 打火机 UN1057 2.1类 9吨",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "ZADUR",
            "containers": "1x20GP",
            "commodity": "打火机",
            "dg": True,
            "un_number": "1057",
            "dg_class": "2.1",
            "weight_kg": 9000,
        },
    ),
    (
        "Hi, 1x40HQ Ningbo to Santos, spray paint aerosols, UN1950, class 2.1, 9 tons.",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "BRSSZ",
            "containers": "1x40HQ",
            "commodity": "spray paint aerosols",
            "dg": True,
            "un_number": "1950",
            "dg_class": "2.1",
            "weight_kg": 9000,
        },
    ),
    (
        "厦门到胡志明 1个20GP 树脂 非危 20吨",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "VNSGN",
            "containers": "1x20GP",
            "commodity": "树脂",
            "dg": False,
            "weight_kg": 20000,
        },
    ),
    (
        "上海到吉达 2x40HQ 香水 危险品 UN1266 3类 每柜10吨 发货人：上海家化",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "SAJED",
            "containers": "2x40HQ",
            "commodity": "香水",
            "dg": True,
            "un_number": "1266",
            "dg_class": "3",
            "weight_kg": 20000,
            "shipper": "上海家化",
        },
    ),
    (
        "Please quote 1x20GP Tianjin to Lagos, commodity: zinc oxide, UN3077, class 9, 20 MT.",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "NGLOS",
            "containers": "1x20GP",
            "commodity": "zinc oxide",
            "dg": True,
            "un_number": "3077",
            "dg_class": "9",
            "weight_kg": 20000,
        },
    ),
    (
        "广州到迪拜拼箱 充电宝 危险品9类 10箱 0.5方 200公斤",
        {
            "mode": "LCL",
            "pol": "CNCAN",
            "pod": "AEJEA",
            "commodity": "充电宝",
            "dg": True,
            "dg_class": "9",
            "pieces": 10,
            "volume_cbm": 0.5,
            "weight_kg": 200,
        },
    ),
    (
        "宁波到蒙巴萨 1x40HQ 胶水 不是危险品 有MSDS 12吨",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "KEMBA",
            "containers": "1x40HQ",
            "commodity": "胶水",
            "dg": False,
            "weight_kg": 12000,
        },
    ),
    (
        "青岛到达曼 4x20GP 硫磺 UN1350 4.1类 每柜25吨",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "SADMM",
            "containers": "4x20GP",
            "commodity": "硫磺",
            "dg": True,
            "un_number": "1350",
            "dg_class": "4.1",
            "weight_kg": 100000,
        },
    ),
    (
        "喂上海到吉大港两个二十尺危险品三类油漆联合国编号一二六三每个柜十八吨",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "BDCGP",
            "containers": "2x20GP",
            "commodity": "油漆",
            "dg": True,
            "un_number": "1263",
            "dg_class": "3",
            "weight_kg": 36000,
        },
    ),
]

# Break bulk: units, per-unit weights and dimensions.
BREAKBULK: list[Entry] = [
    (
        "散杂货询价 天津到达曼 钢结构件 共40件 总重520吨",
        {
            "mode": "BREAKBULK",
            "pol": "CNTXG",
            "pod": "SADMM",
            "commodity": "钢结构件",
            "pieces": 40,
            "weight_kg": 520000,
        },
    ),
    (
        "Break bulk: Shanghai to Lagos, 3 units crawler cranes, 45 tons each, dims 13.5 x 3.4 x 3.6 m each.",
        {
            "mode": "BREAKBULK",
            "pol": "CNSHA",
            "pod": "NGLOS",
            "commodity": "crawler cranes",
            "pieces": 3,
            "weight_kg": 135000,
            "dimensions_cm": "1350x340x360",
        },
    ),
    (
        "件杂货 连云港到蒙巴萨 两台变压器 每台62吨 尺寸7.6米*3.1米*3.9米 发货人：特变电工",
        {
            "mode": "BREAKBULK",
            "pol": "CNLYG",
            "pod": "KEMBA",
            "commodity": "变压器",
            "pieces": 2,
            "weight_kg": 124000,
            "dimensions_cm": "760x310x390",
            "shipper": "特变电工",
        },
    ),
    (
        "Dear Sirs,\nwe have a break bulk cargo from Qingdao to Callao: 1 unit mining truck, "
        "9.2 x 4.6 x 4.4 m, 78 tons, ready 15/01/2027.\nRegards,\nJorge Salas\nMinera Andina Logistics",
        {
            "mode": "BREAKBULK",
            "pol": "CNTAO",
            "pod": "PECLL",
            "commodity": "mining truck",
            "pieces": 1,
            "weight_kg": 78000,
            "dimensions_cm": "920x460x440",
            "cargo_ready": "2027-01-15",
        },
    ),
    (
        "散杂货 张家港到达累斯萨拉姆 钢管 三千吨 走散货船",
        {
            "mode": "BREAKBULK",
            "pol": "CNZJG",
            "pod": "TZDAR",
            "commodity": "钢管",
            "weight_kg": 3000000,
        },
    ),
    (
        "Break bulk inquiry: Tianjin to Jeddah, 6 pcs pressure vessels, each 16m x 4m x 4.2m, "
        "38 tons each, shipper: Sinopec Engineering, cargo ready 20/01/2027.",
        {
            "mode": "BREAKBULK",
            "pol": "CNTXG",
            "pod": "SAJED",
            "commodity": "pressure vessels",
            "pieces": 6,
            "weight_kg": 228000,
            "dimensions_cm": "1600x400x420",
            "shipper": "Sinopec Engineering",
            "cargo_ready": "2027-01-20",
        },
    ),
    (
        "散杂货 上海到阿比让 4台挖掘机 每台21吨 尺寸9.5x3x3.2米",
        {
            "mode": "BREAKBULK",
            "pol": "CNSHA",
            "pod": "CIABJ",
            "commodity": "挖掘机",
            "pieces": 4,
            "weight_kg": 84000,
            "dimensions_cm": "950x300x320",
        },
    ),
]

# Mixed equipment, per-container weights, 各 / each.
MIXED_EQUIPMENT: list[Entry] = [
    (
        "宁波到拉各斯 1个20GP和3个40HQ 小柜装24吨 高柜每个18吨 建材",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGLOS",
            "containers": "1x20GP+3x40HQ",
            "commodity": "建材",
            "weight_kg": 78000,
        },
    ),
    (
        "上海到蒙巴萨 20GP和40HQ各一个 各重15吨 家具",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "KEMBA",
            "containers": "1x20GP+1x40HQ",
            "commodity": "家具",
            "weight_kg": 30000,
        },
    ),
    (
        "Please quote 2x20GP + 1x40HQ Ningbo to Tema, 20GP 22 tons each, 40HQ 15 tons, goods: floor tiles",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "GHTEM",
            "containers": "2x20GP+1x40HQ",
            "commodity": "floor tiles",
            "weight_kg": 59000,
        },
    ),
    (
        "青岛到吉达 两个20尺两个40尺高柜 各装22吨 轮胎",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "SAJED",
            "containers": "2x20GP+2x40HQ",
            "commodity": "轮胎",
            "weight_kg": 88000,
        },
    ),
    (
        "Ningbo to Santos: 3 x 40HQ and 1 x 20GP, total gross weight 62 tons, commodity: ceramic tiles",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "BRSSZ",
            "containers": "3x40HQ+1x20GP",
            "commodity": "ceramic tiles",
            "weight_kg": 62000,
        },
    ),
    (
        "深圳到科托努 20GP一个 40HQ两个 每柜都是10吨 服装",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "BJCOO",
            "containers": "1x20GP+2x40HQ",
            "commodity": "服装",
            "weight_kg": 30000,
        },
    ),
    (
        "天津到阿尔及尔 2x40GP 1x20GP 钢管 40GP每柜25吨 20GP 18吨",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "DZALG",
            "containers": "2x40GP+1x20GP",
            "commodity": "钢管",
            "weight_kg": 68000,
        },
    ),
    (
        "Dear, pls quote Shanghai to Karachi 2 units 40HQ and 2 units 20GP, cargo polyester yarn, "
        "each 40HQ 22,000 kgs, each 20GP 18,000 kgs",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "PKKHI",
            "containers": "2x40HQ+2x20GP",
            "commodity": "polyester yarn",
            "weight_kg": 80000,
        },
    ),
    (
        "厦门到马尼拉 20GP 40GP 40HQ各一个 石材 小柜26吨 40GP 26吨 高柜25吨",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "PHMNL",
            "containers": "1x20GP+1x40GP+1x40HQ",
            "commodity": "石材",
            "weight_kg": 77000,
        },
    ),
    (
        "广州到吉布提 4个40HQ 2个20GP 总重100吨 建材",
        {
            "mode": "FCL",
            "pol": "CNCAN",
            "pod": "DJJIB",
            "containers": "4x40HQ+2x20GP",
            "commodity": "建材",
            "weight_kg": 100000,
        },
    ),
    (
        "上海到达曼 20GP和40HQ各两个 钢丝 每柜20吨",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "SADMM",
            "containers": "2x20GP+2x40HQ",
            "commodity": "钢丝",
            "weight_kg": 80000,
        },
    ),
    (
        "Shenzhen to Mombasa, 1x20' + 1x40'HC, each 11 tons, LED screens",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "KEMBA",
            "containers": "1x20GP+1x40HQ",
            "commodity": "LED screens",
            "weight_kg": 22000,
        },
    ),
    (
        "宁波到杰贝阿里 一个小柜两个高柜 小柜二十吨 高柜一个十二吨 货是门窗",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "AEJEA",
            "containers": "1x20GP+2x40HQ",
            "commodity": "门窗",
            "weight_kg": 44000,
        },
    ),
]

# Target prices in words and in many spellings.
TARGET_PRICE: list[Entry] = [
    (
        "上海到吉大港 1x40HQ 面料 15吨 客户心理价位是一千九百美元",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "BDCGP",
            "containers": "1x40HQ",
            "commodity": "面料",
            "weight_kg": 15000,
            "target_price": 1900,
            "currency": "USD",
        },
    ),
    (
        "Need rate Qingdao to Lagos 1x40HQ, furniture 10 tons, our target is two thousand six hundred "
        "US dollars.",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "NGLOS",
            "containers": "1x40HQ",
            "commodity": "furniture",
            "weight_kg": 10000,
            "target_price": 2600,
            "currency": "USD",
        },
    ),
    (
        "宁波到马普托 2x20GP 瓷砖 每柜25吨 能做到两千美金一个柜就走",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "MZMPM",
            "containers": "2x20GP",
            "commodity": "瓷砖",
            "weight_kg": 50000,
            "target_price": 2000,
            "currency": "USD",
        },
    ),
    (
        "Xiamen to Mombasa 1x40HQ granite 26 tons, target USD 2.5k",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "KEMBA",
            "containers": "1x40HQ",
            "commodity": "granite",
            "weight_kg": 26000,
            "target_price": 2500,
            "currency": "USD",
        },
    ),
    (
        "青岛到科伦坡 1x20GP 轮胎 17吨 最好一千刀以内",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "LKCMB",
            "containers": "1x20GP",
            "commodity": "轮胎",
            "weight_kg": 17000,
            "target_price": 1000,
            "currency": "USD",
        },
    ),
    (
        "深圳到杰贝阿里 2x40HQ 卫浴 每柜9吨 目标价 USD1,250/柜",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "AEJEA",
            "containers": "2x40HQ",
            "commodity": "卫浴",
            "weight_kg": 18000,
            "target_price": 1250,
            "currency": "USD",
        },
    ),
    (
        "上海到瓜亚基尔 3x40HQ 瓷砖 每柜24吨 心理价三千二美金",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "ECGYE",
            "containers": "3x40HQ",
            "commodity": "瓷砖",
            "weight_kg": 72000,
            "target_price": 3200,
            "currency": "USD",
        },
    ),
    (
        "Pls quote Ningbo to Port Klang 1x40HQ, plastic chairs 7 tons, we can accept around USD 900.",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "MYPKG",
            "containers": "1x40HQ",
            "commodity": "plastic chairs",
            "weight_kg": 7000,
            "target_price": 900,
            "currency": "USD",
        },
    ),
    (
        "天津到拉各斯 4个40GP 钢板 每柜26吨 目标价一千八百五十美金",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "NGLOS",
            "containers": "4x40GP",
            "commodity": "钢板",
            "weight_kg": 104000,
            "target_price": 1850,
            "currency": "USD",
        },
    ),
    (
        "Shanghai to Buenos Aires 1x40HQ, textiles, 12 tons, target price: three thousand USD",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "ARBUE",
            "containers": "1x40HQ",
            "commodity": "textiles",
            "weight_kg": 12000,
            "target_price": 3000,
            "currency": "USD",
        },
    ),
    (
        "宁波到洛美一个高柜家具九吨客户说四千五美金以上就不走了",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "TGLFW",
            "containers": "1x40HQ",
            "commodity": "家具",
            "weight_kg": 9000,
            "target_price": 4500,
            "currency": "USD",
        },
    ),
]

# Other received dates, incoterms, addresses.
OTHER: list[Entry] = [
    (
        "宁波到拉各斯 2x40HQ 家具 每柜10吨 下周二货好",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGLOS",
            "containers": "2x40HQ",
            "commodity": "家具",
            "weight_kg": 20000,
            "cargo_ready": "2026-12-08",
            "received": "2026-12-03",
        },
    ),
    (
        "上海到蒙巴萨 1x20GP 瓷砖 26吨 1月8号货好",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "KEMBA",
            "containers": "1x20GP",
            "commodity": "瓷砖",
            "weight_kg": 26000,
            "cargo_ready": "2027-01-08",
            "received": "2026-12-28",
        },
    ),
    (
        "Dear Sir, please quote 1x40HQ Ningbo to Tema, furniture, 9 tons, cargo ready 15/01/2027.\n"
        "Regards, Ama",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "GHTEM",
            "containers": "1x40HQ",
            "commodity": "furniture",
            "weight_kg": 9000,
            "cargo_ready": "2027-01-15",
            "received": "2026-12-16",
        },
    ),
    (
        "青岛到达累斯萨拉姆 2x20GP 石材 每柜27吨 明天装柜",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "TZDAR",
            "containers": "2x20GP",
            "commodity": "石材",
            "weight_kg": 54000,
            "cargo_ready": "2026-12-05",
            "received": "2026-12-04",
        },
    ),
    (
        "天津到吉达 1x40HQ 建材 20吨 下个月10号货好",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "SAJED",
            "containers": "1x40HQ",
            "commodity": "建材",
            "weight_kg": 20000,
            "cargo_ready": "2027-01-10",
            "received": "2026-12-21",
        },
    ),
    (
        "上海到卡萨布兰卡 1x40HQ 绿茶 16吨 下周三货好",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "MACAS",
            "containers": "1x40HQ",
            "commodity": "绿茶",
            "weight_kg": 16000,
            "cargo_ready": "2027-01-06",
            "received": "2026-12-28",
        },
    ),
    (
        "FOB Ningbo, POD Apapa, 1x40HQ, shoes, 8 tons",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGLOS",
            "containers": "1x40HQ",
            "commodity": "shoes",
            "weight_kg": 8000,
            "incoterm": "FOB",
        },
    ),
    (
        "CIF Dar es Salaam, 2x40HQ from Shanghai, tiles, 25 tons each",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "TZDAR",
            "containers": "2x40HQ",
            "commodity": "tiles",
            "weight_kg": 50000,
            "incoterm": "CIF",
        },
    ),
    (
        "宁波走 到迪拜 1x40HQ 小商品 8吨 EXW 工厂在义乌 一个工厂",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "AEJEA",
            "containers": "1x40HQ",
            "commodity": "小商品",
            "weight_kg": 8000,
            "incoterm": "EXW",
            "pickup_address": "义乌",
            "pickup_factories": 1,
        },
    ),
    (
        "CFR Mombasa, ex Qingdao, 2x20GP, marble tiles, 24 tons per box",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "KEMBA",
            "containers": "2x20GP",
            "commodity": "marble tiles",
            "weight_kg": 48000,
            "incoterm": "CFR",
        },
    ),
    (
        "深圳到吉大港 2x40HQ 普货 服装 每柜12吨",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "BDCGP",
            "containers": "2x40HQ",
            "commodity": "服装",
            "weight_kg": 24000,
            "dg": False,
        },
    ),
    (
        "Please quote 1x40HQ Shanghai to Lagos CFR, commodity: water pumps, 11 tons.",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "NGLOS",
            "containers": "1x40HQ",
            "commodity": "water pumps",
            "weight_kg": 11000,
            "incoterm": "CFR",
        },
    ),
]

CORPUS: list[Entry] = (
    VOICE
    + SHORTHAND
    + EMAIL
    + CORRECTIONS
    + PORT_VARIANTS
    + SPECIAL
    + LCL
    + DG
    + BREAKBULK
    + MIXED_EQUIPMENT
    + TARGET_PRICE
    + OTHER
)
ENTRIES: list[Entry] = CORPUS
