"""Migration 0018_search5 (a name's character pairs in pinyin order, SQLite; nothing on
PostgreSQL) upgrades, fills itself from the customers already stored, and downgrades; its
triggers keep it right as names are added, renamed and deleted, so two-character searches
find what the names hold."""

from __future__ import annotations

from sqlalchemy import text

from csdesk.desk.context import Desk
from csdesk.desk.customers import create_customer, search_customers
from csdesk.store.migrate import HEAD_REVISION
from tests.conftest import ON_PG
from tests.desk.test_search4_migration import _migrate, _revision

TABLE = "customer_name_pairs_order"
NAMES = ("宁波海天贸易", "中国银行", "宁波华光宁波", "海天宁", "宁")


def _tables(desk: Desk) -> set[str]:
    query = (
        "SELECT tablename FROM pg_tables"
        if ON_PG
        else "SELECT name FROM sqlite_master WHERE type = 'table'"
    )
    with desk.engine.connect() as connection:
        return {row[0] for row in connection.execute(text(query))}


def _found(desk: Desk, query: str) -> list[str]:
    with desk.session() as session:
        return [row.name for row in search_customers(session, query)]


def _names(desk: Desk) -> list[str]:
    with desk.engine.connect() as connection:
        rows = connection.execute(text("SELECT name FROM customer ORDER BY name_pinyin, id"))
        return [row[0] for row in rows]


def _check(desk: Desk) -> None:
    names = _names(desk)
    for query in ("宁波", "海天", "波宁", "天宁", "银行", "宁华", "宁"):
        assert _found(desk, query) == [name for name in names if query in name], query


def test_0018_fills_from_the_stored_names_and_downgrades(desk: Desk) -> None:
    assert HEAD_REVISION >= "0018_search5"
    _migrate(desk, "0017_search4")
    assert _revision(desk) == "0017_search4" and TABLE not in _tables(desk)
    with desk.session() as session:  # stored before the table and its triggers
        for name in NAMES:
            create_customer(session, {"name": name, "tier": "B"})
    _migrate(desk, "head")
    assert _revision(desk) == HEAD_REVISION
    assert (TABLE in _tables(desk)) is not ON_PG
    _check(desk)
    assert _found(desk, "宁波") == ["宁波海天贸易", "宁波华光宁波"]  # ningbohai < ningbohua
    _migrate(desk, "0017_search4")
    assert _revision(desk) == "0017_search4" and TABLE not in _tables(desk)
    _migrate(desk, "head")
    assert (TABLE in _tables(desk)) is not ON_PG
    _check(desk)


def test_the_pairs_follow_names_added_renamed_and_deleted(desk: Desk) -> None:
    with desk.session() as session:
        for name in NAMES:
            create_customer(session, {"name": name, "tier": "B"})
    _check(desk)
    with desk.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE customer SET name = '天宁波', name_pinyin = 'tianningbo' "
                "WHERE name = '中国银行'"
            )
        )
        connection.execute(text("UPDATE customer SET name_pinyin = 'a' WHERE name = '海天宁'"))
        connection.execute(text("DELETE FROM customer WHERE name = '宁波华光宁波'"))
    _check(desk)
    assert _found(desk, "宁波") == ["宁波海天贸易", "天宁波"]
    assert _found(desk, "天宁")[0] == "海天宁"  # its new pinyin 'a' sorts first
