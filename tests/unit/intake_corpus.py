"""Inquiry messages as customers send them, with the fields a person reads from them.

WeChat and e-mail, Chinese, English and both, with typos, full-width characters and extra
spaces. Each entry: the text and the expected fields (JSON names; containers "2x40HQ+1x20GP",
dimensions "LxWxH" in cm, dates ISO). Unless "received" says otherwise, a message arrived on
Monday 2026-11-30. A field not listed is expected to stay empty.
"""

from __future__ import annotations

from typing import Any

Entry = tuple[str, dict[str, Any]]

WECHAT_ZH: list[Entry] = [
    (
        "宁波到拉各斯 2x40HQ 家具 每柜18吨 12月10号出货 目标价USD1500",
        {"mode": "FCL", "pol": "CNNGB", "pod": "NGLOS", "containers": "2x40HQ",
         "commodity": "家具", "weight_kg": 36000, "cargo_ready": "2026-12-10",
         "target_price": 1500, "currency": "USD"},
    ),
    (
        "你好，上海到吉达，一个20尺平柜，货重15吨，品名：瓷砖，麻烦报个价",
        {"mode": "FCL", "pol": "CNSHA", "pod": "SAJED", "containers": "1x20GP",
         "weight_kg": 15000, "commodity": "瓷砖"},
    ),
    (
        "青岛-德班 3个小柜 轮胎 每柜12吨左右",
        {"mode": "FCL", "pol": "CNTAO", "pod": "ZADUR", "containers": "3x20GP",
         "commodity": "轮胎", "weight_kg": 36000},
    ),
    (
        "深圳到蒙巴萨，两个40高柜，服装，总共20吨，下周三货好",
        {"mode": "FCL", "pol": "CNSZX", "pod": "KEMBA", "containers": "2x40HQ",
         "commodity": "服装", "weight_kg": 20000, "cargo_ready": "2026-12-09"},
    ),
    (
        "王经理，宁波出 40HQ*2 去特马，货是建材，22吨/柜，月底走",
        {"mode": "FCL", "pol": "CNNGB", "pod": "GHTEM", "containers": "2x40HQ",
         "commodity": "建材", "weight_kg": 44000, "cargo_ready": "2026-11-30"},
    ),
    (
        "天津新港到达累斯萨拉姆 1x40GP 机械设备 20吨 ASAP",
        {"mode": "FCL", "pol": "CNTXG", "pod": "TZDAR", "containers": "1x40GP",
         "commodity": "机械设备", "weight_kg": 20000, "cargo_ready": "2026-11-30"},
    ),
    (
        "厦门到拉各斯拼箱，12托，5方，2吨，家具",
        {"mode": "LCL", "pol": "CNXMN", "pod": "NGLOS", "pieces": 12, "volume_cbm": 5,
         "weight_kg": 2000, "commodity": "家具"},
    ),
    (
        "请问上海到鹿特丹20GP多少钱？货物是玩具，8吨，12/15左右出",
        {"mode": "FCL", "pol": "CNSHA", "pod": "NLRTM", "containers": "1x20GP",
         "commodity": "玩具", "weight_kg": 8000, "cargo_ready": "2026-12-15"},
    ),
    (
        "宁波到阿帕帕 大柜一个 日用品 10吨",
        {"mode": "FCL", "pol": "CNNGB", "pod": "NGLOS", "containers": "1x40GP",
         "commodity": "日用品", "weight_kg": 10000},
    ),
    (
        "广州到科托努，2个高柜，摩托车，每柜8吨，心理价位2800美金一个柜",
        {"mode": "FCL", "pol": "CNCAN", "pod": "BJCOO", "containers": "2x40HQ",
         "commodity": "摩托车", "weight_kg": 16000, "target_price": 2800, "currency": "USD"},
    ),
    (
        "南沙到洛美 1*40HQ 灯具 6吨 下周五可以装柜",
        {"mode": "FCL", "pol": "CNNSA", "pod": "TGLFW", "containers": "1x40HQ",
         "commodity": "灯具", "weight_kg": 6000, "cargo_ready": "2026-12-11"},
    ),
    (
        "上海到杰贝阿里拼箱 8件 3.5方 1200kg 品名五金件",
        {"mode": "LCL", "pol": "CNSHA", "pod": "AEJEA", "pieces": 8, "volume_cbm": 3.5,
         "weight_kg": 1200, "commodity": "五金件"},
    ),
    (
        "青岛出到桑托斯，3x40HQ，塑料颗粒，每柜25吨，12月20日左右",
        {"mode": "FCL", "pol": "CNTAO", "pod": "BRSSZ", "containers": "3x40HQ",
         "commodity": "塑料颗粒", "weight_kg": 75000, "cargo_ready": "2026-12-20"},
    ),
    (
        "宁波到那瓦舍瓦 20GP 一个，钢管，25吨",
        {"mode": "FCL", "pol": "CNNGB", "pod": "INNSA", "containers": "1x20GP",
         "commodity": "钢管", "weight_kg": 25000},
    ),
    (
        "盐田到林查班 1个40尺高柜 电子产品 5吨 目标价$800",
        {"mode": "FCL", "pol": "CNYTN", "pod": "THLCH", "containers": "1x40HQ",
         "commodity": "电子产品", "weight_kg": 5000, "target_price": 800, "currency": "USD"},
    ),
    (
        "老板好，天津到卡拉奇，两个小柜，化肥，每柜26吨，12月5号货好",
        {"mode": "FCL", "pol": "CNTXG", "pod": "PKKHI", "containers": "2x20GP",
         "commodity": "化肥", "weight_kg": 52000, "cargo_ready": "2026-12-05"},
    ),
    (
        "宁波到亚历山大 40HQ 家具 9吨 EXW 工厂在义乌 一个工厂",
        {"mode": "FCL", "pol": "CNNGB", "pod": "EGALY", "containers": "1x40HQ",
         "commodity": "家具", "weight_kg": 9000, "incoterm": "EXW",
         "pickup_address": "义乌", "pickup_factories": 1},
    ),
    (
        "上海到胡志明拼箱，5托，每托500kg，共4方，服装",
        {"mode": "LCL", "pol": "CNSHA", "pod": "VNSGN", "pieces": 5, "weight_kg": 2500,
         "volume_cbm": 4, "commodity": "服装"},
    ),
    (
        "深圳到吉大港 2*20GP 纺织品 每柜20吨 下个月初出",
        {"mode": "FCL", "pol": "CNSZX", "pod": "BDCGP", "containers": "2x20GP",
         "commodity": "纺织品", "weight_kg": 40000, "cargo_ready": "2026-12-01"},
    ),
    (
        "厦门到达喀尔，一个大柜，石材，26吨",
        {"mode": "FCL", "pol": "CNXMN", "pod": "SNDKR", "containers": "1x40GP",
         "commodity": "石材", "weight_kg": 26000},
    ),
    (
        "宁波到阿比让 40HQ 两个 鞋子 8吨/柜 能做到1800/柜吗",
        {"mode": "FCL", "pol": "CNNGB", "pod": "CIABJ", "containers": "2x40HQ",
         "commodity": "鞋子", "weight_kg": 16000, "target_price": 1800},
    ),
    (
        "青岛到杜阿拉 一个20GP 轮胎 14吨 12月8号",
        {"mode": "FCL", "pol": "CNTAO", "pod": "CMDLA", "containers": "1x20GP",
         "commodity": "轮胎", "weight_kg": 14000, "cargo_ready": "2026-12-08"},
    ),
    (
        "上海到釜山拼箱 3件 1.2方 300公斤 文具",
        {"mode": "LCL", "pol": "CNSHA", "pod": "KRPUS", "pieces": 3, "volume_cbm": 1.2,
         "weight_kg": 300, "commodity": "文具"},
    ),
    (
        "宁波到汉堡，1x40HQ，太阳能板，12吨，FOB宁波",
        {"mode": "FCL", "pol": "CNNGB", "pod": "DEHAM", "containers": "1x40HQ",
         "commodity": "太阳能板", "weight_kg": 12000, "incoterm": "FOB"},
    ),
    (
        "天津到罗安达 3个40GP 钢材 每柜26吨 下周",
        {"mode": "FCL", "pol": "CNTXG", "pod": "AOLAD", "containers": "3x40GP",
         "commodity": "钢材", "weight_kg": 78000},
    ),
    (
        "深圳到马尼拉拼箱 10箱 2方 500kg 化妆品 非危险品",
        {"mode": "LCL", "pol": "CNSZX", "pod": "PHMNL", "pieces": 10, "volume_cbm": 2,
         "weight_kg": 500, "commodity": "化妆品", "dg": False},
    ),
    (
        "宁波到卡亚俄 2x40HQ 陶瓷 每柜24吨 12月18号出货",
        {"mode": "FCL", "pol": "CNNGB", "pod": "PECLL", "containers": "2x40HQ",
         "commodity": "陶瓷", "weight_kg": 48000, "cargo_ready": "2026-12-18"},
    ),
    (
        "上海到圣安东尼奥，一个40高柜，汽车配件，10吨，目标价3000美金",
        {"mode": "FCL", "pol": "CNSHA", "pod": "CLSAI", "containers": "1x40HQ",
         "commodity": "汽车配件", "weight_kg": 10000, "target_price": 3000, "currency": "USD"},
    ),
    (
        "青岛到曼萨尼约 1x20GP 大蒜 冻柜? 不是，普柜就行 25吨",
        {"mode": "FCL", "pol": "CNTAO", "pod": "MXZLO", "containers": "1x20GP",
         "commodity": "大蒜", "weight_kg": 25000},
    ),
    (
        "宁波到洛美 2个40HQ 二手衣服 每柜12吨 货已好",
        {"mode": "FCL", "pol": "CNNGB", "pod": "TGLFW", "containers": "2x40HQ",
         "commodity": "二手衣服", "weight_kg": 24000, "cargo_ready": "2026-11-30"},
    ),
    (
        "广州到蒙巴萨拼箱，件数20，毛重3吨，体积12方，货物：假发",
        {"mode": "LCL", "pol": "CNCAN", "pod": "KEMBA", "pieces": 20, "weight_kg": 3000,
         "volume_cbm": 12, "commodity": "假发"},
    ),
    (
        "厦门到特马 40HQ*3 瓷砖 每柜27吨",
        {"mode": "FCL", "pol": "CNXMN", "pod": "GHTEM", "containers": "3x40HQ",
         "commodity": "瓷砖", "weight_kg": 81000},
    ),
    (
        "深圳到拉各斯 1x40HQ 电器 7吨 双清包税到门",
        {"mode": "FCL", "pol": "CNSZX", "pod": "NGLOS", "containers": "1x40HQ",
         "commodity": "电器", "weight_kg": 7000, "incoterm": "DDP"},
    ),
    (
        "上海至悉尼 1个20尺 家具 6吨 12月中旬",
        {"mode": "FCL", "pol": "CNSHA", "pod": "AUSYD", "containers": "1x20GP",
         "commodity": "家具", "weight_kg": 6000, "cargo_ready": "2026-12-15"},
    ),
    (
        "宁波去达累斯萨拉姆 2x20GP 油漆 每柜18吨 UN1263 3类",
        {"mode": "FCL", "pol": "CNNGB", "pod": "TZDAR", "containers": "2x20GP",
         "commodity": "油漆", "weight_kg": 36000, "dg": True, "un_number": "1263",
         "dg_class": "3"},
    ),
    (
        "天津到吉达 1*40HQ 纸张 22吨 周五货好",
        {"mode": "FCL", "pol": "CNTXG", "pod": "SAJED", "containers": "1x40HQ",
         "commodity": "纸张", "weight_kg": 22000, "cargo_ready": "2026-12-04"},
    ),
    (
        "青岛到吉大港 5个40HQ 棉纱 每柜22吨",
        {"mode": "FCL", "pol": "CNTAO", "pod": "BDCGP", "containers": "5x40HQ",
         "commodity": "棉纱", "weight_kg": 110000},
    ),
    (
        "宁波到杰贝阿里 一个小柜 五金 18吨 12/5",
        {"mode": "FCL", "pol": "CNNGB", "pod": "AEJEA", "containers": "1x20GP",
         "commodity": "五金", "weight_kg": 18000, "cargo_ready": "2026-12-05"},
    ),
    (
        "上海到卡塔赫纳 40HQ 箱包 6吨 目标价USD2500",
        {"mode": "FCL", "pol": "CNSHA", "pod": "COCTG", "containers": "1x40HQ",
         "commodity": "箱包", "weight_kg": 6000, "target_price": 2500, "currency": "USD"},
    ),
    (
        "深圳到新加坡拼箱 4托 2.4方 800kg 电子产品 明天可以送仓",
        {"mode": "LCL", "pol": "CNSZX", "pod": "SGSIN", "pieces": 4, "volume_cbm": 2.4,
         "weight_kg": 800, "commodity": "电子产品", "cargo_ready": "2026-12-01"},
    ),
    (
        "宁波到黑角 2*40HQ 建材 每柜25吨 15号左右出",
        {"mode": "FCL", "pol": "CNNGB", "pod": "CGPNR", "containers": "2x40HQ",
         "commodity": "建材", "weight_kg": 50000, "cargo_ready": "2026-12-15"},
    ),
    (
        "厦门到雅加达，一个20GP，茶叶，10吨",
        {"mode": "FCL", "pol": "CNXMN", "pod": "IDJKT", "containers": "1x20GP",
         "commodity": "茶叶", "weight_kg": 10000},
    ),
    (
        "大连到釜山 20GP 3个 钢板 每柜27吨",
        {"mode": "FCL", "pol": "CNDLC", "pod": "KRPUS", "containers": "3x20GP",
         "commodity": "钢板", "weight_kg": 81000},
    ),
    (
        "宁波到瓜亚基尔 40HQ 一个 卫浴 15吨 目标价2200刀",
        {"mode": "FCL", "pol": "CNNGB", "pod": "ECGYE", "containers": "1x40HQ",
         "commodity": "卫浴", "weight_kg": 15000, "target_price": 2200, "currency": "USD"},
    ),
    (
        "上海到费利克斯托 1x40HQ 家具 8吨 12月22号",
        {"mode": "FCL", "pol": "CNSHA", "pod": "GBFXT", "containers": "1x40HQ",
         "commodity": "家具", "weight_kg": 8000, "cargo_ready": "2026-12-22"},
    ),
    (
        "蛇口到拉各斯 两个高柜 电缆 每柜20吨 月底前",
        {"mode": "FCL", "pol": "CNSHK", "pod": "NGLOS", "containers": "2x40HQ",
         "commodity": "电缆", "weight_kg": 40000, "cargo_ready": "2026-11-30"},
    ),
    (
        "青岛到亚历山大拼箱 6托 4方 1.8吨 汽配",
        {"mode": "LCL", "pol": "CNTAO", "pod": "EGALY", "pieces": 6, "volume_cbm": 4,
         "weight_kg": 1800, "commodity": "汽配"},
    ),
    (
        "宁波到科托努 3x40HQ 大米 每柜26吨 下下周一",
        {"mode": "FCL", "pol": "CNNGB", "pod": "BJCOO", "containers": "3x40HQ",
         "commodity": "大米", "weight_kg": 78000, "cargo_ready": "2026-12-14"},
    ),
    (
        "天津到东京 1个20GP 玻璃制品 12吨",
        {"mode": "FCL", "pol": "CNTXG", "pod": "JPTYO", "containers": "1x20GP",
         "commodity": "玻璃制品", "weight_kg": 12000},
    ),
    (
        "深圳到德班 2x40GP 自行车 每柜5吨",
        {"mode": "FCL", "pol": "CNSZX", "pod": "ZADUR", "containers": "2x40GP",
         "commodity": "自行车", "weight_kg": 10000},
    ),
]

