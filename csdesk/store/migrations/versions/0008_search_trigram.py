"""search trigram: FTS5 indexes over customer names, pinyin, phone digits, shipments (SQLite)

Revision ID: 0008_search_trigram
Revises: 0005_quotes
Create Date: 2026-12-05 02:20:00

Customer search finds a part of a name, of its pinyin or of a phone number, the board's filter
a part of a shipment's search text. Without an index that is a scan of every row (9-13x slower
at 100,000 customers than at 1,000); an FTS5 index with the trigram tokenizer finds any part of
3 characters or more, and a character-pair index one or two characters of a name. The indexes
are kept current by triggers, so every writer (the ORM, bulk inserts, imports) keeps them
right. PostgreSQL keeps its scans for now (pg_trgm needs an extension the desk's database user
may not be allowed to create).

A batch migration that rebuilds `customer`, `contact` or `shipment` on SQLite drops these
triggers; it must
call csdesk.store.search_index.create again (tests/desk/test_search_index.py checks the head).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from csdesk.store import search_index

revision: str = "0008_search_trigram"
down_revision: str | Sequence[str] | None = "0005_quotes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        search_index.create(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        search_index.drop(connection)
