"""Customer search and the board's filter on PostgreSQL: pg_trgm indexes (store.trigram) serve
the LIKE the search uses for 3+ characters, with the same answers as a scan."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event, text

from csdesk.desk.context import Desk
from csdesk.desk.customers import add_contact, create_customer, search_customers
from csdesk.desk.shipments import BoardFilter, load_board
from csdesk.store.trigram import INDEXES
from tests.conftest import TEST_PG_URL

pytestmark = pytest.mark.skipif(TEST_PG_URL is None, reason="PostgreSQL's trigram indexes")


def _names(desk: Desk, query: str) -> list[str]:
    with desk.session() as session:
        return sorted(row.name for row in search_customers(session, query))


def test_the_head_has_the_trigram_indexes(desk: Desk) -> None:
    with desk.engine.connect() as connection:
        found = {row[0] for row in connection.execute(text("SELECT indexname FROM pg_indexes"))}
    assert set(INDEXES) <= found


def test_parts_of_names_pinyin_and_phones_are_found_exactly(desk: Desk) -> None:
    with desk.session() as session:
        haitian = create_customer(session, {"name": "宁波海天贸易有限公司"})
        create_customer(session, {"name": "Lagos 100%_Star Trading"})
        assert haitian.id is not None
        add_contact(session, haitian.id, {"name": "王芳", "phone": "13857471234"})
    assert _names(desk, "海天贸易") == ["宁波海天贸易有限公司"]
    assert _names(desk, "haitian") == ["宁波海天贸易有限公司"]
    assert _names(desk, "57471") == ["宁波海天贸易有限公司"]
    assert _names(desk, "100%_") == ["Lagos 100%_Star Trading"]
    assert _names(desk, "1%0") == []


def test_the_search_statement_reads_the_trigram_index(desk: Desk) -> None:
    """The statement search_customers sends, planned with scans made dear, reads the name's
    trigram index: the LIKE is one the index serves."""
    sent: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        sent.append((statement, parameters))

    with desk.session() as session:
        create_customer(session, {"name": "宁波海天贸易有限公司"})
    event.listen(desk.engine, "before_cursor_execute", capture)
    with desk.session() as session:
        search_customers(session, "海天贸易")
        statement, parameters = sent[-1]
        connection = session.connection()
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        plan = connection.exec_driver_sql(f"EXPLAIN {statement}", parameters).all()
    event.remove(desk.engine, "before_cursor_execute", capture)
    assert "ix_customer_name_trgm" in "\n".join(row[0] for row in plan)


def test_a_search_is_planned_for_its_pattern(desk: Desk) -> None:
    """psycopg prepares a statement run five times, and a generic plan cannot read a trigram
    index for a LIKE whose pattern it does not know: searches ask for plans of their values."""
    with desk.session() as session:
        search_customers(session, "海天贸易")
        mode = session.execute(text("SHOW plan_cache_mode")).scalar_one()
        load_board(session, BoardFilter(text="cosu"), today=desk.today)
        board_mode = session.execute(text("SHOW plan_cache_mode")).scalar_one()
    assert mode == board_mode == "force_custom_plan"
