"""Customer search through the FTS5 indexes (SQLite): the same answers as a scan, kept current."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from csdesk.desk.context import Desk
from csdesk.desk.customers import add_contact, create_customer, search_customers, update_customer
from csdesk.store.search_index import CHARS_INDEXES, INDEXES, PAIRS, triggers
from tests.conftest import TEST_PG_URL

pytestmark = pytest.mark.skipif(TEST_PG_URL is not None, reason="SQLite's FTS5 indexes")


def _names(desk: Desk, query: str) -> list[str]:
    with desk.session() as session:
        return [row.name for row in search_customers(session, query)]


def test_every_index_has_its_triggers_at_the_head(desk: Desk) -> None:
    with desk.engine.connect() as connection:
        found = {
            row[0]
            for row in connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            )
        }
    for index in (*INDEXES, PAIRS, *CHARS_INDEXES):
        assert triggers(index) <= found, index


def test_any_part_of_a_name_is_found_by_index(desk: Desk) -> None:
    with desk.session() as session:
        create_customer(session, {"name": "宁波海天贸易有限公司"})
        create_customer(session, {"name": "上海远航物流"})
    for query in ("海天", "天", "司", "宁", "海天贸易", "ningbohaitian", "haitian", "有限公司"):
        assert _names(desk, query) == ["宁波海天贸易有限公司"], query
    assert set(_names(desk, "海")) == {"宁波海天贸易有限公司", "上海远航物流"}
    assert _names(desk, "天海") == []


def test_a_renamed_customer_is_found_by_its_new_name_only(desk: Desk) -> None:
    with desk.session() as session:
        customer = create_customer(session, {"name": "义乌小商品城"})
        customer_id, version = customer.id, customer.version
    assert customer_id is not None
    with desk.session() as session:
        update_customer(
            session, customer_id, version, {"name": "义乌小商品城"}, {"name": "金华远洋贸易"}
        )
    assert _names(desk, "小商") == []
    assert _names(desk, "小商品城") == []
    assert _names(desk, "远洋") == ["金华远洋贸易"]
    assert _names(desk, "jinhuayuanyang") == ["金华远洋贸易"]
    with desk.engine.begin() as connection:
        connection.execute(text("DELETE FROM customer WHERE id = :id"), {"id": customer_id})
    assert _names(desk, "远洋") == []
    assert _names(desk, "金华远洋贸易") == []


def test_phone_digits_are_found_by_index(desk: Desk) -> None:
    with desk.session() as session:
        customer = create_customer(session, {"name": "青岛港湾"})
        assert customer.id is not None
        add_contact(session, customer.id, {"name": "王经理", "phone": "138-0001-2345"})
    assert _names(desk, "00012345") == ["青岛港湾"]
    assert _names(desk, "2345") == ["青岛港湾"]
    assert _names(desk, "9999") == []
