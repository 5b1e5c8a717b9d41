"""Held-out set 2: 190 inquiry messages written blind, by a helper that never read the parser.

Written while the parser's round 2 was under way and scored ONCE, untuned, after it landed:
96.4% of fields (1320/1369) on 2026-12-05 (set 1 had scored 92.8% before round 2). The misses are
kept as they are: goods after 装/装的是/柜子 taken with the verb, goods running into 重量, a
correction of a pod or a count after 说错了/不对, a past shipment's reefer counted, break-bulk
cargo lists, EXW pickup places. The set is spent as a measure now and kept for regression at the
level it scored: `test_message_patterns_2.py` fails if the parser reads less of it. Score it with
`python -m tests.unit.corpus_score tests/unit/heldout_2.py ENTRIES`.

Second held-out set for the inquiry parser, written without reading the parser's code.

Same format as tests/unit/intake_corpus.py: (text, expected fields). Unless "received" says
otherwise a message arrived on Monday 2026-11-30. A field not listed is expected empty.
Weights are totals in kg; target prices are as the customer states them (per container).

Changed in round 7: four break-bulk entries of identical units (two or three of one size and
weight, or a single piece) no longer expect a cargo list. The desk's rule is the one of
CONVENTIONS.md and sets 1 and 3-6: a list only when the pieces differ, since for identical units
the count, size and weight say it all (intake.required_fields asks for a list only then).
"""

from __future__ import annotations

from typing import Any

Entry = tuple[str, dict[str, Any]]

VOICE: list[Entry] = [
    (
        "喂你好我这边有两个四十尺高柜从宁波走拉各斯货是塑料桶每个柜大概九吨下周四能装好",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGLOS",
            "containers": "2x40HQ",
            "commodity": "塑料桶",
            "weight_kg": 18000,
            "cargo_ready": "2026-12-10",
        },
    ),
    (
        "那个青岛到蒙巴萨一个二十尺的柜子装的是瓷砖二十六吨你帮我看一下多少钱",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "KEMBA",
            "containers": "1x20GP",
            "commodity": "瓷砖",
            "weight_kg": 26000,
        },
    ),
    (
        "我们想从深圳发三个小柜去科托努都是二手衣服每柜二十吨左右目标价两千美金一个柜",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "BJCOO",
            "containers": "3x20GP",
            "commodity": "二手衣服",
            "weight_kg": 60000,
            "target_price": 2000,
            "currency": "USD",
        },
    ),
    (
        "上海出发到吉达港四十尺平柜一个货物是铝型材重量十八吨十二月十五号左右出",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "SAJED",
            "containers": "1x40GP",
            "commodity": "铝型材",
            "weight_kg": 18000,
            "cargo_ready": "2026-12-15",
        },
    ),
    (
        "厦门去达曼一个高柜石英石板材二十五吨半下个月十号可以出货",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "SADMM",
            "containers": "1x40HQ",
            "commodity": "石英石板材",
            "weight_kg": 25500,
            "cargo_ready": "2026-12-10",
        },
    ),
    (
        "你好王总天津新港发两个二十尺到卡拉奇品名是纯碱每个柜二十七吨麻烦尽快报个价",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "PKKHI",
            "containers": "2x20GP",
            "commodity": "纯碱",
            "weight_kg": 54000,
        },
    ),
    (
        "广州到胡志明市一个四十尺高柜货是服装辅料六吨本周五出",
        {
            "mode": "FCL",
            "pol": "CNCAN",
            "pod": "VNSGN",
            "containers": "1x40HQ",
            "commodity": "服装辅料",
            "weight_kg": 6000,
            "cargo_ready": "2026-12-04",
        },
    ),
    (
        "宁波到桑托斯四个高柜货是汽车配件每个柜十五吨十二月中旬出货心理价位三千二美金",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "BRSSZ",
            "containers": "4x40HQ",
            "commodity": "汽车配件",
            "weight_kg": 60000,
            "cargo_ready": "2026-12-15",
            "target_price": 3200,
            "currency": "USD",
        },
    ),
    (
        "嗯那个连云港到阿拉木图不是不是到达累斯萨拉姆一个四十平柜钢丝绳二十四吨",
        {
            "mode": "FCL",
            "pol": "CNLYG",
            "pod": "TZDAR",
            "containers": "1x40GP",
            "commodity": "钢丝绳",
            "weight_kg": 24000,
        },
    ),
    (
        "深圳盐田到杰贝阿里一个四十高柜LED显示屏货重五吨明天就可以装",
        {
            "mode": "FCL",
            "pol": "CNYTN",
            "pod": "AEJEA",
            "containers": "1x40HQ",
            "commodity": "LED显示屏",
            "weight_kg": 5000,
            "cargo_ready": "2026-12-01",
        },
    ),
    (
        "我问一下青岛到瓜亚基尔的价格一个小柜装轮毂十四吨下周一货好",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "ECGYE",
            "containers": "1x20GP",
            "commodity": "轮毂",
            "weight_kg": 14000,
            "cargo_ready": "2026-12-07",
        },
    ),
    (
        "上海到卡亚俄两个四十尺高柜陶瓷洁具每柜二十二吨十二月二十号左右",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "PECLL",
            "containers": "2x40HQ",
            "commodity": "陶瓷洁具",
            "weight_kg": 44000,
            "cargo_ready": "2026-12-20",
        },
    ),
    (
        "福州到拉各斯一个四十尺高柜编织袋八吨半客户说目标一千九百美金",
        {
            "mode": "FCL",
            "pol": "CNFOC",
            "pod": "NGLOS",
            "containers": "1x40HQ",
            "commodity": "编织袋",
            "weight_kg": 8500,
            "target_price": 1900,
            "currency": "USD",
        },
    ),
    (
        "宁波到那瓦舍瓦两个二十尺货物是不锈钢管每个二十五吨后天出",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "INNSA",
            "containers": "2x20GP",
            "commodity": "不锈钢管",
            "weight_kg": 50000,
            "cargo_ready": "2026-12-02",
        },
    ),
    (
        "天津到乌姆盖斯尔一个四十尺平柜装的是空调配件十一吨下个月五号左右",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "IQUQR",
            "containers": "1x40GP",
            "commodity": "空调配件",
            "weight_kg": 11000,
            "cargo_ready": "2026-12-05",
        },
    ),
    (
        "黄埔出到杜阿拉一个高柜家电十吨左右帮我报个CIF价格",
        {
            "mode": "FCL",
            "pol": "CNHUA",
            "pod": "CMDLA",
            "containers": "1x40HQ",
            "commodity": "家电",
            "weight_kg": 10000,
            "incoterm": "CIF",
        },
    ),
    (
        "青岛到曼谷一个二十尺装花生仁二十吨这个礼拜四出",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "THBKK",
            "containers": "1x20GP",
            "commodity": "花生仁",
            "weight_kg": 20000,
            "cargo_ready": "2026-12-03",
        },
    ),
    (
        "上海到布宜诺斯艾利斯一个四十尺高柜纺织面料十二吨十二月十八号出货",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "ARBUE",
            "containers": "1x40HQ",
            "commodity": "纺织面料",
            "weight_kg": 12000,
            "cargo_ready": "2026-12-18",
        },
    ),
    (
        "厦门到马尼拉一个小柜食品包装袋七吨半下周二出",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "PHMNL",
            "containers": "1x20GP",
            "commodity": "食品包装袋",
            "weight_kg": 7500,
            "cargo_ready": "2026-12-08",
        },
    ),
    (
        "大连到海防两个四十尺平柜钢板每柜二十五吨一月三号出货",
        {
            "mode": "FCL",
            "pol": "CNDLC",
            "pod": "VNHPH",
            "containers": "2x40GP",
            "commodity": "钢板",
            "weight_kg": 50000,
            "cargo_ready": "2027-01-03",
        },
    ),
    (
        "宁波走特马一个四十尺高柜品名是路灯灯杆九吨目标价一千六美金",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "GHTEM",
            "containers": "1x40HQ",
            "commodity": "路灯灯杆",
            "weight_kg": 9000,
            "target_price": 1600,
            "currency": "USD",
        },
    ),
    (
        "南京到吉大港一个二十尺柜子棉纱十八吨下周三装",
        {
            "mode": "FCL",
            "pol": "CNNKG",
            "pod": "BDCGP",
            "containers": "1x20GP",
            "commodity": "棉纱",
            "weight_kg": 18000,
            "cargo_ready": "2026-12-09",
        },
    ),
    (
        "深圳到雅加达一个四十尺高柜手机配件三吨二下个月十二号",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "IDJKT",
            "containers": "1x40HQ",
            "commodity": "手机配件",
            "weight_kg": 3200,
            "cargo_ready": "2026-12-12",
        },
    ),
    (
        "钦州港到巴生港两个小柜木薯淀粉每柜二十吨",
        {
            "mode": "FCL",
            "pol": "CNQZH",
            "pod": "MYPKG",
            "containers": "2x20GP",
            "commodity": "木薯淀粉",
            "weight_kg": 40000,
        },
    ),
    (
        "那个老板我要从上海发一个四十尺高柜去卢安达品名床垫重量四吨左右越快越好",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "AOLAD",
            "containers": "1x40HQ",
            "commodity": "床垫",
            "weight_kg": 4000,
            "cargo_ready": "2026-11-30",
        },
    ),
]

