"""Customer search gives the same page whichever way it reads it (issue 11): every match sorted
by index, or a walk of the customers in pinyin order testing each row. Both are compared with a
brute-force reference over a demo store (on PostgreSQL too, CSDESK_TEST_PG): the store's order
without a search, filtered in Python by the rules customer_match states."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from csdesk.desk import customer_search
from csdesk.desk.context import Desk, open_desk
from csdesk.desk.customer_search import CustomerRow, search_customers
from csdesk.desk.demo import build_demo
from csdesk.rules.names import fold, phone_digits
from csdesk.store import core_tables
from tests.conftest import TODAY, fresh_store

SIZE = 400
ALL = 100_000
# 1, 2, 3+ characters; Chinese, full pinyin, initials, Latin letters, digits, WeChat ids,
# folded forms (full-width, capitals, spaces), LIKE wildcards, no match.
QUERIES = [
    "宁", "宁波", "海天", "有限公司", "贸易有限公司", "进出口", "司",
    "z", "a", "n", "zh", "ng", "ni", "ningbo", "youxiangongsi", "zgyh", "nbht", "yxgs",
    "NingBo", "ｎｂ", "ning bo", "宁波 ", " 海 天",
    "5678", "1386", "0571", "12", "7", "q7x", "不存在的客户", "%", "_", "wxid",
]  # fmt: skip
PATHS = {"walk": (0, 0), "exact": (ALL, ALL)}  # (WALK_PER_ROW, WALK_PAST_AT_LEAST)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    path: Path = tmp_path_factory.mktemp("search") / "search.db"
    desk = open_desk(fresh_store(path), today=TODAY)
    with desk.session() as session:
        build_demo(session, SIZE, 7, today=TODAY)
    yield desk
    desk.engine.dispose()


def _store_queries(desk: Desk) -> list[str]:
    """A real WeChat id of a customer and of a contact, and a real phone's middle digits."""
    C, K = core_tables.customer.c, core_tables.contact.c
    with desk.engine.connect() as connection:
        wechat = connection.execute(select(C.wechat).where(C.wechat.is_not(None)).limit(1))
        contact = connection.execute(select(K.wechat).where(K.wechat.is_not(None)).limit(1))
        phone = connection.execute(select(K.phone_digits).where(K.phone_digits.is_not(None)))
        found = [wechat.scalar(), contact.scalar(), (phone.scalars().first() or "")[3:9]]
    return [query for query in found if query]


def _matches(query: str, customer: Any, contacts: list[Any]) -> bool:
    query = query.strip()
    text = fold(query)
    compact = text.replace(" ", "")
    digits = phone_digits(text) or ""
    if customer.wechat in {query, compact} or any(k.wechat in {query, compact} for k in contacts):
        return True
    if len(digits) >= 4 and digits == compact:
        return any(digits in (k.phone_digits or "") for k in contacts)
    if compact.isascii() and compact.isalnum():
        return customer.name_initials.startswith(compact) or compact in customer.name_pinyin
    return query in customer.name or text in customer.name


def _reference(desk: Desk, owner_id: int | None = None) -> Any:
    """query -> every matching customer's id, in the order of the store's unsearched list."""
    K = core_tables.contact.c
    with desk.engine.connect() as connection:
        order = [row.id for row in search_customers(connection, None, owner_id, limit=ALL)]
        customers = {row.id: row for row in connection.execute(select(core_tables.customer))}
        contacts: dict[int, list[Any]] = defaultdict(list)
        for contact in connection.execute(select(K.customer_id, K.wechat, K.phone_digits)):
            contacts[contact.customer_id].append(contact)
    assert len(order) == len(customers) or owner_id is not None

    def matching(query: str) -> list[int]:
        return [id_ for id_ in order if _matches(query, customers[id_], contacts[id_])]

    return matching


def _pages(desk: Desk, query: str, limit: int, owner_id: int | None = None) -> list[int]:
    """Every match, read page after page of `limit` as the Customers screen scrolls."""
    found: list[CustomerRow] = []
    with desk.engine.connect() as connection:
        while True:
            after = (found[-1].sort_key, found[-1].id) if found else None
            page = search_customers(connection, query, owner_id, after, limit)
            found += page
            if len(page) < limit:
                return [row.id for row in found]


@pytest.fixture(params=sorted(PATHS))
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    per_row, at_least = PATHS[request.param]
    monkeypatch.setattr(customer_search, "WALK_PER_ROW", per_row)
    monkeypatch.setattr(customer_search, "WALK_PAST_AT_LEAST", at_least)
    return str(request.param)


def test_every_query_finds_what_a_brute_force_scan_finds_in_the_same_order(
    demo: Desk, path: str
) -> None:
    reference = _reference(demo)
    broad = 0
    for query in [*QUERIES, *_store_queries(demo)]:
        expected = reference(query)
        broad += len(expected) > SIZE // 2
        with demo.engine.connect() as connection:
            first = [row.id for row in search_customers(connection, query, limit=50)]
        assert first == expected[:50], (path, query)
        assert _pages(demo, query, 37) == expected, (path, query)
    assert broad >= 3  # some queries match most customers ...
    assert reference("q7x") == [] and len(reference("ng")) < SIZE  # ... some none, some a part
    assert len(reference("a")) > 0 and len(reference("有限公司")) > 0


def test_one_owners_pages_are_the_reference_kept_to_that_owner(demo: Desk, path: str) -> None:
    with demo.engine.connect() as connection:
        owner = connection.execute(select(core_tables.customer.c.owner_id).limit(1)).scalar()
    reference = _reference(demo, owner)
    for query in ("z", "宁波", "有限公司", "nbht", "5678"):
        assert _pages(demo, query, 23, owner) == reference(query), (path, query)


