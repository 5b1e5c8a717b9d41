"""Migration 0020_search8 (how many customers' pinyin holds each trigram, and each trigram of
a pinyin in the list's order; SQLite, nothing on PostgreSQL) upgrades, fills itself from the
customers already stored, and downgrades; its triggers keep both tables right as customers are
added, renamed and deleted, and a pinyin search, which now reads its rarest trigram's customers
in order (and asks FTS5 for the rarest trigrams), finds what a brute-force scan of the pinyins
finds, page after page."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import text

from csdesk.desk.context import Desk
from csdesk.desk.customers import create_customer, update_customer
from csdesk.store.migrate import HEAD_REVISION
from tests.conftest import ON_PG
from tests.desk.test_customer_search_paths import _sent_while
from tests.desk.test_search4_migration import _migrate, _revision
from tests.desk.test_search5_migration import _tables
from tests.desk.test_search6_migration import _pages

TABLE = "customer_pinyin_grams"
PIECES = "customer_pinyin_pieces"
# Pinyins that share common trigrams (ian, ing, ang) and differ in rare ones.
NAMES = ("宁波海天贸易", "海天宁波物流", "宁波天海", "天津海天", "宁海波天", "安吉物流", "宁")
QUERIES = (
    "ningbohaitian", "haitianning", "ningbotianhai", "tianjinhaitian", "ningbo", "haitian",
    "bohai", "iannin", "wuliu", "zzzzz", "anjiwuliu", "ningbohaitianmaoyi", "maoyix", "ing",
)  # fmt: skip


def _reference(desk: Desk, query: str) -> list[int]:
    """Customers in the list's order whose pinyin holds `query`, or whose initials start it."""
    with desk.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT id, name_pinyin, name_initials FROM customer ORDER BY name_pinyin, id")
        ).all()
    return [
        row.id for row in rows if query in row.name_pinyin or row.name_initials.startswith(query)
    ]


def _counts(desk: Desk) -> Counter[str]:
    """What the table should hold: for each trigram, the customers whose pinyin holds it."""
    with desk.engine.connect() as connection:
        pinyins = connection.execute(text("SELECT name_pinyin FROM customer")).scalars().all()
    return Counter(
        gram
        for pinyin in pinyins
        for gram in {pinyin[start : start + 3].lower() for start in range(len(pinyin) - 2)}
    )


def _pieces(desk: Desk) -> set[tuple[str, str, int]]:
    """What the pieces table should hold: each trigram of each pinyin, with the customer."""
    with desk.engine.connect() as connection:
        rows = connection.execute(text("SELECT name_pinyin, id FROM customer")).all()
    return {
        (pinyin[start : start + 3].lower(), pinyin, customer_id)
        for pinyin, customer_id in rows
        for start in range(len(pinyin) - 2)
    }


def _check(desk: Desk) -> None:
    for query in QUERIES:
        expected = _reference(desk, query)
        assert _pages(desk, query, 200) == expected, query
        assert _pages(desk, query, 1) == expected, query
    if not ON_PG:
        with desk.engine.connect() as connection:
            held = connection.execute(text(f"SELECT gram, customers FROM {TABLE}")).all()
            pieces = connection.execute(text(f"SELECT * FROM {PIECES}")).all()
        assert {gram: count for gram, count in held if count} == _counts(desk)
        assert {tuple(row) for row in pieces} == _pieces(desk)


def _add(desk: Desk, names: tuple[str, ...] = NAMES) -> dict[str, int]:
    with desk.session() as session:
        return {
            name: int(create_customer(session, {"name": name, "tier": "B"}).id or 0)
            for name in names
        }


def test_0020_fills_from_the_stored_customers_and_downgrades(desk: Desk) -> None:
    assert HEAD_REVISION >= "0020_search8"
    _migrate(desk, "0019_search6")
    assert _revision(desk) == "0019_search6" and TABLE not in _tables(desk)
    assert PIECES not in _tables(desk)
    _add(desk)  # stored before the table and its triggers
    _migrate(desk, "head")
    assert _revision(desk) == HEAD_REVISION
    assert (TABLE in _tables(desk)) is not ON_PG and (PIECES in _tables(desk)) is not ON_PG
    _check(desk)
    _migrate(desk, "0019_search6")
    assert _revision(desk) == "0019_search6" and TABLE not in _tables(desk)
    _migrate(desk, "head")
    _check(desk)


def test_the_counts_follow_customers_added_renamed_and_deleted(desk: Desk) -> None:
    ids = _add(desk)
    _check(desk)
    _add(desk, ("宁波海天贸易二部", "中国银行"))
    _check(desk)
    with desk.session() as session:
        update_customer(session, ids["宁海波天"], 1, {"name": "宁海波天"}, {"name": "洋山海天"})
    _check(desk)
    with desk.engine.begin() as connection:
        connection.execute(text("UPDATE customer SET name_pinyin = 'a' WHERE name = '中国银行'"))
        connection.execute(text("DELETE FROM customer WHERE id = :id"), {"id": ids["宁波海天贸易"]})
    _check(desk)
    with desk.engine.begin() as connection:
        connection.execute(text("DELETE FROM customer"))
    _check(desk)


def test_a_pinyin_reads_its_rarest_trigrams_customers_in_order(desk: Desk) -> None:
    _add(desk)
    sent = _sent_while(desk, "ningbohaitian")
    assert any(TABLE in statement for statement in sent) is not ON_PG
    assert any(PIECES in statement for statement in sent) is not ON_PG
