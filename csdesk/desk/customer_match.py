"""The ways a customer search text matches a customer, each said three times (issue 11).

A search is a union of narrow ways of matching: a WeChat id, a contact's phone digits, a pinyin
or initials prefix, a part of the pinyin or of the name. customer_search reads them in one of
two shapes, and both give the same customers:

- `matches`: the ids matching this way, read by the way's own index and tested exactly;
- `candidates`: a superset of their ids from the index alone, no customer row read, to count
  with a LIMIT how broad the search is or to list a few (None when the way has no index of
  customers of its own: then `matches`);
- `holds`: the same exact test of one customer row, for a walk of the customers in pinyin
  order that stops after a page.

A way may also say `ordered`: its matches (exactly) including the first page of them in the
list's order, read without reading every match (on SQLite two characters of a name and 4+
digits of a phone, from the tables of customer_ordered; a WeChat id's few matches). When every
way of a search says it, the page is read from those alone.

On SQLite the other indexes are FTS5 (store.search_index): trigrams for 3+ characters of a name
or a pinyin, a name's character pairs or the pinyin's characters for one or two. On PostgreSQL
3+ characters are a LIKE (the same test as strpos), which its trigram indexes serve (a phone's
digits too), and one or two of a name or a pinyin are looked up in its grams index
(store.trigram). The exact test is instr (strpos) everywhere, so an index changes the cost and
never the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, exists, select

from csdesk.desk.customer_ordered import (
    Ordered,
    pair_page,
    phone_matches,
    phone_page,
    pinyin_page,
    prefix_page,
)
from csdesk.rules.names import fold, phone_digits
from csdesk.store import core_tables, search_index
from csdesk.store.sqlfunc import position_in
from csdesk.store.trigram import name_holds

C = core_tables.customer.c
K = core_tables.contact.c


@dataclass(frozen=True)
class Way:
    matches: Any  # SELECT of matching customer ids, index-backed
    candidates: Any  # SELECT of a superset of ids from the index alone, or None
    holds: Any  # the exact test of a customer row (may correlate to contact)
    # SELECT of (name_pinyin, id) of matches holding the first page's (customer_ordered; it may
    # hold more), or None
    ordered: Ordered | None = None


def prefix_range(column: Any, prefix: str) -> Any:
    """`column` starts with `prefix` as an index range (LIKE 'x%' cannot use a binary index)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


def _index_lookup(column: Any, needle: str) -> Any:
    """SELECT rowid of an FTS5 index holding `needle` in `column` (SQLite), or None."""
    chars = search_index.chars_phrase(needle)
    if column.name == "name_pinyin" and len(needle) >= 5:
        rarest = search_index.rarest_grams_match(needle)
        return search_index.matching_rowids("customer_search", rarest)
    if len(needle) >= 3:
        phrase = search_index.phrase(column.name, needle)
        return search_index.matching_rowids("customer_search", phrase)
    if column.name == "name_pinyin" and chars:
        # One or two letters of the pinyin: a word, or two adjacent ones, of its own index.
        return search_index.matching_rowids(search_index.PINYIN_CHARS, chars)
    if column.name == "name" and not needle.isascii():
        # One or two characters of a name: a word, or a word's start, of the pairs index.
        quoted = '"' + needle.replace('"', '""') + '"'
        match = quoted if len(needle) == 2 else quoted + "*"
        return search_index.matching_rowids(search_index.PAIRS, match)
    return None


def _contains(column: Any, needle: str, trigram: bool) -> tuple[Any, Any]:
    """(`column` holds `needle` by its index, rowids of the index's candidates or None)."""
    condition = position_in(column, needle) > 0
    if not trigram:
        if len(needle) >= 3:
            return column.contains(needle, autoescape=True), None
        if (column.name == "name" and not needle.isascii()) or column.name == "name_pinyin":
            return and_(name_holds(column, needle), condition), None
        return condition, None
    lookup = _index_lookup(column, needle)
    if lookup is None:
        return condition, None
    return and_(column.table.c.id.in_(lookup), condition), lookup


def _customer_way(column: Any, needle: str, trigram: bool) -> Way:
    """Customers whose `column` holds `needle`."""
    by_index, lookup = _contains(column, needle, trigram)
    ordered = None
    if trigram and column.name == "name" and len(needle) == 2:
        ordered = pair_page(needle)
    elif trigram and column.name == "name_pinyin" and len(needle) >= 3:
        ordered = pinyin_page(needle)
    return Way(select(C.id).where(by_index), lookup, position_in(column, needle) > 0, ordered)


def _all_of(holds: Any) -> Ordered:
    """`ordered` for a way with few matches (a WeChat id; `holds` their test): all of them."""
    keys = select(C.name_pinyin, C.id).where(holds)
    return lambda _owner, _after, _limit: keys


def _phone_way(digits: str, trigram: bool) -> Way:
    """Customers with a contact whose phone holds `digits` (4 or more). On SQLite from the
    table of the phones' pieces in pinyin order (migration 0019_search6), as pairs are read;
    on PostgreSQL the contacts' trigram index gives contacts, whose customers are the matches."""
    holds = exists().where(K.customer_id == C.id, position_in(K.phone_digits, digits) > 0)
    if trigram:
        return Way(phone_matches(digits), None, holds, phone_page(digits))
    by_index, _contacts = _contains(K.phone_digits, digits, trigram)
    return Way(select(K.customer_id).where(by_index), None, holds)


def few_letters(query: str) -> bool:
    """`query` is one or two Latin letters (after folding): a part of most pinyins."""
    compact = fold(query.strip()).replace(" ", "")
    return 1 <= len(compact) <= 2 and compact.isascii() and compact.isalpha()


def ways(query: str, trigram: bool) -> list[Way]:
    """Every way `query` (stripped, not empty) may match a customer.

    Chinese text is a part of the name (as typed and folded); Latin letters are a pinyin or
    initials prefix or a part of the pinyin; 4+ digits are part of a contact's phone; anything
    may be a customer's or a contact's WeChat id.
    """
    text = fold(query)
    compact = text.replace(" ", "")
    digits = phone_digits(text) or ""
    wechats = {query, compact}
    contact_wechat = select(K.customer_id).where(K.wechat.in_(wechats))
    is_wechat, has_wechat = C.wechat.in_(wechats), C.id.in_(contact_wechat)
    found = [
        Way(select(C.id).where(is_wechat), None, is_wechat, _all_of(is_wechat)),
        Way(contact_wechat, None, has_wechat, _all_of(has_wechat)),
    ]
    if len(digits) >= 4 and digits == compact:
        found.append(_phone_way(digits, trigram))
    elif compact.isascii() and compact.isalnum():
        initials = prefix_range(C.name_initials, compact)
        in_order = prefix_page(initials) if trigram else None
        found.append(Way(select(C.id).where(initials), None, initials, in_order))
        found.append(_customer_way(C.name_pinyin, compact, trigram))
    else:
        found.append(_customer_way(C.name, query, trigram))
        if text != query:
            found.append(_customer_way(C.name, text, trigram))
    return found
