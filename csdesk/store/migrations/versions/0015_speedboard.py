"""speedboard: held B/Ls on the board by a partial index

Revision ID: 0015_speedboard
Revises: 0014_kpi3
Create Date: 2026-12-05 09:00:00

The board's "held B/Ls" filter found its shipments through the trouble table and then numbered
every one of them; at 20,000 open shipments it cost 3-4x what it cost at 200. The board summary
`shipment.trouble_kinds` (written in the same transaction as the trouble it lists: a hold, its
release, its closing) already says which shipments have a held B/L; this partial index holds
just those rows, in board order, so each column's first page and the counts read only them
(csdesk.desk.shipments.board_match). The index fills itself from the existing rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0015_speedboard"
down_revision: str | Sequence[str] | None = "0014_kpi3"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The same literal predicate as board_match.trouble_matches: a bound pattern would not let the
# planner prove the index applies.
HELD = "trouble_kinds LIKE '%|bl_held|%'"


def upgrade() -> None:
    op.get_bind().execute(
        text(
            "CREATE INDEX ix_shipment_held ON shipment (stage, trouble_rank, sort_at, id) "
            f"WHERE {HELD}"
        )
    )


def downgrade() -> None:
    op.get_bind().execute(text("DROP INDEX ix_shipment_held"))