EMAIL_EN: list[Entry] = [
    (
        "Dear Sir,\nPlease quote NINGBO-LAGOS 1X20GP, 18,000KGS, commodity: steel pipes, "
        "cargo ready Dec 10, FOB.\nBest regards,\nJohn",
        {"mode": "FCL", "pol": "CNNGB", "pod": "NGLOS", "containers": "1x20GP",
         "weight_kg": 18000, "commodity": "steel pipes", "cargo_ready": "2026-12-10",
         "incoterm": "FOB"},
    ),
    (
        "Hi, need rate Shanghai to Jebel Ali 2x40HQ furniture 8 tons each, ready 12/12. "
        "Target USD 1200 per container.",
        {"mode": "FCL", "pol": "CNSHA", "pod": "AEJEA", "containers": "2x40HQ",
         "commodity": "furniture", "weight_kg": 16000, "cargo_ready": "2026-12-12",
         "target_price": 1200, "currency": "USD"},
    ),
    (
        "Dear team,\nWe have LCL cargo from Shenzhen to Mombasa: 10 pallets, 6.5 CBM, "
        "2,300 kgs, electronics. Please advise your best rate.\nThanks",
        {"mode": "LCL", "pol": "CNSZX", "pod": "KEMBA", "pieces": 10, "volume_cbm": 6.5,
         "weight_kg": 2300, "commodity": "electronics"},
    ),
    (
        "POL: Qingdao\nPOD: Durban\nEquipment: 3x20GP\nCommodity: tyres\nGW: 12 tons per "
        "container\nETD: mid December",
        {"mode": "FCL", "pol": "CNTAO", "pod": "ZADUR", "containers": "3x20GP",
         "commodity": "tyres", "weight_kg": 36000, "cargo_ready": "2026-12-15"},
    ),
    (
        "Good day, kindly quote 1 x 40' HC from Tianjin to Dar es Salaam, machinery, "
        "20,000 kg, cargo ready ASAP.",
        {"mode": "FCL", "pol": "CNTXG", "pod": "TZDAR", "containers": "1x40HQ",
         "commodity": "machinery", "weight_kg": 20000, "cargo_ready": "2026-11-30"},
    ),
    (
        "Rate request: Xiamen to Tema, 40HQ x 2, ceramic tiles, 27 tons per box, "
        "shipment end of month.",
        {"mode": "FCL", "pol": "CNXMN", "pod": "GHTEM", "containers": "2x40HQ",
         "commodity": "ceramic tiles", "weight_kg": 54000, "cargo_ready": "2026-11-30"},
    ),
    (
        "Hello, please quote LCL Ningbo to Felixstowe, 4 pallets 120x100x150cm, "
        "total 1,600 kg, household goods.",
        {"mode": "LCL", "pol": "CNNGB", "pod": "GBFXT", "pieces": 4,
         "dimensions_cm": "120x100x150", "weight_kg": 1600, "volume_cbm": 7.2,
         "commodity": "household goods"},
    ),
    (
        "Dear Lily, we need 2 x 20GP Shanghai to Nhava Sheva, commodity: PP granules, "
        "25 MT per container, ready on 8th Dec. Our target is USD 350.",
        {"mode": "FCL", "pol": "CNSHA", "pod": "INNSA", "containers": "2x20GP",
         "commodity": "PP granules", "weight_kg": 50000, "cargo_ready": "2026-12-08",
         "target_price": 350, "currency": "USD"},
    ),
    (
        "Pls quote FOB Shenzhen to Santos 1x40HQ LED lights 6 tons cargo ready next Friday",
        {"mode": "FCL", "pol": "CNSZX", "pod": "BRSSZ", "containers": "1x40HQ",
         "commodity": "LED lights", "weight_kg": 6000, "cargo_ready": "2026-12-11",
         "incoterm": "FOB"},
    ),
    (
        "Hi Mr Wang, inquiry for Ningbo -> Callao, 1x40HQ, solar panels, 11,500 kgs, "
        "ETD around Dec 18.",
        {"mode": "FCL", "pol": "CNNGB", "pod": "PECLL", "containers": "1x40HQ",
         "commodity": "solar panels", "weight_kg": 11500, "cargo_ready": "2026-12-18"},
    ),
    (
        "Dear Sir/Madam, could you offer CIF Lagos from Qingdao for 5x40HQ tyres, 10 tons "
        "each? Cargo ready 15 Dec.",
        {"mode": "FCL", "pol": "CNTAO", "pod": "NGLOS", "containers": "5x40HQ",
         "commodity": "tyres", "weight_kg": 50000, "cargo_ready": "2026-12-15",
         "incoterm": "CIF"},
    ),
    (
        "Request: LCL from Guangzhou to Jeddah, 15 cartons, 2.1 cbm, 450 kgs, cosmetics "
        "(non DG).",
        {"mode": "LCL", "pol": "CNCAN", "pod": "SAJED", "pieces": 15, "volume_cbm": 2.1,
         "weight_kg": 450, "commodity": "cosmetics", "dg": False},
    ),
    (
        "Hello,\nOrigin: Shanghai\nDestination: Los Angeles\n1 x 40HQ, furniture, 9,000 kg\n"
        "Ready date: 2026-12-07\nThanks",
        {"mode": "FCL", "pol": "CNSHA", "pod": "USLAX", "containers": "1x40HQ",
         "commodity": "furniture", "weight_kg": 9000, "cargo_ready": "2026-12-07"},
    ),
    (
        "Need your best price Yantian to Laem Chabang 1x20GP, toys, 7 tons, budget USD300",
        {"mode": "FCL", "pol": "CNYTN", "pod": "THLCH", "containers": "1x20GP",
         "commodity": "toys", "weight_kg": 7000, "target_price": 300, "currency": "USD"},
    ),
    (
        "Dear partner, 2x40HQ Tianjin to Alexandria, steel coils, 26 tons/cntr, "
        "shipment first half of December.",
        {"mode": "FCL", "pol": "CNTXG", "pod": "EGALY", "containers": "2x40HQ",
         "commodity": "steel coils", "weight_kg": 52000},
    ),
    (
        "Kindly quote EXW rate: pick up at Yongkang, Zhejiang, 2 factories, to Lome, "
        "1x40HQ hardware, 14 tons. POL Ningbo.",
        {"mode": "FCL", "pol": "CNNGB", "pod": "TGLFW", "containers": "1x40HQ",
         "commodity": "hardware", "weight_kg": 14000, "incoterm": "EXW",
         "pickup_address": "Yongkang, Zhejiang", "pickup_factories": 2},
    ),
    (
        "Hi, LCL Xiamen to Manila 3 crates 1.5 cbm 600 kg stone samples, ready tomorrow",
        {"mode": "LCL", "pol": "CNXMN", "pod": "PHMNL", "pieces": 3, "volume_cbm": 1.5,
         "weight_kg": 600, "commodity": "stone samples", "cargo_ready": "2026-12-01"},
    ),
    (
        "Please quote Shanghai to Hamburg 1x40GP, glassware, GW 14500 kgs, NW 13800 kgs.",
        {"mode": "FCL", "pol": "CNSHA", "pod": "DEHAM", "containers": "1x40GP",
         "commodity": "glassware", "weight_kg": 14500},
    ),
    (
        "Dear Amy,\nCould you check the rate from Ningbo to Rotterdam for 2 x 40'HQ, "
        "commodity: bicycles, 6 tons per container?\nCargo will be ready Dec 21.\nRegards",
        {"mode": "FCL", "pol": "CNNGB", "pod": "NLRTM", "containers": "2x40HQ",
         "commodity": "bicycles", "weight_kg": 12000, "cargo_ready": "2026-12-21"},
    ),
    (
        "RFQ Qingdao to Santos: 4x40HQ, resin, 25 tons each, ready early next month.",
        {"mode": "FCL", "pol": "CNTAO", "pod": "BRSSZ", "containers": "4x40HQ",
         "commodity": "resin", "weight_kg": 100000, "cargo_ready": "2026-12-01"},
    ),
    (
        "Hello, we are a forwarder in Lagos. Need 40HQ rate Ningbo to Tin Can, "
        "general cargo, 12 tons.",
        {"mode": "FCL", "pol": "CNNGB", "pod": "NGTIN", "containers": "1x40HQ",
         "weight_kg": 12000, "dg": False},
    ),
    (
        "please quote shanghai to sydney 1x20gp furniture 5 tons ddu, delivery address: "
        "12 George St, Parramatta NSW 2150",
        {"mode": "FCL", "pol": "CNSHA", "pod": "AUSYD", "containers": "1x20GP",
         "commodity": "furniture", "weight_kg": 5000, "incoterm": "DDU",
         "delivery_address": "12 George St, Parramatta NSW 2150"},
    ),
    (
        "Inquiry: Shenzhen to Chittagong, 1x40HQ, textiles, 15,000 kgs, CFR Chittagong.",
        {"mode": "FCL", "pol": "CNSZX", "pod": "BDCGP", "containers": "1x40HQ",
         "commodity": "textiles", "weight_kg": 15000, "incoterm": "CFR"},
    ),
    (
        "Dear Sir, we need to ship 8 pallets of auto parts (total 3.2 tons, 9.6 CBM) "
        "from Ningbo to Veracruz by LCL.",
        {"mode": "LCL", "pol": "CNNGB", "pod": "MXVER", "pieces": 8, "weight_kg": 3200,
         "volume_cbm": 9.6, "commodity": "auto parts"},
    ),
    (
        "Hi, 1x20GP Tianjin to Karachi, commodity: fertilizer, 26 MT, cargo ready this "
        "Thursday, target USD 450.",
        {"mode": "FCL", "pol": "CNTXG", "pod": "PKKHI", "containers": "1x20GP",
         "commodity": "fertilizer", "weight_kg": 26000, "cargo_ready": "2026-12-03",
         "target_price": 450, "currency": "USD"},
    ),
    (
        "Good morning. Rate please: Xiamen - Abidjan, 2x40HQ, stone slabs, 26 tons/box.",
        {"mode": "FCL", "pol": "CNXMN", "pod": "CIABJ", "containers": "2x40HQ",
         "commodity": "stone slabs", "weight_kg": 52000},
    ),
    (
        "Hello, need LCL rate from Shanghai to Busan: 2 pallets, 1.8 cbm, 700 kgs, "
        "stationery.",
        {"mode": "LCL", "pol": "CNSHA", "pod": "KRPUS", "pieces": 2, "volume_cbm": 1.8,
         "weight_kg": 700, "commodity": "stationery"},
    ),
    (
        "Please quote 40HQ from Ningbo to Jebel Ali, wigs, 4 tons, cargo ready Dec 3rd.",
        {"mode": "FCL", "pol": "CNNGB", "pod": "AEJEA", "containers": "1x40HQ",
         "commodity": "wigs", "weight_kg": 4000, "cargo_ready": "2026-12-03"},
    ),
    (
        "Dear, we have 3x40HQ kitchenware Shenzhen to Durban, 9 tons per container, "
        "budget USD 2,100 each.",
        {"mode": "FCL", "pol": "CNSZX", "pod": "ZADUR", "containers": "3x40HQ",
         "commodity": "kitchenware", "weight_kg": 27000, "target_price": 2100,
         "currency": "USD"},
    ),
    (
        "Hi, could you quote Qingdao to Manzanillo MX 1 x 40HQ frozen? No, dry. "
        "Commodity: tea, 8 tons.",
        {"mode": "FCL", "pol": "CNTAO", "pod": "MXZLO", "containers": "1x40HQ",
         "commodity": "tea", "weight_kg": 8000},
    ),
    (
        "Pls advise rate Shanghai to Genoa 1x40HQ, aluminium profiles, 18 tons, DAP Milan.",
        {"mode": "FCL", "pol": "CNSHA", "pod": "ITGOA", "containers": "1x40HQ",
         "commodity": "aluminium profiles", "weight_kg": 18000, "incoterm": "DAP"},
    ),
    (
        "Hello, 2 x 20' from Dalian to Busan, rice, 25 tons each, next Monday.",
        {"mode": "FCL", "pol": "CNDLC", "pod": "KRPUS", "containers": "2x20GP",
         "commodity": "rice", "weight_kg": 50000, "cargo_ready": "2026-12-07"},
    ),
    (
        "Dear, LCL from Guangzhou to Dubai, 6 pkgs, 3 cbm, 900kg, bags.",
        {"mode": "LCL", "pol": "CNCAN", "pod": "AEJEA", "pieces": 6, "volume_cbm": 3,
         "weight_kg": 900, "commodity": "bags"},
    ),
    (
        "Quote needed: Ningbo to Mombasa 1x40HQ, sofas, 7 tons, cargo ready 2026/12/16.",
        {"mode": "FCL", "pol": "CNNGB", "pod": "KEMBA", "containers": "1x40HQ",
         "commodity": "sofas", "weight_kg": 7000, "cargo_ready": "2026-12-16"},
    ),
    (
        "Hi, please share rate from Shanghai to Ho Chi Minh for 1x20GP paper, 20 tons.",
        {"mode": "FCL", "pol": "CNSHA", "pod": "VNSGN", "containers": "1x20GP",
         "commodity": "paper", "weight_kg": 20000},
    ),
]

