"""Migration 0019_search6 (each contact phone's 4-digit pieces in the customer's pinyin order,
SQLite; nothing on PostgreSQL) upgrades, fills itself from the phones already stored, and
downgrades; its triggers keep it right as contacts are added, changed, moved and deleted and
customers renamed and deleted, so a digit search finds what a brute-force scan of the phones
finds, page after page."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from csdesk.desk.context import Desk
from csdesk.desk.customers import (
    add_contact,
    create_customer,
    search_customers,
    update_contact,
    update_customer,
)
from csdesk.store.migrate import HEAD_REVISION
from tests.conftest import ON_PG
from tests.desk.test_search4_migration import _migrate, _revision
from tests.desk.test_search5_migration import _tables

TABLE = "contact_phone_pieces"
# Two contacts of one customer share 5678; 0571 sits inside numbers and at their start.
PHONES: dict[str, list[str | None]] = {
    "宁波海天贸易": ["138 0571 5678", "0574-8765 5678"],
    "中国银行": ["139 1380 5710"],
    "海天宁": ["+1 415 555 5678"],
    "宁": [None],
    "安吉物流": [],
}
QUERIES = (
    "5678", "1380", "0571", "13805715678", "8765", "4321", "0574", "7156", "5555", "5710",
    "05715678", "05745678", "99999", "1391380", "2345", "0000",
)  # fmt: skip


def _reference(desk: Desk, query: str) -> list[int]:
    """Customers in the list's order with a contact whose phone digits hold `query`'s."""
    digits = query.replace(" ", "")
    with desk.engine.connect() as connection:
        customers = connection.execute(text("SELECT id FROM customer ORDER BY name_pinyin, id"))
        phones = connection.execute(text("SELECT customer_id, phone_digits FROM contact")).all()
        return [
            row[0]
            for row in customers
            if any(owner == row[0] and digits in (phone or "") for owner, phone in phones)
        ]


def _pages(desk: Desk, query: str, limit: int) -> list[int]:
    found: list[Any] = []
    with desk.engine.connect() as connection:
        while True:
            after = (found[-1].sort_key, found[-1].id) if found else None
            page = search_customers(connection, query, None, after, limit)
            found += page
            if len(page) < limit:
                return [row.id for row in found]


def _stored_pieces(desk: Desk) -> set[tuple[str, str, int]]:
    """What the table should hold: every run of 4 digits of each phone with its customer."""
    with desk.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT contact.phone_digits, customer.name_pinyin, customer.id FROM contact "
                "JOIN customer ON customer.id = contact.customer_id"
            )
        )
        return {
            (phone[start : start + 4], pinyin, customer_id)
            for phone, pinyin, customer_id in rows
            for start in range(len(phone or "") - 3)
        }


def _check(desk: Desk) -> None:
    for query in QUERIES:
        expected = _reference(desk, query)
        assert _pages(desk, query, 200) == expected, query
        assert _pages(desk, query, 1) == expected, query
    if not ON_PG:
        with desk.engine.connect() as connection:
            held = connection.execute(text(f"SELECT * FROM {TABLE}")).all()
        assert {tuple(row) for row in held} == _stored_pieces(desk)


def _add(desk: Desk) -> dict[str, int]:
    ids: dict[str, int] = {}
    with desk.session() as session:
        for name, phones in PHONES.items():
            ids[name] = int(create_customer(session, {"name": name, "tier": "B"}).id or 0)
            for index, phone in enumerate(phones):
                fields = {"name": f"联系人{index}"} | ({"phone": phone} if phone else {})
                add_contact(session, ids[name], fields)
    return ids


def test_0019_fills_from_the_stored_phones_and_downgrades(desk: Desk) -> None:
    assert HEAD_REVISION >= "0019_search6"
    _migrate(desk, "0018_search5")
    assert _revision(desk) == "0018_search5" and TABLE not in _tables(desk)
    ids = _add(desk)  # stored before the table and its triggers
    _migrate(desk, "head")
    assert _revision(desk) == HEAD_REVISION
    assert (TABLE in _tables(desk)) is not ON_PG
    _check(desk)
    assert _pages(desk, "5678", 200) == [ids["海天宁"], ids["宁波海天贸易"]]  # haitian < ningbo
    _migrate(desk, "0018_search5")
    assert _revision(desk) == "0018_search5" and TABLE not in _tables(desk)
    _migrate(desk, "head")
    _check(desk)


def test_the_pieces_follow_contacts_added_changed_moved_and_deleted(desk: Desk) -> None:
    ids = _add(desk)
    _check(desk)
    with desk.session() as session:
        add_contact(session, ids["安吉物流"], {"name": "新", "phone": "0571-2345 6789"})
        contact = add_contact(session, ids["宁"], {"name": "改", "phone": "0574-8765 4321"})
        contact_id, version = int(contact.id or 0), contact.version
    _check(desk)
    with desk.session() as session:
        original = {"phone": "0574-8765 4321"}
        update_contact(session, contact_id, version, original, {"phone": "0571-4321 0000"})
    _check(desk)
    with desk.engine.begin() as connection:
        # One of two contacts holding 5678 goes: the customer still holds the piece.
        connection.execute(text("DELETE FROM contact WHERE phone_digits = '057487655678'"))
        connection.execute(
            text("UPDATE contact SET customer_id = :to WHERE phone_digits = '13913805710'"),
            {"to": ids["安吉物流"]},
        )
        connection.execute(
            text("UPDATE contact SET phone_digits = '1380571' WHERE customer_id = :id"),
            {"id": ids["宁"]},
        )
    _check(desk)
    with desk.engine.begin() as connection:
        connection.execute(
            text("UPDATE contact SET phone_digits = NULL WHERE customer_id = :id"),
            {"id": ids["宁"]},
        )
    _check(desk)


def test_the_pieces_follow_customers_renamed_and_deleted(desk: Desk) -> None:
    ids = _add(desk)
    with desk.session() as session:
        update_customer(session, ids["海天宁"], 1, {"name": "海天宁"}, {"name": "洋山海天"})
    _check(desk)
    assert _pages(desk, "5678", 200) == [ids["宁波海天贸易"], ids["海天宁"]]  # ningbo < yangshan
    with desk.engine.begin() as connection:
        connection.execute(text("UPDATE customer SET name_pinyin = 'a' WHERE name = '中国银行'"))
        connection.execute(
            text("DELETE FROM contact WHERE customer_id = :id"), {"id": ids["宁波海天贸易"]}
        )
        connection.execute(text("DELETE FROM customer WHERE id = :id"), {"id": ids["宁波海天贸易"]})
    _check(desk)
    if not ON_PG:  # a customer deleted before its contacts (no foreign keys checked)
        with desk.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.execute(text("DELETE FROM customer WHERE id = :id"), {"id": ids["中国银行"]})
            connection.commit()
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
        _check(desk)
        with desk.engine.begin() as connection:
            connection.execute(
                text("DELETE FROM contact WHERE customer_id = :id"), {"id": ids["中国银行"]}
            )
        _check(desk)
