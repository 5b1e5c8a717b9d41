"""Payments: recorded from finance's notice or imported from its sheet, applied oldest invoice
first (or the one named), the rest kept as credit; reversed, never deleted.

Every refusal is one line and changes nothing: a wrong or unknown currency, an amount that is not
positive, a closed invoice, a reference already recorded, a date in the future.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.context import AgentInfo
from csdesk.desk.customers import resolve_customer
from csdesk.desk.errors import DeskError, NotFoundError
from csdesk.desk.money.chase import close_chase_tasks
from csdesk.desk.money.ledger import apply_payment, change_credit, undo_applications
from csdesk.desk.versioning import update_versioned
from csdesk.i18n import t
from csdesk.models import Invoice, Payment
from csdesk.models.base import utcnow
from csdesk.rules.money import CURRENCIES
from csdesk.rules.money_import import PaymentRow, RowProblem, header_map, parse_row


@dataclass(frozen=True)
class PaymentInput:
    customer: str | int
    amount_minor: int
    currency: str
    received_on: dt.date
    reference: str
    invoice: str | None = None  # an invoice number or id to pay first
    note: str | None = None


def _owed_currencies(session: Session, customer_id: int) -> set[str]:
    statement = select(col(Invoice.currency)).where(
        col(Invoice.customer_id) == customer_id, col(Invoice.status) == "open"
    )
    return set(session.execute(statement.distinct()).scalars())


def _named_invoice(session: Session, ref: str, customer_id: int, currency: str) -> Invoice:
    text = ref.strip()
    invoice = session.execute(
        select(Invoice).where(col(Invoice.number) == text)
    ).scalar_one_or_none() or (session.get(Invoice, int(text)) if text.isdigit() else None)
    if invoice is None or invoice.customer_id != customer_id:
        raise NotFoundError("money.error.invoice_unknown", ref=text)
    if invoice.status != "open":
        raise DeskError("money.error.invoice_closed", number=invoice.number)
    if invoice.currency != currency:
        raise DeskError(
            "money.error.currency_invoice", number=invoice.number, currency=invoice.currency
        )
    return invoice


def check_payment(session: Session, entry: PaymentInput, today: dt.date) -> tuple[int, int | None]:
    """(customer id, named invoice id) once every check passes; else one DeskError."""
    if entry.currency not in CURRENCIES:
        raise DeskError("money.error.currency_unknown", currency=entry.currency)
    if entry.amount_minor <= 0:
        raise DeskError("money.error.amount", value=entry.amount_minor)
    if entry.received_on > today:
        raise DeskError("money.error.future", date=entry.received_on.isoformat())
    reference = entry.reference.strip()
    if not reference:
        raise DeskError("money.import.reference_missing")
    if payment_by_reference(session, reference) is not None:
        raise DeskError("money.error.reference_twice", reference=reference)
    customer = resolve_customer(session, entry.customer)
    assert customer.id is not None
    if entry.invoice:
        return customer.id, _named_invoice(session, entry.invoice, customer.id, entry.currency).id
    owed = _owed_currencies(session, customer.id)
    if owed and entry.currency not in owed:
        raise DeskError(
            "money.error.currency_owed", currency=entry.currency, owed=" ".join(sorted(owed))
        )
    return customer.id, None


def payment_by_reference(session: Session, reference: str) -> Payment | None:
    statement = select(Payment).where(col(Payment.reference) == reference.strip())
    return session.execute(statement).scalar_one_or_none()


def record_payment(
    session: Session,
    entry: PaymentInput,
    *,
    today: dt.date,
    actor: AgentInfo | None,
    now: dt.datetime | None = None,
    source: str = "manual",
) -> Payment:
    """Record and apply a payment; the open chase tasks of the customer close at once."""
    at = now or utcnow()
    customer_id, named = check_payment(session, entry, today)
    payment = Payment(
        customer_id=customer_id,
        currency=entry.currency,
        amount_minor=entry.amount_minor,
        received_on=entry.received_on,
        reference=entry.reference.strip(),
        source=source,
        recorded_by_id=actor.id if actor else None,
        note=entry.note,
    )
    session.add(payment)
    session.flush()
    left = apply_payment(session, payment, entry.amount_minor, at, named)
    change_credit(session, payment, left)
    close_chase_tasks(session, customer_id, at)
    session.flush()
    return payment


def reverse_payment(
    session: Session, payment_id: int, reason: str | None, *, now: dt.datetime | None = None
) -> Payment:
    """Undo a payment recorded in error (bounced, wrong customer): its invoices open again."""
    at = now or utcnow()
    payment = session.get(Payment, payment_id)
    if payment is None:
        raise NotFoundError("money.error.payment_unknown", ref=payment_id)
    if payment.reversed_at is not None:
        raise DeskError("money.error.reversed", reference=payment.reference)
    if not (reason and reason.strip()):
        raise DeskError("money.error.reason_needed")
    # Through the version check first: a desk that read the payment before another reversed
    # it is told so, instead of reversing it again over the other's reason.
    update_versioned(
        session,
        payment,
        payment.version,
        {"reversed_at": None, "reversal_reason": None},
        {"reversed_at": at, "reversal_reason": reason.strip()},
        t("record.payment", reference=payment.reference),
    )
    undo_applications(session, at, payment_id=payment.id)
    change_credit(session, payment, -payment.credit_minor)
    session.flush()
    return payment


@dataclass(frozen=True)
class ImportOutcome:
    rows: list[PaymentRow]
    payment_ids: list[int]
    dry_run: bool


def import_problem_text(problem: RowProblem) -> str:
    number, key, params = problem
    return t("money.import.row", row=number, problem=t(key, **params))


# A refusal is one line: a sheet wrong on every row (the wrong file, a shifted column) names its
# first problems and counts the rest, rather than printing megabytes.
SHOWN_PROBLEMS = 8


def problems_in_short(problems: Sequence[RowProblem]) -> str:
    shown = "; ".join(map(import_problem_text, problems[:SHOWN_PROBLEMS]))
    if len(problems) <= SHOWN_PROBLEMS:
        return shown
    rows = len({number for number, _key, _params in problems})
    return t("money.import.more", shown=shown, more=len(problems) - SHOWN_PROBLEMS, rows=rows)


def import_payments(
    session: Session, path: Path, *, today: dt.date, actor: AgentInfo | None, dry_run: bool = False
) -> ImportOutcome:
    """All or nothing: every bad row is listed in one DeskError and nothing is recorded."""
    from csdesk.desk.transfer.files import read_sheet

    sheet = read_sheet(path)
    columns, missing = header_map(sheet.header)
    if missing:
        raise DeskError("money.import.columns", missing=", ".join(missing))
    rows, problems = _parsed(session, sheet.rows, columns, today)
    if problems:
        raise DeskError("money.import.refused", detail=problems_in_short(problems))
    if dry_run:
        return ImportOutcome(rows, [], True)
    ids = []
    for row in rows:
        entry = PaymentInput(
            row.customer, row.amount_minor, row.currency, row.received_on, row.reference
        )
        payment = record_payment(session, entry, today=today, actor=actor, source="import")
        assert payment.id is not None
        ids.append(payment.id)
    return ImportOutcome(rows, ids, False)


def _parsed(
    session: Session,
    cells: Sequence[tuple[int, Sequence[object]]],
    columns: dict[str, int],
    today: dt.date,
) -> tuple[list[PaymentRow], list[RowProblem]]:
    rows: list[PaymentRow] = []
    problems: list[RowProblem] = []
    seen: set[str] = set()
    for number, values in cells:
        row, found = parse_row(number, values, columns, today)
        problems += found
        if row is None:
            continue
        if row.reference in seen:
            problems.append((number, "money.error.reference_twice", {"reference": row.reference}))
        seen.add(row.reference)
        entry = PaymentInput(
            row.customer, row.amount_minor, row.currency, row.received_on, row.reference
        )
        try:
            check_payment(session, entry, today)
        except DeskError as error:
            problems.append((number, error.key, dict(error.params)))
            continue
        rows.append(row)
    return rows, problems