MIXED: list[Entry] = [
    (
        "POL: CNNGB POD: Apapa 两个40高柜 锂电池 UN3480 9类 下周三",
        {"mode": "FCL", "pol": "CNNGB", "pod": "NGLOS", "containers": "2x40HQ",
         "commodity": "锂电池", "dg": True, "un_number": "3480", "dg_class": "9",
         "cargo_ready": "2026-12-09"},
    ),
    (
        "Ningbo到Lagos 2x40HQ furniture 每柜9吨",
        {"mode": "FCL", "pol": "CNNGB", "pod": "NGLOS", "containers": "2x40HQ",
         "commodity": "furniture", "weight_kg": 18000},
    ),
    (
        "hi 李小姐, shanghai to jeddah 1*20GP tiles 25T, 12/8 ready, 谢谢",
        {"mode": "FCL", "pol": "CNSHA", "pod": "SAJED", "containers": "1x20GP",
         "commodity": "tiles", "weight_kg": 25000, "cargo_ready": "2026-12-08"},
    ),
    (
        "宁波 to Tema 3x40HQ 货物：塑料制品 8T/柜 target $1600",
        {"mode": "FCL", "pol": "CNNGB", "pod": "GHTEM", "containers": "3x40HQ",
         "commodity": "塑料制品", "weight_kg": 24000, "target_price": 1600,
         "currency": "USD"},
    ),
    (
        "青岛-Durban 1X40GP 钢管 26000KGS ETD 12月20号",
        {"mode": "FCL", "pol": "CNTAO", "pod": "ZADUR", "containers": "1x40GP",
         "commodity": "钢管", "weight_kg": 26000, "cargo_ready": "2026-12-20"},
    ),
    (
        "LCL 深圳 - Mombasa, 8 pallets, 4.5cbm, 1.5吨, 品名: LED灯",
        {"mode": "LCL", "pol": "CNSZX", "pod": "KEMBA", "pieces": 8, "volume_cbm": 4.5,
         "weight_kg": 1500, "commodity": "LED灯"},
    ),
    (
        "FOB Xiamen to Dakar, 2个20GP, granite, 每柜27吨, cargo ready 12月12日",
        {"mode": "FCL", "pol": "CNXMN", "pod": "SNDKR", "containers": "2x20GP",
         "commodity": "granite", "weight_kg": 54000, "incoterm": "FOB",
         "cargo_ready": "2026-12-12"},
    ),
    (
        "天津 → Dar es Salaam, 40HQ*2, machinery, GW 18吨/柜, target USD2800/cntr",
        {"mode": "FCL", "pol": "CNTXG", "pod": "TZDAR", "containers": "2x40HQ",
         "commodity": "machinery", "weight_kg": 36000, "target_price": 2800,
         "currency": "USD"},
    ),
    (
        "Pls quote 上海到Santos 1x40HQ 汽车配件 12 tons ASAP",
        {"mode": "FCL", "pol": "CNSHA", "pod": "BRSSZ", "containers": "1x40HQ",
         "commodity": "汽车配件", "weight_kg": 12000, "cargo_ready": "2026-11-30"},
    ),
    (
        "广州到Cotonou 拼箱 20 CTNS 3CBM 800KGS 服装",
        {"mode": "LCL", "pol": "CNCAN", "pod": "BJCOO", "pieces": 20, "volume_cbm": 3,
         "weight_kg": 800, "commodity": "服装"},
    ),
    (
        "Ningbo-Alexandria, 2x40HQ, 品名：家具，每柜10吨，月底出",
        {"mode": "FCL", "pol": "CNNGB", "pod": "EGALY", "containers": "2x40HQ",
         "commodity": "家具", "weight_kg": 20000, "cargo_ready": "2026-11-30"},
    ),
    (
        "宁波到Callao 1x20GP ceramics 18T Dec 15",
        {"mode": "FCL", "pol": "CNNGB", "pod": "PECLL", "containers": "1x20GP",
         "commodity": "ceramics", "weight_kg": 18000, "cargo_ready": "2026-12-15"},
    ),
    (
        "Shenzhen到Manila LCL 5 pallets 每托300kg 3.6方 toys",
        {"mode": "LCL", "pol": "CNSZX", "pod": "PHMNL", "pieces": 5, "weight_kg": 1500,
         "volume_cbm": 3.6, "commodity": "toys"},
    ),
    (
        "上海到Los Angeles，1x40HQ，家具，9000kg，DDP，送货地址：1200 E Carson St, "
        "Carson CA 90745；HS code 9403.60，货值USD25000",
        {"mode": "FCL", "pol": "CNSHA", "pod": "USLAX", "containers": "1x40HQ",
         "commodity": "家具", "weight_kg": 9000, "incoterm": "DDP",
         "delivery_address": "1200 E Carson St, Carson CA 90745", "hs_code": "940360",
         "cargo_value": 25000, "cargo_value_currency": "USD"},
    ),
    (
        "Qingdao到Lagos 3个高柜 轮胎 每柜10T 目标价USD3500/柜",
        {"mode": "FCL", "pol": "CNTAO", "pod": "NGLOS", "containers": "3x40HQ",
         "commodity": "轮胎", "weight_kg": 30000, "target_price": 3500, "currency": "USD"},
    ),
    (
        "hello 王总, Ningbo to Karachi 1*40HQ 纺织品 15T next week",
        {"mode": "FCL", "pol": "CNNGB", "pod": "PKKHI", "containers": "1x40HQ",
         "commodity": "纺织品", "weight_kg": 15000},
    ),
    (
        "厦门 to Port Klang, 20GP x1, 茶叶, 9 tons, 12/18 ready",
        {"mode": "FCL", "pol": "CNXMN", "pod": "MYPKG", "containers": "1x20GP",
         "commodity": "茶叶", "weight_kg": 9000, "cargo_ready": "2026-12-18"},
    ),
    (
        "POL宁波 POD拉各斯 40HQ 1个 鞋 6吨 CIF",
        {"mode": "FCL", "pol": "CNNGB", "pod": "NGLOS", "containers": "1x40HQ",
         "commodity": "鞋", "weight_kg": 6000, "incoterm": "CIF"},
    ),
    (
        "起运港：上海  目的港：Hamburg  箱型：40HQ  数量：2  品名：灯具  毛重：每柜7吨",
        {"mode": "FCL", "pol": "CNSHA", "pod": "DEHAM", "containers": "2x40HQ",
         "commodity": "灯具", "weight_kg": 14000},
    ),
    (
        "深圳to Jebel Ali, 拼箱, 10 PKGS, 2.5 CBM, 650 KGS, 电子产品 (no battery)",
        {"mode": "LCL", "pol": "CNSZX", "pod": "AEJEA", "pieces": 10, "volume_cbm": 2.5,
         "weight_kg": 650, "commodity": "电子产品"},
    ),
    (
        "Tianjin到Chittagong 2x20GP 化工品 UN1789 8类 每柜20吨 请报价",
        {"mode": "FCL", "pol": "CNTXG", "pod": "BDCGP", "containers": "2x20GP",
         "commodity": "化工品", "weight_kg": 40000, "dg": True, "un_number": "1789",
         "dg_class": "8"},
    ),
    (
        "宁波到Abidjan 1x40HQ 家具 + 灯具 混装 8吨 12月28号",
        {"mode": "FCL", "pol": "CNNGB", "pod": "CIABJ", "containers": "1x40HQ",
         "commodity": "家具/灯具", "weight_kg": 8000, "cargo_ready": "2026-12-28"},
    ),
    (
        "上海到Nhava Sheva 2X40HQ steel pipes 每柜24吨 target USD 900",
        {"mode": "FCL", "pol": "CNSHA", "pod": "INNSA", "containers": "2x40HQ",
         "commodity": "steel pipes", "weight_kg": 48000, "target_price": 900,
         "currency": "USD"},
    ),
    (
        "Guangzhou到Lome 拼箱 假发 6箱 0.8方 120kg 明天送货",
        {"mode": "LCL", "pol": "CNCAN", "pod": "TGLFW", "commodity": "假发", "pieces": 6,
         "volume_cbm": 0.8, "weight_kg": 120, "cargo_ready": "2026-12-01"},
    ),
    (
        "Ningbo to Mombasa 1x20GP 油漆 paint UN1263 class 3 16T",
        {"mode": "FCL", "pol": "CNNGB", "pod": "KEMBA", "containers": "1x20GP",
         "commodity": "油漆", "dg": True, "un_number": "1263", "dg_class": "3",
         "weight_kg": 16000},
    ),
    (
        "青岛到Santos 4个40HQ resin 每柜25吨 12/20",
        {"mode": "FCL", "pol": "CNTAO", "pod": "BRSSZ", "containers": "4x40HQ",
         "commodity": "resin", "weight_kg": 100000, "cargo_ready": "2026-12-20"},
    ),
    (
        "从宁波到Tema，一个40尺高柜，太阳能板，11吨，FOB",
        {"mode": "FCL", "pol": "CNNGB", "pod": "GHTEM", "containers": "1x40HQ",
         "commodity": "太阳能板", "weight_kg": 11000, "incoterm": "FOB"},
    ),
    (
        "Xiamen-Lagos 1x40HQ 瓷砖 tiles 27T 目标价 1800美金",
        {"mode": "FCL", "pol": "CNXMN", "pod": "NGLOS", "containers": "1x40HQ",
         "commodity": "瓷砖", "weight_kg": 27000, "target_price": 1800, "currency": "USD"},
    ),
    (
        "深圳到Dubai LCL: 3 pallets, 120*100*120cm, 每托400kg, 化妆品",
        {"mode": "LCL", "pol": "CNSZX", "pod": "AEJEA", "pieces": 3,
         "dimensions_cm": "120x100x120", "weight_kg": 1200, "volume_cbm": 4.32,
         "commodity": "化妆品"},
    ),
    (
        "上海 to Busan 1x20GP 纸 paper 18 tons 下周二",
        {"mode": "FCL", "pol": "CNSHA", "pod": "KRPUS", "containers": "1x20GP",
         "commodity": "paper", "weight_kg": 18000, "cargo_ready": "2026-12-08"},
    ),
    (
        "天津到Luanda 2x40GP steel 26T/cntr 工厂在唐山 EXW 1个工厂",
        {"mode": "FCL", "pol": "CNTXG", "pod": "AOLAD", "containers": "2x40GP",
         "commodity": "steel", "weight_kg": 52000, "incoterm": "EXW",
         "pickup_address": "唐山", "pickup_factories": 1},
    ),
    (
        "Ningbo到Durban 1x40HQ, 家具, 8吨, ready 12月9日, pls quote",
        {"mode": "FCL", "pol": "CNNGB", "pod": "ZADUR", "containers": "1x40HQ",
         "commodity": "家具", "weight_kg": 8000, "cargo_ready": "2026-12-09"},
    ),
    (
        "宁波到Manzanillo 1x40HQ 轮胎 10 tons target 2500USD",
        {"mode": "FCL", "pol": "CNNGB", "pod": "MXZLO", "containers": "1x40HQ",
         "commodity": "轮胎", "weight_kg": 10000, "target_price": 2500, "currency": "USD"},
    ),
    (
        "hi, 上海到Felixstowe LCL 2托 1.6方 500KG 文具 ASAP",
        {"mode": "LCL", "pol": "CNSHA", "pod": "GBFXT", "pieces": 2, "volume_cbm": 1.6,
         "weight_kg": 500, "commodity": "文具", "cargo_ready": "2026-11-30"},
    ),
]

