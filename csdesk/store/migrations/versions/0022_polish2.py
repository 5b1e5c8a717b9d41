"""polish2: a customer renamed outside the desk is noted, so the desk spells its pinyin again

Revision ID: 0022_polish2
Revises: 0021_polish
Create Date: 2026-12-06 03:05:00

The desk writes a customer's pinyin, initials and name key with its name. A rename by raw SQL
(another tool, a PostgreSQL admin) left the old pinyin: the customer was found by the old name's
pinyin and not by the new one's. The store cannot spell pinyin, so a trigger notes the customer
in `customer_respell` when its name changes while its name key and pinyin do not; the desk
spells the noted customers' keys again when it opens the store and when it sees the store change
(csdesk.desk.customer_names). A note, not an UPDATE of the row from its own trigger: SQLite's
FTS5 triggers on customer would see the row change twice in one statement.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

revision: str = "0022_polish2"
down_revision: str | Sequence[str] | None = "0021_polish"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "customer_respell"
TRIGGER = "customer_renamed_outside"
FUNCTION = "csdesk_customer_renamed_outside"
CHANGED = (
    "NEW.name IS DISTINCT FROM OLD.name AND NEW.name_key IS NOT DISTINCT FROM OLD.name_key"
    " AND NEW.name_pinyin IS NOT DISTINCT FROM OLD.name_pinyin"
)

SQLITE = f"""
CREATE TRIGGER {TRIGGER} AFTER UPDATE OF name ON customer
WHEN NEW.name IS NOT OLD.name AND NEW.name_key IS OLD.name_key
    AND NEW.name_pinyin IS OLD.name_pinyin
BEGIN
    INSERT OR IGNORE INTO {TABLE} (customer_id) VALUES (NEW.id);
END
"""

POSTGRES = (
    f"""
CREATE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO {TABLE} (customer_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$
""",
    f"""
CREATE TRIGGER {TRIGGER} AFTER UPDATE OF name ON customer
FOR EACH ROW WHEN ({CHANGED}) EXECUTE FUNCTION {FUNCTION}()
""",
)


def upgrade() -> None:
    op.create_table(TABLE, sa.Column("customer_id", sa.Integer(), primary_key=True))
    bind = op.get_bind()
    for statement in POSTGRES if bind.dialect.name == "postgresql" else (SQLITE,):
        bind.execute(text(statement))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.execute(text(f"DROP TRIGGER IF EXISTS {TRIGGER} ON customer"))
        bind.execute(text(f"DROP FUNCTION IF EXISTS {FUNCTION}()"))
    else:
        bind.execute(text(f"DROP TRIGGER IF EXISTS {TRIGGER}"))
    op.drop_table(TABLE)
