"""The board kept to a filter, against a brute-force reference: every open shipment read and
tested in Python. Both ways of reading a filter (counted exactly, or walked by the board index
and counted "at least" a full page) give the reference's cards in its order, and paging on
gives the rest; on both stores."""

from __future__ import annotations

import random
from typing import Any

import pytest
from sqlalchemy import select

from csdesk.desk.context import Desk
from csdesk.desk.demo.shipments import build_shipments
from csdesk.desk.shipments import BoardFilter, board_column, board_filtered, load_board
from csdesk.rules.names import fold
from csdesk.rules.stages import BOARD_STAGES
from csdesk.store import core_tables
from tests.desk.shipment_fixtures import customer

S = core_tables.shipment.c
C = core_tables.customer.c
LIMIT = 3
TEXTS = (
    "cosu",
    "co",
    "宁波",
    "q7",
    "测试贸易0003",
    "cos",
    "0",
    "ningbo",
    "nbcs",
    "cosmo",
    "%",
    "_",
)


@pytest.fixture
def stocked(desk: Desk) -> Desk:
    """60 open shipments of twelve customers: ten named as the benchmark's, two in Latin."""
    names = [f"宁波测试贸易{n:04d}有限公司" for n in range(10)] + ["cosmo trading", "lagos 100%"]
    owners = ("li", "zhao", "lead")
    customers = [customer(desk, name, owners[n % 3]) for n, name in enumerate(names)]
    with desk.session() as session:
        build_shipments(session, random.Random(11), desk.today, customers, 60, desk.calendar)
    return desk


def _reference(desk: Desk, flt: BoardFilter) -> dict[str, list[int]]:
    """Every match's id by column in board order, each shipment tested here."""
    columns = (S.id, S.stage, S.agent_id, S.trouble_kinds, S.trouble_rank, S.sort_at)
    names = (S.search_text, C.name, C.name_initials, C.name_pinyin)
    statement = (
        select(*columns, *names)
        .join(core_tables.customer, C.id == S.customer_id)
        .where(S.stage.in_(BOARD_STAGES))
    )
    with desk.engine.connect() as connection:
        rows = connection.execute(statement).all()
    kept = sorted((row for row in rows if _holds(row, flt)), key=lambda row: row[4:6] + row[:1])
    return {stage: [row[0] for row in kept if row[1] == stage] for stage in BOARD_STAGES}


def _holds(row: Any, flt: BoardFilter) -> bool:
    (_, _, agent_id, kinds, _, _, search_text, name, initials, pinyin) = row
    if flt.agent_id is not None and agent_id != flt.agent_id:
        return False
    if flt.trouble and f"|{flt.trouble}|" not in kinds:
        return False
    query = fold(flt.text or "")
    if not query:
        return True
    compact = query.replace(" ", "")
    by_pinyin = compact.isascii() and compact.isalnum()
    return (
        query in search_text
        or query in name
        or (by_pinyin and ((initials or "").startswith(compact) or compact in (pinyin or "")))
    )


def _filters(desk: Desk) -> list[BoardFilter]:
    with desk.engine.connect() as connection:
        agent = connection.execute(select(S.agent_id).where(S.agent_id.is_not(None))).scalar()
    found = [BoardFilter(text=text) for text in TEXTS]
    found += [BoardFilter(agent_id=agent, text=text) for text in TEXTS[:4]]
    found += [BoardFilter(trouble="bl_held", text=text) for text in ("co", "宁波")]
    return [*found, BoardFilter(trouble="bl_held"), BoardFilter(agent_id=agent)]


# 0: every filter with a candidate is broad, and its customers "many" (tested card by card);
# 2: broad past two candidates, its few customers bound by id; 10,000: every match counted.
CAPS = [0, 2, 10_000]


@pytest.mark.parametrize("cap", CAPS)
def test_every_filter_reads_the_reference_board(
    stocked: Desk, monkeypatch: pytest.MonkeyPatch, cap: int
) -> None:
    monkeypatch.setattr(board_filtered, "COUNT_CAP", cap)
    for flt in _filters(stocked):
        expected = _reference(stocked, flt)
        with stocked.engine.connect() as connection:
            board = load_board(connection, flt, today=stocked.today, limit=LIMIT)
        assert [column.stage for column in board] == list(BOARD_STAGES)
        for column in board:
            ids = expected[column.stage]
            assert [card.id for card in column.cards] == ids[:LIMIT], (flt, column.stage)
            counted = (len(ids), False)
            if column.at_least:  # only a walked filter, and only for a full page
                counted = (min(len(ids), LIMIT), len(ids) >= LIMIT)
            assert (column.count, column.at_least) == counted, (flt, column.stage)
        assert any(column.at_least for column in board) == (
            cap < 10_000 and bool(flt.text) and any(len(ids) >= LIMIT for ids in expected.values())
        ), flt


@pytest.mark.parametrize("cap", CAPS)
def test_paging_on_gives_the_rest_of_the_reference(
    stocked: Desk, monkeypatch: pytest.MonkeyPatch, cap: int
) -> None:
    monkeypatch.setattr(board_filtered, "COUNT_CAP", cap)
    for flt in _filters(stocked)[:6]:
        expected = _reference(stocked, flt)
        with stocked.engine.connect() as connection:
            for stage, ids in expected.items():
                after, seen = None, []
                while page := board_column(
                    connection, stage, flt, today=stocked.today, after=after, limit=LIMIT
                ):
                    seen += [card.id for card in page]
                    after = page[-1].cursor
                assert seen == ids, (flt, stage)


def test_both_ways_read_the_same_cards(stocked: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    boards = []
    for cap in CAPS:
        monkeypatch.setattr(board_filtered, "COUNT_CAP", cap)
        with stocked.engine.connect() as connection:
            boards.append(
                [
                    [column.cards for column in load_board(connection, flt, today=stocked.today)]
                    for flt in _filters(stocked)
                ]
            )
    assert boards[0] == boards[1] == boards[2]
