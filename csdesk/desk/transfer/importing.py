"""Importing a customer list: every row checked first, then all of it written, or nothing.

New customers go in with bulk inserts inside the caller's transaction (10,000 rows in a few
seconds); existing customers (`on_duplicate="update"`) are changed one by one through the version
check, so an edit another agent saved meanwhile is refused, never overwritten.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, insert, select
from sqlmodel import Session, col

from csdesk.desk.customers import search_keys
from csdesk.desk.errors import DeskError
from csdesk.desk.transfer.files import Progress, Sheet, read_sheet
from csdesk.desk.versioning import update_versioned
from csdesk.i18n import t
from csdesk.models import Agent, Contact, Customer, utcnow
from csdesk.rules.customer_import import (
    ON_DUPLICATE,
    HeaderMap,
    ParsedRow,
    RowProblem,
    column_letter,
    decide,
    find_matches,
    map_headers,
    parse_row,
    phone_key,
    unnamed_cells,
)
from csdesk.rules.names import phone_digits

CHUNK = 1000
CUSTOMER_COLUMNS = {
    "kind": "kind",
    "tier": "tier",
    "owner": "owner_id",
    "source": "source",
    "ownership": "ownership",
    "vip": "vip",
    "note": "notes",
}
CONTACT_NAME_LIMIT = 100
CUSTOMER_TABLE: Table = Customer.__table__  # type: ignore[attr-defined]
CONTACT_TABLE: Table = Contact.__table__  # type: ignore[attr-defined]
CONTACT_COLUMNS = {"contact": "name", "phone": "phone", "wechat": "wechat", "email": "email"}


@dataclass(frozen=True)
class PlanItem:
    """What one row does: create, update (with its changes), skip (a duplicate) or same."""

    row: int
    action: str
    name: str
    customer_id: int | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field -> (old, new)


@dataclass
class ImportResult:
    plan: list[PlanItem]
    problems: list[RowProblem]
    warnings: list[tuple[str, dict[str, object]]]
    dry_run: bool
    written: bool = False

    def count(self, *actions: str) -> int:
        return sum(1 for item in self.plan if item.action in actions)

    @property
    def created(self) -> int:
        return self.count("create")

    @property
    def updated(self) -> int:
        return self.count("update")

    @property
    def skipped(self) -> int:
        return self.count("skip", "same")

    def warning_messages(self) -> list[str]:
        return [t(key, **params) for key, params in self.warnings]


def problem_message(problem: RowProblem) -> str:
    reason = t(problem.key, **problem.params)
    return t("transfer.problem", row=problem.row, column=problem.column, reason=reason)


@dataclass
class _Known:
    """What the store holds that an import checks rows against."""

    owners: dict[str, int]  # login, and login case-folded -> agent id
    logins: dict[int, str]
    names: dict[str, int]  # name key -> customer id
    phones: dict[str, int]  # phone key -> customer id

    def owner_id(self, login: str) -> int | None:
        return self.owners.get(login, self.owners.get(login.casefold()))


def _load_known(session: Session) -> _Known:
    agents = session.execute(select(col(Agent.id), col(Agent.login))).all()
    owners = {login.casefold(): agent_id for agent_id, login in agents}
    owners |= {login: agent_id for agent_id, login in agents}
    names: dict[str, int] = {}
    for customer_id, key in session.execute(
        select(col(Customer.id), col(Customer.name_key)).order_by(col(Customer.id))
    ):
        if key:
            names.setdefault(key, customer_id)
    phones: dict[str, int] = {}
    for customer_id, digits in session.execute(
        select(col(Contact.customer_id), col(Contact.phone_digits))
        .where(col(Contact.phone_digits).is_not(None))
        .order_by(col(Contact.customer_id))
    ):
        key = phone_key(digits)
        if key:
            phones.setdefault(key, customer_id)
    return _Known(owners, {agent_id: login for agent_id, login in agents}, names, phones)


def _quiet(stage: str, done: int, total: int) -> None:
    """No progress display."""


def import_customers(
    session: Session,
    path: Path,
    dry_run: bool = False,
    on_duplicate: str = "error",
    progress: Progress | None = None,
) -> ImportResult:
    """Check every row of `path`; write them only when all are good and this is no dry run."""
    if on_duplicate not in ON_DUPLICATE:
        raise DeskError("transfer.on_duplicate", value=on_duplicate)
    report = progress or _quiet
    sheet = read_sheet(path, progress)
    headers = _checked_headers(sheet, path)
    rows = _parse_rows(sheet, headers, report)
    known = _load_known(session)
    problems = [problem for parsed in rows for problem in parsed.problems]
    problems += _owner_problems(rows, headers, known)
    matches = find_matches(rows, known.names, known.phones)
    matched = _load_matched(session, {m.target for m in matches.values() if m.in_store})
    labels = {customer_id: customer.name for customer_id, (customer, _) in matched.items()}
    actions, duplicate_problems = decide(rows, matches, on_duplicate, labels, headers)
    problems = sorted(problems + duplicate_problems, key=lambda problem: problem.row)
    by_row = {parsed.row: parsed for parsed in rows}
    plan = [
        _plan_item(by_row[action.row], action.action, action.customer_id, matched, known)
        for action in actions
    ]
    result = ImportResult(plan, problems, _warnings(sheet, headers, path), dry_run)
    if not problems and not dry_run:
        _write(session, by_row, plan, matched, known, report)
        result.written = True
    return result


def _checked_headers(sheet: Sheet, path: Path) -> HeaderMap:
    headers = map_headers(sheet.header)
    if "name" not in headers.columns:
        shown = ", ".join(str(cell) for cell in sheet.header if cell not in (None, ""))
        raise DeskError(
            "transfer.header.no_name", path=str(path), row=sheet.header_row, found=shown[:200]
        )
    if headers.repeated:
        raise DeskError("transfer.header.repeated", columns=", ".join(headers.repeated))
    return headers


def _parse_rows(sheet: Sheet, headers: HeaderMap, report: Progress) -> list[ParsedRow]:
    total = len(sheet.rows)
    parsed: list[ParsedRow] = []
    for done, (number, cells) in enumerate(sheet.rows, start=1):
        parsed.append(parse_row(number, cells, headers))
        if done % CHUNK == 0 or done == total:
            report("transfer.stage.check", done, total)
    return parsed


def _warnings(sheet: Sheet, headers: HeaderMap, path: Path) -> list[tuple[str, dict[str, object]]]:
    warnings: list[tuple[str, dict[str, object]]] = []
    if headers.unknown:
        warnings.append(("transfer.warn.unknown_columns", {"columns": ", ".join(headers.unknown)}))
    unnamed = sorted(set().union(*(unnamed_cells(headers, cells) for _, cells in sheet.rows)))
    if unnamed:
        letters = ", ".join(column_letter(index) for index in unnamed)
        warnings.append(("transfer.warn.unnamed_columns", {"columns": letters}))
    if not sheet.rows:
        warnings.append(("transfer.warn.no_rows", {"path": str(path)}))
    return warnings


def _owner_problems(
    rows: Sequence[ParsedRow], headers: HeaderMap, known: _Known
) -> list[RowProblem]:
    return [
        RowProblem(parsed.row, headers.label("owner"), "transfer.unknown_owner", {"login": login})
        for parsed in rows
        if (login := parsed.values.get("owner")) and known.owner_id(login) is None
    ]


def _chunks(items: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


_Matched = dict[int, tuple[Customer, Contact | None]]


def _load_matched(session: Session, customer_ids: Iterable[int]) -> _Matched:
    """The customers rows matched, with their primary contact (else their first)."""
    matched: _Matched = {}
    for ids in _chunks(sorted(customer_ids)):
        customers = session.execute(select(Customer).where(col(Customer.id).in_(ids))).scalars()
        matched |= {customer.id: (customer, None) for customer in customers if customer.id}
        contacts = session.execute(
            select(Contact)
            .where(col(Contact.customer_id).in_(ids))
            .order_by(col(Contact.customer_id), col(Contact.primary).desc(), col(Contact.id))
        ).scalars()
        for contact in contacts:
            customer, first = matched[contact.customer_id]
            matched[contact.customer_id] = (customer, first or contact)
    return matched


def _current(customer: Customer, contact: Contact | None, known: _Known) -> dict[str, Any]:
    """A stored customer in the import's terms (owner as login, the contact's fields)."""
    values = {name: getattr(customer, column) for name, column in CUSTOMER_COLUMNS.items()}
    values["owner"] = known.logins.get(customer.owner_id) if customer.owner_id else None
    for name, column in CONTACT_COLUMNS.items():
        values[name] = getattr(contact, column) if contact else None
    if not values["wechat"]:
        values["wechat"] = customer.wechat
    return values


def _plan_item(
    parsed: ParsedRow, action: str, customer_id: int | None, matched: _Matched, known: _Known
) -> PlanItem:
    name = parsed.values.get("name", "")
    if action != "update" or customer_id is None:
        return PlanItem(parsed.row, action, name, customer_id)
    customer, contact = matched[customer_id]
    current = _current(customer, contact, known)
    values = dict(parsed.values)
    if "owner" in values:
        # Compared as the stored login: `LI` in a file is the agent `li`.
        login = values["owner"]
        values["owner"] = known.logins.get(known.owner_id(login) or 0, login)
    # The name found the match; a row spelled differently never renames the stored customer.
    changes = {
        field_name: (current[field_name], value)
        for field_name, value in values.items()
        if field_name != "name" and current[field_name] != value
    }
    return PlanItem(
        parsed.row, "update" if changes else "same", customer.name, customer_id, changes
    )


def _write(
    session: Session,
    rows: Mapping[int, ParsedRow],
    plan: Sequence[PlanItem],
    matched: _Matched,
    known: _Known,
    report: Progress,
) -> None:
    creates = [item for item in plan if item.action == "create"]
    updates = [item for item in plan if item.action == "update"]
    total = len(creates) + len(updates)
    created = [rows[item.row] for item in creates]
    customer_ids = _insert_customers(session, created, known, report, total)
    new_contacts = [
        _contact_row(customer_ids[parsed.name_key], parsed.values, parsed.values["name"])
        for parsed in created
        if parsed.has_contact
    ]
    for done, item in enumerate(updates, start=len(creates) + 1):
        assert item.customer_id is not None
        customer, contact = matched[item.customer_id]
        new_contacts += _update_customer(session, rows[item.row], item, customer, contact, known)
        if done % CHUNK == 0 or done == total:
            report("transfer.stage.write", done, total)
    for chunk in _chunks(new_contacts, CHUNK):
        session.connection().execute(insert(CONTACT_TABLE), list(chunk))


def _insert_customers(
    session: Session, rows: Sequence[ParsedRow], known: _Known, report: Progress, total: int
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
    for chunk in _chunks(rows, CHUNK):
        values = [_customer_row(template, parsed.values, known) for parsed in chunk]
        for row in values:
            row.update(created_at=now, updated_at=now, version=1)
        customer_ids |= {key: new_id for key, new_id in connection.execute(statement, values)}
        report("transfer.stage.write", len(customer_ids), total)
    return customer_ids


def _customer_row(
    template: Mapping[str, Any], values: Mapping[str, Any], known: _Known
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


def _update_customer(
    session: Session,
    parsed: ParsedRow,
    item: PlanItem,
    customer: Customer,
    contact: Contact | None,
    known: _Known,
) -> list[dict[str, Any]]:
    """Save a row's changes through the version check; a missing contact comes back to insert."""
    changes = {
        CUSTOMER_COLUMNS[n]: new for n, (_, new) in item.changes.items() if n in CUSTOMER_COLUMNS
    }
    if "owner_id" in changes:
        changes["owner_id"] = known.owner_id(changes["owner_id"])
    if changes:
        original = {column: getattr(customer, column) for column in changes}
        label = t("record.customer", name=customer.name)
        update_versioned(session, customer, customer.version, original, changes, label)
    contact_changes = {
        CONTACT_COLUMNS[n]: new for n, (_, new) in item.changes.items() if n in CONTACT_COLUMNS
    }
    if not contact_changes:
        return []
    if contact is None:
        assert customer.id is not None
        return [_contact_row(customer.id, parsed.values, customer.name)]
    if "phone" in contact_changes:
        contact_changes["phone_digits"] = phone_digits(contact_changes["phone"])
    original = {column: getattr(contact, column) for column in contact_changes}
    label = t("record.contact", name=contact.name)
    update_versioned(session, contact, contact.version, original, contact_changes, label)
    return []
