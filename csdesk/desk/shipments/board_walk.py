"""A broad filter's first pages (board_filtered): every column's walk of the board index in one
statement, built once per kind of filter and kept, the filter's values bound at each read.

Building that statement (nine pages, each with the filter's test) and its cache key cost
SQLAlchemy about as much as SQLite's walk itself; the text changes with every key typed, the
statement's shape (one agent or all, the trouble kind, a text or none, many matching customers
or few, the page size) does not. The values go in by name (board_match.walk_values).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, bindparam

from csdesk.desk.shipments.board import (
    BoardCard,
    BoardFilter,
    cards_by_stage,
    first_pages_statement,
)
from csdesk.desk.shipments.board_match import text_holds, trouble_matches, walk_values
from csdesk.store import core_tables

S = core_tables.shipment.c
# Stand-in texts the kept statement is built with (every read binds its own): one that tests
# the customers' initials and pinyin too (Latin letters or digits), and one that does not.
_WITH_PINYIN, _WITHOUT_PINYIN = "x", "宁"


@lru_cache(maxsize=64)
def _walk(
    one_agent: bool, trouble: str | None, by_text: bool, many: bool, pinyin: bool, limit: int
) -> Any:
    """The statement for filters of this shape; SQLAlchemy keeps its cache key with it."""
    conditions = []
    if one_agent:
        conditions.append(S.agent_id == bindparam("walk_agent", type_=Integer()))
    if trouble:
        conditions.append(trouble_matches(trouble))
    if by_text:
        values = walk_values(_WITH_PINYIN if pinyin else _WITHOUT_PINYIN)
        conditions.append(text_holds(values, many))
    return first_pages_statement(conditions, limit)


def walked_pages(
    session: Any,
    flt: BoardFilter,
    customer_ids: tuple[int, ...],
    many_customers: bool,
    today: dt.date,
    tz: ZoneInfo,
    limit: int,
) -> dict[str, list[BoardCard]]:
    """The first `limit` cards of every column kept to `flt`, by walking the board index and
    testing each card (board_match.text_holds): `customer_ids` are the matching customers when
    not `many_customers`."""
    text = (flt.text or "").strip()
    values = walk_values(text, customer_ids) if text else {}
    values["walk_agent"] = flt.agent_id
    pinyin = "walk_pinyin" in values
    statement = _walk(
        flt.agent_id is not None, flt.trouble, bool(text), many_customers, pinyin, limit
    )
    # Values the statement does not bind (its shape has no such test) are ignored.
    return cards_by_stage(session.execute(statement, values).all(), today, tz)