NUMERALS: list[Entry] = [
    (
        "青岛到阿比让，五个小柜，石膏板，每柜二十四吨，下月十二号",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "CIABJ",
            "containers": "5x20GP",
            "commodity": "石膏板",
            "weight_kg": 120000,
            "cargo_ready": "2026-12-12",
        },
    ),
    (
        "宁波到达喀尔 三个四十尺平柜 铁钉 共六十六吨",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "SNDKR",
            "containers": "3x40GP",
            "commodity": "铁钉",
            "weight_kg": 66000,
        },
    ),
    (
        "深圳到吉布提拼箱：八个托盘，四点五方，一吨二，品名：水泵",
        {
            "mode": "LCL",
            "pol": "CNSZX",
            "pod": "DJJIB",
            "pieces": 8,
            "volume_cbm": 4.5,
            "weight_kg": 1200,
            "commodity": "水泵",
        },
    ),
    (
        "上海拼到迪拜 二十件 六个方 两吨半 货是灯具配件",
        {
            "mode": "LCL",
            "pol": "CNSHA",
            "pod": "AEJEA",
            "pieces": 20,
            "volume_cbm": 6,
            "weight_kg": 2500,
            "commodity": "灯具配件",
        },
    ),
    (
        "广州到拉各斯拼箱 三十五箱 十一方 三吨六 鞋子",
        {
            "mode": "LCL",
            "pol": "CNCAN",
            "pod": "NGLOS",
            "pieces": 35,
            "volume_cbm": 11,
            "weight_kg": 3600,
            "commodity": "鞋子",
        },
    ),
    (
        "厦门—蒙巴萨 一个二十尺 大理石 二十七吨半 目标价一千五百美元",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "KEMBA",
            "containers": "1x20GP",
            "commodity": "大理石",
            "weight_kg": 27500,
            "target_price": 1500,
            "currency": "USD",
        },
    ),
    (
        "宁波到洛美，两个四十尺高柜，一个柜十吨，货物为塑料椅子，心理价两千三美金",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "TGLFW",
            "containers": "2x40HQ",
            "commodity": "塑料椅子",
            "weight_kg": 20000,
            "target_price": 2300,
            "currency": "USD",
        },
    ),
    (
        "天津到蒙德拉 四个二十尺 玻璃 每个二十六吨 十二月二十二日",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "INMUN",
            "containers": "4x20GP",
            "commodity": "玻璃",
            "weight_kg": 104000,
            "cargo_ready": "2026-12-22",
        },
    ),
    (
        "青岛到索科纳拼箱 十二件 两方半 八百公斤 机床配件",
        {
            "mode": "LCL",
            "pol": "CNTAO",
            "pod": "EGSOK",
            "pieces": 12,
            "volume_cbm": 2.5,
            "weight_kg": 800,
            "commodity": "机床配件",
        },
    ),
    (
        "上海到苏哈尔 一个四十尺高柜 办公家具 七吨 目标价一千二百美金",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "OMSOH",
            "containers": "1x40HQ",
            "commodity": "办公家具",
            "weight_kg": 7000,
            "target_price": 1200,
            "currency": "USD",
        },
    ),
    (
        "深圳到金奈拼箱 四十六箱 九点二方 一千八百五十公斤 电子元件",
        {
            "mode": "LCL",
            "pol": "CNSZX",
            "pod": "INMAA",
            "pieces": 46,
            "volume_cbm": 9.2,
            "weight_kg": 1850,
            "commodity": "电子元件",
        },
    ),
    (
        "宁波至卡萨布兰卡 两个四十尺平柜 每柜十九吨 瓷砖 下个月二十号",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "MACAS",
            "containers": "2x40GP",
            "commodity": "瓷砖",
            "weight_kg": 38000,
            "cargo_ready": "2026-12-20",
        },
    ),
    (
        "厦门到智利圣安东尼奥，四个高柜，人造草坪，每柜十二吨，目标三千美金每柜",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "CLSAI",
            "containers": "4x40HQ",
            "commodity": "人造草坪",
            "weight_kg": 48000,
            "target_price": 3000,
            "currency": "USD",
        },
    ),
    (
        "天津到阿尔及尔 一个四十尺 钢管 二十一吨 一月八号",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "DZALG",
            "containers": "1x40GP",
            "commodity": "钢管",
            "weight_kg": 21000,
            "cargo_ready": "2027-01-08",
        },
    ),
    (
        "广州拼箱去科伦坡：十五件，三点八方，九百五十公斤，五金工具",
        {
            "mode": "LCL",
            "pol": "CNCAN",
            "pod": "LKCMB",
            "pieces": 15,
            "volume_cbm": 3.8,
            "weight_kg": 950,
            "commodity": "五金工具",
        },
    ),
    (
        "上海到哈马德 两个二十尺 每个二十吨 水泥制品",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "QAHMD",
            "containers": "2x20GP",
            "commodity": "水泥制品",
            "weight_kg": 40000,
        },
    ),
    (
        "宁波到黑角 一个四十尺高柜 建筑五金 十三吨 二千八百美金能不能做",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "CGPNR",
            "containers": "1x40HQ",
            "commodity": "建筑五金",
            "weight_kg": 13000,
            "target_price": 2800,
            "currency": "USD",
        },
    ),
    (
        "青岛到卡塔赫纳（哥伦比亚） 三个四十尺高柜 轮胎 每柜九吨半",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "COCTG",
            "containers": "3x40HQ",
            "commodity": "轮胎",
            "weight_kg": 28500,
        },
    ),
    (
        "深圳到仰光拼箱 二十二箱 五个方 一吨八 摩托车配件",
        {
            "mode": "LCL",
            "pol": "CNSZX",
            "pod": "MMRGN",
            "pieces": 22,
            "volume_cbm": 5,
            "weight_kg": 1800,
            "commodity": "摩托车配件",
        },
    ),
    (
        "厦门到科纳克里 一个四十尺高柜 茶叶 十六吨 目标价三千五美元",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "GNCKY",
            "containers": "1x40HQ",
            "commodity": "茶叶",
            "weight_kg": 16000,
            "target_price": 3500,
            "currency": "USD",
        },
    ),
]

