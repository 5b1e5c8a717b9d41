"""A board filter costs the same broad or narrow (issue 11): a broad one pages each column by the
board index and counts "at least" a page; one or two characters read an index, kept in step
with every write of the search text (both stores)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event, select

from csdesk.desk.context import Desk
from csdesk.desk.customers import search_customers, update_customer
from csdesk.desk.shipments import (
    BoardFilter,
    add_container,
    board_column,
    board_filtered,
    column_counts,
    load_board,
    move_shipment,
    update_shipment,
)
from csdesk.models import Customer
from csdesk.store import core_tables
from csdesk.store.search_index import CHARS
from csdesk.store.trigram import SEARCH_GRAMS_INDEX
from tests.conftest import ON_PG
from tests.desk.shipment_fixtures import NOW, book, customer

S = core_tables.shipment.c


def _board(desk: Desk, flt: BoardFilter, limit: int = 3) -> list[Any]:
    with desk.engine.connect() as connection:
        return load_board(connection, flt, today=desk.today, limit=limit)


def _nine(desk: Desk) -> None:
    owner = customer(desk, "宁波华光")
    other = customer(desk, "Lagos Star Trading")
    with desk.session() as session:
        for number in range(9):
            shipment = book(session, owner if number % 3 else other, f"COSU80{number}")
            assert shipment.id is not None
            if number % 2:
                move_shipment(session, shipment.id, "pre_allocated", now=NOW)


@pytest.mark.parametrize("cap", [0, 2])  # 0: every matching customer is "many"
@pytest.mark.parametrize("text", ["cosu80", "华光", "co", "8", "ningbo", "lsT"])
def test_a_broad_filter_pages_each_column_and_never_counts_more_than_there_is(
    desk: Desk, monkeypatch: pytest.MonkeyPatch, text: str, cap: int
) -> None:
    _nine(desk)
    flt = BoardFilter(text=text)
    with desk.session() as session:
        exact = _board(desk, flt)
        true_counts = column_counts(session, flt)
        pages = {
            stage: board_column(session, stage, flt, today=desk.today, limit=3)
            for stage in true_counts
        }
        after = {
            stage: board_column(
                session, stage, flt, today=desk.today, limit=50, after=page[-1].cursor
            )
            for stage, page in pages.items()
            if page
        }
    monkeypatch.setattr(board_filtered, "COUNT_CAP", cap)
    broad = _board(desk, flt)
    with desk.session() as session:  # paging on walks the column too, to the same cards
        for stage, rest in after.items():
            cursor = pages[stage][-1].cursor
            assert (
                board_column(session, stage, flt, today=desk.today, limit=50, after=cursor) == rest
            )
    assert not any(column.at_least for column in exact)
    assert {c.stage: c.count for c in exact} == true_counts
    full = any(count >= 3 for count in true_counts.values())
    assert any(column.at_least for column in broad) == full, text
    for column in broad:
        assert column.cards == pages[column.stage], (text, column.stage)
        if column.at_least:
            assert column.count == len(column.cards) == 3 <= true_counts[column.stage]
        else:
            assert column.count == true_counts[column.stage]


def test_a_filter_with_few_matches_is_counted_exactly(desk: Desk) -> None:
    _nine(desk)
    board = _board(desk, BoardFilter(text="lagos"), limit=2)
    assert {c.stage: (c.count, c.at_least) for c in board if c.count} == {
        "booked": (2, False),
        "pre_allocated": (1, False),
    }


def _bookings(desk: Desk, text: str) -> set[str]:
    board = _board(desk, BoardFilter(text=text), limit=50)
    return {card.booking_no for column in board for card in column.cards}


def _as_scanned(desk: Desk, text: str) -> set[str]:
    """The bookings whose search text holds `text`, tested here in Python on every row."""
    with desk.engine.connect() as connection:
        rows = connection.execute(select(S.booking_no, S.search_text)).all()
    return {booking for booking, search in rows if text in search}


def test_one_or_two_characters_are_found_by_index_as_every_write_changes_them(
    desk: Desk,
) -> None:
    owner = customer(desk, "宁波华光")
    with desk.session() as session:
        first = book(session, owner, "QX1001", containers=[{"type": "20GP"}])
        book(session, owner, "ZK2002", voyage="7QW")
        assert first.id is not None
        add_container(session, first.id, {"type": "40HQ", "number": "TEMU6138040"})
    queries = ("qx", "q", "7q", "w", "k2", "e", "61", "zz", "x1", "9")
    for query in queries:
        assert _bookings(desk, query) == _as_scanned(desk, query), query
    with desk.session() as session:
        version = session.execute(select(S.version).where(S.id == first.id)).scalar_one()
        update_shipment(session, first.id, version, {"voyage": "042E"}, {"voyage": "9ZZ"}, now=NOW)
    assert _bookings(desk, "zz") == {"QX1001"}
    assert _bookings(desk, "7q") == {"ZK2002"}
    for query in queries:
        assert _bookings(desk, query) == _as_scanned(desk, query), query


def test_one_or_two_letters_of_a_customer_are_found_by_index_after_a_rename(desk: Desk) -> None:
    """A customer's name and pinyin: Latin letters through the pairs and pinyin indexes."""
    owner = customer(desk, "Lagos Star Trading")
    other = customer(desk, "宁波华光")
    with desk.session() as session:
        book(session, owner, "AB1001")
        book(session, other, "AB1002")
        held = session.get(Customer, other)
        assert held is not None
        version = held.version
    expected = {
        "la": {"AB1001"},
        "gx": set(),
        "hu": {"AB1002"},
        "q": set(),
        "g": {"AB1001", "AB1002"},
    }
    for query, bookings in expected.items():
        assert _bookings(desk, query) == bookings, query
    with desk.session() as session:
        update_customer(session, other, version, {"name": "宁波华光"}, {"name": "金华远洋"})
    assert _bookings(desk, "hu") == {"AB1002"}  # jinhua
    assert _bookings(desk, "ua") == {"AB1002"}  # jinhua
    assert _bookings(desk, "ad") == {"AB1001"}  # trading
    assert _bookings(desk, "bo") == set()  # ningbo no more
    assert _bookings(desk, "jh") == {"AB1002"}  # the initials jhyy begin so


