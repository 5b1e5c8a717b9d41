"""search6: each contact phone's 4-digit pieces in the customer's pinyin order, for digit searches

Revision ID: 0019_search6
Revises: 0018_search5
Create Date: 2026-12-05 18:00:00

A search of 4+ digits (5678) finds the customers with a contact whose phone holds them. The
contacts' FTS5 trigram index gives contacts in no useful order, so a page read every match's
row to sort the customers by pinyin. On SQLite `contact_phone_pieces` holds each distinct run
of 4 adjacent digits of a customer's contacts' phones with the customer's pinyin and id, its
primary key in that order (WITHOUT ROWID), as 0018_search5's table holds a name's pairs: a
search reads one range of it (the query's first 4 digits) in the list's order and stops after a
page (desk.customer_match). At 100,000 customers (164,872 phones of 11 digits) it holds about
1.33 million rows.

Triggers keep it current: on contact (added, phone or customer changed, deleted: a piece goes
only when no other contact of the customer still holds it) and on customer (added, its pinyin
or id changed, deleted). The fill indexes what the store holds. A phone is split with
json_each over an array of one element per digit (zeroblob gives the length), as 0018 splits a
name. PostgreSQL keeps its trigram index on contact.phone_digits: nothing to add there.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0019_search6"
down_revision: str | Sequence[str] | None = "0018_search5"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "contact_phone_pieces"
PIECE = 4  # digits of a piece: a digit search has 4 or more (customer_match.ways)
TRIGGERS = (
    f"{TABLE}_contact_insert",
    f"{TABLE}_contact_delete",
    f"{TABLE}_contact_update",
    f"{TABLE}_customer_insert",
    f"{TABLE}_customer_delete",
    f"{TABLE}_customer_update",
)


def _pieces_of(phone: str) -> tuple[str, str, str]:
    """(a piece of `phone`, the table of its slots, the slot's condition): json_each of an
    array with one element per character (keys 0, 1, ...), each slot where a piece starts."""
    zeros = f"rtrim(replace(hex(zeroblob(length({phone}))), '00', '0,'), ',')"
    return (
        f"substr({phone}, slot.key + 1, {PIECE})",
        f"json_each('[' || {zeros} || ']') AS slot",
        f"slot.key + {PIECE} <= length({phone})",
    )


def _contact_statements() -> tuple[str, str]:
    """(insert contact new's pieces, delete contact old's pieces that no contact of its
    customer still holds)."""
    piece, slots, starts = _pieces_of("new.phone_digits")
    insert = (
        f"INSERT OR IGNORE INTO {TABLE} (piece, name_pinyin, customer_id) "
        f"SELECT DISTINCT {piece}, customer.name_pinyin, customer.id FROM customer, {slots} "
        f"WHERE customer.id = new.customer_id AND {starts};"
    )
    piece, slots, starts = _pieces_of("old.phone_digits")
    delete = (
        f"DELETE FROM {TABLE} WHERE customer_id = old.customer_id "
        "AND name_pinyin = (SELECT name_pinyin FROM customer WHERE id = old.customer_id) "
        f"AND piece IN (SELECT {piece} FROM {slots} WHERE {starts}) "
        "AND NOT EXISTS (SELECT 1 FROM contact WHERE contact.customer_id = old.customer_id "
        f"AND instr(contact.phone_digits, {TABLE}.piece) > 0);"
    )
    return insert, delete


def _customer_statements() -> tuple[str, str, str]:
    """(insert customer new's contacts' pieces, delete customer old's on delete, on update)."""
    piece, slots, starts = _pieces_of("contact.phone_digits")
    insert = (
        f"INSERT OR IGNORE INTO {TABLE} (piece, name_pinyin, customer_id) "
        f"SELECT DISTINCT {piece}, new.name_pinyin, new.id FROM contact, {slots} "
        f"WHERE contact.customer_id = new.id AND {starts};"
    )

    def delete(owners: str) -> str:
        return (
            f"DELETE FROM {TABLE} WHERE customer_id = old.id AND name_pinyin = old.name_pinyin "
            f"AND piece IN (SELECT {piece} FROM contact, {slots} "
            f"WHERE contact.customer_id IN ({owners}) AND {starts});"
        )

    return insert, delete("old.id"), delete("old.id, new.id")


def _fill() -> str:
    piece, slots, starts = _pieces_of("contact.phone_digits")
    return (
        f"INSERT OR IGNORE INTO {TABLE} (piece, name_pinyin, customer_id) "
        f"SELECT {piece}, customer.name_pinyin, customer.id FROM contact "
        f"JOIN customer ON customer.id = contact.customer_id, {slots} WHERE {starts}"
    )


def _statements() -> list[str]:
    contact_insert, contact_delete = _contact_statements()
    customer_insert, on_delete, on_update = _customer_statements()
    return [
        f"CREATE TABLE {TABLE} (piece TEXT NOT NULL, name_pinyin TEXT NOT NULL, "
        "customer_id INTEGER NOT NULL, PRIMARY KEY (piece, name_pinyin, customer_id)) "
        "WITHOUT ROWID",
        f"CREATE TRIGGER {TRIGGERS[0]} AFTER INSERT ON contact BEGIN {contact_insert} END",
        f"CREATE TRIGGER {TRIGGERS[1]} AFTER DELETE ON contact BEGIN {contact_delete} END",
        f"CREATE TRIGGER {TRIGGERS[2]} AFTER UPDATE OF phone_digits, customer_id ON contact "
        f"BEGIN {contact_delete} {contact_insert} END",
        f"CREATE TRIGGER {TRIGGERS[3]} AFTER INSERT ON customer BEGIN {customer_insert} END",
        f"CREATE TRIGGER {TRIGGERS[4]} AFTER DELETE ON customer BEGIN {on_delete} END",
        f"CREATE TRIGGER {TRIGGERS[5]} AFTER UPDATE OF id, name_pinyin ON customer "
        f"BEGIN {on_update} {customer_insert} END",
        _fill(),
    ]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in _statements():
            bind.execute(text(statement))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in TRIGGERS:
            bind.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
        bind.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))
