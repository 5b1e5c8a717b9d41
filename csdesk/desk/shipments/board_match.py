"""Which shipments a board filter keeps, as SQLAlchemy Core conditions over indexed columns.

Read by `csdesk board` and the Board screen without the ORM (csdesk.store.core_tables). Every
way of matching reads an index: the search text's trigrams (FTS5 on SQLite, pg_trgm on
PostgreSQL), the customer's name, pinyin and initials indexes, and for held B/Ls the partial
index `ix_shipment_held` (migration 0015_speedboard) over the board summary `trouble_kinds`,
which is written in the same transaction as the hold and its release.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    String,
    and_,
    bindparam,
    exists,
    false,
    literal_column,
    not_,
    or_,
    select,
    union,
    union_all,
)

from csdesk.rules.names import fold
from csdesk.rules.trouble import ACTIVE_STATUSES, KINDS
from csdesk.store import core_tables, search_index
from csdesk.store.trigram import name_holds

S = core_tables.shipment.c
C = core_tables.customer.c
T = core_tables.trouble.c
# The kinds with a partial index of their own on the board summary: every held B/L.
INDEXED_KINDS = ("bl_held",)


def prefix_range(column: Any, prefix: str) -> Any:
    """`column` starts with `prefix`, as an index range."""
    return and_(column >= prefix, column < prefix[:-1] + chr(ord(prefix[-1]) + 1))


def _contains(column: Any, needle: str, trigram: bool) -> Any:
    """`column` contains `needle` (LIKE, as always). On SQLite, 3+ characters are first looked
    up in the column's FTS5 trigram index, one or two of a customer name in its pairs index and
    one or two Latin letters or digits of the search text or the pinyin in its characters
    index (store.search_index); on PostgreSQL one or two characters in the column's grams
    index (store.trigram): candidates by index, the same LIKE decides."""
    condition = column.contains(needle, autoescape=True)
    index = {"name": "customer_search", "name_pinyin": "customer_search"}.get(
        column.name, "shipment_search"
    )
    if not trigram:  # PostgreSQL: its trigram indexes serve the LIKE; 1-2 chars, the grams
        if len(needle) <= 2:
            return and_(name_holds(column, needle), condition)
        return condition
    chars = search_index.chars_phrase(needle)
    if len(needle) >= 3:
        match = search_index.phrase(column.name, needle)
    elif column.name in ("search_text", "name_pinyin") and chars:
        index = search_index.CHARS if column.name == "search_text" else search_index.PINYIN_CHARS
        match = chars
    elif column.name == "name" and (chars or not needle.isascii()):
        quoted = '"' + needle.replace('"', '""') + '"'
        index, match = search_index.PAIRS, quoted if len(needle) == 2 else quoted + "*"
    else:
        return condition
    return and_(column.table.c.id.in_(search_index.matching_rowids(index, match)), condition)


def _escaped(text: str) -> str:
    """`text` for a LIKE ... ESCAPE '/' (what SQLAlchemy's autoescape binds)."""
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_")


def _by_pinyin(compact: str) -> bool:
    """Whether a customer's initials and pinyin are tested too (as in _customer_matches)."""
    return compact.isascii() and compact.isalnum()


def _customer_matches(query: str, trigram: bool) -> list[Any]:
    """Selects of customer ids matching `query`, each reading one index: the name's for Chinese
    or Latin text, the initials' as a range and the pinyin's for Latin letters."""
    selects: list[Any] = [select(C.id).where(_contains(C.name, query, trigram))]
    compact = query.replace(" ", "")
    if _by_pinyin(compact):
        selects.append(select(C.id).where(prefix_range(C.name_initials, compact)))
        selects.append(select(C.id).where(_contains(C.name_pinyin, compact, trigram)))
    return selects


def text_matches(text: str, trigram: bool) -> Any:
    """Shipments whose booking, carrier, vessel, boxes, B/L or customer match `text`.

    Candidates come from indexes alone: on SQLite with 3+ characters the search text's trigram
    look-up and the shipment's customer index, read once each, and each candidate's row is
    then read once for the exact test. Otherwise a UNION of ids, each part reading an index
    (the search text's, the customer's name and pinyin indexes, the shipment's customer
    index), where an OR would read every wide shipment row.
    """
    query = fold(text)
    customers = union(*_customer_matches(query, trigram))
    by_customer = S.customer_id.in_(customers)
    if trigram and len(query) >= 3:
        found = search_index.matching_rowids(
            "shipment_search", search_index.phrase("search_text", query)
        )
        exact = S.search_text.contains(query, autoescape=True)
        return S.id.in_(
            union_all(select(S.id).where(S.id.in_(found), exact), select(S.id).where(by_customer))
        )
    return S.id.in_(
        union(
            select(S.id).where(_contains(S.search_text, query, trigram)),
            select(S.id).where(by_customer),
        )
    )


def text_parts(text: str, trigram: bool) -> tuple[Any, Any]:
    """The shipments `text_matches` keeps, as two disjoint conditions each read from its own
    index: by the search text, and by the customer among the rest, for a UNION ALL of the
    two (no duplicate to remove)."""
    query = fold(text)
    exact = S.search_text.contains(query, autoescape=True)
    if trigram and len(query) >= 3:
        found = search_index.matching_rowids(
            "shipment_search", search_index.phrase("search_text", query)
        )
        by_text = and_(S.id.in_(found), exact)
    else:
        by_text = _contains(S.search_text, query, trigram)
    by_customer = S.customer_id.in_(union(*_customer_matches(query, trigram)))
    return by_text, and_(by_customer, not_(exact))


def text_candidates(text: str, trigram: bool) -> tuple[Any, Any]:
    """Two selects of ids read from indexes alone (no shipment row), for telling a narrow filter
    from a broad one before reading any: shipments whose search text may hold `text` (its
    trigram or characters index on SQLite; else its LIKE, which PostgreSQL's indexes serve),
    and customers whose name, initials or pinyin may match. Each may repeat ids; an estimate
    decides only the cost (board_filtered), never what matches."""
    query = fold(text)
    chars = search_index.chars_phrase(query) if trigram else None
    if trigram and len(query) >= 3:
        phrase = search_index.phrase("search_text", query)
        by_text = search_index.matching_rowids("shipment_search", phrase)
    elif chars:
        by_text = search_index.matching_rowids(search_index.CHARS, chars)
    else:
        by_text = select(S.id).where(_contains(S.search_text, query, trigram))
    return by_text, union_all(*_customer_matches(query, trigram))


def customers_of(customers: Any) -> Any:
    """The shipments of `customers` (a select of customer ids), by the shipment's customer index."""
    return select(S.id).where(S.customer_id.in_(customers))


def trouble_candidates(kind: str) -> Any:
    """Shipment ids with an open trouble of `kind`, from the trouble's index."""
    if kind not in KINDS:
        return select(S.id).where(false())
    return select(T.shipment_id).where(T.kind == kind, T.status.in_(ACTIVE_STATUSES))


def walk_values(text: str, customer_ids: Any = ()) -> dict[str, Any]:
    """The values `text_holds` binds for `text`: its pattern, the matching customers' ids (when
    few), and for Latin letters or digits the initials' range and the pinyin's pattern."""
    query = fold(text)
    compact = query.replace(" ", "")
    values: dict[str, Any] = {"walk_text": _escaped(query), "walk_customers": list(customer_ids)}
    if _by_pinyin(compact):
        values["walk_initials_from"] = compact
        values["walk_initials_to"] = compact[:-1] + chr(ord(compact[-1]) + 1)
        values["walk_pinyin"] = _escaped(compact)
    return values


def text_holds(values: dict[str, Any], many_customers: bool = False) -> Any:
    """The same test as `text_matches`, on the row at hand: for walking a column of the board
    index in order when the matches are many (each card read is then most likely a match).
    Its values are named parameters (walk_values), so one statement serves every text of a
    kind (board_walk). The matching customers are bound by id when few (the filter's
    estimate found them all, board_filtered); when many (宁波: every customer), each card's
    own customer is tested by primary key (an alias, as a card's read joins customer)."""

    def bound(name: str, type_: Any = None) -> Any:
        return bindparam(name, values[name], type_=type_ or String())

    by_text = S.search_text.contains(bound("walk_text"), escape="/")
    if not many_customers:
        customers: Any = bindparam("walk_customers", values["walk_customers"], expanding=True)
        return or_(by_text, S.customer_id.in_(customers))
    holder = core_tables.customer.alias("holder").c
    tests = [holder.name.contains(bound("walk_text"), escape="/")]
    if "walk_pinyin" in values:
        start, end = bound("walk_initials_from"), bound("walk_initials_to")
        tests.append(and_(holder.name_initials >= start, holder.name_initials < end))
        tests.append(holder.name_pinyin.contains(bound("walk_pinyin"), escape="/"))
    return or_(by_text, exists(select(holder.id).where(holder.id == S.customer_id, or_(*tests))))


def trouble_matches(kind: str) -> Any:
    """Shipments with an open trouble of `kind`. A held B/L is found in the small partial index
    over the board summary (its pattern is a literal, as the index's own predicate is, so both
    SQLite and PostgreSQL see the index serves it); other kinds by the trouble's index."""
    if kind in INDEXED_KINDS:
        return S.trouble_kinds.like(literal_column(f"'%|{kind}|%'"))
    if kind not in KINDS:
        return false()
    return S.id.in_(trouble_candidates(kind))
