"""Migration 0017_search4 (customer search's covering walk index on SQLite; nothing on
PostgreSQL) upgrades and downgrades on both stores, and a search reads the same rows after the
round trip. (This csdesk searches a store at its head only: a store is upgraded when opened,
and a two-character search reads 0018_search5's pairs table.)"""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from csdesk.desk.context import Desk
from csdesk.desk.customers import create_customer, search_customers
from csdesk.store.migrate import HEAD_REVISION, alembic_config
from tests.conftest import ON_PG

WALK_INDEX = "ix_customer_search_walk"


def _indexes(desk: Desk) -> set[str]:
    query = (
        "SELECT indexname FROM pg_indexes"
        if ON_PG
        else "SELECT name FROM sqlite_master WHERE type = 'index'"
    )
    with desk.engine.connect() as connection:
        return {row[0] for row in connection.execute(text(query))}


def _migrate(desk: Desk, target: str) -> None:
    config = alembic_config(desk.engine)
    with desk.engine.begin() as connection:
        config.attributes["connection"] = connection
        if target == "head":
            command.upgrade(config, "heads")
        else:
            command.downgrade(config, target)


def _revision(desk: Desk) -> str:
    with desk.engine.connect() as connection:
        return str(connection.execute(text("SELECT version_num FROM alembic_version")).scalar())


def _found(desk: Desk, query: str) -> list[str]:
    with desk.session() as session:
        return [row.name for row in search_customers(session, query)]


def test_0017_upgrades_from_0016_and_back(desk: Desk) -> None:
    assert HEAD_REVISION >= "0017_search4"
    with desk.session() as session:
        for name in ("宁波海天贸易", "中国银行", "宁波华光"):
            create_customer(session, {"name": name, "tier": "B"})
    before = {query: _found(desk, query) for query in ("宁波", "n", "zgyh", "hai")}
    assert before["宁波"] == ["宁波海天贸易", "宁波华光"]  # ningbohai < ningbohua
    assert (WALK_INDEX in _indexes(desk)) is not ON_PG
    _migrate(desk, "0016_board3")
    assert _revision(desk) == "0016_board3"
    assert WALK_INDEX not in _indexes(desk)
    _migrate(desk, "head")
    assert _revision(desk) == HEAD_REVISION
    assert (WALK_INDEX in _indexes(desk)) is not ON_PG
    assert {query: _found(desk, query) for query in before} == before
