"""Customer listing and search, read with SQLAlchemy Core (csdesk.store.core_tables).

The CLI's `customers` and the Customers and search screens read these rows; none of them needs
the ORM, whose import cost a CLI run about 450 ms (issue 11).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select, union

from csdesk.rules.names import fold, phone_digits
from csdesk.store import core_tables, search_index
from csdesk.store.core_tables import dialect_name
from csdesk.store.sqlfunc import position_in
from csdesk.store.trigram import name_holds, plan_for_these_values

PAGE_SIZE = 200
SEARCH_CANDIDATES = 2000
C = core_tables.customer.c
K = core_tables.contact.c
A = core_tables.agent.c
A_TABLE = core_tables.agent


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    tier: str
    kind: str
    vip: bool
    owner_login: str | None
    wechat: str | None
    last_contact_at: dt.datetime | None
    sort_key: str


def _prefix_range(column: Any, prefix: str) -> Any:
    """`column` starts with `prefix` as an index range (LIKE 'x%' cannot use a binary index)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


def _contains(column: Any, needle: str, trigram: bool) -> Any:
    """`column` holds `needle` (instr/strpos). On SQLite the needle is first looked up in an FTS5
    index (store.search_index): trigrams for 3+ characters, a name's character pairs or the
    pinyin's characters for one or two; candidates by index, then the same exact test, so the
    index changes the cost and never the result. On PostgreSQL 3+ characters are a LIKE (the
    same test as strpos), which its trigram indexes serve, and one or two of a name or a pinyin
    are looked up in its grams index (store.trigram)."""
    condition = position_in(column, needle) > 0
    if not trigram:
        if len(needle) >= 3:
            return column.contains(needle, autoescape=True)
        if (column.name == "name" and not needle.isascii()) or column.name == "name_pinyin":
            return and_(name_holds(column, needle), condition)
        return condition
    chars = search_index.chars_phrase(needle)
    if len(needle) >= 3:
        index = "contact_search" if column.table.name == "contact" else "customer_search"
        match = search_index.phrase(column.name, needle)
    elif column.name == "name_pinyin" and chars:
        # One or two letters of the pinyin: a word, or two adjacent ones, of its own index.
        index, match = search_index.PINYIN_CHARS, chars
    elif column.name == "name" and not needle.isascii():
        # One or two characters of a name: a word, or a word's start, of the pairs index.
        quoted = '"' + needle.replace('"', '""') + '"'
        index, match = search_index.PAIRS, quoted if len(needle) == 2 else quoted + "*"
    else:
        return condition
    return and_(column.table.c.id.in_(search_index.matching_rowids(index, match)), condition)


def _matching_ids(query: str, trigram: bool = False) -> Any:
    """Ids of customers matching `query`, as a UNION of narrow, index-backed selects.

    One OR over everything made SQLite walk the pinyin index and test every row (1.2 s for a
    miss at 100,000 customers); each shape of query now reads only what can match it:
    Chinese text scans the name index with instr (strpos), which unlike LIKE also finds one or two
    characters; Latin letters are a pinyin or initials prefix (index ranges), a part of the
    pinyin or Latin name, or a WeChat id; 4+ digits are part of a contact's phone.
    """
    text = fold(query)
    compact = text.replace(" ", "")
    digits = phone_digits(text) or ""
    selects: list[Any] = [
        select(C.id).where(C.wechat.in_({query, compact})),
        select(K.customer_id).where(K.wechat.in_({query, compact})),
    ]
    if len(digits) >= 4 and digits == compact:
        selects.append(select(K.customer_id).where(_contains(K.phone_digits, digits, trigram)))
    elif compact.isascii() and compact.isalnum():
        selects += [
            select(C.id).where(_prefix_range(C.name_initials, compact)),
            select(C.id).where(_contains(C.name_pinyin, compact, trigram)),
        ]
    else:
        name = C.name
        selects.append(select(C.id).where(_contains(name, query, trigram)))
        if text != query:
            selects.append(select(C.id).where(_contains(name, text, trigram)))
    # Each way of matching contributes at most SEARCH_CANDIDATES ids: a broad term (有限公司)
    # would otherwise sort tens of thousands of rows on every key press.
    capped = [select(part.limit(SEARCH_CANDIDATES).subquery().c[0]) for part in selects]
    return union(*capped)


def search_customers(
    session: Any,
    query: str | None = None,
    owner_id: int | None = None,
    after: tuple[str, int] | None = None,
    limit: int = PAGE_SIZE,
) -> list[CustomerRow]:
    """One page of customers ordered by pinyin; `after` is the last row's (sort_key, id).

    `session` is a Session or a Core Connection: the read is Core (no ORM imported).
    """
    statement = (
        select(
            C.id,
            C.name,
            C.tier,
            C.kind,
            C.vip,
            A.login,
            C.wechat,
            C.last_contact_at,
            C.name_pinyin,
        )
        .outerjoin(A_TABLE, A.id == C.owner_id)
        .order_by(C.name_pinyin, C.id)
        .limit(limit)
    )
    if query and query.strip():
        trigram = dialect_name(session) == "sqlite"
        statement = statement.where(C.id.in_(_matching_ids(query.strip(), trigram)))
        plan_for_these_values(session)
    if owner_id is not None:
        statement = statement.where(C.owner_id == owner_id)
    if after is not None:
        key, last_id = after
        statement = statement.where(
            or_(
                C.name_pinyin > key,
                and_(C.name_pinyin == key, C.id > last_id),
            )
        )
    return [CustomerRow(*row) for row in session.execute(statement).all()]


def count_customers(session: Any, owner_id: int | None = None) -> int:
    statement = select(func.count()).select_from(core_tables.customer)
    if owner_id is not None:
        statement = statement.where(C.owner_id == owner_id)
    return int(session.execute(statement).scalar_one())
