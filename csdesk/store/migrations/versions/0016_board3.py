"""board3: the alert sweep's rows by partial indexes; one or two characters of the board filter

Revision ID: 0016_board3
Revises: 0015_speedboard
Create Date: 2026-12-05 12:00:00

The board runs a check for due alerts on every read (desk.shipments.alert_check), and the sweep
when it finds one. Both read the cut-offs inside the next day's window and the couriered
documents sent long enough ago to be overdue; after a sweep nearly all of those rows are already
alerted (or chased), but the check still read each one: 648 shipments and 498 documents at
20,000 shipments, against 6 and 2 at 200. These partial indexes hold only the rows that may
still need an alert, with the same literal predicates as the queries (alert_check), so the
planner proves they apply; the rows leave the index in the transaction that alerts them.

One or two characters typed in the board's filter (or letters of a pinyin in customer search)
could only scan the search text of every shipment and the pinyin of every customer (trigrams
need three). SQLite gets `shipment_search_chars` and `customer_pinyin_chars`
(store.search_index: the column with each Latin letter and digit a word of its own, kept by
triggers), and PostgreSQL GIN indexes over those columns' grams (store.trigram, the names'
function).

A broad filter walks each board column in order and tests every card it passes
(desk.shipments.board_filtered): on SQLite `ix_shipment_board_text` carries the customer and the
search text along the board order, so the walk reads no shipment row it then drops (PostgreSQL's
B-tree could not hold a long search text: there the walk reads the rows).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

from csdesk.store import search_index, trigram

revision: str = "0016_board3"
down_revision: str | Sequence[str] | None = "0015_speedboard"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The same predicates as alert_check.UNALERTED and alert_check.UNCHASED.
UNALERTED = (
    "cutoff_alerted_until IS NULL OR gate_cutoff > cutoff_alerted_until "
    "OR si_cutoff > cutoff_alerted_until"
)
UNCHASED = "chase_task_id IS NULL"
BOARD_TEXT = "ix_shipment_board_text"


def upgrade() -> None:
    bind = op.get_bind()
    bind.execute(
        text(f"CREATE INDEX ix_shipment_cutoff_due ON shipment (cutoff_at) WHERE {UNALERTED}")
    )
    bind.execute(
        text(
            "CREATE INDEX ix_documentdispatch_unchased ON documentdispatch "
            f"(received_on, sent_on) WHERE {UNCHASED}"
        )
    )
    if bind.dialect.name == "sqlite":
        search_index.create_chars(bind)
        bind.execute(
            text(
                f"CREATE INDEX {BOARD_TEXT} ON shipment "
                "(stage, trouble_rank, sort_at, id, customer_id, search_text)"
            )
        )
    else:
        trigram.create_search_grams(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        bind.execute(text(f"DROP INDEX {BOARD_TEXT}"))
        search_index.drop_chars(bind)
    else:
        trigram.drop_search_grams(bind)
    bind.execute(text("DROP INDEX ix_documentdispatch_unchased"))
    bind.execute(text("DROP INDEX ix_shipment_cutoff_due"))
