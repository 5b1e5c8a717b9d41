"""Invoices (debit notes) from a shipment's receivable charge lines, one per currency.

They are made when the shipment sails and re-made whenever a receivable line changes after that:
the old invoice is kept as `replaced` (the history), its payments move to the new one, and what
no longer fits goes back to the payment as credit. Nothing is converted between currencies.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from csdesk.desk.money.ledger import (
    apply_credits,
    apply_payment,
    change_credit,
    change_open,
    undo_applications,
)
from csdesk.models import ChargeLine, Customer, Invoice, Shipment
from csdesk.models.base import utcnow
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.money_terms import due_date, effective_terms
from csdesk.rules.stages import stage_index

INVOICED_FROM = "sailed"


def is_invoiced_stage(stage: str) -> bool:
    return stage_index(stage) >= stage_index(INVOICED_FROM)


def _wanted_lines(session: Session, shipment_id: int) -> dict[str, list[dict[str, Any]]]:
    statement = (
        select(ChargeLine)
        .where(col(ChargeLine.shipment_id) == shipment_id, col(ChargeLine.side) == "receivable")
        .order_by(col(ChargeLine.id))
    )
    lines: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for charge in session.execute(statement).scalars():
        lines[charge.currency].append({"name": charge.name, "amount_minor": charge.amount_minor})
    return lines


def live_invoices(session: Session, shipment_id: int) -> list[Invoice]:
    statement = select(Invoice).where(
        col(Invoice.shipment_id) == shipment_id, col(Invoice.status) != "replaced"
    )
    return list(session.execute(statement.order_by(col(Invoice.id))).scalars())


def _first_shipment(session: Session, customer_id: int, shipment_id: int) -> bool:
    statement = (
        select(col(Invoice.id))
        .where(col(Invoice.customer_id) == customer_id, col(Invoice.shipment_id) != shipment_id)
        .limit(1)
    )
    return session.execute(statement).first() is None


def _number(session: Session, shipment: Shipment, currency: str) -> str:
    count = session.execute(
        select(func.count())
        .select_from(Invoice)
        .where(col(Invoice.shipment_id) == shipment.id, col(Invoice.currency) == currency)
    ).scalar_one()
    base = f"{shipment.booking_no}-{currency}"
    return base if count == 0 else f"{base}-{count + 1}"


def _new_invoice(
    session: Session,
    shipment: Shipment,
    currency: str,
    lines: list[dict[str, Any]],
    dates: tuple[str, dt.date, dt.date],
    replaces: Invoice | None,
) -> Invoice:
    terms, issued_on, due_on = dates
    amount = sum(int(line["amount_minor"]) for line in lines)
    assert shipment.id is not None
    invoice = Invoice(
        number=_number(session, shipment, currency),
        shipment_id=shipment.id,
        customer_id=shipment.customer_id,
        agent_id=shipment.agent_id,
        currency=currency,
        terms=terms,
        issued_on=issued_on,
        due_on=due_on,
        amount_minor=amount,
        open_minor=0,
        status="paid",
        replaces_id=replaces.id if replaces else None,
        lines=lines,
    )
    session.add(invoice)
    session.flush()
    change_open(session, invoice, amount)
    return invoice


def _dates(
    session: Session, shipment: Shipment, calendar: WorkCalendar, today: dt.date
) -> tuple[str, dt.date, dt.date]:
    customer = session.get(Customer, shipment.customer_id)
    assert customer is not None and shipment.id is not None
    first = _first_shipment(session, customer.id or 0, shipment.id)
    terms = effective_terms(
        customer.credit_terms,
        customer.settlement_day,
        customer.agreement_end,
        customer.kind,
        first,
        today,
    )
    return terms.terms, today, due_date(terms, today, calendar)


def sync_invoices(
    session: Session, shipment: Shipment, calendar: WorkCalendar, today: dt.date
) -> list[Invoice]:
    """Make or re-make the shipment's invoices so they match its receivable lines; returns the
    invoices made now. Terms and dates of a re-made invoice stay those of the first one."""
    assert shipment.id is not None
    if not is_invoiced_stage(shipment.stage):
        return []
    at = utcnow()
    wanted = _wanted_lines(session, shipment.id)
    current = {invoice.currency: invoice for invoice in live_invoices(session, shipment.id)}
    made: list[Invoice] = []
    for currency in sorted(set(wanted) | set(current)):
        old, lines = current.get(currency), wanted.get(currency, [])
        if old is not None and old.lines == lines:
            continue
        dates = (old.terms, old.issued_on, old.due_on) if old else None
        moved = _retire(session, old, at) if old else []
        new = None
        if lines and sum(int(line["amount_minor"]) for line in lines) > 0:
            dates = dates or _dates(session, shipment, calendar, today)
            new = _new_invoice(session, shipment, currency, lines, dates, old)
            made.append(new)
        _reapply(session, moved, at, new.id if new else None)
        apply_credits(session, shipment.customer_id, currency, at)
    return made


def _retire(session: Session, invoice: Invoice, at: dt.datetime) -> list[tuple[Any, int]]:
    moved = undo_applications(session, at, invoice_id=invoice.id)
    change_open(session, invoice, -invoice.open_minor)
    invoice.status = "replaced"
    invoice.paid_minor = 0  # its payments moved on; the amount stays as history
    session.add(invoice)
    return moved


def _reapply(
    session: Session, moved: list[tuple[Any, int]], at: dt.datetime, invoice_id: int | None
) -> None:
    """Money that was on a replaced invoice goes to its successor first, the rest to credit."""
    for payment, amount in moved:
        left = apply_payment(session, payment, amount, at, named=invoice_id)
        change_credit(session, payment, left)


def invoice_after_change(session: Session, shipment: Shipment, at: dt.datetime, tz: Any) -> None:
    """The board's hook: a shipment that sailed, or a receivable line changed after it did."""
    if not is_invoiced_stage(shipment.stage):
        return
    from csdesk.desk.reference import load_calendar

    sync_invoices(session, shipment, load_calendar(session), at.astimezone(tz).date())
