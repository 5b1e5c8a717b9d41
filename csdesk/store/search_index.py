"""FTS5 indexes for customer search on SQLite (migration 0008_search_trigram).

`customer_search` indexes customer.name and customer.name_pinyin, `contact_search` contact.
phone_digits, `shipment_search` shipment.search_text (the board's filter), all with the trigram
tokenizer (any part of 3+ characters, case folded); they are external-content tables (no copy
of the text) kept current by triggers on the indexed tables. A look-up gives candidates: the
caller keeps its own exact test (instr, LIKE), so an index changes the cost, never the result.

Trigrams cannot find one or two characters, the commonest Chinese query (宁波, 海天), so
`customer_name_pairs` indexes every pair of adjacent characters of a name as a word (the last
character alone too): two characters are one word, one character is a word prefix. It is
contentless; its triggers spell the pairs out with substr, one per position a name can have.

The board's filter has the same gap over `shipment.search_text` (booking, carrier, vessel and
box numbers, in Latin letters and digits) and `customer.name_pinyin` (migration 0016_board3):
`shipment_search_chars` and `customer_pinyin_chars` index them with every Latin letter and
digit spaced out as a word of its own, so one or two of them are a word or a two-word phrase
("co" is the phrase "c o"). The spacing is 36 replace() calls, the same in the triggers and
the fill. Contentless, as the pairs. The pairs index also serves one or two Latin letters or
digits of a name (a word or a word's start, as for Chinese).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import String, bindparam, func, literal, literal_column, select, text
from sqlalchemy import column as column_clause
from sqlalchemy import table as table_clause

# index table -> (content table, indexed columns)
INDEXES = {
    "customer_search": ("customer", ("name", "name_pinyin")),
    "contact_search": ("contact", ("phone_digits",)),
    "shipment_search": ("shipment", ("search_text",)),
}


def _statements(index: str, table: str, columns: tuple[str, ...]) -> list[str]:
    names = ", ".join(columns)
    new = ", ".join(f"new.{column}" for column in columns)
    old = ", ".join(f"old.{column}" for column in columns)
    delete = f"INSERT INTO {index}({index}, rowid, {names}) VALUES ('delete', old.id, {old});"
    insert = f"INSERT INTO {index}(rowid, {names}) VALUES (new.id, {new});"
    return [
        f"CREATE TRIGGER IF NOT EXISTS {index}_insert AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER IF NOT EXISTS {index}_delete AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER IF NOT EXISTS {index}_update AFTER UPDATE OF {names} ON {table} "
        f"BEGIN {delete} {insert} END",
    ]


PAIRS = "customer_name_pairs"
NAME_LENGTH = 200  # customer.name is VARCHAR(200)


def pairs_sql(name: str) -> str:
    """SQL spelling out `name`'s adjacent character pairs, space-separated."""
    return " || ' ' || ".join(f"substr({name}, {start}, 2)" for start in range(1, NAME_LENGTH + 1))


def _pair_statements() -> list[str]:
    insert = f"INSERT INTO {PAIRS}(rowid, pairs) VALUES (new.id, {pairs_sql('new.name')});"
    delete = (
        f"INSERT INTO {PAIRS}({PAIRS}, rowid, pairs) VALUES "
        f"('delete', old.id, {pairs_sql('old.name')});"
    )
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {PAIRS} USING fts5(pairs, content='', "
        "columnsize=0, tokenize='unicode61')",
        f"CREATE TRIGGER IF NOT EXISTS {PAIRS}_insert AFTER INSERT ON customer BEGIN {insert} END",
        f"CREATE TRIGGER IF NOT EXISTS {PAIRS}_delete AFTER DELETE ON customer BEGIN {delete} END",
        f"CREATE TRIGGER IF NOT EXISTS {PAIRS}_update AFTER UPDATE OF name ON customer "
        f"BEGIN {delete} {insert} END",
        f"INSERT INTO {PAIRS}(rowid, pairs) SELECT id, {pairs_sql('name')} FROM customer",
    ]


CHARS = "shipment_search_chars"
PINYIN_CHARS = "customer_pinyin_chars"
# characters index -> (table, column): one or two Latin letters or digits of the column
CHARS_INDEXES = {CHARS: ("shipment", "search_text"), PINYIN_CHARS: ("customer", "name_pinyin")}
# The characters spaced out as words: what search_text holds besides spaces and punctuation.
SPACED = "abcdefghijklmnopqrstuvwxyz0123456789"


def _replacing(expression: str, chars: str) -> str:
    for char in chars:
        expression = f"replace({expression}, '{char}', ' {char} ')"
    return expression


def spaced_select(value: str, source: str = "") -> str:
    """SELECT of `value` (an SQL expression over `source`, a FROM clause or nothing) lower-cased
    with every SPACED character between spaces, as `spaced`; `id` comes along from a source.
    Two levels of 18 replace() calls: SQLite's parser refuses 36 nested ones."""
    half = len(SPACED) // 2
    inner = _replacing(f"lower({value})", SPACED[:half])
    carried = "id, " if source else ""
    return (
        f"SELECT {carried}{_replacing('spaced', SPACED[half:])} AS spaced "
        f"FROM (SELECT {carried}{inner} AS spaced{' FROM ' + source if source else ''})"
    )


