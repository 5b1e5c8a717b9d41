"""Writing an import that passed every check, inside the caller's transaction.

New customers go in with bulk inserts; existing ones change through the version check, a batch
per set of changed columns (csdesk.desk.transfer.batch).
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, insert
from sqlmodel import Session

from csdesk.desk.customers import CUSTOMER_FIELDS, search_keys
from csdesk.desk.transfer.batch import Edit, update_versioned_many
from csdesk.desk.transfer.files import Progress
from csdesk.desk.transfer.journal import ImportRun, take_back
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
# Customers published per transaction: about 50 ms of writing on SQLite here, so another desk
# waiting for the store waits about that long; PAUSE leaves it room to get in between.
BATCH = 1000
PAUSE = 0.03
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
    """Create and update what `plan` says, all or nothing, in short transactions.

    Everything is worked out before the first write (search keys, contacts, version checks).
    New customers and their contacts then go in batches of BATCH, each its own transaction noted
    in the import's journal; the last transaction saves the updates and deletes the journal. If
    anything fails, the customers already published are taken out again (as the next desk to
    open the store does after a crash): the import is saved whole or not at all. The caller's
    session is committed along the way.
    """
    creates = [rows[item.row] for item in plan if item.action == "create"]
    updates = [item for item in plan if item.action == "update"]
    total = len(creates) + len(updates)
    customer_rows = _customer_rows(creates, known)
    edits = _update_edits(rows, updates, matched, known)
    session.commit()  # end the reading transaction: nothing of it is needed for writing
    run = ImportRun()
    try:
        done = 0
        for batch in chunks(list(zip(creates, customer_rows, strict=True)), BATCH):
            _publish_batch(session, run, batch)
            done += len(batch)
            report("transfer.stage.write", done, total)
            time.sleep(PAUSE)
        _save_updates(session, edits, matched)
        run.finish(session)
        session.commit()
    except BaseException:
        session.rollback()
        if run.ranges:
            take_back(session, run.key, run.ranges)
        raise
    if updates:
        report("transfer.stage.write", total, total)


def _publish_batch(
    session: Session, run: ImportRun, batch: Sequence[tuple[ParsedRow, dict[str, Any]]]
) -> None:
    """One short transaction: a batch of customers, their contacts and the journal."""
    statement = insert(CUSTOMER_TABLE).returning(CUSTOMER_TABLE.c.name_key, CUSTOMER_TABLE.c.id)
    connection = session.connection()
    # Core, not the ORM's bulk insert: the ORM splits the rows by which values are None and
    # sends most of them one statement at a time. Rows created by one import have distinct,
    # non-empty name keys (a repeated key is a duplicate), so RETURNING the key pairs each id
    # with its row; asking for ids in row order instead makes SQLite insert row by row.
    ids = {key: new_id for key, new_id in connection.execute(statement, [row for _, row in batch])}
    contacts = [
        _contact_row(ids[parsed.name_key], parsed.values, parsed.values["name"])
        for parsed, _ in batch
        if parsed.has_contact
    ]
    if contacts:
        connection.execute(insert(CONTACT_TABLE), contacts)
    run.add(ids.values())
    run.note(session)
    session.commit()


def _customer_rows(rows: Sequence[ParsedRow], known: Known) -> list[dict[str, Any]]:
    # Defaults from the model itself, so a column added later gets its default here too.
    template = Customer(name="-").model_dump(exclude={"id", "name"})
    now = utcnow()
    stamps = {"created_at": now, "updated_at": now, "version": 1}
    return [_customer_row(template, parsed.values, known) | stamps for parsed in rows]


def _update_edits(
    rows: Mapping[int, ParsedRow],
    updates: Sequence[PlanItem],
    matched: Matched,
    known: Known,
) -> _UpdateEdits:
    edits = _UpdateEdits()
    for item in updates:
        assert item.customer_id is not None
        customer, contact = matched[item.customer_id]
        _add_edits(edits, rows[item.row], item, customer, contact, known)
    return edits


def _save_updates(session: Session, edits: _UpdateEdits, matched: Matched) -> None:
    """Every update through the version check, and contacts for customers that had none."""
    names = {customer_id: customer.name for customer_id, (customer, _) in matched.items()}
    contact_names = {c.id: c.name for _, c in matched.values() if c is not None and c.id}
    update_versioned_many(
        session, Customer, edits.customer, lambda i: t("record.customer", name=names.get(i, i))
    )
    update_versioned_many(
        session, Contact, edits.contact, lambda i: t("record.contact", name=contact_names.get(i, i))
    )
    for chunk in chunks(edits.new_contacts, CHUNK):
        session.connection().execute(insert(CONTACT_TABLE), list(chunk))


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
        # Every field a person edits, not only those this row changes: a conflict then names
        # what the other agent changed, even in a field the file does not hold.
        original = {column: getattr(customer, column) for column in {*changes, *CUSTOMER_FIELDS}}
        edits.customer.append(Edit(customer.id, customer.version, original, changes))
    contact_changes = {
        CONTACT_COLUMNS[n]: new for n, (_, new) in item.changes.items() if n in CONTACT_COLUMNS
    }
    if contact_changes and contact is None:
        edits.new_contacts.append(_contact_row(customer.id, parsed.values, customer.name))
    elif contact_changes and contact is not None and contact.id is not None:
        if "phone" in contact_changes:
            contact_changes["phone_digits"] = phone_digits(contact_changes["phone"])
        watched = {*contact_changes, *CONTACT_COLUMNS.values()}
        original = {column: getattr(contact, column) for column in watched}
        edits.contact.append(Edit(contact.id, contact.version, original, contact_changes))
