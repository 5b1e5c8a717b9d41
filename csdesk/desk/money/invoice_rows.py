"""A customer's invoices read with Core (`csdesk invoices`), without the ORM or the tables."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from csdesk.store.core_tables import invoice, shipment


def customer_invoices(
    connection: Any, customer_id: int, history: bool = False
) -> tuple[list[Any], dict[int, str]]:
    """A customer's invoices, oldest due first (replaced ones only with `history`), and the B/L
    numbers issued for their shipments."""
    bill = invoice.c
    statement = select(invoice).where(bill.customer_id == customer_id)
    if not history:
        statement = statement.where(bill.status != "replaced")
    rows = list(connection.execute(statement.order_by(bill.due_on, bill.id)).all())
    shipments = sorted({row.shipment_id for row in rows})
    numbers = select(shipment.c.id, shipment.c.bl_no).where(
        shipment.c.id.in_(shipments), shipment.c.bl_no.is_not(None)
    )
    return rows, {shipment_id: bl_no for shipment_id, bl_no in connection.execute(numbers)}
