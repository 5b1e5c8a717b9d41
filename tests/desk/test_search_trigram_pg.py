"""Customer search and the board's filter on PostgreSQL: pg_trgm indexes (store.trigram) serve
the LIKE the search uses for 3+ characters, with the same answers as a scan."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event, text

from csdesk.desk.context import Desk
from csdesk.desk.customers import add_contact, create_customer, search_customers
from csdesk.desk.shipments import BoardFilter, load_board
from csdesk.store.trigram import GRAMS_INDEX, INDEXES
from tests.conftest import TEST_PG_URL

pytestmark = pytest.mark.skipif(TEST_PG_URL is None, reason="PostgreSQL's trigram indexes")


def _names(desk: Desk, query: str) -> list[str]:
    with desk.session() as session:
        return sorted(row.name for row in search_customers(session, query))


def test_the_head_has_the_trigram_indexes(desk: Desk) -> None:
    with desk.engine.connect() as connection:
        found = {row[0] for row in connection.execute(text("SELECT indexname FROM pg_indexes"))}
    assert {*INDEXES, GRAMS_INDEX} <= found


def test_one_or_two_characters_of_a_name_are_found_exactly(desk: Desk) -> None:
    with desk.session() as session:
        create_customer(session, {"name": "宁波海天贸易有限公司"})
        create_customer(session, {"name": "上海远航物流"})
    assert _names(desk, "海天") == ["宁波海天贸易有限公司"]
    assert _names(desk, "海") == ["上海远航物流", "宁波海天贸易有限公司"]
    assert _names(desk, "司") == ["宁波海天贸易有限公司"]
    assert _names(desk, "天海") == []
    with desk.session() as session:
        found = load_board(session, BoardFilter(text="远航"), today=desk.today)
    assert sum(column.count for column in found) == 0


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


def _search_plan(desk: Desk, query: str) -> str:
    """PostgreSQL's plans, with scans made dear, of the statements search_customers sends."""
    sent: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        sent.append((statement, parameters))

    with desk.session() as session:
        create_customer(session, {"name": "宁波海天贸易有限公司"})
    event.listen(desk.engine, "before_cursor_execute", capture)
    with desk.session() as session:
        search_customers(session, query)
        connection = session.connection()
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        plan = [  # the candidates' read, then the page's (by primary key when few)
            row[0]
            for statement, parameters in sent
            if statement.lstrip().startswith("SELECT")
            for row in connection.exec_driver_sql(f"EXPLAIN {statement}", parameters).all()
        ]
    event.remove(desk.engine, "before_cursor_execute", capture)
    return "\n".join(plan)


def test_three_characters_read_the_trigram_index(desk: Desk) -> None:
    """3+ characters of a name are a LIKE, which the name's trigram index serves."""
    assert "ix_customer_name_trgm" in _search_plan(desk, "海天贸易")


def test_two_characters_read_the_grams_index(desk: Desk) -> None:
    assert GRAMS_INDEX in _search_plan(desk, "海天")


def test_a_search_is_planned_for_its_pattern(desk: Desk) -> None:
    """psycopg prepares a statement run five times, and a generic plan cannot read a trigram
    index for a LIKE whose pattern it does not know: searches ask for plans of their values."""
    with desk.session() as session:
        search_customers(session, "海天贸易")
        mode = session.execute(text("SHOW plan_cache_mode")).scalar_one()
        load_board(session, BoardFilter(text="cosu"), today=desk.today)
        board_mode = session.execute(text("SHOW plan_cache_mode")).scalar_one()
    assert mode == board_mode == "force_custom_plan"