SPECIAL: list[Entry] = [
    (
        "青岛到曼萨尼约 1x40RF 冻鱼 温度-18℃ 26吨 发货人：青岛海洋食品有限公司 "
        "12月12号出 目标价USD4500",
        {"mode": "SPECIAL", "pol": "CNTAO", "pod": "MXZLO", "containers": "1x40RF",
         "commodity": "冻鱼", "temperature_c": -18, "weight_kg": 26000,
         "shipper": "青岛海洋食品有限公司", "cargo_ready": "2026-12-12",
         "target_price": 4500, "currency": "USD"},
    ),
    (
        "上海到吉达 1x40OT 设备 超高 尺寸1150x220x300cm 18吨 12月20号",
        {"mode": "SPECIAL", "pol": "CNSHA", "pod": "SAJED", "containers": "1x40OT",
         "commodity": "设备", "dimensions_cm": "1150x220x300", "weight_kg": 18000,
         "cargo_ready": "2026-12-20"},
    ),
    (
        "Please quote 2x40FR Tianjin to Dar es Salaam, excavator, 12m x 2.9m x 3.2m, "
        "22 tons each, shipper: Sany Heavy Industry, ready Dec 20, target USD 6000 per unit.",
        {"mode": "SPECIAL", "pol": "CNTXG", "pod": "TZDAR", "containers": "2x40FR",
         "commodity": "excavator", "dimensions_cm": "1200x290x320", "weight_kg": 44000,
         "shipper": "Sany Heavy Industry", "cargo_ready": "2026-12-20",
         "target_price": 6000, "currency": "USD"},
    ),
    (
        "宁波到拉各斯 冻柜一个 冻鸡 零下18度 25吨",
        {"mode": "SPECIAL", "pol": "CNNGB", "pod": "NGLOS", "containers": "1x40RF",
         "commodity": "冻鸡", "temperature_c": -18, "weight_kg": 25000},
    ),
    (
        "Reefer inquiry: Xiamen to Jebel Ali, 1x40RF, fruit, +2C, 24 tons.",
        {"mode": "SPECIAL", "pol": "CNXMN", "pod": "AEJEA", "containers": "1x40RF",
         "commodity": "fruit", "temperature_c": 2, "weight_kg": 24000},
    ),
    (
        "散杂货询价：上海到达曼，钢结构，共35件，总重480吨，最大件18m*3.5m*3m 25吨，"
        "1月中旬出运，需要吊装",
        {"mode": "BREAKBULK", "pol": "CNSHA", "pod": "SADMM", "commodity": "钢结构",
         "pieces": 35, "weight_kg": 480000, "dimensions_cm": "1800x350x300",
         "cargo_ready": "2027-01-15", "cargo_list": "~18m*3.5m*3m"},
    ),
    (
        "Break bulk inquiry: Tianjin to Lagos, 2 transformers, each 8.5 x 3.2 x 4.1 m, "
        "65 tons each, ready mid January.",
        {"mode": "BREAKBULK", "pol": "CNTXG", "pod": "NGLOS", "commodity": "transformers",
         "pieces": 2, "weight_kg": 130000, "dimensions_cm": "850x320x410",
         "cargo_ready": "2027-01-15", "cargo_list": "~8.5 x 3.2 x 4.1 m"},
    ),
    (
        "宁波到达累斯萨拉姆 20TK 罐箱一个 化工原料 UN1993 3类 20吨",
        {"mode": "SPECIAL", "pol": "CNNGB", "pod": "TZDAR", "containers": "1x20TK",
         "commodity": "化工原料", "dg": True, "un_number": "1993", "dg_class": "3",
         "weight_kg": 20000},
    ),
    (
        "大货询价：青岛到拉各斯 10x40HQ 轮胎 每柜10吨 发货人山东玲珑轮胎 12月25号 "
        "心理价USD2600",
        {"mode": "SPECIAL", "pol": "CNTAO", "pod": "NGLOS", "containers": "10x40HQ",
         "commodity": "轮胎", "weight_kg": 100000, "shipper": "山东玲珑轮胎",
         "cargo_ready": "2026-12-25", "target_price": 2600, "currency": "USD"},
    ),
    (
        "DG cargo: Shenzhen to Mombasa, 1x20GP lithium batteries UN3480 Class 9, "
        "8 tons, MSDS attached.",
        {"mode": "FCL", "pol": "CNSZX", "pod": "KEMBA", "containers": "1x20GP",
         "commodity": "lithium batteries", "dg": True, "un_number": "3480",
         "dg_class": "9", "weight_kg": 8000},
    ),
    (
        "上海到汉堡 香水 拼箱 5箱 0.6方 150kg 危险品 UN1266 3类",
        {"mode": "LCL", "pol": "CNSHA", "pod": "DEHAM", "commodity": "香水", "pieces": 5,
         "volume_cbm": 0.6, "weight_kg": 150, "dg": True, "un_number": "1266",
         "dg_class": "3"},
    ),
    (
        "天津到吉达 40FR 2个 发电机 尺寸 6m*2.4m*2.8m 每台15吨 发货人：潍柴动力",
        {"mode": "SPECIAL", "pol": "CNTXG", "pod": "SAJED", "containers": "2x40FR",
         "commodity": "发电机", "dimensions_cm": "600x240x280", "weight_kg": 30000,
         "shipper": "潍柴动力"},
    ),
    (
        "EXW inquiry: pickup address: No. 88 Industrial Road, Foshan, Guangdong; "
        "one factory; to Lagos via Nansha, 1x40HQ furniture, 7 tons",
        {"mode": "FCL", "pol": "CNNSA", "pod": "NGLOS", "containers": "1x40HQ",
         "commodity": "furniture", "weight_kg": 7000, "incoterm": "EXW",
         "pickup_address": "No. 88 Industrial Road, Foshan, Guangdong",
         "pickup_factories": 1},
    ),
    (
        "DDP到迪拜门，深圳出，1x20GP，电子产品 8吨，收货地址：Al Quoz Industrial Area 3, "
        "Dubai；HS编码8517.62；货值5万美金",
        {"mode": "FCL", "pol": "CNSZX", "pod": "AEJEA", "containers": "1x20GP",
         "commodity": "电子产品", "weight_kg": 8000, "incoterm": "DDP",
         "delivery_address": "Al Quoz Industrial Area 3, Dubai", "hs_code": "851762",
         "cargo_value": 50000, "cargo_value_currency": "USD"},
    ),
    (
        "宁波到蒙巴萨 1x40HQ 油漆 化工品 有MSDS 15吨 12月10号",
        {"mode": "FCL", "pol": "CNNGB", "pod": "KEMBA", "containers": "1x40HQ",
         "commodity": "油漆", "dg": True, "weight_kg": 15000, "cargo_ready": "2026-12-10"},
    ),
    (
        "Hi, 1x20RF Qingdao to Busan, garlic, temp -2 C, 22 tons, ready this Friday",
        {"mode": "SPECIAL", "pol": "CNTAO", "pod": "KRPUS", "containers": "1x20RF",
         "commodity": "garlic", "temperature_c": -2, "weight_kg": 22000,
         "cargo_ready": "2026-12-04"},
    ),
    (
        "上海到桑托斯 开顶柜 1个 40OT 机器 长5.8m 宽2.2m 高2.9m 16吨",
        {"mode": "SPECIAL", "pol": "CNSHA", "pod": "BRSSZ", "containers": "1x40OT",
         "commodity": "机器", "dimensions_cm": "580x220x290", "weight_kg": 16000},
    ),
    (
        "双清包税 深圳到洛杉矶 拼箱 15箱 3方 600kg 服装 送货地址：Ontario CA 91761 "
        "亚马逊仓 ONT8",
        {"mode": "LCL", "pol": "CNSZX", "pod": "USLAX", "pieces": 15, "volume_cbm": 3,
         "weight_kg": 600, "commodity": "服装", "incoterm": "DDP",
         "delivery_address": "Ontario CA 91761 亚马逊仓 ONT8"},
    ),
    (
        "Project cargo: Shanghai to Jeddah, 6x40FR + 4x40HQ, steel structure, "
        "shipper: China State Construction, ready Jan 10",
        {"mode": "SPECIAL", "pol": "CNSHA", "pod": "SAJED", "containers": "6x40FR+4x40HQ",
         "commodity": "steel structure", "shipper": "China State Construction",
         "cargo_ready": "2027-01-10"},
    ),
    (
        "宁波到拉各斯 2x40HQ 普货 家具 每柜9吨",
        {"mode": "FCL", "pol": "CNNGB", "pod": "NGLOS", "containers": "2x40HQ",
         "commodity": "家具", "weight_kg": 18000, "dg": False},
    ),
    (
        "天津到卡拉奇 1x20GP 钛白粉 class 9? 不是，非危 25吨",
        {"mode": "FCL", "pol": "CNTXG", "pod": "PKKHI", "containers": "1x20GP",
         "commodity": "钛白粉", "weight_kg": 25000, "dg": False},
    ),
    (
        "Kindly quote 1x40RF Ningbo to Tema, frozen chicken, -18 degrees, 27 tons, "
        "target USD 5200",
        {"mode": "SPECIAL", "pol": "CNNGB", "pod": "GHTEM", "containers": "1x40RF",
         "commodity": "frozen chicken", "temperature_c": -18, "weight_kg": 27000,
         "target_price": 5200, "currency": "USD"},
    ),
    (
        "上海到鹿特丹 1x40HQ 家具 DAP 鹿特丹 8吨",
        {"mode": "FCL", "pol": "CNSHA", "pod": "NLRTM", "containers": "1x40HQ",
         "commodity": "家具", "incoterm": "DAP", "weight_kg": 8000},
    ),
    (
        "提货地址：浙江省金华市义乌市稠江街道 两个工厂 宁波出到科托努 1x40HQ 日用品 10吨",
        {"mode": "FCL", "pol": "CNNGB", "pod": "BJCOO", "containers": "1x40HQ",
         "commodity": "日用品", "weight_kg": 10000,
         "pickup_address": "浙江省金华市义乌市稠江街道", "pickup_factories": 2},
    ),
    (
        "青岛到德班 20FR 一个 钢卷 28吨 尺寸2m*2m*1.8m",
        {"mode": "SPECIAL", "pol": "CNTAO", "pod": "ZADUR", "containers": "1x20FR",
         "commodity": "钢卷", "weight_kg": 28000, "dimensions_cm": "200x200x180"},
    ),
    (
        "宁波到达累斯萨拉姆 4x40HQ + 2x20GP 建材 总重120吨 12月底",
        {"mode": "FCL", "pol": "CNNGB", "pod": "TZDAR", "containers": "4x40HQ+2x20GP",
         "commodity": "建材", "weight_kg": 120000, "cargo_ready": "2026-12-31"},
    ),
    (
        "Urgent: Shanghai to Alexandria 3x40HQ chemicals UN3082 class 9, 20 tons each",
        {"mode": "FCL", "pol": "CNSHA", "pod": "EGALY", "containers": "3x40HQ",
         "commodity": "chemicals", "dg": True, "un_number": "3082", "dg_class": "9",
         "weight_kg": 60000},
    ),
    (
        "深圳到吉达 1x40HQ 电动车 含锂电池 8吨",
        {"mode": "FCL", "pol": "CNSZX", "pod": "SAJED", "containers": "1x40HQ",
         "commodity": "电动车", "dg": True, "weight_kg": 8000},
    ),
    (
        "厦门到马尼拉 拼箱 散货 6托 3方 2吨 石材",
        {"mode": "LCL", "pol": "CNXMN", "pod": "PHMNL", "pieces": 6, "volume_cbm": 3,
         "weight_kg": 2000, "commodity": "石材"},
    ),
    (
        "Dear, FCA Shenzhen, 1x40HQ to Santos, furniture 9 tons, ready 12/21",
        {"mode": "FCL", "pol": "CNSZX", "pod": "BRSSZ", "containers": "1x40HQ",
         "commodity": "furniture", "weight_kg": 9000, "incoterm": "FCA",
         "cargo_ready": "2026-12-21"},
    ),
]

