"""What the demo's rate sheets are made of: carriers per lane, base freight per lane and box.

Prices are what Ningbo/Shanghai forwarders saw in late 2025, rounded; enough to look right to an
agent, not a market report. Costs and sell prices are multiples of USD 10 and minimums end in 5,
so a demo minimum never coincides with a cost or a sell price on the same rate.
"""

from __future__ import annotations

ORIGINS = ("CNSHA", "CNNGB", "CNSZX")
# pod -> (carriers, base cost of a 20GP in USD, transit days); the main lanes first (H9).
LANES: dict[str, tuple[tuple[str, ...], int, int]] = {
    "NGLOS": (("COSCO", "MSC", "CMA", "PIL"), 1900, 38),
    "GHTEM": (("MSC", "MAERSK", "PIL"), 1750, 35),
    "KEMBA": (("COSCO", "PIL", "EMC"), 1250, 24),
    "TZDAR": (("COSCO", "MSC", "PIL"), 1350, 26),
    "ZADUR": (("MSC", "MAERSK", "ONE"), 1150, 25),
    "EGPSD": (("COSCO", "CMA"), 1100, 22),
    "BRSSZ": (("COSCO", "MSC", "ONE"), 1950, 36),
    "CLSAI": (("HMM", "ONE", "COSCO"), 1650, 30),
    "MXZLO": (("COSCO", "ONE", "CMA"), 1300, 20),
    "INNSA": (("COSCO", "ONE", "PIL"), 560, 16),
    "AEJEA": (("COSCO", "EMC", "CMA"), 620, 17),
    "THBKK": (("SITC", "KMTC", "COSCO"), 160, 7),
    "VNSGN": (("SITC", "KMTC", "EMC"), 120, 5),
    "DEHAM": (("COSCO", "MSC", "HAPAG"), 1450, 32),
    "USLAX": (("COSCO", "OOCL", "ONE"), 1850, 16),
}
# Box -> multiple of the 20GP base; LCL is priced per W/M from its own base below.
BOXES = {"20GP": 1.0, "40GP": 1.75, "40HQ": 1.8}
LCL_BASE = {"NGLOS": 55, "KEMBA": 45, "BRSSZ": 60, "THBKK": 15, "DEHAM": 40, "USLAX": 50}
SURCHARGES = {
    "20GP": "THC CNY 850; DOC CNY 450/票; SEAL CNY 50/票",
    "40GP": "THC CNY 1250; DOC CNY 450/票; SEAL CNY 50/票",
    "40HQ": "THC CNY 1250; DOC CNY 450/票; SEAL CNY 50/票",
    "LCL": "CFS CNY 120; DOC CNY 350/票",
}
COMMODITIES = (
    "汽车配件",
    "家具",
    "五金工具",
    "LED 灯具",
    "纺织面料",
    "太阳能板",
    "陶瓷砖",
    "塑料制品",
)
LOST_NOTES = {
    "price": "同行报价低 50 美金",
    "schedule": "客户要赶 12 月 10 日前的船",
    "service": "客户要求包清关, 我们目的港不做",
    "no_cargo": "工厂延期出货",
    "other": "客户自己指定货代",
}
RETURN_COMMENT = "THC 报错了, 宁波是 1250 不是 850, 改好再发"
