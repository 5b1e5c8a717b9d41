from __future__ import annotations

import pytest

from csdesk.desk.agents import agent_by_login
from csdesk.desk.context import Desk
from csdesk.desk.customers import (
    CUSTOMER_FIELDS,
    add_contact,
    create_customer,
    customer_card,
    resolve_customer,
    search_customers,
    update_contact,
    update_customer,
)
from csdesk.desk.errors import ConflictError, NotFoundError, ValidationError


@pytest.fixture
def book(desk: Desk) -> dict[str, int]:
    ids = {}
    with desk.session() as session:
        li = agent_by_login(session, "li").id
        for name, phone, wechat in [
            ("中国银行", "010-66596688", "boc_wx"),
            ("宁波海天国际贸易有限公司", "13857412345", None),
            ("Lagos Freight Services Ltd", "+234 803 555 0101", "lagosfs"),
            ("王记五金", "13900001111", None),
        ]:
            customer = create_customer(session, {"name": name, "owner_id": li, "tier": "B"})
            add_contact(
                session,
                customer.id or 0,
                {"name": "联系人", "phone": phone, "wechat": wechat, "primary": True},
            )
            ids[name] = customer.id or 0
    return ids


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("中国", "中国银行"),
        ("王", "王记五金"),  # a single character still finds it
        ("zgyh", "中国银行"),
        ("zhongguo", "中国银行"),
        ("NINGBO", "宁波海天国际贸易有限公司"),
        ("5741", "宁波海天国际贸易有限公司"),  # four phone digits
        ("lagosfs", "Lagos Freight Services Ltd"),  # WeChat id
        ("freight", "Lagos Freight Services Ltd"),
    ],
)
def test_search_finds_by_name_pinyin_initials_phone_and_wechat(
    desk: Desk, book: dict[str, int], query: str, expected: str
) -> None:
    with desk.session() as session:
        names = [row.name for row in search_customers(session, query)]
    assert expected in names


def test_search_pages_with_keyset(desk: Desk) -> None:
    with desk.session() as session:
        for number in range(25):
            create_customer(session, {"name": f"分页客户{number:02d}"})
    with desk.session() as session:
        first = search_customers(session, limit=10)
        second = search_customers(session, after=(first[-1].sort_key, first[-1].id), limit=10)
        third = search_customers(session, after=(second[-1].sort_key, second[-1].id), limit=10)
    ids = [row.id for row in first + second + third]
    assert len(ids) == len(set(ids)) == 25


def test_search_with_like_wildcards_is_literal(desk: Desk, book: dict[str, int]) -> None:
    with desk.session() as session:
        assert search_customers(session, "%") == []
        assert search_customers(session, "_") == []


def test_two_agents_saving_the_same_customer_get_a_conflict(
    desk: Desk, book: dict[str, int]
) -> None:
    customer_id = book["中国银行"]
    with desk.session() as session:
        loaded = resolve_customer(session, customer_id)
        original = {name: getattr(loaded, name) for name in CUSTOMER_FIELDS}
        version = loaded.version
    with desk.session() as session:  # the first agent saves
        update_customer(session, customer_id, version, original, {"tier": "A", "notes": "改为A类"})
    with pytest.raises(ConflictError) as caught, desk.session() as session:  # the second, stale
        update_customer(session, customer_id, version, original, {"wechat": "new_wx"})
    message = caught.value.message()
    assert "等级 A" in message and "备注 改为A类" in message  # the user's words, not field keys
    assert "tier" not in message and "notes" not in message
    with desk.session() as session:
        stored = resolve_customer(session, customer_id)
    assert (stored.tier, stored.version) == ("A", version + 1)
    assert stored.wechat is None  # the stale change was not written


def test_renaming_recomputes_search_keys(desk: Desk, book: dict[str, int]) -> None:
    customer_id = book["王记五金"]
    with desk.session() as session:
        loaded = resolve_customer(session, customer_id)
        original = {name: getattr(loaded, name) for name in CUSTOMER_FIELDS}
        update_customer(session, customer_id, loaded.version, original, {"name": "李记五金"})
    with desk.session() as session:
        assert [row.name for row in search_customers(session, "ljwj")] == ["李记五金"]


def test_validation_names_every_bad_field(desk: Desk) -> None:
    with pytest.raises(ValidationError) as caught, desk.session() as session:
        create_customer(session, {"name": " ", "tier": "E", "settlement_day": 40})
    assert set(caught.value.problems) == {"name", "tier", "settlement_day"}


def test_only_one_primary_contact(desk: Desk, book: dict[str, int]) -> None:
    customer_id = book["中国银行"]
    with desk.session() as session:
        second = add_contact(
            session, customer_id, {"name": "李经理", "phone": "13800001111", "primary": True}
        )
        second_id = second.id
    with desk.session() as session:
        card = customer_card(session, customer_id)
    assert [contact.id for contact in card.contacts if contact.primary] == [second_id]
    assert card.contacts[0].id == second_id  # primary first


def test_contact_conflict_and_bad_phone(desk: Desk, book: dict[str, int]) -> None:
    customer_id = book["中国银行"]
    with desk.session() as session:
        contact = customer_card(session, customer_id).contacts[0]
        original = {"name": contact.name, "phone": contact.phone}
        version = contact.version
        contact_id = contact.id or 0
    with pytest.raises(ValidationError), desk.session() as session:
        update_contact(session, contact_id, version, original, {"phone": "12"})
    with desk.session() as session:
        update_contact(session, contact_id, version, original, {"phone": "13811112222"})
    with pytest.raises(ConflictError), desk.session() as session:
        update_contact(session, contact_id, version, original, {"name": "过期的修改"})


def test_unknown_customer_is_a_clear_error(desk: Desk) -> None:
    with pytest.raises(NotFoundError) as caught, desk.session() as session:
        resolve_customer(session, "不存在的公司")
    assert "不存在的公司" in caught.value.message("zh")