SHORTHAND: list[Entry] = [
    (
        "NB-LOS 2*40HQ 家居用品 8T/柜 12/12 ETD",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGLOS",
            "containers": "2x40HQ",
            "commodity": "家居用品",
            "weight_kg": 16000,
            "cargo_ready": "2026-12-12",
        },
    ),
    (
        "SH→MBA 1x20GP 轴承 18T",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "KEMBA",
            "containers": "1x20GP",
            "commodity": "轴承",
            "weight_kg": 18000,
        },
    ),
    (
        "QD-DAR 3x40GP 钢筋 25T/each",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "TZDAR",
            "containers": "3x40GP",
            "commodity": "钢筋",
            "weight_kg": 75000,
        },
    ),
    (
        "XM to JED 1x40HC 石材 26吨 FOB",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "SAJED",
            "containers": "1x40HQ",
            "commodity": "石材",
            "weight_kg": 26000,
            "incoterm": "FOB",
        },
    ),
    (
        "SZ-JEA LCL 6plts 3.2cbm 980kg 音响",
        {
            "mode": "LCL",
            "pol": "CNSZX",
            "pod": "AEJEA",
            "pieces": 6,
            "volume_cbm": 3.2,
            "weight_kg": 980,
            "commodity": "音响",
        },
    ),
    (
        "NGB/TEM 40'HQ x1 拖鞋 6.5T 本周五",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "GHTEM",
            "containers": "1x40HQ",
            "commodity": "拖鞋",
            "weight_kg": 6500,
            "cargo_ready": "2026-12-04",
        },
    ),
    (
        "TJ-KHI 2x20' 纯碱 27T/cntr",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "PKKHI",
            "containers": "2x20GP",
            "commodity": "纯碱",
            "weight_kg": 54000,
        },
    ),
    (
        "QD→SSZ 1x40HC 汽车轮胎 11T 目标USD2900",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "BRSSZ",
            "containers": "1x40HQ",
            "commodity": "汽车轮胎",
            "weight_kg": 11000,
            "target_price": 2900,
            "currency": "USD",
        },
    ),
    (
        "SH-JNPT 1x40GP 纺织机械 17T 12/18",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "INNSA",
            "containers": "1x40GP",
            "commodity": "纺织机械",
            "weight_kg": 17000,
            "cargo_ready": "2026-12-18",
        },
    ),
    (
        "盐田-LCB 1*20GP 电线电缆 12吨",
        {
            "mode": "FCL",
            "pol": "CNYTN",
            "pod": "THLCH",
            "containers": "1x20GP",
            "commodity": "电线电缆",
            "weight_kg": 12000,
        },
    ),
    (
        "NB-COO 2x40HQ 塑料凳子 每柜7T",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "BJCOO",
            "containers": "2x40HQ",
            "commodity": "塑料凳子",
            "weight_kg": 14000,
        },
    ),
    (
        "XM-DLA 1x40HQ 瓷砖 25T CFR",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "CMDLA",
            "containers": "1x40HQ",
            "commodity": "瓷砖",
            "weight_kg": 25000,
            "incoterm": "CFR",
        },
    ),
    (
        "SZ to HPH 1x40HQ 家具 5吨 FOB 下周一",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "VNHPH",
            "containers": "1x40HQ",
            "commodity": "家具",
            "weight_kg": 5000,
            "incoterm": "FOB",
            "cargo_ready": "2026-12-07",
        },
    ),
    (
        "QD-DMM 2x20GP 碳化硅 26T/柜 1月5号出",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "SADMM",
            "containers": "2x20GP",
            "commodity": "碳化硅",
            "weight_kg": 52000,
            "cargo_ready": "2027-01-05",
        },
    ),
    (
        "NGB-ZLO（墨西哥） 1x40HQ 圣诞装饰品 6T",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "MXZLO",
            "containers": "1x40HQ",
            "commodity": "圣诞装饰品",
            "weight_kg": 6000,
        },
    ),
    (
        "SH-GYE 2x40HQ 不锈钢厨具 10T/柜 target 3600usd",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "ECGYE",
            "containers": "2x40HQ",
            "commodity": "不锈钢厨具",
            "weight_kg": 20000,
            "target_price": 3600,
            "currency": "USD",
        },
    ),
    (
        "XM-CLL 1x20GP 花岗岩 27T",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "PECLL",
            "containers": "1x20GP",
            "commodity": "花岗岩",
            "weight_kg": 27000,
        },
    ),
    (
        "NB-MUN 1x40HQ 聚酯纱线 20T ETD 15/12",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "INMUN",
            "containers": "1x40HQ",
            "commodity": "聚酯纱线",
            "weight_kg": 20000,
            "cargo_ready": "2026-12-15",
        },
    ),
    (
        "TJ-UQR 3x40GP 钢结构件 每柜22T",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "IQUQR",
            "containers": "3x40GP",
            "commodity": "钢结构件",
            "weight_kg": 66000,
        },
    ),
    (
        "QD-APAPA 1x20 GP 汽车保险杠 9T",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "NGLOS",
            "containers": "1x20GP",
            "commodity": "汽车保险杠",
            "weight_kg": 9000,
        },
    ),
]

