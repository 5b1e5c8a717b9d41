"""Ways of matching a customer whose matches come in the list's order (issue 11), on SQLite.

Two tables hold a customer's search keys beside its pinyin and id, their primary key in that
order (WITHOUT ROWID), kept by triggers: `customer_name_pairs_order` each pair of adjacent
characters of the name (migration 0018_search5), `contact_phone_pieces` each run of 4 digits
of its contacts' phones (0019_search6), `customer_pinyin_pieces` each trigram of its pinyin
(0020_search8). One key's range is its customers in the list's order (pinyin, then id), so a
page of a broad key (宁波, 5678, ningbo) reads a page of it and stops, instead of every match's
row to sort them. customer_match says which key a search reads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Integer, String, and_, column, exists, or_, select, table, true

from csdesk.store import core_tables, search_index
from csdesk.store.sqlfunc import position_in

# (owner_id, after, limit) -> SELECT of (name_pinyin, id) of the first `limit` matches of the
# owner's (every owner's when None) after `after`, in the list's order; a member of a UNION as
# it is (its ORDER BY and LIMIT inside a subquery).
Ordered = Callable[[int | None, Any, int], Any]

C = core_tables.customer.c
K = core_tables.contact.c
PAIRS_ORDER = table(
    "customer_name_pairs_order",
    column("pair", String),
    column("name_pinyin", String),
    column("customer_id", Integer),
)
PHONE_PIECES = table(
    "contact_phone_pieces",
    column("piece", String),
    column("name_pinyin", String),
    column("customer_id", Integer),
)
PINYIN_PIECES = table(
    "customer_pinyin_pieces",
    column("gram", String),
    column("name_pinyin", String),
    column("customer_id", Integer),
)
PIECE = 4  # digits of a piece; a digit search has at least as many (customer_match.ways)


def after_key(pinyin: Any, row_id: Any, after: tuple[str, int] | None) -> Any:
    """(`pinyin`, `row_id`) comes after `after` in the list's order (True when None)."""
    if after is None:
        return true()
    key, last_id = after
    return and_(pinyin >= key, or_(pinyin > key, and_(pinyin == key, row_id > last_id)))


def _in_order(keys: Any, tests: list[Any]) -> Ordered:
    """`ordered` over the table `keys`: one range of its primary key (the first test fixes the
    key), rows passing `tests`, an owner's read through customer."""

    def ordered(owner_id: int | None, after: Any, limit: int) -> Any:
        later = after_key(keys.c.name_pinyin, keys.c.customer_id, after)
        found = select(keys.c.name_pinyin, keys.c.customer_id).where(*tests, later)
        if owner_id is not None:
            found = found.join(core_tables.customer, C.id == keys.c.customer_id).where(
                C.owner_id == owner_id
            )
        first = found.order_by(keys.c.name_pinyin, keys.c.customer_id).limit(limit)
        return select(*first.subquery().c)

    return ordered


def pair_page(pair: str) -> Ordered:
    """Customers whose name holds `pair` (two characters)."""
    return _in_order(PAIRS_ORDER, [PAIRS_ORDER.c.pair == pair])


def _phone_tests(digits: str) -> list[Any]:
    """A customer's pieces hold `digits` (4 or more) where a contact's phone does: the first
    piece is the range, the last one a look-up in the same table, and past 4 digits the
    contacts' phones are tested exactly (both pieces are in a phone of theirs, not
    necessarily `digits`)."""
    pieces = PHONE_PIECES.c
    tests = [pieces.piece == digits[:PIECE]]
    if digits[-PIECE:] != digits[:PIECE]:
        last = PHONE_PIECES.alias("last_piece").c
        tests.append(
            exists().where(
                last.piece == digits[-PIECE:],
                last.name_pinyin == pieces.name_pinyin,
                last.customer_id == pieces.customer_id,
            )
        )
    if len(digits) > PIECE:
        tests.append(
            exists().where(
                K.customer_id == pieces.customer_id, position_in(K.phone_digits, digits) > 0
            )
        )
    return tests


def phone_matches(digits: str) -> Any:
    """SELECT of the ids of customers with a contact whose phone holds `digits` (4 or more)."""
    return select(PHONE_PIECES.c.customer_id).where(*_phone_tests(digits))


def phone_page(digits: str) -> Ordered:
    """Customers with a contact whose phone holds `digits` (4 or more), in the list's order."""
    return _in_order(PHONE_PIECES, _phone_tests(digits))


def pinyin_page(part: str) -> Ordered:
    """Customers whose pinyin holds `part` (3+ Latin letters, folded): the range of its rarest
    trigram (search_index.rarest_gram), each row's pinyin tested exactly in the table itself."""
    pieces = PINYIN_PIECES.c
    return _in_order(
        PINYIN_PIECES,
        [pieces.gram == search_index.rarest_gram(part), position_in(pieces.name_pinyin, part) > 0],
    )


def prefix_page(prefix: Any) -> Ordered:
    """Customers for which `prefix` (an index range of a customer column, as the initials'
    prefix) holds, sorted: a prefix of 3+ letters holds for few."""

    def ordered(owner_id: int | None, after: Any, limit: int) -> Any:
        found = select(C.name_pinyin, C.id).where(prefix, after_key(C.name_pinyin, C.id, after))
        if owner_id is not None:
            found = found.where(C.owner_id == owner_id)
        first = found.order_by(C.name_pinyin, C.id).limit(limit)
        return select(*first.subquery().c)

    return ordered
