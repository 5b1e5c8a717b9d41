"""The statement (对账单) for a customer and period: each shipment's B/L number, containers, each
receivable charge, what is paid, the balance and the due date; as an .xlsx (values only, no
formula) or as text ready for WeChat or e-mail. It is built from invoice lines (receivable
charges) only, so the minimum sell price (H8) can never appear in it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.customers import resolve_customer
from csdesk.i18n import t
from csdesk.models import Invoice, Shipment, ShipmentContainer
from csdesk.rules.money import format_amount


@dataclass(frozen=True)
class StatementItem:
    invoice_number: str
    booking_no: str
    bl_no: str  # "" until the B/L is issued
    containers: str
    currency: str
    lines: list[tuple[str, int]]
    amount_minor: int
    paid_minor: int
    open_minor: int
    issued_on: dt.date
    due_on: dt.date


@dataclass(frozen=True)
class Statement:
    customer: str
    start: dt.date
    end: dt.date
    items: list[StatementItem]

    def totals(self) -> dict[str, tuple[int, int, int]]:
        """currency -> (amount, paid, balance)."""
        sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for item in self.items:
            row = sums[item.currency]
            row[0] += item.amount_minor
            row[1] += item.paid_minor
            row[2] += item.open_minor
        return {currency: (a, p, b) for currency, (a, p, b) in sorted(sums.items())}


def _containers(session: Session, shipment_ids: list[int]) -> dict[int, str]:
    boxes: dict[int, list[str]] = defaultdict(list)
    statement = select(ShipmentContainer).where(
        col(ShipmentContainer.shipment_id).in_(shipment_ids)
    )
    for box in session.execute(statement.order_by(col(ShipmentContainer.id))).scalars():
        boxes[box.shipment_id].append(f"{box.type_code} {box.number or ''}".strip())
    return {shipment_id: ", ".join(found) for shipment_id, found in boxes.items()}


def build_statement(
    session: Session, customer_ref: str | int, start: dt.date, end: dt.date
) -> Statement:
    """Live invoices issued in [start, end], oldest first."""
    if start > end:  # an empty statement would read as "nothing was invoiced"
        from csdesk.desk.errors import DeskError

        raise DeskError("money.error.period", start=start.isoformat(), end=end.isoformat())
    customer = resolve_customer(session, customer_ref)
    statement = (
        select(Invoice, col(Shipment.booking_no), col(Shipment.bl_no))
        .join(Shipment, col(Shipment.id) == col(Invoice.shipment_id))
        .where(
            col(Invoice.customer_id) == customer.id,
            col(Invoice.status) != "replaced",
            col(Invoice.issued_on) >= start,
            col(Invoice.issued_on) <= end,
        )
        .order_by(col(Invoice.issued_on), col(Invoice.id))
    )
    rows = session.execute(statement).all()
    boxes = _containers(session, sorted({invoice.shipment_id for invoice, _, _ in rows}))
    items = [
        StatementItem(
            invoice.number,
            booking_no,
            bl_no or "",
            boxes.get(invoice.shipment_id, ""),
            invoice.currency,
            [(str(line["name"]), int(line["amount_minor"])) for line in invoice.lines],
            invoice.amount_minor,
            invoice.paid_minor,
            invoice.open_minor,
            invoice.issued_on,
            invoice.due_on,
        )
        for invoice, booking_no, bl_no in rows
    ]
    return Statement(customer.name, start, end, items)


def _sums(key: str, lang: str | None, currency: str, values: tuple[int, int, int]) -> str:
    amount, paid, balance = (format_amount(value, currency) for value in values)
    return t(key, lang, amount=amount, paid=paid, balance=balance)


def statement_text(statement: Statement, lang: str | None = None) -> str:
    """Plain text for WeChat or e-mail, in the chosen language."""
    period = {"start": statement.start.isoformat(), "end": statement.end.isoformat()}
    lines = [t("money.statement.title", lang, customer=statement.customer, **period)]
    for item in statement.items:
        lines.append(
            t(
                "money.statement.item",
                lang,
                bl_no=item.bl_no or "-",
                booking=item.booking_no,
                number=item.invoice_number,
                containers=item.containers or "-",
                due=item.due_on.isoformat(),
            )
        )
        lines += [f"  {name}: {format_amount(v, item.currency)}" for name, v in item.lines]
        values = (item.amount_minor, item.paid_minor, item.open_minor)
        lines.append(_sums("money.statement.item_sums", lang, item.currency, values))
    for currency, values in statement.totals().items():
        lines.append(_sums("money.statement.total", lang, currency, values))
    if not statement.items:
        lines.append(t("money.statement.empty", lang))
    return "\n".join(lines)


def _minor_text(minor: int) -> str:
    units, cents = divmod(abs(minor), 100)
    return f"{'-' if minor < 0 else ''}{units}.{cents:02d}"


COLUMNS = (
    "bl_no",
    "booking",
    "invoice",
    "containers",
    "charge",
    "currency",
    "amount",
    "paid",
    "balance",
)


def statement_rows(statement: Statement) -> list[list[str]]:
    """The sheet's rows after its header: each charge, a subtotal per invoice, totals per
    currency; amounts as values (no formula anywhere)."""
    rows: list[list[str]] = []
    for item in statement.items:
        due = item.due_on.isoformat()
        head = [item.bl_no, item.booking_no, item.invoice_number]
        for name, amount in item.lines:
            rows.append(
                [*head, item.containers, name, item.currency, _minor_text(amount), "", "", due]
            )
        sums = [_minor_text(v) for v in (item.amount_minor, item.paid_minor, item.open_minor)]
        rows.append([*head, "", t("money.statement.subtotal"), item.currency, *sums, due])
    for currency, values in statement.totals().items():
        sums = [_minor_text(value) for value in values]
        rows.append(["", "", "", "", t("money.statement.total_row"), currency, *sums, ""])
    return rows


def export_statement(statement: Statement, path: Path) -> int:
    """Write the statement as .xlsx (or .csv); returns the rows written after the header."""
    from csdesk.desk.transfer.files import table_writer

    rows = statement_rows(statement)
    with table_writer(path) as write:
        write([t(f"money.statement.col.{name}") for name in (*COLUMNS, "due")])
        for row in rows:
            write(row)
    return len(rows)