EMAIL_EN: list[Entry] = [
    (
        "Dear Sir/Madam,\n\nKindly quote your best rate for 2 x 40HC from Ningbo to Apapa, Lagos. "
        "Commodity: ceramic wall tiles, 24,500 kgs per container. Cargo ready 14/12/2026.\n\n"
        "Best regards,\nChinedu Okafor\nOkafor Global Logistics Ltd, Lagos",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGLOS",
            "containers": "2x40HQ",
            "commodity": "ceramic wall tiles",
            "weight_kg": 49000,
            "cargo_ready": "2026-12-14",
        },
    ),
    (
        "Hi team,\nWe need a rate Qingdao to Mombassa, 1x20', commodity is granite slabs, 27 MT. "
        "Goods ready 18/12.\nRgds\nAmina | Coastline Freight Mombasa",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "KEMBA",
            "containers": "1x20GP",
            "commodity": "granite slabs",
            "weight_kg": 27000,
            "cargo_ready": "2026-12-18",
        },
    ),
    (
        "Good day,\n\nPlease advise rate for 3 x 40' GP Shanghai to Dar es Salam. Goods are "
        "galvanized steel sheets, 25 tons each. ETD around 21/12/2026.\n\nThanks & regards,\n"
        "Joseph Mwakyusa\nKilimanjaro Cargo Services",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "TZDAR",
            "containers": "3x40GP",
            "commodity": "galvanized steel sheets",
            "weight_kg": 75000,
            "cargo_ready": "2026-12-21",
        },
    ),
    (
        "Hello,\nKindly send us your rate for 1 x 40ft high cube Shenzhen to Tema, commodity: "
        "sewing machines and spare parts, gross weight 9,800 kg.\nPlease advise transit time too.\n"
        "Kwame Asante\nAccra, Ghana",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "GHTEM",
            "containers": "1x40HQ",
            "commodity": "sewing machines and spare parts",
            "weight_kg": 9800,
        },
    ),
    (
        "Dear Partner,\nRequest for quotation: POL Xiamen, POD Jebel Ali, 2x20GP, marble tiles, "
        "26,000 kgs each unit, ready by 16 Dec.\nRegards,\nRashid Al Mansoori\nGulf Bridge Shipping LLC, Dubai",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "AEJEA",
            "containers": "2x20GP",
            "commodity": "marble tiles",
            "weight_kg": 52000,
            "cargo_ready": "2026-12-16",
        },
    ),
    (
        "Hi,\nPls quote Tianjin to Nhava Sheva 1x40GP, goods: textile machinery, 16.5 tons, "
        "cargo ready on 19/12/2026. Terms FOB.\nThanks\nRajesh Iyer\nSea Bridge Logistics Pvt Ltd, Mumbai",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "INNSA",
            "containers": "1x40GP",
            "commodity": "textile machinery",
            "weight_kg": 16500,
            "cargo_ready": "2026-12-19",
            "incoterm": "FOB",
        },
    ),
    (
        "Dear Sir,\nWe have an LCL shipment from Guangzhou to Chennai: 14 cartons, 2.8 cbm, "
        "640 kgs, LED bulbs.\nPlease send rate and sailing schedule.\nBest,\nPriya S.\nMadras Freight Forwarders",
        {
            "mode": "LCL",
            "pol": "CNCAN",
            "pod": "INMAA",
            "pieces": 14,
            "volume_cbm": 2.8,
            "weight_kg": 640,
            "commodity": "LED bulbs",
        },
    ),
    (
        "Estimado,\nPlease quote 1x40HQ Ningbo to Callao, commodity: kitchen cabinets, 8,200 kg, "
        "cargo ready 22/12/2026. Target price USD 3,100.\nSaludos,\nLuis Fernandez\nAndes Cargo SAC, Lima",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "PECLL",
            "containers": "1x40HQ",
            "commodity": "kitchen cabinets",
            "weight_kg": 8200,
            "cargo_ready": "2026-12-22",
            "target_price": 3100,
            "currency": "USD",
        },
    ),
    (
        "Hello,\nRequesting rate Shanghai to Buenaventura, 2x40HC, commodity PVC flooring, "
        "22 tons per container, ETD 28/12.\nRegards\nCamila Rojas\nLogistica del Pacifico, Cali",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "COBUN",
            "containers": "2x40HQ",
            "commodity": "PVC flooring",
            "weight_kg": 44000,
            "cargo_ready": "2026-12-28",
        },
    ),
    (
        "Dear all,\nKindly quote 1 x 20GP Qingdao to Chittagong, commodity: cotton yarn, 19 MT, "
        "ready 13/12/2026.\nBest regards,\nM. Rahman\nDelta Shipping Lines, Chattogram",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "BDCGP",
            "containers": "1x20GP",
            "commodity": "cotton yarn",
            "weight_kg": 19000,
            "cargo_ready": "2026-12-13",
        },
    ),
    (
        "Hello,\nWe need your best price Ningbo to Santos, 1x40HQ, goods are bicycle parts, "
        "12,400 kgs. Ready on 17/12/2026.\nObrigado,\nRafael Souza\nSantos Trade Logistica",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "BRSSZ",
            "containers": "1x40HQ",
            "commodity": "bicycle parts",
            "weight_kg": 12400,
            "cargo_ready": "2026-12-17",
        },
    ),
    (
        "Hi,\nCould you quote Shenzhen to Port Klang LCL, 9 pallets, 5.4 cbm, 1,750 kgs, "
        "commodity: printer paper.\nThanks,\nTan Wei Ming\nKL Consolidators Sdn Bhd",
        {
            "mode": "LCL",
            "pol": "CNSZX",
            "pod": "MYPKG",
            "pieces": 9,
            "volume_cbm": 5.4,
            "weight_kg": 1750,
            "commodity": "printer paper",
        },
    ),
    (
        "Dear Sir,\nPlease offer CIF Douala for 2 x 40' HC, commodity: canned tomatoes, "
        "26 tons each, from Tianjin.\nRegards,\nJean-Paul Mbarga\nCamer Transit SARL",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "CMDLA",
            "containers": "2x40HQ",
            "commodity": "canned tomatoes",
            "weight_kg": 52000,
            "incoterm": "CIF",
        },
    ),
    (
        "Good morning,\nRate request: Xiamen - Abidjan, 1x40HQ, paper napkins, 7 tons, ETD 10/01/2027.\n"
        "Cordialement,\nAwa Kone\nIvoire Freight Services",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "CIABJ",
            "containers": "1x40HQ",
            "commodity": "paper napkins",
            "weight_kg": 7000,
            "cargo_ready": "2027-01-10",
        },
    ),
    (
        "Hello friend,\nNeed rate Qingdao to Damman 3x20GP, commodity: calcium carbonate powder, "
        "27 tons/container, ready 15/12.\nThanks\nFaisal\nEastern Province Logistics, Dammam",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "SADMM",
            "containers": "3x20GP",
            "commodity": "calcium carbonate powder",
            "weight_kg": 81000,
            "cargo_ready": "2026-12-15",
        },
    ),
    (
        "Dear Team,\nPls quote 1 x 40HQ Shanghai to Mundra, commodity: solar mounting structures, "
        "14 tons. Ready by 23/12/2026.\nThanks & Regards\nAnkit Shah\nKutch Shipping Agency",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "INMUN",
            "containers": "1x40HQ",
            "commodity": "solar mounting structures",
            "weight_kg": 14000,
            "cargo_ready": "2026-12-23",
        },
    ),
    (
        "Hi,\nRequest for rate: Ningbo to Manzanillo, Mexico, 2 x 40HC, goods are office chairs, "
        "6.8 tons per box. Target price two thousand eight hundred US dollars per container.\n"
        "Saludos\nDiego Hernandez\nTransportes Colima",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "MXZLO",
            "containers": "2x40HQ",
            "commodity": "office chairs",
            "weight_kg": 13600,
            "target_price": 2800,
            "currency": "USD",
        },
    ),
    (
        "Dear Sir,\nWe'd like a quote from Guangzhou to Luanda for 1 x 20ft, commodity: "
        "water pipes, 15,000 kg, cargo ready 20/12/2026.\nBest regards\nManuel dos Santos\nAngola Cargo Lda",
        {
            "mode": "FCL",
            "pol": "CNCAN",
            "pod": "AOLAD",
            "containers": "1x20GP",
            "commodity": "water pipes",
            "weight_kg": 15000,
            "cargo_ready": "2026-12-20",
        },
    ),
    (
        "Hi,\nQuote needed: Tianjin Xingang to Aqaba, 2x40GP, steel wire rods, 26 MT each, "
        "ETD 14/01/2027.\nRegards,\nOmar Haddad\nLevant Shipping Co., Amman",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "JOAQJ",
            "containers": "2x40GP",
            "commodity": "steel wire rods",
            "weight_kg": 52000,
            "cargo_ready": "2027-01-14",
        },
    ),
    (
        "Hello,\nKindly quote Yantian to Lome 1x40'HC, goods: motorcycle spare parts, 11.2 tons, "
        "target USD one thousand seven hundred.\nThank you\nKofi Mensah\nTogo Express Cargo",
        {
            "mode": "FCL",
            "pol": "CNYTN",
            "pod": "TGLFW",
            "containers": "1x40HQ",
            "commodity": "motorcycle spare parts",
            "weight_kg": 11200,
            "target_price": 1700,
            "currency": "USD",
        },
    ),
    (
        "Dear Sirs,\nLCL inquiry Shanghai to Karachi: 30 bales, 7.5 cbm, 2,300 kgs, commodity "
        "polyester fabric. Cargo ready 16/12/2026.\nRegards\nImran Qureshi\nIndus Freight Karachi",
        {
            "mode": "LCL",
            "pol": "CNSHA",
            "pod": "PKKHI",
            "pieces": 30,
            "volume_cbm": 7.5,
            "weight_kg": 2300,
            "commodity": "polyester fabric",
            "cargo_ready": "2026-12-16",
        },
    ),
    (
        "Hi,\nPlease quote Ningbo to Sohar, 1x40HQ, commodity: glass mosaic, 21 tons, FOB Ningbo.\n"
        "Thanks,\nSalim Al Harthy\nBatinah Logistics LLC",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "OMSOH",
            "containers": "1x40HQ",
            "commodity": "glass mosaic",
            "weight_kg": 21000,
            "incoterm": "FOB",
        },
    ),
    (
        "Good afternoon,\nPlease provide rates Qingdao to Maputo, 2 x 20'GP, commodity: "
        "tyres, 10 tons each, ready 09/12/2026.\nKind regards,\nNelson Tembe\nMoz Clearing & Forwarding",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "MZMPM",
            "containers": "2x20GP",
            "commodity": "tyres",
            "weight_kg": 20000,
            "cargo_ready": "2026-12-09",
        },
    ),
    (
        "Dear colleague,\nWe need 1x40HQ rate Xiamen to Guayaquil, goods are artificial flowers, "
        "4.5 tons, ETD 30/12/2026.\nBR,\nAndrea Molina\nEcuaCargo S.A.",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "ECGYE",
            "containers": "1x40HQ",
            "commodity": "artificial flowers",
            "weight_kg": 4500,
            "cargo_ready": "2026-12-30",
        },
    ),
    (
        "Hello,\nrate pls: Shekou to Haiphong 1x20GP plastic pellets 22 tons, ready 03/12/2026 "
        "(we write day/month).\nthanks\nNguyen Van Long\nRed River Logistics",
        {
            "mode": "FCL",
            "pol": "CNSHK",
            "pod": "VNHPH",
            "containers": "1x20GP",
            "commodity": "plastic pellets",
            "weight_kg": 22000,
            "cargo_ready": "2026-12-03",
        },
    ),
    (
        "Dear Sir,\nKindly quote DAP Kuwait (Shuwaikh port) from Shanghai, 1x40HQ, commodity: "
        "hotel furniture, 9 tons.\nRegards,\nAhmad Al Sabah\nKuwait Gulf Cargo",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "KWSWK",
            "containers": "1x40HQ",
            "commodity": "hotel furniture",
            "weight_kg": 9000,
            "incoterm": "DAP",
        },
    ),
    (
        "Hi there,\nNeed rate Ningbo to Onne, 1 x 40HC, goods: pipe fittings, 18,000 kgs, ready 19/12.\n"
        "Regards,\nEmeka Nwosu\nRivers Port Logistics, Port Harcourt",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGONN",
            "containers": "1x40HQ",
            "commodity": "pipe fittings",
            "weight_kg": 18000,
            "cargo_ready": "2026-12-19",
        },
    ),
    (
        "Dear Sir,\nPlease quote LCL Ningbo to Montevideo: 11 crates, 6.6 cbm, 2,050 kg, "
        "commodity: industrial scales.\nSaludos\nMartin Pereira\nRio de la Plata Cargo",
        {
            "mode": "LCL",
            "pol": "CNNGB",
            "pod": "UYMVD",
            "pieces": 11,
            "volume_cbm": 6.6,
            "weight_kg": 2050,
            "commodity": "industrial scales",
        },
    ),
]

