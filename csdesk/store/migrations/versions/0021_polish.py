"""polish: who saved each version of a record a person edits (updated_by, an agent's login)

Revision ID: 0021_polish
Revises: 0020_search8
Create Date: 2026-12-05 23:40:00

Two agents saving the same record on a shared store: the second save is refused, and its
message said "changed by someone else". The login of the agent whose save made the row's
version is now kept on the row, so the message names them and says when (updated_at). Rows
saved before this migration have no login: their message stays as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021_polish"
down_revision: str | Sequence[str] | None = "0020_search8"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every table of a model built on csdesk.models.base.Versioned, as of this revision.
TABLES = (
    "agent", "chargeline", "contact", "customer", "customermargin", "deposit",
    "documentdispatch", "freedaysrequest", "fxrate", "inquiry", "interaction", "invoice",
    "kpitarget", "payment", "quote", "rate", "rebate", "shipment", "shipmentcontainer", "task",
    "trouble",
)  # fmt: skip


def upgrade() -> None:
    for table in TABLES:
        op.add_column(
            table,
            sa.Column("updated_by", sa.String(length=40), nullable=True),
        )


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+): a batch copy of each table would trip over the
    # triggers and foreign keys other tables keep on it.
    for table in TABLES:
        op.drop_column(table, "updated_by")
