"""Migration 0016_board3 (the alert sweep's partial indexes, the board filter's one- and
two-character index) upgrades and downgrades on both stores, filling the index from the rows."""

from __future__ import annotations

from typing import Any

import pytest
from alembic import command
from sqlalchemy import event, text

from csdesk.desk.context import Desk
from csdesk.desk.shipments import BoardFilter, alerts_due, load_board
from csdesk.store.migrate import HEAD_REVISION, alembic_config
from tests.conftest import ON_PG
from tests.desk.shipment_fixtures import NOW, book, customer

PARTIAL = {"ix_shipment_cutoff_due", "ix_documentdispatch_unchased"}
ADDED = (
    {*PARTIAL, "ix_shipment_search_grams", "ix_customer_pinyin_grams"}
    if ON_PG
    else {*PARTIAL, "shipment_search_chars", "customer_pinyin_chars", "ix_shipment_board_text"}
)


def _objects(desk: Desk) -> set[str]:
    query = (
        "SELECT indexname FROM pg_indexes"
        if ON_PG
        else "SELECT name FROM sqlite_master WHERE type IN ('index', 'table', 'trigger')"
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


def _found(desk: Desk, query: str) -> list[str]:
    with desk.engine.connect() as connection:
        board = load_board(connection, BoardFilter(text=query), today=desk.today)
    return [card.booking_no for column in board for card in column.cards]


def test_0016_upgrades_from_0015_and_back(desk: Desk) -> None:
    assert HEAD_REVISION >= "0016_board3"  # the head is 0016 or a later migration
    owner = customer(desk, "宁波华光")
    with desk.session() as session:
        book(session, owner, "QX1001")
    assert _objects(desk) >= ADDED
    _migrate(desk, "0015_speedboard")
    left = _objects(desk)
    assert not ADDED & left
    assert not any(
        name.startswith(("shipment_search_chars", "customer_pinyin_chars")) for name in left
    )
    with desk.session() as session:
        book(session, owner, "QX1002")  # written while the index is not there
    _migrate(desk, "head")
    assert _objects(desk) >= ADDED
    assert sorted(_found(desk, "qx")) == ["QX1001", "QX1002"]
    assert _found(desk, "q") and _found(desk, "zq") == []


@pytest.mark.skipif(ON_PG, reason="reads SQLite's query plan")
def test_the_alert_check_reads_only_rows_not_yet_alerted(desk: Desk) -> None:
    statements: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        statements.append((statement, parameters))

    event.listen(desk.engine, "before_cursor_execute", keep)
    try:
        with desk.engine.connect() as connection:
            alerts_due(connection, NOW, desk.today, desk.calendar)
    finally:
        event.remove(desk.engine, "before_cursor_execute", keep)
    plans = []
    with desk.engine.connect() as connection:
        for statement, parameters in statements:
            rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            plans.append(" ".join(str(row[-1]) for row in rows))
    assert len(plans) == 2
    assert "ix_shipment_cutoff_due" in plans[0]
    assert "ix_documentdispatch_unchased" in plans[1]
