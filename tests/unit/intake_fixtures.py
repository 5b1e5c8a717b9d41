"""Reference data for the intake tests: the repository's container types, lanes and commodities,
and a small port index (the desk's full port list is data/ports.csv)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from csdesk.config import REPO_DATA_DIR
from csdesk.rules.commodities import CommodityTable
from csdesk.rules.containers import ContainerCatalog
from csdesk.rules.intake import CheckContext
from csdesk.rules.lanes import Asker, LaneInfo
from csdesk.rules.message_parser import MessageParser
from csdesk.rules.ports import PortIndex, port_from_row
from csdesk.rules.refcsv import flag, read_rows

TODAY = dt.date(2026, 11, 30)


def _port(locode: str, en: str, zh: str, lane: str, aliases: str = "") -> object:
    return port_from_row(
        {"locode": locode, "name_en": en, "name_zh": zh, "country": locode[:2], "lane": lane,
         "aliases": aliases}
    )


PORTS = PortIndex(
    [
        _port("CNNGB", "Ningbo", "宁波", "CN", "Ningbo-Zhoushan|NGB|宁波舟山|北仑|Beilun"),
        _port("CNSHA", "Shanghai", "上海", "CN", "SHA|洋山|Yangshan"),
        _port("CNSZX", "Shenzhen", "深圳", "CN", "Yantian|盐田|蛇口|Shekou|SZX"),
        _port("CNQIN", "Qingdao", "青岛", "CN", "QIN|Tsingtao"),
        _port("CNTXG", "Tianjin Xingang", "天津新港", "CN", "Tianjin|Xingang|天津|新港|TXG"),
        _port("CNXMN", "Xiamen", "厦门", "CN", "XMN|Amoy"),
        _port("NGLOS", "Lagos", "拉各斯", "WAF", "Apapa|阿帕帕|LOS"),
        _port("GHTEM", "Tema", "特马", "WAF", "TEM"),
        _port("TZDAR", "Dar es Salaam", "达累斯萨拉姆", "EAF", "DAR|达市|三兰港"),
        _port("KEMBA", "Mombasa", "蒙巴萨", "EAF", "MBA"),
        _port("ZADUR", "Durban", "德班", "SAF", "DUR"),
        _port("EGALY", "Alexandria", "亚历山大", "NAF", "ALY"),
        _port("INNSA", "Nhava Sheva", "那瓦舍瓦", "ISC", "NSA|JNPT|新孟买"),
        _port("SAJED", "Jeddah", "吉达", "RSEA", "JED"),
        _port("AEJEA", "Jebel Ali", "杰贝阿里", "MEG", "JEA|Dubai|迪拜"),
        _port("BRSSZ", "Santos", "桑托斯", "ECSA", "SSZ"),
        _port("CLSAI", "San Antonio", "圣安东尼奥", "WCSA", "SAI"),
        _port("MXZLO", "Manzanillo", "曼萨尼约", "MEX", "ZLO"),
        _port("VNSGN", "Ho Chi Minh City", "胡志明", "SEA", "HCM|HCMC|Saigon|Cat Lai|胡志明市"),
        _port("THLCH", "Laem Chabang", "林查班", "SEA", "LCB"),
        _port("DEHAM", "Hamburg", "汉堡", "EUR", "HAM"),
        _port("NLRTM", "Rotterdam", "鹿特丹", "EUR", "RTM"),
        _port("ITGOA", "Genoa", "热那亚", "MED", "Genova|GOA"),
        _port("USLAX", "Los Angeles", "洛杉矶", "USC", "LAX"),
        _port("AUSYD", "Sydney", "悉尼", "SPAC", "SYD"),
        _port("KRPUS", "Busan", "釜山", "NEA", "Pusan|PUS"),
    ]
)
CONTAINERS = ContainerCatalog.from_csv(REPO_DATA_DIR / "container_types.csv")
COMMODITIES = CommodityTable.from_csv(REPO_DATA_DIR / "commodities.csv")
LANES = {
    row["code"]: LaneInfo(row["code"], row["name_zh"], row["name_en"], flag(row["main"]),
                          flag(row["peer_served"]))
    for row in read_rows(Path(REPO_DATA_DIR / "lanes.csv"))
}
_DG_WORDS = ("危险品", "化工", "锂电池", "油漆", "香水", "MSDS", "dangerous", "lithium")


def dg_hints(text: str) -> list[tuple[int, int]]:
    lowered = text.lower()
    spans = []
    for word in _DG_WORDS:
        start = lowered.find(word.lower())
        if start >= 0:
            spans.append((start, start + len(word)))
    return spans


PARSER = MessageParser(PORTS, CONTAINERS, COMMODITIES, dg_hints)


def context(kind: str = "direct", vip: bool = False, today: dt.date = TODAY) -> CheckContext:
    return CheckContext(
        today=today,
        ports=PORTS,
        containers=CONTAINERS,
        commodities=COMMODITIES,
        lanes=LANES,
        asker=Asker(kind, vip, "宁波海天贸易"),
        dg_hints=dg_hints,
    )
