"""search8: how many customers' pinyin holds each trigram, to search a long pinyin by its rarest

Revision ID: 0020_search8
Revises: 0019_search6
Create Date: 2026-12-05 21:20:00

A search of a full pinyin (ningbohaitian) asked the FTS5 trigram index for the phrase, which
reads the posting list of every trigram of the query, common ones included: 'ian' is in 87% of
the demo's 100,000 pinyins, 'ing' in 32%, so the phrase cost 0.9-1.2 ms at 100,000 customers
against 0.2 ms at 1,000. Any of a query's trigrams is a necessary condition and the search keeps
its exact test (instr), so asking for the two rarest finds the same customers from short lists
(0.05-0.2 ms). `customer_pinyin_grams` holds, for each trigram of a pinyin (lower case, as the
trigram tokenizer folds it), how many customers' pinyin holds it; triggers on customer keep it
current (added, pinyin changed, deleted); the fill counts what the store holds. A trigram no
customer holds is absent or 0. About 2,000 rows whatever the store's size. A pinyin is split
with json_each over an array of one element per character, as 0019_search6 splits a phone.
PostgreSQL keeps its pg_trgm index on customer.name_pinyin: nothing to add there.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0020_search8"
down_revision: str | Sequence[str] | None = "0019_search6"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "customer_pinyin_grams"
PIECES = "customer_pinyin_pieces"
TRIGGERS = (f"{TABLE}_insert", f"{TABLE}_delete", f"{TABLE}_update")


def _slots(pinyin: str) -> tuple[str, str, str]:
    """(a lower-case trigram of `pinyin`, the table of its slots, the slot's condition):
    json_each of an array with one element per character (keys 0, 1, ...)."""
    zeros = f"rtrim(replace(hex(zeroblob(length({pinyin}))), '00', '0,'), ',')"
    return (
        f"lower(substr({pinyin}, slot.key + 1, 3))",
        f"json_each('[' || {zeros} || ']') AS slot",
        f"slot.key + 3 <= length({pinyin})",
    )


def _grams_of(pinyin: str) -> str:
    """SELECT of the distinct trigrams of `pinyin` (new.name_pinyin, old.name_pinyin)."""
    gram, slots, starts = _slots(pinyin)
    return f"SELECT DISTINCT {gram} AS gram FROM {slots} WHERE {starts}"


def _statements() -> list[str]:
    # WHERE true: an upsert's SELECT needs a WHERE so its ON is not read as a join's.
    add = (
        f"INSERT INTO {TABLE} (gram, customers) "
        f"SELECT gram, 1 FROM ({_grams_of('new.name_pinyin')}) WHERE true "
        "ON CONFLICT (gram) DO UPDATE SET customers = customers + 1;"
    )
    remove = (
        f"UPDATE {TABLE} SET customers = customers - 1 "
        f"WHERE gram IN ({_grams_of('old.name_pinyin')});"
    )
    place = (
        f"INSERT OR IGNORE INTO {PIECES} (gram, name_pinyin, customer_id) "
        f"SELECT gram, new.name_pinyin, new.id FROM ({_grams_of('new.name_pinyin')});"
    )
    unplace = (
        f"DELETE FROM {PIECES} WHERE gram IN ({_grams_of('old.name_pinyin')}) "
        "AND name_pinyin = old.name_pinyin AND customer_id = old.id;"
    )
    gram, slots, starts = _slots("customer.name_pinyin")
    fill = (
        f"INSERT INTO {TABLE} (gram, customers) SELECT {gram}, count(DISTINCT customer.id) "
        f"FROM customer, {slots} WHERE {starts} GROUP BY 1"
    )
    fill_pieces = (
        f"INSERT OR IGNORE INTO {PIECES} (gram, name_pinyin, customer_id) "
        f"SELECT {gram}, customer.name_pinyin, customer.id FROM customer, {slots} WHERE {starts}"
    )
    return [
        f"CREATE TABLE {TABLE} (gram TEXT NOT NULL PRIMARY KEY, customers INTEGER NOT NULL) "
        "WITHOUT ROWID",
        f"CREATE TABLE {PIECES} (gram TEXT NOT NULL, name_pinyin TEXT NOT NULL, "
        "customer_id INTEGER NOT NULL, PRIMARY KEY (gram, name_pinyin, customer_id)) "
        "WITHOUT ROWID",
        f"CREATE TRIGGER {TRIGGERS[0]} AFTER INSERT ON customer BEGIN {add} {place} END",
        f"CREATE TRIGGER {TRIGGERS[1]} AFTER DELETE ON customer BEGIN {remove} {unplace} END",
        f"CREATE TRIGGER {TRIGGERS[2]} AFTER UPDATE OF id, name_pinyin ON customer "
        f"BEGIN {remove} {unplace} {add} {place} END",
        fill,
        fill_pieces,
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
        bind.execute(text(f"DROP TABLE IF EXISTS {PIECES}"))
