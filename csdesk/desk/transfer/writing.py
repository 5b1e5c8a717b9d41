"""Writing an import that passed every check, inside the caller's transaction.

New customers go in with bulk inserts; existing ones change through the version check, a batch
per set of changed columns (csdesk.desk.transfer.batch).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, insert
from sqlmodel import Session

from csdesk.desk.customers import search_keys
from csdesk.desk.transfer.batch import Edit, update_versioned_many
from csdesk.desk.transfer.files import Progress
from csdesk.desk.transfer.plan import (
    CONTACT_COLUMNS,
    CUSTOMER_COLUMNS,
    Known,
    Matched,
    PlanItem,
    chunks,
)
from csdesk.i18n import t
from csdesk.models import Contact, Customer, utcnow
from csdesk.rules.customer_import import ParsedRow
from csdesk.rules.names import phone_digits

CHUNK = 1000
CONTACT_NAME_LIMIT = 100
CUSTOMER_TABLE: Table = Customer.__table__  # type: ignore[attr-defined]
CONTACT_TABLE: Table = Contact.__table__  # type: ignore[attr-defined]


def write(
    session: Session,
    rows: Mapping[int, ParsedRow],
    plan: Sequence[PlanItem],
    matched: Matched,
    known: Known,
    report: Progress,
) -> None:
    """Create and update what `plan` says; contacts last, once their customers have ids."""
    creates = [rows[item.row] for item in plan if item.action == "create"]
    updates = [item for item in plan if item.action == "update"]
    total = len(creates) + len(updates)
    customer_ids = _insert_customers(session, creates, known, report, total)
    new_contacts = [
        _contact_row(customer_ids[parsed.name_key], parsed.values, parsed.values["name"])
        for parsed in creates
        if parsed.has_contact
    ]
    if updates:
        new_contacts += _save_updates(session, rows, updates, matched, known)
        report("transfer.stage.write", total, total)
    for chunk in chunks(new_contacts, CHUNK):
        session.connection().execute(insert(CONTACT_TABLE), list(chunk))


def _save_updates(
    session: Session,
    rows: Mapping[int, ParsedRow],
    updates: Sequence[PlanItem],
    matched: Matched,
    known: Known,
) -> list[dict[str, Any]]:
    """Every update through the version check; the contacts to create for customers without."""
    edits = _UpdateEdits()
    for item in updates:
        assert item.customer_id is not None
        customer, contact = matched[item.customer_id]
        _add_edits(edits, rows[item.row], item, customer, contact, known)
    names = {customer_id: customer.name for customer_id, (customer, _) in matched.items()}
    contact_names = {c.id: c.name for _, c in matched.values() if c is not None and c.id}
    update_versioned_many(
        session, Customer, edits.customer, lambda i: t("record.customer", name=names.get(i, i))
    )
    update_versioned_many(
        session, Contact, edits.contact, lambda i: t("record.contact", name=contact_names.get(i, i))
    )
    return edits.new_contacts


def _insert_customers(
    session: Session, rows: Sequence[ParsedRow], known: Known, report: Progress, total: int
) -> dict[str, int]:
    """Bulk inserts a chunk at a time; the new ids by name key.

    Rows created by one import have distinct, non-empty name keys (a repeated key is a
    duplicate), so RETURNING the key pairs each id with its row. Asking the database to return
    ids in row order instead makes SQLite insert one row per statement.
    """
    # Defaults from the model itself, so a column added later gets its default here too.
    template = Customer(name="-").model_dump(exclude={"id", "name"})
    now = utcnow()
    # Core, not the ORM's bulk insert: the ORM splits the rows by which values are None and
    # sends most of them one statement at a time.
    statement = insert(CUSTOMER_TABLE).returning(CUSTOMER_TABLE.c.name_key, CUSTOMER_TABLE.c.id)
    connection = session.connection()
    customer_ids: dict[str, int] = {}
    for chunk in chunks(rows, CHUNK):
        values = [_customer_row(template, parsed.values, known) for parsed in chunk]
        for row in values:
            row.update(created_at=now, updated_at=now, version=1)
        customer_ids |= {key: new_id for key, new_id in connection.execute(statement, values)}
        report("transfer.stage.write", len(customer_ids), total)
    return customer_ids


def _customer_row(
    template: Mapping[str, Any], values: Mapping[str, Any], known: Known
) -> dict[str, Any]:
    row = {**template, "name": values["name"], **search_keys(values["name"])}
    for name, column in CUSTOMER_COLUMNS.items():
        if name in values:
            row[column] = values[name]
    if "owner" in values:
        row["owner_id"] = known.owner_id(values["owner"])
    return row


def _contact_row(customer_id: int, values: Mapping[str, Any], customer_name: str) -> dict[str, Any]:
    """A primary contact; without a contact name, named after the customer."""
    now = utcnow()
    name = values.get("contact") or customer_name[:CONTACT_NAME_LIMIT]
    phone = values.get("phone")
    return {
        "customer_id": customer_id,
        "name": name,
        "phone": phone,
        "phone_digits": phone_digits(phone),
        "wechat": values.get("wechat"),
        "email": values.get("email"),
        "role": None,
        "primary": True,
        "created_at": now,
        "updated_at": now,
        "version": 1,
    }


@dataclass
class _UpdateEdits:
    customer: list[Edit] = field(default_factory=list)
    contact: list[Edit] = field(default_factory=list)
    new_contacts: list[dict[str, Any]] = field(default_factory=list)


def _add_edits(
    edits: _UpdateEdits,
    parsed: ParsedRow,
    item: PlanItem,
    customer: Customer,
    contact: Contact | None,
    known: Known,
) -> None:
    """A row's changes as version-checked edits, or a contact to create when there is none."""
    changes = {
        CUSTOMER_COLUMNS[n]: new for n, (_, new) in item.changes.items() if n in CUSTOMER_COLUMNS
    }
    if "owner_id" in changes:
        changes["owner_id"] = known.owner_id(changes["owner_id"])
    assert customer.id is not None
    if changes:
        original = {column: getattr(customer, column) for column in changes}
        edits.customer.append(Edit(customer.id, customer.version, original, changes))
    contact_changes = {
        CONTACT_COLUMNS[n]: new for n, (_, new) in item.changes.items() if n in CONTACT_COLUMNS
    }
    if contact_changes and contact is None:
        edits.new_contacts.append(_contact_row(customer.id, parsed.values, customer.name))
    elif contact_changes and contact is not None and contact.id is not None:
        if "phone" in contact_changes:
            contact_changes["phone_digits"] = phone_digits(contact_changes["phone"])
        original = {column: getattr(contact, column) for column in contact_changes}
        edits.contact.append(Edit(contact.id, contact.version, original, contact_changes))
