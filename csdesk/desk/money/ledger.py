"""The ledger's moving parts: an invoice's open amount and a payment's credit change only here,
and every change is carried into the summaries (`CustomerAccount`, `ReceivableDue`) in the same
transaction, so the sums always agree with the rows they summarise.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.money.due import DESK_KEY as DESK_KEY
from csdesk.models import (
    Customer,
    CustomerAccount,
    Invoice,
    Payment,
    PaymentApplication,
    ReceivableDue,
)
from csdesk.models.money import ALL_CURRENCIES
from csdesk.rules.money_terms import OpenItem, allocate


def account(session: Session, customer_id: int, currency: str) -> CustomerAccount:
    row = session.get(CustomerAccount, (customer_id, currency))
    if row is None:
        # The owner is copied once here; a trigger on customer keeps it when the owner changes.
        owner = session.execute(
            select(col(Customer.owner_id)).where(col(Customer.id) == customer_id)
        ).scalar_one_or_none()
        row = CustomerAccount(customer_id=customer_id, currency=currency, owner_key=owner or 0)
        session.add(row)
    return row


def _oldest_open_due(session: Session, customer_id: int, currency: str) -> dt.date | None:
    statement = (
        select(col(Invoice.due_on))
        .where(
            col(Invoice.customer_id) == customer_id,
            col(Invoice.status) == "open",
            col(Invoice.currency) == currency,
        )
        .order_by(col(Invoice.due_on))
        .limit(1)
    )
    return session.execute(statement).scalar_one_or_none()


def change_open(session: Session, invoice: Invoice, delta: int) -> None:
    """Add `delta` to an invoice's open amount and to both summaries; status follows."""
    if delta == 0:
        return
    invoice.open_minor += delta
    assert invoice.open_minor >= 0, "an invoice cannot be paid beyond its amount"
    if invoice.status != "replaced":
        invoice.status = "open" if invoice.open_minor > 0 else "paid"
    invoice.paid_minor = invoice.amount_minor - invoice.open_minor
    invoice.version += 1
    session.add(invoice)
    for agent_key in (invoice.agent_id or 0, DESK_KEY):
        _change_due(session, (agent_key, invoice.currency, invoice.due_on), delta)
    row = account(session, invoice.customer_id, invoice.currency)
    row.open_minor += delta
    session.flush()
    row.oldest_due_on = _oldest_open_due(session, invoice.customer_id, invoice.currency)
    session.add(row)
    _refresh_overall(session, invoice.customer_id)


def _refresh_overall(session: Session, customer_id: int) -> None:
    """The customer's "*" row: the oldest open due date in any currency, for the ageing pages."""
    session.flush()
    statement = select(col(CustomerAccount.oldest_due_on)).where(
        col(CustomerAccount.customer_id) == customer_id,
        col(CustomerAccount.currency) != ALL_CURRENCIES,
    )
    dates = [day for day in session.execute(statement).scalars() if day is not None]
    overall = account(session, customer_id, ALL_CURRENCIES)
    overall.oldest_due_on = min(dates) if dates else None
    session.add(overall)


def _change_due(session: Session, key: tuple[int, str, dt.date], delta: int) -> None:
    due = session.get(ReceivableDue, key)
    if due is None:
        due = ReceivableDue(agent_key=key[0], currency=key[1], due_on=key[2])
    due.open_minor += delta
    if due.open_minor != 0:
        session.add(due)
    elif due in session:
        session.delete(due)


def change_credit(session: Session, payment: Payment, delta: int) -> None:
    payment.credit_minor += delta
    assert payment.credit_minor >= 0, "a credit cannot go below nothing"
    payment.version += 1
    session.add(payment)
    row = account(session, payment.customer_id, payment.currency)
    row.credit_minor += delta
    session.add(row)


def apply_payment(
    session: Session, payment: Payment, amount: int, at: dt.datetime, named: int | None = None
) -> int:
    """Apply up to `amount` of the payment to its customer's open invoices in its currency,
    the named one first, then oldest due; returns what is left (the caller keeps it as credit)."""
    statement = (
        select(Invoice)
        .where(
            col(Invoice.customer_id) == payment.customer_id,
            col(Invoice.status) == "open",
            col(Invoice.currency) == payment.currency,
        )
        .order_by(col(Invoice.due_on), col(Invoice.id))
    )
    invoices = {invoice.id: invoice for invoice in session.execute(statement).scalars()}
    items = [OpenItem(i.id, i.due_on, i.open_minor) for i in invoices.values() if i.id]
    applied, left = allocate(amount, items, named)
    assert payment.id is not None
    for invoice_id, part in applied:
        session.add(
            PaymentApplication(
                payment_id=payment.id, invoice_id=invoice_id, amount_minor=part, at=at
            )
        )
        change_open(session, invoices[invoice_id], -part)
    return left


def undo_applications(
    session: Session,
    at: dt.datetime,
    *,
    invoice_id: int | None = None,
    payment_id: int | None = None,
) -> list[tuple[Payment, int]]:
    """Undo the live applications of an invoice or of a payment; (payment, amount) undone."""
    statement = select(PaymentApplication).where(col(PaymentApplication.undone_at).is_(None))
    if invoice_id is not None:
        statement = statement.where(col(PaymentApplication.invoice_id) == invoice_id)
    if payment_id is not None:
        statement = statement.where(col(PaymentApplication.payment_id) == payment_id)
    undone: list[tuple[Payment, int]] = []
    for application in session.execute(statement.order_by(col(PaymentApplication.id))).scalars():
        application.undone_at = at
        session.add(application)
        invoice = session.get(Invoice, application.invoice_id)
        payment = session.get(Payment, application.payment_id)
        assert invoice is not None and payment is not None
        change_open(session, invoice, application.amount_minor)
        undone.append((payment, application.amount_minor))
    return undone


def apply_credits(session: Session, customer_id: int, currency: str, at: dt.datetime) -> None:
    """Spend the customer's credits (oldest payment first) on open invoices in that currency."""
    statement = (
        select(Payment)
        .where(
            col(Payment.customer_id) == customer_id,
            col(Payment.currency) == currency,
            col(Payment.credit_minor) > 0,
        )
        .order_by(col(Payment.id))
    )
    for payment in list(session.execute(statement).scalars()):
        left = apply_payment(session, payment, payment.credit_minor, at)
        change_credit(session, payment, left - payment.credit_minor)
