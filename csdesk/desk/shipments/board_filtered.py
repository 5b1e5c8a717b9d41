"""The board kept to a text filter (or a trouble kind without an index of its own).

A filter may match five shipments or all twenty thousand; its cost must not follow (issue 11).
First the indexes alone say whether more than COUNT_CAP shipments may match (board_match's
candidates: a superset, counted with a LIMIT, no shipment row read). Then:

- at most COUNT_CAP: the matches are looked up by their indexes and tested exactly, so each
  column's count is exact and its first page is the first matches in board order (sorted here,
  then read whole by primary key);
- more: the filter is broad, and most cards of a column match. Each column's first page is a
  walk of the board index in order that tests each row (board_match.text_holds) and stops after
  a page, all in one statement. A column whose walk ends before a full page is counted exactly;
  one with a full page is counted "at least" its page (BoardColumn.at_least, shown "12+"), and
  paging on shows the rest. A header never says more than there is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, case, cast, func, not_, null, select, union_all

from csdesk.desk.shipments.board import (
    BoardColumn,
    BoardFilter,
    cards_by_id,
    not_by_index,
    prepared_for,
)
from csdesk.desk.shipments.board_match import (
    customers_of,
    text_candidates,
    text_holds,
    text_matches,
    text_parts,
    trouble_candidates,
    trouble_matches,
    walk_values,
)
from csdesk.desk.shipments.board_walk import walked_pages
from csdesk.rules.stages import BOARD_STAGES
from csdesk.store import core_tables

# Candidates up to which every match is counted exactly; past this many a column that fills
# its page is counted "at least" its page.
COUNT_CAP = 200
S = core_tables.shipment.c


def _counted(ids: Any, cap: int) -> Any:
    """How many rows `ids` gives, counting no further than `cap` + 1 (a scalar subquery)."""
    found = ids.limit(cap + 1).subquery()
    return select(func.count()).select_from(found).scalar_subquery()


@dataclass(frozen=True)
class Breadth:
    """What the indexes alone say of a filter (_breadth): whether more than COUNT_CAP shipments
    may match, whether more than COUNT_CAP customers do, and when not, those customers' ids
    (all of them: the customer tests are exact)."""

    broad: bool
    many_customers: bool = False
    customer_ids: tuple[int, ...] = ()


def _breadth(session: Any, flt: BoardFilter, trigram: bool, cap: int) -> Breadth:
    """Whether more than `cap` shipments may match, and whether more than `cap` customers do,
    from the candidates' indexes alone, each count stopped past `cap` (so a broad filter costs
    what a narrow one does), in one statement: past `cap` matching customers it is broad;
    else the search text's candidates and those customers' shipments are counted (CASE runs
    that count only then), and the customers' ids come back with the counts."""
    text = (flt.text or "").strip()
    if not text:
        if not flt.trouble:
            return Breadth(True)
        count = session.execute(select(_counted(trouble_candidates(flt.trouble), cap)))
        return Breadth(int(count.scalar_one()) > cap)
    by_text, customers = text_candidates(text, trigram)
    found = customers.limit(cap + 1).cte("breadth_customers")
    many = select(func.count()).select_from(found).scalar_subquery() > cap
    shipments = _counted(union_all(by_text, customers_of(select(found.c.id))), cap)
    none = cast(null(), Integer())
    counts = select(none, case((many, cap + 1), else_=shipments), case((many, 1), else_=0))
    ids = select(found.c.id, none, none).where(not_(many))
    rows = session.execute(union_all(counts, ids)).all()
    [(_, shipment_count, many_customers)] = [row for row in rows if row[0] is None]
    customer_ids = tuple(sorted({row[0] for row in rows if row[0] is not None}))
    return Breadth(int(shipment_count) > cap, bool(many_customers), customer_ids)


def text_test(session: Any, flt: BoardFilter, trigram: bool) -> Any:
    """The text's condition for a page of one column (board.board_column): the walk's test of
    each row for a broad filter, its matches by index for a narrow one. Same matches either way."""
    breadth = _breadth(session, flt, trigram, COUNT_CAP)
    if not breadth.broad:
        return text_matches
    values = walk_values((flt.text or "").strip(), breadth.customer_ids)
    return lambda _text, _trigram: text_holds(values, breadth.many_customers)


def _match_rows(session: Any, flt: BoardFilter, trigram: bool) -> list[Any]:
    """(stage, trouble rank, sort time, id) of every match, in no order: each way of matching
    reads its own index, and each candidate's row once for the exact test."""
    base = (
        select(S.stage, S.trouble_rank, S.sort_at, S.id)
        .select_from(core_tables.shipment)
        .where(not_by_index(S.stage).in_(BOARD_STAGES))
    )
    if flt.agent_id is not None:
        base = base.where(S.agent_id == flt.agent_id)
    if flt.trouble:
        base = base.where(trouble_matches(flt.trouble))
    text = (flt.text or "").strip()
    statement = (
        union_all(*(base.where(part) for part in text_parts(text, trigram))) if text else base
    )
    return list(session.execute(statement).all())


def _exact_board(
    session: Any, rows: list[Any], today: dt.date, tz: ZoneInfo, limit: int
) -> list[BoardColumn]:
    """Every match is in `rows`: count them per column, read the first `limit` of each."""
    by_stage: dict[str, list[Any]] = {stage: [] for stage in BOARD_STAGES}
    for stage, rank, sort_at, shipment_id in rows:
        by_stage[stage].append((rank, sort_at, shipment_id))
    first = {stage: [key[2] for key in sorted(keys)[:limit]] for stage, keys in by_stage.items()}
    cards = cards_by_id(session, [id_ for ids in first.values() for id_ in ids], today, tz)
    return [
        BoardColumn(
            stage, [cards[id_] for id_ in first[stage] if id_ in cards], len(by_stage[stage])
        )
        for stage in BOARD_STAGES
    ]


def _broad_board(
    session: Any, flt: BoardFilter, today: dt.date, tz: ZoneInfo, limit: int, breadth: Breadth
) -> list[BoardColumn]:
    """More candidates than COUNT_CAP: each column's first page by walking the board index."""
    pages = walked_pages(
        session, flt, breadth.customer_ids, breadth.many_customers, today, tz, limit
    )
    return [
        BoardColumn(stage, cards, len(cards), at_least=len(cards) >= limit)
        for stage, cards in pages.items()
    ]


def filtered_board(
    session: Any, flt: BoardFilter, today: dt.date, tz: ZoneInfo, limit: int
) -> list[BoardColumn]:
    """The first page of every column kept to `flt`, with each column's count (see above)."""
    trigram = prepared_for(session, flt)
    breadth = _breadth(session, flt, trigram, COUNT_CAP)
    if breadth.broad:
        return _broad_board(session, flt, today, tz, limit, breadth)
    return _exact_board(session, _match_rows(session, flt, trigram), today, tz, limit)
