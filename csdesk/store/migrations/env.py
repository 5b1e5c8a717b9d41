"""Alembic environment: runs on the connection csdesk.store.migrate hands it."""

from __future__ import annotations

from alembic import context

from csdesk.models import metadata  # every table registered (csdesk.models.load_all)
from csdesk.store import trigram
from csdesk.store.search_index import CHARS_INDEXES, INDEXES, PAIRS

NOT_MODELS = (
    trigram.GRAMS_INDEX,
    trigram.SEARCH_GRAMS_INDEX,
    trigram.PINYIN_GRAMS_INDEX,
    "ix_shipment_held",
    "ix_shipment_cutoff_due",
    "ix_documentdispatch_unchased",
    "ix_shipment_board_text",
    "ix_customer_search_walk",
)
# Search tables kept by triggers (migrations 0018-0019): customer_name_pairs_order starts
# with PAIRS.
NOT_MODEL_TABLES = ("contact_phone_pieces", "customer_pinyin_grams")
config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through csdesk (csdesk db upgrade)")


def _include(obj: object, name: str | None, type_: str, *_: object) -> bool:
    """The FTS5 search indexes and their shadow tables (store.search_index), PostgreSQL's
    trigram and grams indexes (store.trigram), the partial and covering indexes of migrations
    0015-0017 and the search tables of 0018-0019 are not models."""
    if type_ == "index" and name in (*trigram.INDEXES, *NOT_MODELS):
        return False
    prefixes = (*INDEXES, PAIRS, *CHARS_INDEXES, *NOT_MODEL_TABLES)
    return not (type_ == "table" and name and name.startswith(prefixes))


context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_object=_include,
)
with context.begin_transaction():
    context.run_migrations()