CORRECTIONS: list[Entry] = [
    (
        "宁波到拉各斯 两个40HQ 不对 是三个 家具 每柜8吨",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGLOS",
            "containers": "3x40HQ",
            "commodity": "家具",
            "weight_kg": 24000,
        },
    ),
    (
        "上海到吉达 一个20GP 瓷砖 20吨，哦不好意思，重量是22吨",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "SAJED",
            "containers": "1x20GP",
            "commodity": "瓷砖",
            "weight_kg": 22000,
        },
    ),
    (
        "青岛到特马，1x40HQ，塑料制品，9吨，12月10号……更正一下，货要12月14号才好",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "GHTEM",
            "containers": "1x40HQ",
            "commodity": "塑料制品",
            "weight_kg": 9000,
            "cargo_ready": "2026-12-14",
        },
    ),
    (
        "上次宁波到蒙巴萨那两个高柜已经到了，谢谢。这次是厦门到达累斯萨拉姆，一个20尺，石材，26吨",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "TZDAR",
            "containers": "1x20GP",
            "commodity": "石材",
            "weight_kg": 26000,
        },
    ),
    (
        "Please quote Shanghai to Jeddah 2x40HQ, sorry, correction: 2x20GP, floor tiles 24 tons each.",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "SAJED",
            "containers": "2x20GP",
            "commodity": "floor tiles",
            "weight_kg": 48000,
        },
    ),
    (
        "深圳到科托努 一个四十尺高柜 啊说错了 是到洛美 服装 5吨",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "TGLFW",
            "containers": "1x40HQ",
            "commodity": "服装",
            "weight_kg": 5000,
        },
    ),
    (
        "Last month we shipped 3x40HQ Ningbo-Tema with you. New inquiry: Qingdao to Abidjan, 1x40GP, "
        "steel angles, 24 tons, ready 11/12/2026.\nRegards, Yao Kouassi",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "CIABJ",
            "containers": "1x40GP",
            "commodity": "steel angles",
            "weight_kg": 24000,
            "cargo_ready": "2026-12-11",
        },
    ),
    (
        "老板 上票天津到卡拉奇的提单收到了 这票是天津到吉大港 两个二十尺 纯碱 每柜二十七吨",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "BDCGP",
            "containers": "2x20GP",
            "commodity": "纯碱",
            "weight_kg": 54000,
        },
    ),
    (
        "宁波到桑托斯 3个40HQ 汽配 每柜12吨 改一下 箱量改成2个",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "BRSSZ",
            "containers": "2x40HQ",
            "commodity": "汽配",
            "weight_kg": 24000,
        },
    ),
    (
        "上海到迪拜拼箱 10件 3方 800公斤 灯具 不对 是12件",
        {
            "mode": "LCL",
            "pol": "CNSHA",
            "pod": "AEJEA",
            "pieces": 12,
            "volume_cbm": 3,
            "weight_kg": 800,
            "commodity": "灯具",
        },
    ),
    (
        "Hi, ref our last shipment Shenzhen-Mombasa (delivered, thanks). Now need Shenzhen to "
        "Chittagong 1x40HQ, garments accessories, 7 tons.\nBest, Farhan",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "BDCGP",
            "containers": "1x40HQ",
            "commodity": "garments accessories",
            "weight_kg": 7000,
        },
    ),
    (
        "厦门到卡亚俄 1x40HQ 石英板 25吨 目标价3000美金 不好意思打错了 目标价是3300美金",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "PECLL",
            "containers": "1x40HQ",
            "commodity": "石英板",
            "weight_kg": 25000,
            "target_price": 3300,
            "currency": "USD",
        },
    ),
    (
        "青岛到达曼 两个小柜 不对 两个大柜 玻璃纤维布 每柜18吨",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "SADMM",
            "containers": "2x40GP",
            "commodity": "玻璃纤维布",
            "weight_kg": 36000,
        },
    ),
    (
        "Please quote Ningbo to Lagos 1x40HQ, 10 tons, furniture. Correction: POL is Shanghai not Ningbo.",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "NGLOS",
            "containers": "1x40HQ",
            "commodity": "furniture",
            "weight_kg": 10000,
        },
    ),
    (
        "之前从青岛走过一票冷柜去杰贝阿里。这次要询：上海到那瓦舍瓦 1x20GP 电机 15吨 12月16号",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "INNSA",
            "containers": "1x20GP",
            "commodity": "电机",
            "weight_kg": 15000,
            "cargo_ready": "2026-12-16",
        },
    ),
]

TYPOS: list[Entry] = [
    (
        "宁波到蒙巴沙 1x40HQ 塑料管件 12吨",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "KEMBA",
            "containers": "1x40HQ",
            "commodity": "塑料管件",
            "weight_kg": 12000,
        },
    ),
    (
        "上海到拉格斯 2个40高柜 灯饰 每柜6吨",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "NGLOS",
            "containers": "2x40HQ",
            "commodity": "灯饰",
            "weight_kg": 12000,
        },
    ),
    (
        "青岛到特码 1个20尺 编织袋 10吨",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "GHTEM",
            "containers": "1x20GP",
            "commodity": "编织袋",
            "weight_kg": 10000,
        },
    ),
    (
        "深圳到科托奴 一个高柜 自行车配件 8吨",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "BJCOO",
            "containers": "1x40HQ",
            "commodity": "自行车配件",
            "weight_kg": 8000,
        },
    ),
    (
        "厦门到吉布地 1x20GP 瓷砖 25吨",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "DJJIB",
            "containers": "1x20GP",
            "commodity": "瓷砖",
            "weight_kg": 25000,
        },
    ),
    (
        "Pls quote Ningbo to Dar-es-Salam 1x40HQ, furniture, 9 tons",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "TZDAR",
            "containers": "1x40HQ",
            "commodity": "furniture",
            "weight_kg": 9000,
        },
    ),
    (
        "Rate Qingdao - Lagoss 1x40GP ceramic tiles 24 tons pls",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "NGLOS",
            "containers": "1x40GP",
            "commodity": "ceramic tiles",
            "weight_kg": 24000,
        },
    ),
    (
        "Shanghai to Nava Sheva 1x20GP, hand tools, 14 tons",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "INNSA",
            "containers": "1x20GP",
            "commodity": "hand tools",
            "weight_kg": 14000,
        },
    ),
    (
        "Xiamen to Chitagong 1x40HQ, stone slabs, 26 tons",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "BDCGP",
            "containers": "1x40HQ",
            "commodity": "stone slabs",
            "weight_kg": 26000,
        },
    ),
    (
        "宁波到都阿拉 1个40HQ 建材 20吨",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "CMDLA",
            "containers": "1x40HQ",
            "commodity": "建材",
            "weight_kg": 20000,
        },
    ),
    (
        "上海到瓜亚基儿 一个40高柜 鞋材 7吨",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "ECGYE",
            "containers": "1x40HQ",
            "commodity": "鞋材",
            "weight_kg": 7000,
        },
    ),
    (
        "青岛到山托斯 2x40HQ 轮胎 每柜10吨",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "BRSSZ",
            "containers": "2x40HQ",
            "commodity": "轮胎",
            "weight_kg": 20000,
        },
    ),
    (
        "深圳到林柴班 1x20GP 电子秤 6吨",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "THLCH",
            "containers": "1x20GP",
            "commodity": "电子秤",
            "weight_kg": 6000,
        },
    ),
    (
        "Shenzhen to Jebel Aly 1x40HQ, kitchenware, 8 tons",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "AEJEA",
            "containers": "1x40HQ",
            "commodity": "kitchenware",
            "weight_kg": 8000,
        },
    ),
    (
        "Ningbo to Mombassa 2x20GP, PVC pipes, 13 tons each",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "KEMBA",
            "containers": "2x20GP",
            "commodity": "PVC pipes",
            "weight_kg": 26000,
        },
    ),
    (
        "天津到卡拉齐 1x40GP 钢丝 24吨",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "PKKHI",
            "containers": "1x40GP",
            "commodity": "钢丝",
            "weight_kg": 24000,
        },
    ),
    (
        "宁波到阿必尚 1x40HQ 卫浴 15吨",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "CIABJ",
            "containers": "1x40HQ",
            "commodity": "卫浴",
            "weight_kg": 15000,
        },
    ),
    (
        "Qingdao to Cotonu 1x40HQ, instant noodles, 12 tons",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "BJCOO",
            "containers": "1x40HQ",
            "commodity": "instant noodles",
            "weight_kg": 12000,
        },
    ),
]

