"""Customer listing and search, read with SQLAlchemy Core (csdesk.store.core_tables).

The CLI's `customers` and the Customers and search screens read these rows; none of them needs
the ORM, whose import cost a CLI run about 450 ms (issue 11).

A search's page comes in pinyin order, and its cost must not follow how many customers match
(issue 11: 宁波 matches a hundred customers of a thousand, a thousand of a hundred thousand).
First the indexes alone say whether more than `broad_past(limit)` customers may match (each way
of matching's candidates, counted with a LIMIT, no customer row read; customer_match), unless
every way says its first page in the list's order (on SQLite two characters of a name or 4+
digits of a phone, from the tables of customer_ordered, migrations 0018_search5 and
0019_search6): then the page is read from those first pages alone. Otherwise:

- at most that many: every match is read by its own index and tested exactly, and the page is
  the first of them in pinyin order (the ids sorted, then the page's rows read);
- more: most customers match, so the page is a walk of the customers in pinyin order (the
  name_pinyin index) that tests each row and stops after a page.

Both give the same rows in the same order; the choice changes the cost only. Every way reads
the page's (pinyin, id) keys first and then each of the page's customers once (_rows_of): a
page of 200 costs its rows and little else (issue 11).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from sqlalchemy import and_, bindparam, false, func, literal, or_, select, union, union_all

from csdesk.desk.customer_match import Way, few_letters, ways
from csdesk.desk.customer_ordered import after_key
from csdesk.store import core_tables
from csdesk.store.core_tables import dialect_name
from csdesk.store.trigram import plan_for_these_values

PAGE_SIZE = 200
# Candidates per row of a page past which a search walks the customers in pinyin order: with
# more, about one walked customer in twenty (or fewer) has to match to fill a page.
WALK_PER_ROW = 20
WALK_PAST_AT_LEAST = 1000
# Up to this many candidates are read once and their ids put into the page's statement; past
# them the candidates are counted (up to broad_past) and read again, by index or by a walk.
LISTED_AT_MOST = 256
# One or two letters first walk this many customers per row of the page (see _short_walk).
SHORT_WALK_PER_ROW = 50
C = core_tables.customer.c
A = core_tables.agent.c
A_TABLE = core_tables.agent
Key = tuple[str, int]  # (name_pinyin, id): a place in the list's order
COLUMNS = (C.id, C.name, C.tier, C.kind, C.vip, A.login, C.wechat, C.last_contact_at)


class CustomerRow(NamedTuple):
    """One customer as the lists show it. A named tuple: a page builds 200 of them, and a
    frozen dataclass costs four times as much per row (issue 11)."""

    id: int
    name: str
    tier: str
    kind: str
    vip: bool
    owner_login: str | None
    wechat: str | None
    last_contact_at: dt.datetime | None
    sort_key: str


def broad_past(limit: int) -> int:
    """Candidates past which a search for pages of `limit` rows walks instead of sorting."""
    return max(WALK_PAST_AT_LEAST, WALK_PER_ROW * limit)


def _candidate_parts(found: list[Way]) -> list[Any]:
    return [way.matches if way.candidates is None else way.candidates for way in found]


def _few_candidates(session: Any, found: list[Way]) -> tuple[set[int], set[int]] | None:
    """(customers that match, customers that may match) by the indexes alone, when at most
    LISTED_AT_MOST in all (the read stops past them; one found two ways counts twice), else
    None. A way without an index of candidates gives its matches, which need no test."""
    parts = [
        select(way.matches.subquery().c[0], literal(1))
        if way.candidates is None
        else select(way.candidates.subquery().c[0], literal(0))
        for way in found
    ]
    rows = session.execute(union_all(*parts).limit(LISTED_AT_MOST + 1)).all()
    if len(rows) > LISTED_AT_MOST:
        return None
    return {row[0] for row in rows if row[1]}, {row[0] for row in rows if not row[1]}


def _is_broad(session: Any, found: list[Way], cap: int) -> bool:
    """More than `cap` candidates, counted from the indexes alone, no further than `cap` + 1."""
    parts = union_all(*_candidate_parts(found)).limit(cap + 1).subquery()
    return int(session.execute(select(func.count()).select_from(parts)).scalar_one()) > cap


def _kept(statement: Any, owner_id: int | None, after: Key | None, upto: Key | None = None) -> Any:
    """`statement` kept to one owner's customers and to those after `after` in pinyin order
    (and up to `upto`, included)."""
    if owner_id is not None:
        statement = statement.where(C.owner_id == owner_id)
    if upto is not None:
        key, last_id = upto
        statement = statement.where(
            C.name_pinyin <= key,
            or_(C.name_pinyin < key, and_(C.name_pinyin == key, C.id <= last_id)),
        )
    if after is not None:
        key, last_id = after
        statement = statement.where(
            C.name_pinyin >= key,  # an index range; the OR alone is not one
            or_(C.name_pinyin > key, and_(C.name_pinyin == key, C.id > last_id)),
        )
    return statement


def _page(session: Any, where: Any, owner_id: int | None, after: Any, limit: int) -> list[Any]:
    """The first `limit` customers (in pinyin order) for which `where` holds."""
    statement = (
        select(*COLUMNS, C.name_pinyin)
        .outerjoin(A_TABLE, A.id == C.owner_id)
        .order_by(C.name_pinyin, C.id)
        .limit(limit)
    )
    if where is not None:
        statement = statement.where(where)
    return list(session.execute(_kept(statement, owner_id, after)).all())


def _rows_of(session: Any, keys: Any, owner_id: int | None, after: Any, limit: int) -> list[Any]:
    """The page's rows for `keys`, a subquery of (name_pinyin, id): the first `limit` of them
    after `after` (of `owner_id`'s customers), each customer's row read once, by primary key."""
    pinyin, row_id = keys.c[0], keys.c[1]
    statement = (
        select(*COLUMNS, pinyin)
        .select_from(keys)
        .join(core_tables.customer, C.id == row_id)
        .outerjoin(A_TABLE, A.id == C.owner_id)
        .order_by(pinyin, row_id)
        .limit(limit)
    )
    if after is not None:
        statement = statement.where(after_key(pinyin, row_id, after))
    if owner_id is not None:
        statement = statement.where(C.owner_id == owner_id)
    return list(session.execute(statement).all())


def _page_of(
    session: Any, where: Any, owner_id: int | None, after: Any, limit: int, upto: Any = None
) -> list[Any]:
    """The first `limit` customers for which `where` holds: their keys in pinyin order first
    (an index alone when `where` reads only what it carries), then the page's rows."""
    keys = select(C.name_pinyin, C.id).where(where).order_by(C.name_pinyin, C.id).limit(limit)
    page = _kept(keys, owner_id, after, upto).subquery()
    return _rows_of(session, page, None, None, limit)


def _listed_page(
    session: Any,
    found: list[Way],
    ids: tuple[set[int], set[int]],
    owner_id: int | None,
    after: Any,
    limit: int,
) -> list[Any]:
    """The page among the listed customers, each read by primary key; those that only may
    match are tested exactly by the ways with an index of candidates."""
    matching, maybe = ids[0], ids[1] - ids[0]
    if not matching and not maybe:
        return []
    tested = [way.holds for way in found if way.candidates is not None]
    where = or_(
        C.id.in_(bindparam("matching", sorted(matching), expanding=True, literal_execute=True)),
        and_(
            C.id.in_(bindparam("maybe", sorted(maybe), expanding=True, literal_execute=True)),
            or_(false(), *tested),
        ),
    )
    return _page_of(session, where, owner_id, after, limit)


def _matched_page(
    session: Any, found: list[Way], owner_id: int | None, after: Any, limit: int
) -> list[Any]:
    """The page among every match, each way read by its own index, the matches sorted."""
    matching = C.id.in_(union_all(*(way.matches for way in found)))
    return _page_of(session, matching, owner_id, after, limit)


def _walked_page(
    session: Any, found: list[Way], owner_id: int | None, after: Any, limit: int, upto: Any = None
) -> list[Any]:
    """The page by walking the customers in pinyin order, testing each, stopping after a page:
    on SQLite over ix_customer_search_walk (migration 0017_search4), which carries every column
    the tests read, so a customer walked past costs no row read."""
    holds = or_(*(way.holds for way in found))
    return _page_of(session, holds, owner_id, after, limit, upto)


def _ordered_page(
    session: Any, found: list[Way], owner_id: int | None, after: Any, limit: int
) -> list[Any]:
    """The page from each way's first `limit` matches in the list's order (every way says
    them: two characters of a name, a WeChat id), so a broad pair reads a page, not every match
    (宁波: 1,094 customers at 100,000)."""
    heads = [way.ordered(owner_id, after, limit) for way in found if way.ordered is not None]
    keys = union(*heads).subquery()
    return _rows_of(session, keys, owner_id, after, limit)


def _short_walk(
    session: Any, found: list[Way], owner_id: int | None, after: Any, limit: int
) -> list[Any] | None:
    """The page if a walk of the next `SHORT_WALK_PER_ROW * limit` customers finds it all (or
    reaches the last customer), else None: one or two letters are mostly broad, and their
    index (a phrase of single letters) costs more to count than such a walk."""
    span = select(C.name_pinyin, C.id).order_by(C.name_pinyin, C.id)
    span = _kept(span, None, after).offset(SHORT_WALK_PER_ROW * limit - 1).limit(1)
    last = session.execute(span).first()
    upto = None if last is None else (last[0], last[1])
    rows = _walked_page(session, found, owner_id, after, limit, upto)
    return rows if upto is None or len(rows) == limit else None


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
    if not query or not query.strip():
        rows = _page(session, None, owner_id, after, limit)
        return list(map(CustomerRow._make, rows))
    found = ways(query.strip(), trigram=dialect_name(session) == "sqlite")
    plan_for_these_values(session)
    if few_letters(query):
        walked = _short_walk(session, found, owner_id, after, limit)
        if walked is not None:
            return list(map(CustomerRow._make, walked))
    if all(way.ordered is not None for way in found):
        rows = _ordered_page(session, found, owner_id, after, limit)
    elif (ids := _few_candidates(session, found)) is not None:
        rows = _listed_page(session, found, ids, owner_id, after, limit)
    elif _is_broad(session, found, broad_past(limit)):
        rows = _walked_page(session, found, owner_id, after, limit)
    else:
        rows = _matched_page(session, found, owner_id, after, limit)
    return list(map(CustomerRow._make, rows))


def count_customers(session: Any, owner_id: int | None = None) -> int:
    statement = select(func.count()).select_from(core_tables.customer)
    if owner_id is not None:
        statement = statement.where(C.owner_id == owner_id)
    return int(session.execute(statement).scalar_one())
