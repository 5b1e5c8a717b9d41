"""Deposits against the B/L (H100) and commission rebates (退佣, H99).

A deposit allows the release; once the shipment's invoices are paid its refund is a task until it
is recorded as refunded. A rebate is refused while the shipment is unpaid or the customer owes
anything overdue, approved by a supervisor, due 3 working days later; an unpaid due rebate is a
task in the agent's call list.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.context import AgentInfo
from csdesk.desk.errors import DeskError, NotFoundError
from csdesk.desk.shipments.common import add_task, resolve_shipment
from csdesk.desk.versioning import update_versioned
from csdesk.i18n import t
from csdesk.models import Deposit, Rebate, Shipment, Task
from csdesk.models.base import utcnow
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.money import CURRENCIES
from csdesk.rules.money_release import rebate_refusal
from csdesk.rules.money_terms import rebate_due


def _check_amount(amount_minor: int, currency: str) -> None:
    if currency not in CURRENCIES:
        raise DeskError("money.error.currency_unknown", currency=currency)
    if amount_minor <= 0:
        raise DeskError("money.error.amount", value=amount_minor)


def add_deposit(
    session: Session,
    shipment_ref: int | str,
    amount_minor: int,
    currency: str,
    received_on: dt.date,
    *,
    today: dt.date,
    actor: AgentInfo | None,
) -> Deposit:
    _check_amount(amount_minor, currency)
    if received_on > today:
        raise DeskError("money.error.future", date=received_on.isoformat())
    shipment = resolve_shipment(session, shipment_ref)
    assert shipment.id is not None
    deposit = Deposit(
        shipment_id=shipment.id,
        customer_id=shipment.customer_id,
        currency=currency,
        amount_minor=amount_minor,
        received_on=received_on,
        recorded_by_id=actor.id if actor else None,
    )
    session.add(deposit)
    session.flush()
    return deposit


def _shipment_open(session: Session, shipment_id: int) -> int:
    from csdesk.desk.money.invoicing import live_invoices

    return sum(invoice.open_minor for invoice in live_invoices(session, shipment_id))


def sweep_refunds(session: Session, now: dt.datetime) -> int:
    """A refund task for each deposit whose shipment is invoiced and paid in full."""
    statement = select(Deposit).where(
        col(Deposit.refunded_on).is_(None), col(Deposit.refund_task_id).is_(None)
    )
    added = 0
    for deposit in list(session.execute(statement).scalars()):
        # Invoicing (and the ledger) is imported only when a deposit waits: the call list
        # runs this sweep on every read.
        from csdesk.desk.money.invoicing import live_invoices

        invoices = live_invoices(session, deposit.shipment_id)
        if not invoices or any(invoice.open_minor for invoice in invoices):
            continue
        shipment = session.get(Shipment, deposit.shipment_id)
        assert shipment is not None
        task = add_task(session, shipment, "money_refund", f"#{deposit.id}", now)
        deposit.refund_task_id = task.id
        session.add(deposit)
        added += 1
    return added


def refund_deposit(
    session: Session, deposit_id: int, refunded_on: dt.date, *, today: dt.date, now: dt.datetime
) -> Deposit:
    deposit = session.get(Deposit, deposit_id)
    if deposit is None:
        raise NotFoundError("money.error.deposit_unknown", ref=deposit_id)
    if deposit.refunded_on is not None:
        raise DeskError("money.error.refunded", ref=deposit_id)
    if refunded_on > today:
        raise DeskError("money.error.future", date=refunded_on.isoformat())
    label = t("record.deposit", ref=deposit_id)
    original, changes = {"refunded_on": None}, {"refunded_on": refunded_on}
    update_versioned(session, deposit, deposit.version, original, changes, label)
    _close_task(session, deposit.refund_task_id, now)
    session.flush()
    return deposit


def _close_task(session: Session, task_id: int | None, now: dt.datetime) -> None:
    task = session.get(Task, task_id) if task_id else None
    if task is not None and task.done_at is None:
        task.done_at = now
        task.version += 1
        session.add(task)


def request_rebate(
    session: Session,
    shipment_ref: int | str,
    amount_minor: int,
    currency: str,
    payee: str,
    *,
    today: dt.date,
    actor: AgentInfo | None,
) -> Rebate:
    """H99: refused (with the reason) while the shipment is unpaid or anything is overdue."""
    _check_amount(amount_minor, currency)
    if not payee.strip():
        raise DeskError("money.error.payee")
    shipment = resolve_shipment(session, shipment_ref)
    assert shipment.id is not None
    from csdesk.desk.money.ageing import overdue_minor
    from csdesk.desk.money.invoicing import live_invoices

    invoiced = live_invoices(session, shipment.id)
    unpaid = _shipment_open(session, shipment.id) if invoiced else 1
    overdue = sum(overdue_minor(session, shipment.customer_id, today).values())
    refusal = rebate_refusal(unpaid, overdue)
    if refusal:
        raise DeskError(refusal, booking_no=shipment.booking_no)
    rebate = Rebate(
        shipment_id=shipment.id,
        customer_id=shipment.customer_id,
        currency=currency,
        amount_minor=amount_minor,
        payee=payee.strip(),
        requested_by_id=actor.id if actor else None,
    )
    session.add(rebate)
    session.flush()
    return rebate


def _rebate(session: Session, rebate_id: int, status: str) -> Rebate:
    rebate = session.get(Rebate, rebate_id)
    if rebate is None:
        raise NotFoundError("money.error.rebate_unknown", ref=rebate_id)
    if rebate.status != status:
        raise DeskError("money.error.rebate_status", ref=rebate_id, status=rebate.status)
    return rebate


def _save_rebate(session: Session, rebate: Rebate, status: str, changes: dict[str, Any]) -> None:
    """A rebate's step through the version check: of two desks taking the same step at once,
    the second is told what the first did."""
    label = t("record.rebate", ref=rebate.id)
    update_versioned(session, rebate, rebate.version, {"status": status}, changes, label)


def approve_rebate(
    session: Session,
    rebate_id: int,
    *,
    today: dt.date,
    calendar: WorkCalendar,
    actor: AgentInfo | None,
) -> Rebate:
    if actor is None or not actor.is_supervisor:
        raise DeskError("money.error.supervisor_only")
    rebate = _rebate(session, rebate_id, "requested")
    changes = {
        "status": "approved",
        "approved_by_id": actor.id,
        "approved_on": today,
        "due_on": rebate_due(today, calendar),
    }
    _save_rebate(session, rebate, "requested", changes)
    return rebate


def pay_rebate(
    session: Session, rebate_id: int, paid_on: dt.date, *, today: dt.date, now: dt.datetime
) -> Rebate:
    if paid_on > today:
        raise DeskError("money.error.future", date=paid_on.isoformat())
    rebate = _rebate(session, rebate_id, "approved")
    _save_rebate(session, rebate, "approved", {"status": "paid", "paid_on": paid_on})
    _close_task(session, rebate.task_id, now)
    session.flush()
    return rebate


def sweep_rebates(session: Session, today: dt.date, now: dt.datetime) -> int:
    """An approved rebate still unpaid on its due date becomes a task (index on status, due)."""
    statement = select(Rebate).where(
        col(Rebate.status) == "approved",
        col(Rebate.due_on) <= today,
        col(Rebate.task_id).is_(None),
    )
    added = 0
    for rebate in list(session.execute(statement).scalars()):
        shipment = session.get(Shipment, rebate.shipment_id)
        assert shipment is not None
        rebate.task_id = add_task(
            session, shipment, "money_rebate", rebate.payee, now or utcnow()
        ).id
        session.add(rebate)
        added += 1
    return added


def raise_money_tasks(
    session: Session, calendar: WorkCalendar, today: dt.date, now: dt.datetime, agent_id: int | None
) -> int:
    """Run whenever a call list is read (CLI and screen), like the board's alerts: today's chase
    for the agent, refunds due and rebates due. Each task is raised once; returns how many."""
    from csdesk.desk.money.chase import sweep_chase

    added = sweep_chase(session, calendar, today, now, agent_id).added
    return added + sweep_refunds(session, now) + sweep_rebates(session, today, now)
