"""Search indexes on PostgreSQL (migration 0013_speed3): the counterpart of search_index's FTS5.

A GIN index with pg_trgm's `gin_trgm_ops` serves `column LIKE '%part%'` for parts of 3+
characters, so on PostgreSQL customer search and the board's filter test LIKE (not strpos) for
such parts; the result is the same either way, only the cost changes. Without the extension
(the store's user may not create it) there are no such indexes and the same LIKE scans.

Trigrams cannot find one or two characters, the commonest Chinese query (宁波, 海天): as
search_index's pairs do on SQLite, `csdesk_name_grams(name)` lists every character of a name
and every pair of adjacent ones, and a GIN index over it finds the names holding a one- or
two-character part (`grams @> ARRAY[part]`); it needs no extension. A look-up gives candidates,
the caller keeps its exact test.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Text, func, literal, text
from sqlalchemy.exc import DBAPIError

# index name -> (table, column)
INDEXES = {
    "ix_customer_name_trgm": ("customer", "name"),
    "ix_customer_name_pinyin_trgm": ("customer", "name_pinyin"),
    "ix_contact_phone_digits_trgm": ("contact", "phone_digits"),
    "ix_shipment_search_text_trgm": ("shipment", "search_text"),
}


GRAMS_FUNCTION = "csdesk_name_grams"
GRAMS_INDEX = "ix_customer_name_grams"
_GRAMS_SQL = f"""
CREATE OR REPLACE FUNCTION {GRAMS_FUNCTION}(name text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT gram), '{{}}') FROM (
    SELECT substr(name, i, 1) AS gram FROM generate_series(1, length(name)) AS i
    UNION ALL
    SELECT substr(name, i, 2) FROM generate_series(1, length(name) - 1) AS i
  ) AS grams
$$
"""


# The board's filter over shipment.search_text and customer.name_pinyin, one or two characters
# (migration 0016_board3): the same grams, of those columns.
SEARCH_GRAMS_INDEX = "ix_shipment_search_grams"
PINYIN_GRAMS_INDEX = "ix_customer_pinyin_grams"
_MORE_GRAMS = {
    SEARCH_GRAMS_INDEX: ("shipment", "search_text"),
    PINYIN_GRAMS_INDEX: ("customer", "name_pinyin"),
}


def create_search_grams(connection: Any) -> None:
    for index, (table, column) in _MORE_GRAMS.items():
        connection.execute(
            text(
                f"CREATE INDEX IF NOT EXISTS {index} ON {table} "
                f"USING gin ({GRAMS_FUNCTION}({column}))"
            )
        )


def drop_search_grams(connection: Any) -> None:
    for index in _MORE_GRAMS:
        connection.execute(text(f"DROP INDEX IF EXISTS {index}"))


def name_holds(column: Any, part: str) -> Any:
    """`column` (customer.name or name_pinyin, shipment.search_text) holds the one or two
    characters `part`, by the column's grams index."""
    # PostgreSQL's dialect costs a SQLite run (the CLI's board, customer search) about 15 ms.
    from sqlalchemy.dialects.postgresql import ARRAY

    return func.csdesk_name_grams(column).op("@>")(literal([part], ARRAY(Text)))


def _extension(connection: Any) -> bool:
    """Whether pg_trgm is there, creating it when the store's user may (in a savepoint, so a
    refusal leaves the migration's transaction usable)."""
    installed = "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'"
    if connection.execute(text(installed)).first():
        return True
    try:
        with connection.begin_nested():
            connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except DBAPIError:
        return False
    return True


def create(connection: Any) -> bool:
    """Create the grams index, and the trigram indexes if pg_trgm is (or can be) installed;
    returns whether it was."""
    connection.execute(text(_GRAMS_SQL))
    connection.execute(
        text(
            f"CREATE INDEX IF NOT EXISTS {GRAMS_INDEX} ON customer "
            f"USING gin ({GRAMS_FUNCTION}(name))"
        )
    )
    if not _extension(connection):
        return False
    for index, (table, column) in INDEXES.items():
        connection.execute(
            text(f"CREATE INDEX IF NOT EXISTS {index} ON {table} USING gin ({column} gin_trgm_ops)")
        )
    return True


def drop(connection: Any) -> None:
    for index in (*INDEXES, GRAMS_INDEX):
        connection.execute(text(f"DROP INDEX IF EXISTS {index}"))
    connection.execute(text(f"DROP FUNCTION IF EXISTS {GRAMS_FUNCTION}(text)"))


def plan_for_these_values(session: Any) -> None:
    """Have PostgreSQL plan the transaction's next statements for their values.

    psycopg prepares a statement run five times on a connection, and PostgreSQL may then use one
    generic plan for every value; a generic plan cannot see the LIKE's pattern, so it scans
    instead of reading the trigram index (50 ms instead of 3-11 ms at 100,000 customers).
    Nothing on SQLite.
    """
    from csdesk.store.core_tables import dialect_name

    if dialect_name(session) == "postgresql":
        session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
