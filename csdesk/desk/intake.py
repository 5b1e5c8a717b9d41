"""What the intake needs from the store: the parser and the check context built on the desk's
reference data, and the form's draft that survives a closed terminal.

Each function takes a Session or a Core Connection (`csdesk inquiry add` writes without the ORM,
csdesk.desk.inquiry_add), and a customer is anything with `kind`, `vip` and `name`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select

from csdesk.desk.reference import container_catalog, dg_keywords, port_index, reference_marker
from csdesk.rules.commodities import CommodityTable
from csdesk.rules.findings import Finding
from csdesk.rules.inquiry_fields import InquiryFields, fields_from_json
from csdesk.rules.intake import CheckContext, CheckResult, check_inquiry
from csdesk.rules.lanes import Asker, LaneInfo
from csdesk.rules.message_dg import dg_hint_finder
from csdesk.rules.message_parser import MessageParser, ParseResult
from csdesk.store.core_tables import lane as lane_table


@lru_cache(maxsize=4)
def commodity_table(data_dir: Path | None = None) -> CommodityTable:
    """The commodities and their plausible densities, data/commodities.csv (read once per
    process, and kept between runs with their patterns' text: csdesk.rules.kept)."""
    from csdesk.config import REPO_DATA_DIR
    from csdesk.rules import commodities, fastre, kept, records, trie_pattern

    path = (data_dir or REPO_DATA_DIR) / "commodities.csv"
    built_by = (commodities, trie_pattern, fastre, records)
    data = path.read_bytes()
    return kept.kept(
        "commodities-", data, built_by, lambda: CommodityTable.from_csv(path), CommodityTable
    )


def message_parser(session: Any) -> MessageParser:
    keywords = dg_keywords()
    marker = reference_marker(session)  # read once for both tables
    ports, containers = port_index(session, marker), container_catalog(session, marker)
    return MessageParser(ports, containers, commodity_table(), dg_hint_finder(keywords))


def parse_message(session: Any, text: str, received: dt.date) -> ParseResult:
    return message_parser(session).parse(text, received)


def lanes(session: Any) -> dict[str, LaneInfo]:
    c = lane_table.c
    rows = session.execute(
        select(c.code, c.name_zh, c.name_en, c.main, c.peer_served).order_by(c.code)
    )
    return {row.code: LaneInfo(*row) for row in rows}


def asker_of(customer: Any) -> Asker | None:
    if customer is None:
        return None
    return Asker(customer.kind, customer.vip, customer.name)


def check_context(session: Any, today: dt.date, customer: Any) -> CheckContext:
    keywords = dg_keywords()

    def hints(text: str) -> Sequence[str]:
        return keywords.hints(text)

    marker = reference_marker(session)  # read once for both tables
    return CheckContext(
        today=today,
        ports=port_index(session, marker),
        containers=container_catalog(session, marker),
        commodities=commodity_table(),
        lanes=lanes(session),
        asker=asker_of(customer),
        dg_hints=hints,
    )


def check_values(
    session: Any,
    values: InquiryFields,
    today: dt.date,
    customer: Any = None,
    unreadable: Sequence[Finding] = (),
) -> CheckResult:
    return check_inquiry(values, check_context(session, today, customer), unreadable=unreadable)


def check_document(
    session: Any, document: Mapping[str, Any], today: dt.date, customer: Any = None
) -> CheckResult:
    """Check fields as JSON or a form gives them; what cannot be read becomes an error."""
    values, unreadable = fields_from_json(document)
    return check_values(session, values, today, customer, unreadable)