def chars_phrase(needle: str) -> str | None:
    """The FTS5 query finding `needle` (one or two characters) in `shipment_search_chars`, or
    None when a character is not spaced out there (the caller then scans)."""
    if not 1 <= len(needle) <= 2 or any(char not in SPACED for char in needle):
        return None
    return '"' + " ".join(needle) + '"'


def _chars_statements(index: str, table: str, column: str) -> list[str]:
    new, old = spaced_select(f"new.{column}"), spaced_select(f"old.{column}")
    insert = f"INSERT INTO {index}(rowid, chars) SELECT new.id, spaced FROM ({new});"
    delete = (
        f"INSERT INTO {index}({index}, rowid, chars) SELECT 'delete', old.id, spaced FROM ({old});"
    )
    fill = spaced_select(column, table)
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {index} USING fts5(chars, content='', "
        "columnsize=0, tokenize='unicode61')",
        f"CREATE TRIGGER IF NOT EXISTS {index}_insert AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER IF NOT EXISTS {index}_delete AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER IF NOT EXISTS {index}_update AFTER UPDATE OF {column} ON {table} "
        f"BEGIN {delete} {insert} END",
        f"INSERT INTO {index}(rowid, chars) SELECT id, spaced FROM ({fill})",
    ]


def create_chars(connection: Any) -> None:
    """The one- and two-character indexes (migration 0016_board3), filled from the rows."""
    for index, (table, column) in CHARS_INDEXES.items():
        for statement in _chars_statements(index, table, column):
            connection.execute(text(statement))


def drop_chars(connection: Any) -> None:
    for index in CHARS_INDEXES:
        for trigger in sorted(triggers(index)):
            connection.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
        connection.execute(text(f"DROP TABLE IF EXISTS {index}"))


def matching_rowids(index: str, match: Any) -> Any:
    """SELECT rowid FROM `index` WHERE `index` MATCH `match` (an FTS5 query: a string, bound,
    or an SQL expression giving one)."""
    if isinstance(match, str):
        # An anonymous parameter: one statement may hold several look-ups.
        match = bindparam(None, match, type_=String())
    return (
        select(literal_column("rowid"))
        .select_from(table_clause(index))
        .where(literal_column(index).op("MATCH")(match))
    )


PINYIN_GRAMS = "customer_pinyin_grams"  # trigram -> customers holding it (0020_search8)
RAREST = 2  # trigrams asked of the index for a long pinyin


def _rarest(needle: str, count: int) -> Any:
    """Subquery (gram) of the `count` trigrams of `needle` (a folded Latin pinyin part, 3+
    characters) that fewest customers' pinyin holds (migration 0020_search8). A trigram no
    customer holds counts 0, so it comes first and the search finds nobody at once; ties go
    by the trigram."""
    grams = sorted({needle[start : start + 3].lower() for start in range(len(needle) - 2)})
    asked = func.json_each(bindparam(None, json.dumps(grams), type_=String())).table_valued("value")
    counted = table_clause(PINYIN_GRAMS, column_clause("gram"), column_clause("customers"))
    return (
        select(asked.c.value.label("gram"))
        .select_from(asked.outerjoin(counted, counted.c.gram == asked.c.value))
        .order_by(func.coalesce(counted.c.customers, 0), asked.c.value)
        .limit(count)
        .subquery()
    )


def rarest_gram(needle: str) -> Any:
    """The rarest trigram of `needle` (see _rarest), a scalar subquery."""
    return select(_rarest(needle, 1).c.gram).scalar_subquery()


def rarest_grams_match(needle: str) -> Any:
    """An FTS5 query (an SQL expression) for the `RAREST` rarest trigrams of `needle` (5+
    characters): every trigram of a part is a necessary condition, so the rarest find its
    customers among few candidates, where the phrase would read the long lists of common ones
    ('ian', 'ing'); the caller keeps its exact test."""
    rarest = _rarest(needle, RAREST)
    quoted = literal('"') + rarest.c.gram + literal('"')
    either = literal("{name_pinyin} : (") + func.group_concat(quoted, " AND ") + literal(")")
    return select(either).scalar_subquery()


def phrase(column: str, needle: str) -> str:
    """An FTS5 query for `needle` as a substring of `column` (trigram indexes, 3+ chars)."""
    # A NUL ends an FTS5 string early ("unterminated string"); names never store one anyway.
    needle = needle.replace("\x00", "")
    return f"{{{column}}} : " + '"' + needle.replace('"', '""') + '"'


def triggers(index: str) -> set[str]:
    return {f"{index}_insert", f"{index}_delete", f"{index}_update"}


def create(connection: Any) -> None:
    """Create the indexes and their triggers, and index what the tables already hold."""
    for index, (table, columns) in INDEXES.items():
        connection.execute(
            text(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {index} USING fts5({', '.join(columns)}, "
                f"content='{table}', content_rowid='id', tokenize='trigram')"
            )
        )
        for statement in _statements(index, table, columns):
            connection.execute(text(statement))
        connection.execute(text(f"INSERT INTO {index}({index}) VALUES ('rebuild')"))
    for statement in _pair_statements():
        connection.execute(text(statement))


def drop(connection: Any) -> None:
    for index in (*INDEXES, PAIRS):
        for trigger in sorted(triggers(index)):
            connection.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
        connection.execute(text(f"DROP TABLE IF EXISTS {index}"))
