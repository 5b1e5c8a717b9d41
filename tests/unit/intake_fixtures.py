"""Reference data for the intake tests: the repository's ports, container types, lanes and
commodities, as the desk loads them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from csdesk.config import REPO_DATA_DIR
from csdesk.rules.commodities import CommodityTable
from csdesk.rules.containers import ContainerCatalog
from csdesk.rules.dg import DGKeywords
from csdesk.rules.intake import CheckContext
from csdesk.rules.lanes import Asker, LaneInfo
from csdesk.rules.message_dg import dg_hint_finder
from csdesk.rules.message_parser import MessageParser
from csdesk.rules.ports import PortIndex
from csdesk.rules.refcsv import flag, read_rows

TODAY = dt.date(2026, 11, 30)


PORTS = PortIndex.from_csv(REPO_DATA_DIR / "ports.csv")
CONTAINERS = ContainerCatalog.from_csv(REPO_DATA_DIR / "container_types.csv")
COMMODITIES = CommodityTable.from_csv(REPO_DATA_DIR / "commodities.csv")
LANES = {
    row["code"]: LaneInfo(
        row["code"], row["name_zh"], row["name_en"], flag(row["main"]), flag(row["peer_served"])
    )
    for row in read_rows(Path(REPO_DATA_DIR / "lanes.csv"))
}
DG_KEYWORDS = DGKeywords.from_csv(REPO_DATA_DIR / "dg_keywords.csv")
dg_spans = dg_hint_finder(DG_KEYWORDS)


def dg_hints(text: str) -> list[str]:
    return DG_KEYWORDS.hints(text)


PARSER = MessageParser(PORTS, CONTAINERS, COMMODITIES, dg_spans)


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