ODD: list[Entry] = [
    (
        "宁波到拉各斯　２ｘ４０ＨＱ　家具　每柜１８吨　１２月１０号",
        {"mode": "FCL", "pol": "CNNGB", "pod": "NGLOS", "containers": "2x40HQ",
         "commodity": "家具", "weight_kg": 36000, "cargo_ready": "2026-12-10"},
    ),
    (
        "ningbo  to   LAGOS ,  1 x 20gp ,  steel ,  18 t",
        {"mode": "FCL", "pol": "CNNGB", "pod": "NGLOS", "containers": "1x20GP",
         "commodity": "steel", "weight_kg": 18000},
    ),
    (
        "ＮＩＮＧＢＯ－ＬＡＧＯＳ　１Ｘ４０ＨＱ　ＦＵＲＮＩＴＵＲＥ　８Ｔ",
        {"mode": "FCL", "pol": "CNNGB", "pod": "NGLOS", "containers": "1x40HQ",
         "commodity": "FURNITURE", "weight_kg": 8000},
    ),
    (
        "上海到吉达，１个２０ＧＰ，瓷砖，２５吨，目标价＄９００",
        {"mode": "FCL", "pol": "CNSHA", "pod": "SAJED", "containers": "1x20GP",
         "commodity": "瓷砖", "weight_kg": 25000, "target_price": 900, "currency": "USD"},
    ),
    (
        "shanghai TO jebel ali 40hq*1 furnture 7tons",
        {"mode": "FCL", "pol": "CNSHA", "pod": "AEJEA", "containers": "1x40HQ",
         "weight_kg": 7000},
    ),
    (
        "青岛到德班 2*20gp 轮胎 每柜 13 吨 ，谢谢！！",
        {"mode": "FCL", "pol": "CNTAO", "pod": "ZADUR", "containers": "2x20GP",
         "commodity": "轮胎", "weight_kg": 26000},
    ),
    (
        "深圳到蒙巴萨拼箱，１０件，４．５方，１２００ＫＧ，家具",
        {"mode": "LCL", "pol": "CNSZX", "pod": "KEMBA", "pieces": 10, "volume_cbm": 4.5,
         "weight_kg": 1200, "commodity": "家具"},
    ),
    (
        "Pls qoute Ningbo to Tema 2X40HC, tiles, 27tons per cntr, redy dec 12",
        {"mode": "FCL", "pol": "CNNGB", "pod": "GHTEM", "containers": "2x40HQ",
         "commodity": "tiles", "weight_kg": 54000, "cargo_ready": "2026-12-12"},
    ),
    (
        "天津到卡拉奇  一个小柜  化肥  26吨  下周一",
        {"mode": "FCL", "pol": "CNTXG", "pod": "PKKHI", "containers": "1x20GP",
         "commodity": "化肥", "weight_kg": 26000, "cargo_ready": "2026-12-07"},
    ),
    (
        "厦门到特马 40'HQ 3个 石材 26吨/柜",
        {"mode": "FCL", "pol": "CNXMN", "pod": "GHTEM", "containers": "3x40HQ",
         "commodity": "石材", "weight_kg": 78000},
    ),
    (
        "宁波到科托努 40HQ×2 日用品 每柜9吨 目標價USD1700",
        {"mode": "FCL", "pol": "CNNGB", "pod": "BJCOO", "containers": "2x40HQ",
         "commodity": "日用品", "weight_kg": 18000, "target_price": 1700, "currency": "USD"},
    ),
    (
        "hi\n\nlcl shenzhen - dubai\n5 plts\n3.2 cbm\n1,100 kgs\nlamps\n\nthx",
        {"mode": "LCL", "pol": "CNSZX", "pod": "AEJEA", "pieces": 5, "volume_cbm": 3.2,
         "weight_kg": 1100, "commodity": "lamps"},
    ),
    (
        "上海—洛杉矶 1X40HQ 家具 9吨 12.15出货",
        {"mode": "FCL", "pol": "CNSHA", "pod": "USLAX", "containers": "1x40HQ",
         "commodity": "家具", "weight_kg": 9000, "cargo_ready": "2026-12-15"},
    ),
    (
        "青岛到拉各斯 ３个４０ＨＱ 轮胎 每柜１０吨 １２/２０货好",
        {"mode": "FCL", "pol": "CNTAO", "pod": "NGLOS", "containers": "3x40HQ",
         "commodity": "轮胎", "weight_kg": 30000, "cargo_ready": "2026-12-20"},
    ),
    (
        "宁波到德班 1x40hq 家具 8吨 (客户说大概12月初)",
        {"mode": "FCL", "pol": "CNNGB", "pod": "ZADUR", "containers": "1x40HQ",
         "commodity": "家具", "weight_kg": 8000, "cargo_ready": "2026-12-01"},
    ),
    (
        "你好 我有个柜子要去拉各斯 宁波走 货是家具 大概8吨",
        {"pol": "CNNGB", "pod": "NGLOS", "commodity": "家具", "weight_kg": 8000},
    ),
    (
        "上海到汉堡 1x20GP 家具 6000KGS 12月10日 Ready. 另外上次运费是USD1500",
        {"mode": "FCL", "pol": "CNSHA", "pod": "DEHAM", "containers": "1x20GP",
         "commodity": "家具", "weight_kg": 6000, "cargo_ready": "2026-12-10"},
    ),
    (
        "深圳到新加坡 LCL 2 pallets 1.2*1.0*1.5m 600kgs 机器配件",
        {"mode": "LCL", "pol": "CNSZX", "pod": "SGSIN", "pieces": 2,
         "dimensions_cm": "120x100x150", "weight_kg": 600, "volume_cbm": 3.6,
         "commodity": "机器配件"},
    ),
    (
        "宁波到吉大港 1x40HQ 纺织品 15吨 下周三出",
        {"mode": "FCL", "pol": "CNNGB", "pod": "BDCGP", "containers": "1x40HQ",
         "commodity": "纺织品", "weight_kg": 15000, "cargo_ready": "2026-12-09",
         "received": "2026-12-03"},
    ),
    (
        "上海到拉各斯 1x40HQ 家具 8吨 12月28日出 请尽快报价",
        {"mode": "FCL", "pol": "CNSHA", "pod": "NGLOS", "containers": "1x40HQ",
         "commodity": "家具", "weight_kg": 8000, "cargo_ready": "2026-12-28",
         "received": "2026-12-03"},
    ),
    (
        "1月5号出 宁波到蒙巴萨 2x20GP 陶瓷 每柜20吨",
        {"mode": "FCL", "pol": "CNNGB", "pod": "KEMBA", "containers": "2x20GP",
         "commodity": "陶瓷", "weight_kg": 40000, "cargo_ready": "2027-01-05",
         "received": "2026-12-03"},
    ),
    (
        "宁波到拉各斯 家具 40HQ",
        {"mode": "FCL", "pol": "CNNGB", "pod": "NGLOS", "containers": "1x40HQ",
         "commodity": "家具"},
    ),
    (
        "拉各斯的价格多少？宁波起运，两个高柜",
        {"mode": "FCL", "pol": "CNNGB", "pod": "NGLOS", "containers": "2x40HQ"},
    ),
    (
        "请报 宁波/拉各斯 20GP 40GP 40HQ 的运费",
        {"mode": "FCL", "pol": "CNNGB", "pod": "NGLOS",
         "containers": "1x20GP+1x40GP+1x40HQ"},
    ),
    (
        "Shanghai to Lagos or Tin Can, 1x40HQ, furniture, 8 tons",
        {"mode": "FCL", "pol": "CNSHA", "pod": "NGLOS", "containers": "1x40HQ",
         "commodity": "furniture", "weight_kg": 8000},
    ),
]

CORPUS: list[Entry] = WECHAT_ZH + EMAIL_EN + MIXED + SPECIAL + ODD
