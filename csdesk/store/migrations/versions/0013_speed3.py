"""speed3: search indexes for customer search and the board's filter (PostgreSQL)

Revision ID: 0013_speed3
Revises: 0012_money3
Create Date: 2026-12-05 06:00:00

SQLite finds a part of a name, a pinyin, a phone number or a shipment's search text through its
FTS5 trigram indexes (0008_search_trigram); PostgreSQL scanned every row. With the pg_trgm
extension a GIN trigram index on each of those columns serves `LIKE '%part%'` for 3+
characters (csdesk.store.trigram). The extension is created if the store's user may create it
(pg_trgm is a trusted extension: a database owner may since PostgreSQL 13); if not, the
indexes are left out and search keeps scanning, as before (an administrator may later run
`CREATE EXTENSION pg_trgm` and the statements of csdesk.store.trigram.create). Nothing on
SQLite. One or two characters of a name (trigrams cannot find them) are found through a GIN
index over the name's characters and character pairs, which needs no extension.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from csdesk.store import trigram

revision: str = "0013_speed3"
down_revision: str | Sequence[str] | None = "0012_money3"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        trigram.create(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        trigram.drop(connection)