def test_customer_search_finds_one_or_two_letters_of_the_pinyin_as_a_scan_would(
    desk: Desk,
) -> None:
    names = ("宁波海天贸易", "上海远航物流", "金华远洋", "Lagos Star Trading")
    for name in names:
        customer(desk, name)
    with desk.session() as session:
        pinyins = {row.name: row.sort_key for row in search_customers(session, None, limit=50)}
    for query in ("h", "ha", "ng", "yu", "zz", "q", "ai", "gs"):
        with desk.session() as session:
            found = {row.name for row in search_customers(session, query)}
        scanned = {name for name, pinyin in pinyins.items() if query in pinyin}
        initials = {row for row in found if row not in scanned}
        assert scanned <= found, query
        assert all(_initials_start(desk, name, query) for name in initials), query


def _initials_start(desk: Desk, name: str, query: str) -> bool:
    with desk.engine.connect() as connection:
        initials = connection.execute(
            select(core_tables.customer.c.name_initials).where(core_tables.customer.c.name == name)
        ).scalar_one()
    return str(initials).startswith(query)


def _plans(desk: Desk, text: str) -> str:
    statements: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        statements.append((statement, parameters))

    event.listen(desk.engine, "before_cursor_execute", keep)
    try:
        _board(desk, BoardFilter(text=text))
    finally:
        event.remove(desk.engine, "before_cursor_execute", keep)
    explain = "EXPLAIN " if ON_PG else "EXPLAIN QUERY PLAN "
    plans = []
    with desk.engine.connect() as connection:
        if ON_PG:
            connection.exec_driver_sql("SET enable_seqscan = off")
        for statement, parameters in statements:
            if statement.lstrip().upper().startswith("SELECT"):
                rows = connection.exec_driver_sql(explain + statement, parameters).all()
                plans.append(" ".join(str(row[-1]) for row in rows))
    return "\n".join(plans)


def test_two_characters_read_the_search_texts_own_index(desk: Desk) -> None:
    owner = customer(desk, "宁波华光")
    with desk.session() as session:
        book(session, owner, "QX1001")
    plans = _plans(desk, "q7")
    assert (SEARCH_GRAMS_INDEX if ON_PG else CHARS) in plans