SPECIAL: list[Entry] = [
    (
        "大连到海防 一个40尺冷柜 冷冻鱿鱼 零下二十度 二十五吨 发货人：大连远洋水产有限公司 12月9号出",
        {
            "mode": "SPECIAL",
            "pol": "CNDLC",
            "pod": "VNHPH",
            "containers": "1x40RF",
            "commodity": "冷冻鱿鱼",
            "temperature_c": -20,
            "weight_kg": 25000,
            "shipper": "大连远洋水产有限公司",
            "cargo_ready": "2026-12-09",
        },
    ),
    (
        "Please quote 1 x 40' reefer Qingdao to Jebel Ali, frozen chicken feet, -18C, 27 tons, target USD 5200.",
        {
            "mode": "SPECIAL",
            "pol": "CNTAO",
            "pod": "AEJEA",
            "containers": "1x40RF",
            "commodity": "frozen chicken feet",
            "temperature_c": -18,
            "weight_kg": 27000,
            "target_price": 5200,
            "currency": "USD",
        },
    ),
    (
        "厦门到马尼拉 20尺冻柜一个 蒜头 温度设定零下二度 二十二吨",
        {
            "mode": "SPECIAL",
            "pol": "CNXMN",
            "pod": "PHMNL",
            "containers": "1x20RF",
            "commodity": "蒜头",
            "temperature_c": -2,
            "weight_kg": 22000,
        },
    ),
    (
        "青岛去吉达两个冷柜装苹果温度一度每柜二十三吨下周三出",
        {
            "mode": "SPECIAL",
            "pol": "CNTAO",
            "pod": "SAJED",
            "containers": "2x40RF",
            "commodity": "苹果",
            "temperature_c": 1,
            "weight_kg": 46000,
            "cargo_ready": "2026-12-09",
        },
    ),
    (
        "Reefer request: Xiamen to Colombo, 1x40RH, fresh ginger, +13 degrees C, 26,000 kg, ETD 17/12/2026.\n"
        "Regards, Dilan Perera\nLanka Cold Chain Logistics",
        {
            "mode": "SPECIAL",
            "pol": "CNXMN",
            "pod": "LKCMB",
            "containers": "1x40RF",
            "commodity": "fresh ginger",
            "temperature_c": 13,
            "weight_kg": 26000,
            "cargo_ready": "2026-12-17",
        },
    ),
    (
        "上海到拉各斯 40尺开顶柜一个 大理石荒料 超高 尺寸 580x230x260cm 二十六吨 12月19号",
        {
            "mode": "SPECIAL",
            "pol": "CNSHA",
            "pod": "NGLOS",
            "containers": "1x40OT",
            "commodity": "大理石荒料",
            "dimensions_cm": "580x230x260",
            "weight_kg": 26000,
            "cargo_ready": "2026-12-19",
        },
    ),
    (
        "Need 1x20OT Tianjin to Karachi, stone crusher, 5.2m x 2.2m x 2.6m, 14 tons, shipper: "
        "Weichai Power, cargo ready 21/12/2026.",
        {
            "mode": "SPECIAL",
            "pol": "CNTXG",
            "pod": "PKKHI",
            "containers": "1x20OT",
            "commodity": "stone crusher",
            "dimensions_cm": "520x220x260",
            "weight_kg": 14000,
            "shipper": "Weichai Power",
            "cargo_ready": "2026-12-21",
        },
    ),
    (
        "宁波到达曼 两个40框架 钢结构 每件长11.8米宽2.5米高2.8米 每个框架十八吨 目标价四千五美金",
        {
            "mode": "SPECIAL",
            "pol": "CNNGB",
            "pod": "SADMM",
            "containers": "2x40FR",
            "commodity": "钢结构",
            "dimensions_cm": "1180x250x280",
            "weight_kg": 36000,
            "target_price": 4500,
            "currency": "USD",
        },
    ),
    (
        "Qingdao to Tema 1x40FR, one road roller, L 6.2m W 2.4m H 3.1m, 13.5 tons, ready 15/12.",
        {
            "mode": "SPECIAL",
            "pol": "CNTAO",
            "pod": "GHTEM",
            "containers": "1x40FR",
            "commodity": "road roller",
            "dimensions_cm": "620x240x310",
            "weight_kg": 13500,
            "cargo_ready": "2026-12-15",
        },
    ),
    (
        "上海到桑托斯 20尺框架箱一个 变压器 尺寸450*230*280cm 重量二十吨 发货人：特变电工 1月10号",
        {
            "mode": "SPECIAL",
            "pol": "CNSHA",
            "pod": "BRSSZ",
            "containers": "1x20FR",
            "commodity": "变压器",
            "dimensions_cm": "450x230x280",
            "weight_kg": 20000,
            "shipper": "特变电工",
            "cargo_ready": "2027-01-10",
        },
    ),
    (
        "张家港到孟买 罐箱一个 食品级葡萄糖浆 非危 二十一吨",
        {
            "mode": "SPECIAL",
            "pol": "CNZJG",
            "pod": "INBOM",
            "containers": "1x20TK",
            "commodity": "食品级葡萄糖浆",
            "dg": False,
            "weight_kg": 21000,
        },
    ),
    (
        "Please quote 2 x 20' ISO tank Shanghai to Jebel Ali, glycerine (non-DG), 22 MT each.",
        {
            "mode": "SPECIAL",
            "pol": "CNSHA",
            "pod": "AEJEA",
            "containers": "2x20TK",
            "commodity": "glycerine",
            "dg": False,
            "weight_kg": 44000,
        },
    ),
    (
        "天津到科托努 40尺开顶 挖掘机 尺寸：1000x240x290cm 二十吨 发货人山东临工 目标USD5800",
        {
            "mode": "SPECIAL",
            "pol": "CNTXG",
            "pod": "BJCOO",
            "containers": "1x40OT",
            "commodity": "挖掘机",
            "dimensions_cm": "1000x240x290",
            "weight_kg": 20000,
            "shipper": "山东临工",
            "target_price": 5800,
            "currency": "USD",
        },
    ),
    (
        "湛江到雅加达 冻柜两个 冻虾 -18度 每柜二十五吨 发货人：湛江国联水产",
        {
            "mode": "SPECIAL",
            "pol": "CNZNG",
            "pod": "IDJKT",
            "containers": "2x40RF",
            "commodity": "冻虾",
            "temperature_c": -18,
            "weight_kg": 50000,
            "shipper": "湛江国联水产",
        },
    ),
    (
        "Hi,\nKindly quote 1 x 40 flat rack Ningbo to Callao for a boat on cradle, 11.5 x 2.8 x 3.4 m, "
        "7 tons. Ready 05/01/2027.\nSaludos, Jorge Vargas",
        {
            "mode": "SPECIAL",
            "pol": "CNNGB",
            "pod": "PECLL",
            "containers": "1x40FR",
            "commodity": "boat on cradle",
            "dimensions_cm": "1150x280x340",
            "weight_kg": 7000,
            "cargo_ready": "2027-01-05",
        },
    ),
    (
        "烟台到布埃纳文图拉 一个40冷柜 冷冻苹果汁浓缩液 零下十八度 二十六吨半",
        {
            "mode": "SPECIAL",
            "pol": "CNYNT",
            "pod": "COBUN",
            "containers": "1x40RF",
            "commodity": "冷冻苹果汁浓缩液",
            "temperature_c": -18,
            "weight_kg": 26500,
        },
    ),
]

