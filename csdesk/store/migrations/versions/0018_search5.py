"""search5: a customer name's character pairs in pinyin order, for two-character searches

Revision ID: 0018_search5
Revises: 0017_search4
Create Date: 2026-12-05 16:00:00

A two-character search (宁波) matches about 1% of the customers; the FTS5 pairs index
(customer_name_pairs) gives their ids in no useful order, so a page read every match's row by
primary key to sort them by pinyin (1,094 rows at 100,000 customers for a page of 200). On
SQLite `customer_name_pairs_order` holds each distinct pair of adjacent characters of a name
with the name's pinyin and the customer's id, its primary key in that order (WITHOUT ROWID), so
a page is one range of it read in the list's order and stops after a page
(desk.customer_match). Triggers on customer keep it current; the fill below indexes what the
store already holds. The name is split with json_each over an array of one element per
character (zeroblob gives the length), so a name of any length is split whole. PostgreSQL keeps
its grams index: nothing to add there.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0018_search5"
down_revision: str | Sequence[str] | None = "0017_search4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "customer_name_pairs_order"
TRIGGERS = (f"{TABLE}_insert", f"{TABLE}_delete", f"{TABLE}_update")


def _slots(row: str) -> str:
    """json_each of an array with one element per character of `row`.name (keys 0, 1, ...)."""
    zeros = f"rtrim(replace(hex(zeroblob(length({row}.name))), '00', '0,'), ',')"
    return f"json_each('[' || {zeros} || ']')"


def _pairs(row: str, source: str = "") -> str:
    """SELECT of `row`'s distinct name pairs with its pinyin and id (`row` is new, or customer
    with `source` "customer, " for the fill)."""
    return (
        f"SELECT DISTINCT substr({row}.name, slot.key + 1, 2), {row}.name_pinyin, {row}.id "
        f"FROM {source}{_slots(row)} AS slot WHERE slot.key + 2 <= length({row}.name)"
    )


def _statements() -> list[str]:
    insert = f"INSERT OR IGNORE INTO {TABLE} (pair, name_pinyin, customer_id) {_pairs('new')};"
    delete = (
        f"DELETE FROM {TABLE} WHERE customer_id = old.id AND name_pinyin = old.name_pinyin "
        f"AND pair IN (SELECT substr(old.name, slot.key + 1, 2) FROM {_slots('old')} AS slot);"
    )
    return [
        f"CREATE TABLE {TABLE} (pair TEXT NOT NULL, name_pinyin TEXT NOT NULL, "
        "customer_id INTEGER NOT NULL, PRIMARY KEY (pair, name_pinyin, customer_id)) "
        "WITHOUT ROWID",
        f"CREATE TRIGGER {TRIGGERS[0]} AFTER INSERT ON customer BEGIN {insert} END",
        f"CREATE TRIGGER {TRIGGERS[1]} AFTER DELETE ON customer BEGIN {delete} END",
        f"CREATE TRIGGER {TRIGGERS[2]} AFTER UPDATE OF id, name, name_pinyin ON customer "
        f"BEGIN {delete} {insert} END",
        f"INSERT OR IGNORE INTO {TABLE} (pair, name_pinyin, customer_id) "
        f"{_pairs('customer', 'customer, ')}",
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
