"""What an import would do: each row's plan item, and what the store holds to decide it.

The store's name and phone keys, its owners, and the customers rows match (with their primary
contact), read as plain values or only for the rows that need them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.models import Agent, Contact, Customer
from csdesk.rules.customer_import import ParsedRow, phone_key

# Import fields -> model columns.
CUSTOMER_COLUMNS = {
    "kind": "kind",
    "tier": "tier",
    "owner": "owner_id",
    "source": "source",
    "ownership": "ownership",
    "vip": "vip",
    "note": "notes",
}
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
class Known:
    """What the store holds that an import checks rows against."""

    owners: dict[str, int]  # login, and login case-folded -> agent id
    logins: dict[int, str]
    names: dict[str, int]  # name key -> customer id
    phones: dict[str, int]  # phone key -> customer id

    def owner_id(self, login: str) -> int | None:
        return self.owners.get(login, self.owners.get(login.casefold()))


def load_known(session: Session) -> Known:
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
    return Known(owners, {agent_id: login for agent_id, login in agents}, names, phones)


def chunks(items: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


Matched = dict[int, tuple[Customer, Contact | None]]


def load_matched(session: Session, customer_ids: Iterable[int]) -> Matched:
    """The customers rows matched, with their primary contact (else their first)."""
    matched: Matched = {}
    for ids in chunks(sorted(customer_ids)):
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


def _current(customer: Customer, contact: Contact | None, known: Known) -> dict[str, Any]:
    """A stored customer in the import's terms (owner as login, the contact's fields)."""
    values = {name: getattr(customer, column) for name, column in CUSTOMER_COLUMNS.items()}
    values["owner"] = known.logins.get(customer.owner_id) if customer.owner_id else None
    for name, column in CONTACT_COLUMNS.items():
        values[name] = getattr(contact, column) if contact else None
    if not values["wechat"]:
        values["wechat"] = customer.wechat
    return values


def plan_item(
    parsed: ParsedRow, action: str, customer_id: int | None, matched: Matched, known: Known
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