DG: list[Entry] = [
    (
        "宁波到拉各斯 1x20GP 油墨 UN1210 3类 16吨",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGLOS",
            "containers": "1x20GP",
            "commodity": "油墨",
            "dg": True,
            "un_number": "1210",
            "dg_class": "3",
            "weight_kg": 16000,
        },
    ),
    (
        "上海到吉达 一个二十尺 危险品 次氯酸钙 联合国编号2880 5.1类 十八吨",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "SAJED",
            "containers": "1x20GP",
            "commodity": "次氯酸钙",
            "dg": True,
            "un_number": "2880",
            "dg_class": "5.1",
            "weight_kg": 18000,
        },
    ),
    (
        "DG inquiry: Qingdao to Nhava Sheva, 2x20GP, caustic soda flakes, UN No. 1823, Class 8, 25 tons each.",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "INNSA",
            "containers": "2x20GP",
            "commodity": "caustic soda flakes",
            "dg": True,
            "un_number": "1823",
            "dg_class": "8",
            "weight_kg": 50000,
        },
    ),
    (
        "深圳到迪拜 1x40HQ 电动滑板车 含锂电池 UN3171 9类 6吨",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "AEJEA",
            "containers": "1x40HQ",
            "commodity": "电动滑板车",
            "dg": True,
            "un_number": "3171",
            "dg_class": "9",
            "weight_kg": 6000,
        },
    ),
    (
        "Please quote Tianjin to Lagos 1 x 20'GP, calcium carbide, UN 1402, class 4.3, 20 MT, ready 12/12/2026.",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "NGLOS",
            "containers": "1x20GP",
            "commodity": "calcium carbide",
            "dg": True,
            "un_number": "1402",
            "dg_class": "4.3",
            "weight_kg": 20000,
            "cargo_ready": "2026-12-12",
        },
    ),
    (
        "南京到卡拉奇 1个20尺 三氯异氰尿酸 UN2468 5.1类 二十吨 下周五",
        {
            "mode": "FCL",
            "pol": "CNNKG",
            "pod": "PKKHI",
            "containers": "1x20GP",
            "commodity": "三氯异氰尿酸",
            "dg": True,
            "un_number": "2468",
            "dg_class": "5.1",
            "weight_kg": 20000,
            "cargo_ready": "2026-12-11",
        },
    ),
    (
        "宁波到蒙巴萨拼箱 危险品 4托 2.4方 1.1吨 气雾剂 UN1950 2.1类",
        {
            "mode": "LCL",
            "pol": "CNNGB",
            "pod": "KEMBA",
            "pieces": 4,
            "volume_cbm": 2.4,
            "weight_kg": 1100,
            "commodity": "气雾剂",
            "dg": True,
            "un_number": "1950",
            "dg_class": "2.1",
        },
    ),
    (
        "青岛到桑托斯 两个二十尺 草甘膦原药 UN3077 第9类 每柜二十吨",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "BRSSZ",
            "containers": "2x20GP",
            "commodity": "草甘膦原药",
            "dg": True,
            "un_number": "3077",
            "dg_class": "9",
            "weight_kg": 40000,
        },
    ),
    (
        "Hi, DG rate pls: Shanghai to Dammam, 1x20GP, sodium hydrosulfite, UN1384, Class 4.2, 17 tons.\n"
        "Thanks, Khalid | Al Bahr Shipping",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "SADMM",
            "containers": "1x20GP",
            "commodity": "sodium hydrosulfite",
            "dg": True,
            "un_number": "1384",
            "dg_class": "4.2",
            "weight_kg": 17000,
        },
    ),
    (
        "上海到曼萨尼约（墨西哥） 1x20GP 氢氟酸 联合国编号1790 8类 十九吨",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "MXZLO",
            "containers": "1x20GP",
            "commodity": "氢氟酸",
            "dg": True,
            "un_number": "1790",
            "dg_class": "8",
            "weight_kg": 19000,
        },
    ),
    (
        "Dear Sir,\nPlease quote 1x20TK from Ningbo to Chennai, ethyl acetate, UN1173, class 3, "
        "19 MT. Shipper: Zhejiang Jianye Chemical.\nRegards,\nVikram Nair",
        {
            "mode": "SPECIAL",
            "pol": "CNNGB",
            "pod": "INMAA",
            "containers": "1x20TK",
            "commodity": "ethyl acetate",
            "dg": True,
            "un_number": "1173",
            "dg_class": "3",
            "weight_kg": 19000,
            "shipper": "Zhejiang Jianye Chemical",
        },
    ),
    (
        "天津到达累斯萨拉姆 一个20尺 危险品 高锰酸钾 UN1490 5.1类 二十吨 目标价两千六美金",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "TZDAR",
            "containers": "1x20GP",
            "commodity": "高锰酸钾",
            "dg": True,
            "un_number": "1490",
            "dg_class": "5.1",
            "weight_kg": 20000,
            "target_price": 2600,
            "currency": "USD",
        },
    ),
]

LCL: list[Entry] = [
    (
        "义乌拼箱到拉各斯 56箱 8.4方 1.9吨 小商品 从宁波走",
        {
            "mode": "LCL",
            "pol": "CNNGB",
            "pod": "NGLOS",
            "pieces": 56,
            "volume_cbm": 8.4,
            "weight_kg": 1900,
            "commodity": "小商品",
        },
    ),
    (
        "LCL Shenzhen to Dar es Salaam: 3 wooden cases, 4.2 CBM, 1,560 kgs, commodity: water pump sets.",
        {
            "mode": "LCL",
            "pol": "CNSZX",
            "pod": "TZDAR",
            "pieces": 3,
            "volume_cbm": 4.2,
            "weight_kg": 1560,
            "commodity": "water pump sets",
        },
    ),
    (
        "上海拼箱到瓜亚基尔 七件 一点六方 四百二十公斤 服装样品",
        {
            "mode": "LCL",
            "pol": "CNSHA",
            "pod": "ECGYE",
            "pieces": 7,
            "volume_cbm": 1.6,
            "weight_kg": 420,
            "commodity": "服装样品",
        },
    ),
    (
        "广州到吉大港拼箱 货物是布料 25卷 3.3cbm 1350kg",
        {
            "mode": "LCL",
            "pol": "CNCAN",
            "pod": "BDCGP",
            "pieces": 25,
            "volume_cbm": 3.3,
            "weight_kg": 1350,
            "commodity": "布料",
        },
    ),
    (
        "Hi, LCL Ningbo - Mombasa, 18 ctns, 2.1 cbm, 390 kg, goods are phone cases. Ready 10/12.",
        {
            "mode": "LCL",
            "pol": "CNNGB",
            "pod": "KEMBA",
            "pieces": 18,
            "volume_cbm": 2.1,
            "weight_kg": 390,
            "commodity": "phone cases",
            "cargo_ready": "2026-12-10",
        },
    ),
    (
        "厦门拼箱到达曼 两个木箱 一共三点五个方 一吨四 是阀门",
        {
            "mode": "LCL",
            "pol": "CNXMN",
            "pod": "SADMM",
            "pieces": 2,
            "volume_cbm": 3.5,
            "weight_kg": 1400,
            "commodity": "阀门",
        },
    ),
    (
        "青岛到阿帕帕拼箱，40箱，毛重2.2吨，体积9方，品名：雨伞",
        {
            "mode": "LCL",
            "pol": "CNTAO",
            "pod": "NGLOS",
            "pieces": 40,
            "volume_cbm": 9,
            "weight_kg": 2200,
            "commodity": "雨伞",
        },
    ),
    (
        "LCL request Shanghai to Santos: 5 pallets / 3.75 m3 / 1,125 kg, commodity stainless steel valves, FOB Shanghai.",
        {
            "mode": "LCL",
            "pol": "CNSHA",
            "pod": "BRSSZ",
            "pieces": 5,
            "volume_cbm": 3.75,
            "weight_kg": 1125,
            "commodity": "stainless steel valves",
            "incoterm": "FOB",
        },
    ),
    (
        "深圳拼箱到胡志明 十箱 零点八方 两百公斤 蓝牙耳机外壳",
        {
            "mode": "LCL",
            "pol": "CNSZX",
            "pod": "VNSGN",
            "pieces": 10,
            "volume_cbm": 0.8,
            "weight_kg": 200,
            "commodity": "蓝牙耳机外壳",
        },
    ),
    (
        "宁波拼去那瓦舍瓦 16托 12.5方 4.8吨 汽车滤清器",
        {
            "mode": "LCL",
            "pol": "CNNGB",
            "pod": "INNSA",
            "pieces": 16,
            "volume_cbm": 12.5,
            "weight_kg": 4800,
            "commodity": "汽车滤清器",
        },
    ),
    (
        "Dear Sir, LCL from Xiamen to Tema, 22 cartons, 4 cbm, 880 kgs, ceramic mugs.\nBest, Ama Owusu",
        {
            "mode": "LCL",
            "pol": "CNXMN",
            "pod": "GHTEM",
            "pieces": 22,
            "volume_cbm": 4,
            "weight_kg": 880,
            "commodity": "ceramic mugs",
        },
    ),
]

