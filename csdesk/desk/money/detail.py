"""One customer's money at a glance (the Accounts screen's right side, the cards' hints)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.customers import resolve_customer
from csdesk.desk.money.ageing import overdue_minor
from csdesk.desk.money.proposal_rows import ProposalRow, open_proposals
from csdesk.models import CustomerAccount, Deposit, Invoice, Payment, Rebate, Shipment, Trouble
from csdesk.rules.trouble import ACTIVE_STATUSES

RECENT = 50


@dataclass(frozen=True)
class AccountDetail:
    customer_id: int
    name: str
    invoices: list[Invoice]
    payments: list[Payment]
    deposits: list[Deposit]
    rebates: list[Rebate]
    overdue: dict[str, int]
    held_bookings: list[str]
    bl_numbers: dict[int, str] = field(default_factory=dict)  # shipment id -> B/L number
    proposals: list[ProposalRow] = field(default_factory=list)  # holds waiting for a supervisor


def _recent(session: Session, model: Any, customer_id: int, order: Any) -> list[Any]:
    statement = select(model).where(model.customer_id == customer_id)
    return list(session.execute(statement.order_by(order).limit(RECENT)).scalars())


def held_bookings(session: Session, customer_id: int) -> list[str]:
    statement = (
        select(col(Shipment.booking_no))
        .join(Trouble, col(Trouble.shipment_id) == col(Shipment.id))
        .where(
            col(Shipment.customer_id) == customer_id,
            col(Trouble.kind) == "bl_held",
            col(Trouble.status).in_(ACTIVE_STATUSES),
        )
    )
    return list(session.execute(statement).scalars())


def bl_numbers(session: Session, shipment_ids: list[int]) -> dict[int, str]:
    """The B/L numbers issued for these shipments (invoices and statements list them)."""
    statement = select(col(Shipment.id), col(Shipment.bl_no)).where(
        col(Shipment.id).in_(shipment_ids), col(Shipment.bl_no).is_not(None)
    )
    return {shipment_id: bl_no for shipment_id, bl_no in session.execute(statement)}


def account_detail(session: Session, customer_ref: int | str, today: dt.date) -> AccountDetail:
    customer = resolve_customer(session, customer_ref)
    assert customer.id is not None
    statement = select(Invoice).where(
        col(Invoice.customer_id) == customer.id, col(Invoice.status) != "replaced"
    )
    invoices = list(
        session.execute(
            statement.order_by(col(Invoice.due_on).desc(), col(Invoice.id).desc()).limit(RECENT)
        ).scalars()
    )
    return AccountDetail(
        customer.id,
        customer.name,
        invoices,
        _recent(session, Payment, customer.id, col(Payment.id).desc()),
        _recent(session, Deposit, customer.id, col(Deposit.id).desc()),
        _recent(session, Rebate, customer.id, col(Rebate.id).desc()),
        overdue_minor(session, customer.id, today),
        held_bookings(session, customer.id),
        bl_numbers(session, sorted({invoice.shipment_id for invoice in invoices})),
        open_proposals(session, customer.id),
    )


def money_glance(
    session: Session, customer_id: int
) -> tuple[list[tuple[str, int, dt.date | None]], list[str]]:
    """(currency, open, oldest due) for what the customer owes, and its held B/Ls: two small
    indexed reads, for the customer card."""
    statement = select(CustomerAccount).where(
        col(CustomerAccount.customer_id) == customer_id, col(CustomerAccount.open_minor) > 0
    )
    owed = [
        (row.currency, row.open_minor, row.oldest_due_on)
        for row in session.execute(statement.order_by(col(CustomerAccount.currency))).scalars()
    ]
    return owed, held_bookings(session, customer_id)
