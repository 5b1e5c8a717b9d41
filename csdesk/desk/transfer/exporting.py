"""Exporting customers to .csv or .xlsx with the import's Chinese headers, so an export re-imports.

Customers are read a page at a time by id (keyset paging), with the primary contact of each page
in one more query: a 100,000-customer book never sits in memory as objects.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from csdesk.desk.transfer.files import Progress, file_kind, table_writer
from csdesk.i18n import t
from csdesk.models import Agent, Contact, Customer
from csdesk.rules.customer_import import FIELDS, HEADERS

PAGE = 1000


def _page(session: Session, owner_id: int | None, after: int) -> list[Any]:
    statement = (
        select(
            col(Customer.id),
            col(Customer.name),
            col(Customer.kind),
            col(Customer.tier),
            col(Agent.login),
            col(Customer.source),
            col(Customer.ownership),
            col(Customer.vip),
            col(Customer.notes),
            col(Customer.wechat),
        )
        .outerjoin(Agent, col(Agent.id) == col(Customer.owner_id))
        .where(col(Customer.id) > after)
        .order_by(col(Customer.id))
        .limit(PAGE)
    )
    if owner_id is not None:
        statement = statement.where(col(Customer.owner_id) == owner_id)
    return list(session.execute(statement).all())


def _primary_contacts(session: Session, customer_ids: Sequence[int]) -> dict[int, Any]:
    """The primary contact of each customer, else its first."""
    rows = session.execute(
        select(
            col(Contact.customer_id),
            col(Contact.name),
            col(Contact.phone),
            col(Contact.wechat),
            col(Contact.email),
        )
        .where(col(Contact.customer_id).in_(customer_ids))
        .order_by(col(Contact.customer_id), col(Contact.primary).desc(), col(Contact.id))
    ).all()
    contacts: dict[int, Any] = {}
    for row in rows:
        contacts.setdefault(row.customer_id, row)
    return contacts


def _label(prefix: str, code: str | None) -> str:
    return t(f"{prefix}.{code}", "zh") if code else ""


def _cells(customer: Any, contact: Any) -> list[str]:
    values = {
        "name": customer.name,
        "kind": _label("kind", customer.kind),
        "tier": customer.tier,
        "owner": customer.login,
        "contact": contact.name if contact else None,
        "phone": contact.phone if contact else None,
        "wechat": (contact.wechat if contact else None) or customer.wechat,
        "email": contact.email if contact else None,
        "source": _label("source", customer.source),
        "ownership": _label("ownership", customer.ownership),
        "vip": "是" if customer.vip else "否",
        "note": customer.notes,
    }
    return [values[name] or "" for name in FIELDS]


def _rows(session: Session, owner_id: int | None) -> Iterator[list[str]]:
    after = 0
    while page := _page(session, owner_id, after):
        contacts = _primary_contacts(session, [row.id for row in page])
        for customer in page:
            yield _cells(customer, contacts.get(customer.id))
        after = page[-1].id


def export_customers(
    session: Session, path: Path, owner_id: int | None = None, progress: Progress | None = None
) -> int:
    """Write the desk's customers (or one agent's) to `path`; the number written."""
    file_kind(path)
    count = select(func.count()).select_from(Customer)
    if owner_id is not None:
        count = count.where(col(Customer.owner_id) == owner_id)
    total = int(session.execute(count).scalar_one())
    written = 0
    with table_writer(path) as write:
        write([HEADERS[name] for name in FIELDS])
        for cells in _rows(session, owner_id):
            write(cells)
            written += 1
            if progress and (written % PAGE == 0 or written == total):
                progress("transfer.stage.export", written, total)
    return written