def test_a_broad_search_walks_and_a_narrow_one_reads_its_matches(
    demo: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past 20 candidates a row of the page (100 for pages of 5) the search walks the customers
    in order, with no union of the ways of matching; below, it reads the matches by index."""
    monkeypatch.setattr(customer_search, "WALK_PAST_AT_LEAST", 0)
    reference = _reference(demo)
    sent: list[str] = []

    def record(*args: Any) -> None:
        sent.append(args[2])

    event.listen(demo.engine, "before_cursor_execute", record)
    try:
        for query, walks in (("z", True), ("zgyh", False)):
            assert (len(reference(query)) > 100) is walks
            with demo.engine.connect() as connection:
                search_customers(connection, query, limit=5)
            assert ("UNION" not in sent[-1]) is walks, query
    finally:
        event.remove(demo.engine, "before_cursor_execute", record)


def test_one_or_two_letters_past_a_short_walk_read_the_same_pages(
    demo: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A short walk (here 2 customers a row of the page) that misses a full page gives way to
    the index; one that ends the list, or fills the page, is the page."""
    monkeypatch.setattr(customer_search, "SHORT_WALK_PER_ROW", 2)
    reference = _reference(demo)
    for query in ("z", "zh", "ng", "q", "sz", "xq", "gs", "13"):
        for limit in (3, 40, 500):
            assert _pages(demo, query, limit) == reference(query), (query, limit)


@pytest.mark.parametrize("listed", [0, 5, 10_000])
def test_candidates_listed_or_read_again_give_the_same_pages(
    demo: Desk, listed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Few candidates are read once and listed; more are counted, then read again by index."""
    monkeypatch.setattr(customer_search, "LISTED_AT_MOST", listed)
    reference = _reference(demo)
    for query in ("宁波", "海天", "有限公司", "nbht", "ningbo", "5678", "q7x", "zgyh"):
        assert _pages(demo, query, 29) == reference(query), (listed, query)


PAIR_QUERIES = ("宁波", "海天", "公司", "有限", "贸易", "波宁", "司", "宁波 ", "a-", "Ｃｏ")


def test_two_characters_of_a_name_read_their_pairs_in_order_and_find_the_same_pages(
    demo: Desk,
) -> None:
    """Two characters (after folding too) read the pairs table in pinyin order on SQLite
    (migration 0018_search5): the same pages as the reference at any size, for one owner too."""
    with demo.engine.connect() as connection:
        owner = connection.execute(select(core_tables.customer.c.owner_id).limit(1)).scalar()
    everyone, owners = _reference(demo), _reference(demo, owner)
    for query in PAIR_QUERIES:
        for limit in (1, 7, 200):
            assert _pages(demo, query, limit) == everyone(query), (query, limit)
            assert _pages(demo, query, limit, owner) == owners(query), (query, limit)
    assert len(everyone("宁波")) > 7 and owners("宁波")
    sent: list[str] = []

    def record(*args: Any) -> None:
        sent.append(args[2])

    event.listen(demo.engine, "before_cursor_execute", record)
    try:
        with demo.engine.connect() as connection:
            search_customers(connection, "宁波", limit=5)
    finally:
        event.remove(demo.engine, "before_cursor_execute", record)
    paired = any("customer_name_pairs_order" in statement for statement in sent)
    assert paired is (demo.engine.dialect.name == "sqlite")


def _phone_queries(desk: Desk) -> list[str]:
    """Parts of real phones: the commonest 4 digits, a start, a middle, an end, a whole
    number, spaced as typed."""
    K = core_tables.contact.c
    with desk.engine.connect() as connection:
        phones = connection.execute(select(K.phone_digits).where(K.phone_digits.is_not(None)))
        numbers = phones.scalars().all()
    pieces = Counter(number[start : start + 4] for number in numbers for start in range(8))
    first, second = numbers[:2]
    commonest = pieces.most_common(1)[0][0]
    return [commonest, first[:4], first[3:7], second[-5:], first, f"{second[:3]} {second[3:7]}"]


def _sent_while(desk: Desk, query: str) -> list[str]:
    sent: list[str] = []

    def record(*args: Any) -> None:
        sent.append(args[2])

    event.listen(desk.engine, "before_cursor_execute", record)
    try:
        with desk.engine.connect() as connection:
            search_customers(connection, query, limit=5)
    finally:
        event.remove(desk.engine, "before_cursor_execute", record)
    return sent


def test_digits_read_the_phone_pieces_in_order_and_find_the_same_pages(demo: Desk) -> None:
    """4+ digits read the table of the phones' 4-digit pieces in pinyin order on SQLite
    (migration 0019_search6): the same pages as the reference, for one owner too."""
    with demo.engine.connect() as connection:
        owner = connection.execute(select(core_tables.customer.c.owner_id).limit(1)).scalar()
    everyone, owners = _reference(demo), _reference(demo, owner)
    queries = [*_phone_queries(demo), "5678", "1386", "13", "138", "0000", "99999999"]
    for query in queries:
        for limit in (1, 3, 200):
            assert _pages(demo, query, limit) == everyone(query), (query, limit)
            assert _pages(demo, query, limit, owner) == owners(query), (query, limit)
    assert len(everyone(queries[0])) > 3 and all(everyone(query) for query in queries[:6])
    pieces = any("contact_phone_pieces" in statement for statement in _sent_while(demo, "5678"))
    assert pieces is (demo.engine.dialect.name == "sqlite")
