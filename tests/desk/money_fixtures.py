"""Sailed shipments with charges, for the money tests, on the shared `desk` fixture."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.context import Desk
from csdesk.desk.money import PaymentInput, record_payment
from csdesk.desk.shipments import add_charge, move_shipment
from csdesk.models import Invoice, Shipment
from tests.desk.shipment_fixtures import NOW, NUMBERS, agent, book, customer

__all__ = ["NOW", "agent", "customer", "invoices_of", "pay", "sail"]


def sail(
    session: Session,
    customer_id: int,
    booking_no: str,
    charges: list[tuple[str, int, str]],
    *,
    agent_id: int | None = None,
    now: dt.datetime = NOW,
    number: str | None = None,
) -> Shipment:
    """A booking with numbered boxes and receivable `charges` (name, minor, currency), sailed."""
    box = {"type": "40HQ", "number": number or NUMBERS[0]}
    shipment = book(session, customer_id, booking_no, containers=[box], agent_id=agent_id, now=now)
    for name, amount, currency in charges:
        add_charge(session, shipment.id or 0, "receivable", name, amount, currency=currency)
    add_charge(session, shipment.id or 0, "payable", "O/F cost", 90000, currency="USD")
    return move_shipment(session, shipment.id or 0, "sailed", now=now)


def invoices_of(session: Session, customer_id: int, live: bool = True) -> list[Invoice]:
    statement = select(Invoice).where(col(Invoice.customer_id) == customer_id)
    if live:
        statement = statement.where(col(Invoice.status) != "replaced")
    return list(session.execute(statement.order_by(col(Invoice.id))).scalars())


def pay(
    desk: Desk, customer_id: int, amount: int, currency: str, reference: str, **extra: Any
) -> int:
    with desk.session() as session:
        entry = PaymentInput(
            customer_id, amount, currency, extra.pop("received_on", desk.today), reference, **extra
        )
        payment = record_payment(session, entry, today=desk.today, actor=desk.agent)
        assert payment.id is not None
        return payment.id
