"""The demo's money, in every state (issue 13): the sailed shipments' receivable lines become
invoices on their sailing day; most are paid on time, some partly or over (a credit), some open
and not yet due, some due this week, some overdue at each chase level; a held B/L, released
B/Ls, a deposit awaiting its refund, rebates requested, approved and late; and today's chase.

Everything goes through the desk's money functions, so the summaries the ageing reads are the
ones a real desk would have.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.context import DESK_TZ, AgentInfo
from csdesk.desk.errors import DeskError
from csdesk.desk.money import (
    PaymentInput,
    add_deposit,
    approve_rebate,
    hold_bl,
    live_invoices,
    overdue_minor,
    raise_money_tasks,
    record_payment,
    release_bl,
    request_rebate,
    sync_invoices,
)
from csdesk.desk.reference import load_calendar
from csdesk.models import Agent, ChargeLine, Customer, Invoice, Shipment
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.money_terms import Terms, due_date
from csdesk.rules.stages import stage_index

MAX_SHIPMENTS = 1500  # invoicing goes through the desk functions, a few ms each
OLD_SHARE = 0.08  # invoices pushed back 95-140 days: the over-90 bucket and the hold level


def _sailed(session: Session, limit: int) -> list[Shipment]:
    """Sailed or later shipments with receivable lines, oldest sailing first."""
    receivable = select(col(ChargeLine.shipment_id)).where(col(ChargeLine.side) == "receivable")
    statement = (
        select(Shipment)
        .where(col(Shipment.id).in_(receivable))
        .order_by(col(Shipment.etd), col(Shipment.id))
        .limit(limit * 2)
    )
    found = [s for s in session.execute(statement).scalars() if stage_index(s.stage) >= 4]
    return found[:limit]


def _issue_day(shipment: Shipment, today: dt.date, rng: random.Random) -> dt.date:
    if rng.random() < OLD_SHARE:
        return today - dt.timedelta(days=rng.randint(95, 140))
    sailed = shipment.etd or today
    return min(sailed, today)


def _due_this_week(customer: Customer, calendar: WorkCalendar, today: dt.date) -> dt.date | None:
    """An issue day in the last 45 days whose monthly due date falls in the coming week."""
    if customer.credit_terms != "monthly" or not customer.settlement_day:
        return None
    terms = Terms("monthly", customer.settlement_day)
    for back in range(45):
        issued = today - dt.timedelta(days=back)
        if today < due_date(terms, issued, calendar) <= today + dt.timedelta(days=7):
            return issued
    return None


def _pay(
    session: Session, invoice: Invoice, amount: int, day: dt.date, today: dt.date, ref: str
) -> None:
    entry = PaymentInput(
        invoice.customer_id, amount, invoice.currency, min(day, today), ref, invoice.number
    )
    _try(session, record_payment, entry, today=today, actor=None, source="import")


def _settle(
    session: Session, invoice: Invoice, today: dt.date, rng: random.Random, number: int
) -> None:
    """Most invoices paid on time; some partly, a few over (a credit); the rest left open."""
    draw = rng.random()
    ref = f"DEMO-{today:%Y%m}-{number:05d}-{invoice.currency}"
    due = invoice.due_on
    if due > today and draw < 0.5:
        return  # not due yet: open
    if draw < 0.62:
        _pay(
            session,
            invoice,
            invoice.open_minor,
            due - dt.timedelta(days=rng.randint(0, 3)),
            today,
            ref,
        )
    elif draw < 0.70:
        _pay(session, invoice, invoice.open_minor // 2, due, today, ref)
    elif draw < 0.73:
        _pay(session, invoice, invoice.open_minor + 5000, due, today, ref)


def _invoice_all(
    session: Session, rng: random.Random, today: dt.date, calendar: WorkCalendar
) -> list[Shipment]:
    shipments = _sailed(session, MAX_SHIPMENTS)
    this_week = 0
    for number, shipment in enumerate(shipments):
        customer = session.get(Customer, shipment.customer_id)
        assert customer is not None
        issued = _issue_day(shipment, today, rng)
        if this_week < 3 and customer.first_shipped_on and shipment.etd:
            soon = _due_this_week(customer, calendar, today)
            if soon is not None and not _first(session, customer.id or 0):
                issued, this_week = soon, this_week + 1
        for invoice in sync_invoices(session, shipment, calendar, issued):
            _settle(session, invoice, today, rng, number)
    return shipments


def _first(session: Session, customer_id: int) -> bool:
    found = select(col(Invoice.id)).where(col(Invoice.customer_id) == customer_id).limit(1)
    return session.execute(found).first() is None


def _supervisor(session: Session) -> AgentInfo | None:
    statement = select(Agent).where(col(Agent.role) == "supervisor").order_by(col(Agent.id))
    agent = session.execute(statement.limit(1)).scalar_one_or_none()
    return AgentInfo.of(agent) if agent else None


def _try(session: Session, action: Any, *args: Any, **kwargs: Any) -> Any:
    """One demo record in a savepoint: a draw the rules refuse is skipped, not the demo."""
    try:
        with session.begin_nested():
            return action(session, *args, **kwargs)
    except DeskError:
        return None


def _states(
    session: Session, shipments: Sequence[Shipment], today: dt.date, calendar: WorkCalendar
) -> None:
    """A hold, releases, a deposit awaiting refund, rebates requested, approved and late."""
    issued = [s for s in shipments if s.stage == "bl_issued"]
    paid = [s for s in issued if all(i.open_minor == 0 for i in live_invoices(session, s.id or 0))]
    overdue = [s for s in issued if s not in paid and _overdue(session, s, today)]
    reason = "预付未到账, 多次催款未付 (H56, H95)"
    for shipment in overdue[:2]:
        _try(session, hold_bl, shipment.id, reason, today=today, actor=None)
    for shipment in paid[:3]:
        _try(session, release_bl, shipment.id, today=today, actor=None)
    for shipment in paid[3:4]:
        invoice = live_invoices(session, shipment.id or 0)[0]
        received = today - dt.timedelta(days=20)
        amount, currency = invoice.amount_minor, invoice.currency
        _try(session, add_deposit, shipment.id, amount, currency, received, today=today, actor=None)
    _rebates(session, shipments, today, calendar)


def _rebates(
    session: Session, shipments: Sequence[Shipment], today: dt.date, calendar: WorkCalendar
) -> None:
    """Rebates on paid shipments: every third stays requested, the others approved, half of
    those ten days ago (so they are late)."""
    lead = _supervisor(session)
    for position, shipment in enumerate(_rebatable(session, shipments, today)):
        amount, payee = 5000 * (position + 1), f"业务介绍人{position + 1}号"
        rebate = _try(
            session, request_rebate, shipment.id, amount, "USD", payee, today=today, actor=None
        )
        if rebate is None or lead is None or position % 3 == 0:
            continue
        approved_on = today - dt.timedelta(days=10 if position % 3 == 2 else 0)
        _try(session, approve_rebate, rebate.id, today=approved_on, calendar=calendar, actor=lead)


def _overdue(session: Session, shipment: Shipment, today: dt.date) -> bool:
    """An open invoice past its due date: for a prepaid one, the B/L must not go out (H95)."""
    return any(i.open_minor and i.due_on < today for i in live_invoices(session, shipment.id or 0))


def _rebatable(session: Session, shipments: Sequence[Shipment], today: dt.date) -> list[Shipment]:
    """Paid shipments of customers owing nothing overdue (H99), one per customer, six at most."""
    found: dict[int, Shipment] = {}
    for shipment in shipments:
        invoices = live_invoices(session, shipment.id or 0)
        if shipment.customer_id in found or not invoices or any(i.open_minor for i in invoices):
            continue
        if not overdue_minor(session, shipment.customer_id, today):
            found[shipment.customer_id] = shipment
        if len(found) == 6:
            break
    return list(found.values())


def generate(
    session: Session, rng: random.Random, today: dt.date, customers: Sequence[Any]
) -> None:
    """The demo's money (see the module docstring); `customers` are not needed: the invoices
    follow the shipments the shipment demo made."""
    calendar = load_calendar(session)
    shipments = _invoice_all(session, rng, today, calendar)
    _states(session, shipments, today, calendar)
    now = dt.datetime.combine(today, dt.time(9, 0), tzinfo=DESK_TZ)
    raise_money_tasks(session, calendar, today, now, None)
