"""After any sequence of charges, payments, partial payments and reversals, every sum is exact and
nothing is lost: invoices = paid + open, payments = applied + credit, summaries = their rows."""

from __future__ import annotations

import itertools
from collections import defaultdict
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.context import Desk
from csdesk.desk.errors import DeskError
from csdesk.desk.money import PaymentInput, record_payment, reverse_payment
from csdesk.desk.money.ledger import DESK_KEY
from csdesk.desk.shipments import add_charge, remove_charge
from csdesk.models import (
    ChargeLine,
    CustomerAccount,
    Invoice,
    Payment,
    PaymentApplication,
    ReceivableDue,
)
from tests.desk.money_fixtures import customer, sail

_counter = itertools.count()
CURRENCY = st.sampled_from(["USD", "CNY"])
STEP = st.one_of(
    st.tuples(st.just("charge"), st.integers(1, 500_000), CURRENCY),
    st.tuples(st.just("drop"), st.integers(0, 5), CURRENCY),
    st.tuples(st.just("pay"), st.integers(1, 400_000), CURRENCY),
    st.tuples(st.just("reverse"), st.integers(0, 5), CURRENCY),
)


def _step(desk: Desk, session: Session, cid: int, shipment_id: int, step: tuple[Any, ...]) -> None:
    action, number, currency = step
    if action == "charge":
        add_charge(session, shipment_id, "receivable", "EXTRA", number, currency=currency)
    elif action == "drop":
        lines = session.execute(
            select(col(ChargeLine.id)).where(
                col(ChargeLine.shipment_id) == shipment_id, col(ChargeLine.side) == "receivable"
            )
        ).all()
        if lines:
            remove_charge(session, lines[number % len(lines)][0])
    elif action == "pay":
        entry = PaymentInput(cid, number, currency, desk.today, f"R{next(_counter)}")
        try:
            record_payment(session, entry, today=desk.today, actor=None)
        except DeskError as error:
            assert error.key == "money.error.currency_owed"
    else:
        payments = session.execute(
            select(col(Payment.id)).where(
                col(Payment.customer_id) == cid, col(Payment.reversed_at).is_(None)
            )
        ).all()
        if payments:
            reverse_payment(session, payments[number % len(payments)][0], "bounced")


def _check(session: Session, cid: int, shipment_id: int) -> None:
    invoices = session.execute(select(Invoice).where(col(Invoice.customer_id) == cid)).scalars()
    live_apps = defaultdict(int)
    by_payment = defaultdict(int)
    for app in session.execute(
        select(PaymentApplication).where(col(PaymentApplication.undone_at).is_(None))
    ).scalars():
        live_apps[app.invoice_id] += app.amount_minor
        by_payment[app.payment_id] += app.amount_minor
    opens: dict[str, int] = defaultdict(int)
    invoiced: dict[str, int] = defaultdict(int)
    for invoice in invoices:
        assert invoice.paid_minor == live_apps[invoice.id or 0]
        if invoice.status == "replaced":
            assert invoice.open_minor == 0 and invoice.paid_minor == 0
        else:
            assert invoice.amount_minor == invoice.paid_minor + invoice.open_minor
            opens[invoice.currency] += invoice.open_minor
            invoiced[invoice.currency] += invoice.amount_minor
    charges: dict[str, int] = defaultdict(int)
    for line in session.execute(
        select(ChargeLine).where(
            col(ChargeLine.shipment_id) == shipment_id, col(ChargeLine.side) == "receivable"
        )
    ).scalars():
        charges[line.currency] += line.amount_minor
    assert {k: v for k, v in invoiced.items() if v} == {k: v for k, v in charges.items() if v}
    credits: dict[str, int] = defaultdict(int)
    for payment in session.execute(
        select(Payment).where(col(Payment.customer_id) == cid)
    ).scalars():
        if payment.reversed_at is not None:
            assert by_payment[payment.id or 0] == 0 and payment.credit_minor == 0
        else:
            assert payment.amount_minor == by_payment[payment.id or 0] + payment.credit_minor
        credits[payment.currency] += payment.credit_minor
    for currency in ("USD", "CNY"):
        account = session.get(CustomerAccount, (cid, currency))
        assert (account.open_minor if account else 0) == opens[currency]
        assert (account.credit_minor if account else 0) == credits[currency]
        # Something open and a credit in the same currency cannot both remain.
        assert opens[currency] == 0 or credits[currency] == 0
    store_open: dict[str, int] = defaultdict(int)
    for invoice in session.execute(select(Invoice)).scalars():
        store_open[invoice.currency] += invoice.open_minor
    for desk_wide in (True, False):
        summary: dict[str, int] = defaultdict(int)
        for row in session.execute(select(ReceivableDue)).scalars():
            assert row.open_minor > 0
            if (row.agent_key == DESK_KEY) == desk_wide:
                summary[row.currency] += row.open_minor
        assert {k: v for k, v in store_open.items() if v} == dict(summary)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(STEP, max_size=12))
def test_balances_exact_after_any_sequence(desk: Desk, steps: list[tuple[Any, ...]]) -> None:
    cid = customer(desk, f"客户{next(_counter)}")
    with desk.session() as session:
        shipment = sail(session, cid, f"HB{next(_counter)}", [("O/F", 100_000, "USD")])
        shipment_id = shipment.id or 0
    for step in steps:
        with desk.session() as session:
            _step(desk, session, cid, shipment_id, step)
    with desk.session() as session:
        _check(session, cid, shipment_id)