MIXED_EQ: list[Entry] = [
    (
        "宁波到拉各斯 1x20GP+2x40HQ 家具 20尺12吨 40尺每个15吨",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGLOS",
            "containers": "1x20GP+2x40HQ",
            "commodity": "家具",
            "weight_kg": 42000,
        },
    ),
    (
        "青岛到德班 20GP和40HQ各一个 各重14吨 轮胎",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "ZADUR",
            "containers": "1x20GP+1x40HQ",
            "commodity": "轮胎",
            "weight_kg": 28000,
        },
    ),
    (
        "Shanghai to Jeddah: 2 x 20GP + 1 x 40HQ, tiles. 20GP 25 tons each, 40HQ 26 tons.",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "SAJED",
            "containers": "2x20GP+1x40HQ",
            "commodity": "tiles",
            "weight_kg": 76000,
        },
    ),
    (
        "厦门到蒙巴萨 两个小柜一个高柜 石材 小柜每个二十六吨 高柜二十吨",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "KEMBA",
            "containers": "2x20GP+1x40HQ",
            "commodity": "石材",
            "weight_kg": 72000,
        },
    ),
    (
        "天津到乌姆盖斯尔 3x40GP+1x20GP 钢管 每柜20吨",
        {
            "mode": "FCL",
            "pol": "CNTXG",
            "pod": "IQUQR",
            "containers": "3x40GP+1x20GP",
            "commodity": "钢管",
            "weight_kg": 80000,
        },
    ),
    (
        "Please quote Ningbo to Mombasa 1x40GP and 1x40HQ, each unit 18,000 kgs, commodity: steel doors.",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "KEMBA",
            "containers": "1x40GP+1x40HQ",
            "commodity": "steel doors",
            "weight_kg": 36000,
        },
    ),
    (
        "深圳到科托努 40HQ*2 + 20GP*1 日用百货 9t/40HQ 7t/20GP",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "BJCOO",
            "containers": "2x40HQ+1x20GP",
            "commodity": "日用百货",
            "weight_kg": 25000,
        },
    ),
    (
        "上海到卡萨布兰卡 一个四十尺高柜加两个二十尺 货是陶瓷 高柜十八吨 二十尺的每个二十四吨",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "MACAS",
            "containers": "1x40HQ+2x20GP",
            "commodity": "陶瓷",
            "weight_kg": 66000,
        },
    ),
    (
        "QD-JEA 1x20GP 1x40GP 大理石 各25吨",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "AEJEA",
            "containers": "1x20GP+1x40GP",
            "commodity": "大理石",
            "weight_kg": 50000,
        },
    ),
    (
        "Hi, rate Xiamen to Abidjan for 2x40HQ + 2x20GP, granite tiles: 20GP 26 MT each, 40HQ 27 MT each.\nRgds, Serge",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "CIABJ",
            "containers": "2x40HQ+2x20GP",
            "commodity": "granite tiles",
            "weight_kg": 106000,
        },
    ),
]

BREAKBULK: list[Entry] = [
    (
        "散货询价 天津到拉各斯 两台压路机 每台6.5m*2.4m*3.2m 每台十四吨 一月中旬",
        {
            "mode": "BREAKBULK",
            "pol": "CNTXG",
            "pod": "NGLOS",
            "commodity": "压路机",
            "pieces": 2,
            "weight_kg": 28000,
            "dimensions_cm": "650x240x320",
            "cargo_ready": "2027-01-15",
        },
    ),
    (
        "Break bulk: Shanghai to Jeddah, 2 units wheel loaders, 8.9 x 3.0 x 3.5 m each, 24 tons each, ready 20/12/2026.",
        {
            "mode": "BREAKBULK",
            "pol": "CNSHA",
            "pod": "SAJED",
            "commodity": "wheel loaders",
            "pieces": 2,
            "weight_kg": 48000,
            "dimensions_cm": "890x300x350",
            "cargo_ready": "2026-12-20",
        },
    ),
    (
        "散杂货：连云港到达曼 钢结构 共二十件 总重三百二十吨 最大件15m*4m*3.5m 一月十号出运",
        {
            "mode": "BREAKBULK",
            "pol": "CNLYG",
            "pod": "SADMM",
            "commodity": "钢结构",
            "pieces": 20,
            "weight_kg": 320000,
            "dimensions_cm": "1500x400x350",
            "cargo_ready": "2027-01-10",
        },
    ),
    (
        "Break-bulk inquiry Qingdao to Santos: 1 boiler, 12.0 x 4.2 x 4.5 m, 58 tons, mid January.",
        {
            "mode": "BREAKBULK",
            "pol": "CNTAO",
            "pod": "BRSSZ",
            "commodity": "boiler",
            "pieces": 1,
            "weight_kg": 58000,
            "dimensions_cm": "1200x420x450",
            "cargo_ready": "2027-01-15",
        },
    ),
    (
        "散杂船 上海到蒙巴萨 三台变压器 每台7.2m*3.1m*3.9m 每台四十五吨 需要重吊",
        {
            "mode": "BREAKBULK",
            "pol": "CNSHA",
            "pod": "KEMBA",
            "commodity": "变压器",
            "pieces": 3,
            "weight_kg": 135000,
            "dimensions_cm": "720x310x390",
        },
    ),
]

TERMS: list[Entry] = [
    (
        "EXW 永康 一个工厂 到达喀尔 1x40HQ 塑料外壳 9吨 宁波走",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "SNDKR",
            "containers": "1x40HQ",
            "commodity": "塑料外壳",
            "weight_kg": 9000,
            "incoterm": "EXW",
            "pickup_address": "永康",
            "pickup_factories": 1,
        },
    ),
    (
        "Please quote EXW Foshan, 2 factories, to Jebel Ali via Nansha... sorry via Shekou, 1x40HQ, furniture, 7 tons.",
        {
            "mode": "FCL",
            "pol": "CNSHK",
            "pod": "AEJEA",
            "containers": "1x40HQ",
            "commodity": "furniture",
            "weight_kg": 7000,
            "incoterm": "EXW",
            "pickup_address": "Foshan",
            "pickup_factories": 2,
        },
    ),
    (
        "DDP到迪拜仓库 地址：Warehouse 14, Al Quoz Industrial Area 3, Dubai 上海出 1x40HQ 灯具 6吨 "
        "HS编码940540 货值3万美金",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "AEJEA",
            "containers": "1x40HQ",
            "commodity": "灯具",
            "weight_kg": 6000,
            "incoterm": "DDP",
            "delivery_address": "Warehouse 14, Al Quoz Industrial Area 3, Dubai",
            "hs_code": "940540",
            "cargo_value": 30000,
            "cargo_value_currency": "USD",
        },
    ),
    (
        "EXW 临沂 1个厂 青岛出 到卡拉奇 2x40HQ 胶合板 每柜26吨",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "PKKHI",
            "containers": "2x40HQ",
            "commodity": "胶合板",
            "weight_kg": 52000,
            "incoterm": "EXW",
            "pickup_address": "临沂",
            "pickup_factories": 1,
        },
    ),
    (
        "DDU Riyadh, delivery to: Building 7, 2nd Industrial City, Riyadh. From Ningbo via Dammam, 1x20GP, "
        "kitchen sinks, 11 tons.",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "SADMM",
            "containers": "1x20GP",
            "commodity": "kitchen sinks",
            "weight_kg": 11000,
            "incoterm": "DDU",
            "delivery_address": "Building 7, 2nd Industrial City, Riyadh",
        },
    ),
]

RECEIVED: list[Entry] = [
    (
        "宁波到拉各斯 1x40HQ 鞋子 7吨 明天货好",
        {
            "mode": "FCL",
            "pol": "CNNGB",
            "pod": "NGLOS",
            "containers": "1x40HQ",
            "commodity": "鞋子",
            "weight_kg": 7000,
            "cargo_ready": "2026-12-04",
            "received": "2026-12-03",
        },
    ),
    (
        "青岛到达累斯萨拉姆 两个40平柜 瓷砖 每柜二十五吨 下周一出",
        {
            "mode": "FCL",
            "pol": "CNTAO",
            "pod": "TZDAR",
            "containers": "2x40GP",
            "commodity": "瓷砖",
            "weight_kg": 50000,
            "cargo_ready": "2026-12-07",
            "received": "2026-12-03",
        },
    ),
    (
        "上海到桑托斯 1x40HQ 手动工具 10吨 下周三出货",
        {
            "mode": "FCL",
            "pol": "CNSHA",
            "pod": "BRSSZ",
            "containers": "1x40HQ",
            "commodity": "手动工具",
            "weight_kg": 10000,
            "cargo_ready": "2027-01-06",
            "received": "2026-12-28",
        },
    ),
    (
        "Hi, Xiamen to Tema 1x20GP, quartz slabs, 25 tons, ready 8th January.",
        {
            "mode": "FCL",
            "pol": "CNXMN",
            "pod": "GHTEM",
            "containers": "1x20GP",
            "commodity": "quartz slabs",
            "weight_kg": 25000,
            "cargo_ready": "2027-01-08",
            "received": "2026-12-28",
        },
    ),
    (
        "深圳到吉达 一个高柜 箱包 五吨 下周五装柜",
        {
            "mode": "FCL",
            "pol": "CNSZX",
            "pod": "SAJED",
            "containers": "1x40HQ",
            "commodity": "箱包",
            "weight_kg": 5000,
            "cargo_ready": "2026-12-11",
            "received": "2026-12-04",
        },
    ),
]

ENTRIES: list[Entry] = (
    VOICE
    + NUMERALS
    + SHORTHAND
    + EMAIL_EN
    + CORRECTIONS
    + TYPOS
    + SPECIAL
    + DG
    + LCL
    + MIXED_EQ
    + BREAKBULK
    + TERMS
    + RECEIVED
)
