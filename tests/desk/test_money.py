"""Invoices, payments, credit, ageing and the chase over a real store."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlmodel import col

from csdesk.desk.calls import call_list
from csdesk.desk.context import Desk
from csdesk.desk.errors import DeskError
from csdesk.desk.money import (
    PaymentInput,
    ageing_totals,
    customer_ageing_page,
    record_payment,
    reverse_payment,
    sweep_chase,
)
from csdesk.desk.shipments import add_charge, remove_charge
from csdesk.models import ChargeLine, CustomerAccount, Payment, Task
from tests.desk.money_fixtures import NOW, agent, customer, invoices_of, pay, sail

MONTHLY = {"credit_terms": "monthly", "settlement_day": 31, "agreement_end": dt.date(2027, 12, 31)}


def test_sailing_makes_one_invoice_per_currency_first_one_prepaid(desk: Desk) -> None:
    cid = customer(desk, "宁波华光", **MONTHLY)
    with desk.session() as session:
        sail(session, cid, "BK1", [("O/F", 120000, "USD"), ("THC", 85000, "CNY")])
        sail(session, cid, "BK2", [("O/F", 50000, "USD")], number="MSCU1234566")
        first_cny, first_usd, second = invoices_of(session, cid)
    assert (first_usd.currency, first_usd.amount_minor) == ("USD", 120000)
    assert (first_cny.currency, first_cny.amount_minor) == ("CNY", 85000)
    assert first_usd.terms == "prepaid" and first_usd.due_on == desk.today  # H95
    # The second shipment is monthly: day 31 of December 2026, a Thursday.
    assert (second.terms, second.due_on) == ("monthly", dt.date(2026, 12, 31))


def test_payment_oldest_first_partial_and_overpayment_kept_as_credit(desk: Desk) -> None:
    cid = customer(desk, "义乌小商品")
    with desk.session() as session:
        sail(session, cid, "BK1", [("O/F", 100000, "USD")])
        sail(session, cid, "BK2", [("O/F", 50000, "USD")], number="MSCU1234566")
    pay(desk, cid, 30000, "USD", "R1")
    with desk.session() as session:
        older, newer = invoices_of(session, cid)
        assert (older.open_minor, newer.open_minor, older.status) == (70000, 50000, "open")
    pay(desk, cid, 150000, "USD", "R2")
    with desk.session() as session:
        assert [i.status for i in invoices_of(session, cid)] == ["paid", "paid"]
        row = session.get(CustomerAccount, (cid, "USD"))
        assert row is not None and (row.open_minor, row.credit_minor) == (0, 30000)
        # The credit pays the next invoice as soon as it is made.
        sail(session, cid, "BK3", [("O/F", 40000, "USD")], number="TEMU6138040")
        third = invoices_of(session, cid)[-1]
        assert third.open_minor == 10000
        assert session.get(CustomerAccount, (cid, "USD")).credit_minor == 0  # type: ignore[union-attr]


def test_a_charge_change_remakes_the_invoice_with_history(desk: Desk) -> None:
    cid = customer(desk, "宁波华光")
    with desk.session() as session:
        shipment = sail(session, cid, "BK1", [("O/F", 100000, "USD")])
    pay(desk, cid, 60000, "USD", "R1")
    with desk.session() as session:
        add_charge(session, shipment.id or 0, "receivable", "DOC", 5000, currency="USD")
        old, new = invoices_of(session, cid, live=False)
        assert (old.status, old.open_minor, old.number) == ("replaced", 0, "BK1-USD")
        assert (new.number, new.replaces_id, new.amount_minor) == ("BK1-USD-2", old.id, 105000)
        assert (new.paid_minor, new.open_minor, new.due_on) == (60000, 45000, old.due_on)
        line = session.execute(select(ChargeLine).where(col(ChargeLine.name) == "O/F")).scalar_one()
        remove_charge(session, line.id or 0)
        latest = invoices_of(session, cid)[-1]
        # 60,000 paid on an invoice now worth 5,000: the rest is credit, never lost.
        assert (latest.amount_minor, latest.open_minor) == (5000, 0)
        assert session.get(CustomerAccount, (cid, "USD")).credit_minor == 55000  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("amount", "currency", "reference", "received_on", "invoice", "key"),
    [
        (1000, "CNY", "R9", None, None, "money.error.currency_owed"),
        (-5, "USD", "R9", None, None, "money.error.amount"),
        (0, "USD", "R9", None, None, "money.error.amount"),
        (1000, "USD", "R1", None, None, "money.error.reference_twice"),
        (1000, "USD", "R9", dt.date(2026, 12, 1), None, "money.error.future"),
        (1000, "USD", "R9", None, "BK0-USD", "money.error.invoice_closed"),
        (1000, "GBP", "R9", None, None, "money.error.currency_unknown"),
    ],
)
def test_bad_payments_change_nothing(
    desk: Desk,
    amount: int,
    currency: str,
    reference: str,
    received_on: dt.date | None,
    invoice: str | None,
    key: str,
) -> None:
    cid = customer(desk, "宁波华光")
    with desk.session() as session:
        sail(session, cid, "BK0", [("O/F", 1000, "USD")])
        sail(session, cid, "BK1", [("O/F", 100000, "USD")], number="MSCU1234566")
    pay(desk, cid, 1000, "USD", "R1")
    entry = PaymentInput(cid, amount, currency, received_on or desk.today, reference, invoice)
    with pytest.raises(DeskError) as raised, desk.session() as session:
        record_payment(session, entry, today=desk.today, actor=desk.agent)
    assert raised.value.key == key
    assert "\n" not in str(raised.value)
    with desk.session() as session:
        assert len(session.execute(select(Payment)).all()) == 1
        assert invoices_of(session, cid)[1].open_minor == 100000


def test_a_reversal_opens_the_invoices_again(desk: Desk) -> None:
    cid = customer(desk, "宁波华光")
    with desk.session() as session:
        sail(session, cid, "BK1", [("O/F", 100000, "USD")])
    payment_id = pay(desk, cid, 120000, "USD", "R1")
    with desk.session() as session, pytest.raises(DeskError):
        reverse_payment(session, payment_id, " ")
    with desk.session() as session:
        reverse_payment(session, payment_id, "退票")
        assert invoices_of(session, cid)[0].open_minor == 100000
        account = session.get(CustomerAccount, (cid, "USD"))
        assert account is not None and (account.open_minor, account.credit_minor) == (100000, 0)


def test_ageing_for_desk_agent_and_customer(desk: Desk) -> None:
    li, zhao = agent(desk, "li"), agent(desk, "zhao")
    old = customer(desk, "老欠款")
    new = customer(desk, "新客户", owner="zhao")
    with desk.session() as session:
        sail(
            session,
            old,
            "BK1",
            [("O/F", 100000, "USD")],
            agent_id=li.id,
            now=NOW - dt.timedelta(days=40),
        )
        sail(session, new, "BK2", [("THC", 7000, "CNY")], agent_id=zhao.id, number="MSCU1234566")
    with desk.session() as session:
        everyone = ageing_totals(session, desk.today)
        mine = ageing_totals(session, desk.today, li.id)
        page = customer_ageing_page(session, desk.today)
        zhaos = customer_ageing_page(session, desk.today, owner_id=zhao.id)
    assert everyone.buckets["USD"]["d31_60"] == 100000
    assert everyone.buckets["CNY"]["not_due"] == 7000
    assert "CNY" not in mine.buckets
    assert [row.name for row in page] == ["老欠款", "新客户"]
    assert [row.name for row in zhaos] == ["新客户"]


def test_chase_tasks_in_the_call_list_closed_by_a_payment(desk: Desk) -> None:
    li = agent(desk, "li")
    cid = customer(desk, "拖欠客户")
    with desk.session() as session:
        sail(
            session,
            cid,
            "BK1",
            [("O/F", 100000, "USD")],
            agent_id=li.id,
            now=NOW - dt.timedelta(days=16),
        )
        first = sweep_chase(session, desk.calendar, desk.today, NOW, li.id)
        again = sweep_chase(session, desk.calendar, desk.today, NOW, li.id)
        plan = call_list(session, desk.calendar, li.id, desk.today, NOW)
    assert (first.added, again.added) == (2, 0)  # visit (15 days) and today's chase
    assert any(row.customer_id == cid and row.section == "follow_up" for row in plan.rows)
    pay(desk, cid, 100000, "USD", "R1")
    with desk.session() as session:
        open_tasks = session.execute(
            select(Task).where(col(Task.customer_id) == cid, col(Task.done_at).is_(None))
        ).all()
        assert open_tasks == []
        assert sweep_chase(session, desk.calendar, desk.today, NOW, li.id).added == 0


def test_the_customer_card_shows_money_owed_at_a_glance(desk: Desk) -> None:
    from csdesk.desk.customers import customer_card
    from csdesk.widgets.customer_card import render_card

    cid = customer(desk, "宁波华光")
    with desk.session() as session:
        sail(session, cid, "BK1", [("O/F", 100000, "USD")], now=NOW - dt.timedelta(days=20))
        card = customer_card(session, cid)
    assert card.money == [("USD", 100000, dt.date(2026, 11, 10))]
    assert "未收 USD 1,000.00 (最早到期 2026-11-10)" in render_card(card).plain
    pay(desk, cid, 100000, "USD", "R1")
    with desk.session() as session:
        assert customer_card(session, cid).money == []


def test_ageing_pages_list_each_customer_once_whatever_its_currencies(desk: Desk) -> None:
    both, usd = customer(desk, "两种币"), customer(desk, "美元")
    with desk.session() as session:
        sail(
            session,
            both,
            "BK1",
            [("O/F", 1000, "USD"), ("THC", 500, "CNY")],
            now=NOW - dt.timedelta(days=30),
        )
        sail(session, both, "BK2", [("THC", 700, "CNY")], number="MSCU1234566")
        sail(
            session,
            usd,
            "BK3",
            [("O/F", 900, "USD")],
            number="TEMU6138040",
            now=NOW - dt.timedelta(days=10),
        )
        seen, after = [], None
        while page := customer_ageing_page(session, desk.today, after=after, limit=1):
            seen.append(page[0].name)
            after = (page[0].oldest_due_on, page[0].customer_id)
    assert seen == ["两种币", "美元"]


@pytest.mark.parametrize(("amount", "words"), [("  ", "输入金额"), ("十块", "金额 十块 无法识别")])
def test_a_charge_without_an_amount_says_to_enter_one(desk: Desk, amount: str, words: str) -> None:
    """An empty amount read "金额  无法识别" (nothing where the amount goes)."""
    cid = customer(desk, "宁波华光")
    with desk.session() as session:
        shipment = sail(session, cid, "BK1", [("O/F", 100000, "USD")])
    with pytest.raises(DeskError) as caught, desk.session() as session:
        add_charge(session, shipment.id or 0, "receivable", "DOC", amount, currency="USD")
    assert words in caught.value.message()
