"""Customers and contacts: search (paged in SQL), open, create, save with the version check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.customer_search import PAGE_SIZE as PAGE_SIZE
from csdesk.desk.customer_search import CustomerRow as CustomerRow
from csdesk.desk.customer_search import count_customers as count_customers
from csdesk.desk.customer_search import search_customers as search_customers
from csdesk.desk.errors import NotFoundError, ValidationError
from csdesk.desk.versioning import update_versioned
from csdesk.i18n import t
from csdesk.models import Agent, Contact, Customer, Interaction
from csdesk.rules.customers import Problems, contact_problems, customer_problems
from csdesk.rules.names import name_key, phone_digits, pinyin_keys
from csdesk.rules.visible import strip_controls

CUSTOMER_FIELDS = (
    "name",
    "kind",
    "tier",
    "owner_id",
    "source",
    "ownership",
    "vip",
    "credit_terms",
    "settlement_day",
    "agreement_end",
    "wechat",
    "hobbies",
    "notes",
)
CONTACT_FIELDS = ("name", "phone", "wechat", "email", "role", "primary")


@dataclass
class CustomerCard:
    customer: Customer
    owner: Agent | None
    contacts: list[Contact]
    recent: list[Interaction]
    # Money at a glance (issue 13): open per currency with its oldest due date; held B/Ls.
    money: list[tuple[str, int, dt.date | None]] = field(default_factory=list)
    held_bookings: list[str] = field(default_factory=list)
    today: dt.date | None = None  # money due before it is overdue


def _raise_problems(problems: Problems) -> None:
    if problems:
        raise ValidationError(
            {field: t(key, **params) for field, (key, params) in problems.items()}
        )


def resolve_customer(session: Session, ref: str | int) -> Customer:
    """A customer by id or by exact name."""
    text = str(ref).strip()
    customer = session.get(Customer, int(text)) if text.isdigit() else None
    if customer is None:
        customer = session.execute(
            select(Customer).where(col(Customer.name) == text).order_by(col(Customer.id)).limit(1)
        ).scalar_one_or_none()
    if customer is None:
        raise NotFoundError("error.not_found.customer", ref=text)
    return customer


def customer_card(
    session: Session, customer_id: int, recent: int = 5, today: dt.date | None = None
) -> CustomerCard:
    customer = resolve_customer(session, customer_id)
    contacts = list(
        session.execute(
            select(Contact)
            .where(col(Contact.customer_id) == customer_id)
            .order_by(col(Contact.primary).desc(), col(Contact.id))
        ).scalars()
    )
    interactions = list(
        session.execute(
            select(Interaction)
            .where(col(Interaction.customer_id) == customer_id)
            .order_by(col(Interaction.at).desc())
            .limit(recent)
        ).scalars()
    )
    owner = session.get(Agent, customer.owner_id) if customer.owner_id else None
    from csdesk.desk.money.detail import money_glance

    money, held = money_glance(session, customer_id)
    return CustomerCard(customer, owner, contacts, interactions, money, held, today)


def search_keys(name: str) -> dict[str, str]:
    """The keys a name is found and sorted by. A name of 200 characters (the limit) spells out to
    up to 1,200 letters of pinyin: the key keeps the first 800 (the column), enough to find it."""
    full, initials = pinyin_keys(name)
    return {"name_pinyin": full[:800], "name_initials": initials[:200], "name_key": name_key(name)}


# Fields that may hold several lines; every other text field is one line.
MULTI_LINE = frozenset({"notes", "hobbies"})


def _clean(fields: Mapping[str, Any], allowed: tuple[str, ...] | list[str]) -> dict[str, Any]:
    """Trimmed text, no control characters (a pasted ESC or \x01 is never stored)."""
    cleaned: dict[str, Any] = {}
    for name in allowed:
        if name in fields:
            value = fields[name]
            if isinstance(value, str):
                value = strip_controls(value, keep_lines=name in MULTI_LINE).strip() or None
            cleaned[name] = value
    return cleaned


def same_name_customer(
    session: Session, name: str, other_than: int | None = None
) -> Customer | None:
    """A customer of the same name, however written (宁波海天有限公司, 宁波海天 有限责任公司)."""
    statement = select(Customer).where(col(Customer.name_key) == name_key(name))
    if other_than is not None:
        statement = statement.where(col(Customer.id) != other_than)
    return session.execute(statement.limit(1)).scalars().first()


def _refuse_a_second(session: Session, name: object, other_than: int | None = None) -> None:
    """Two records of one company split its calls, inquiries and money: the name is refused,
    naming the customer that has it."""
    existing = same_name_customer(session, str(name or ""), other_than) if name else None
    if existing is not None:
        owner = session.get(Agent, existing.owner_id) if existing.owner_id else None
        raise ValidationError(
            {
                "name": t(
                    "customer.same_name",
                    name=existing.name,
                    ref=existing.id,
                    owner=owner.name if owner else "-",
                )
            }
        )


def create_customer(session: Session, fields: Mapping[str, Any]) -> Customer:
    values = {
        "kind": "direct",
        "tier": "D",
        "credit_terms": "prepaid",
        **_clean(fields, CUSTOMER_FIELDS),
    }
    _raise_problems(customer_problems(values))
    _refuse_a_second(session, values.get("name"))
    customer = Customer.model_validate(values | search_keys(values["name"]))
    session.add(customer)
    session.flush()
    return customer


def update_customer(
    session: Session,
    customer_id: int,
    expected_version: int,
    original: Mapping[str, Any],
    changes: Mapping[str, Any],
) -> Customer:
    customer = resolve_customer(session, customer_id)
    cleaned = _clean(changes, CUSTOMER_FIELDS)
    merged = {name: getattr(customer, name) for name in CUSTOMER_FIELDS} | cleaned
    _raise_problems(customer_problems(merged))
    if "name" in cleaned:
        _refuse_a_second(session, cleaned["name"], customer_id)
    if "name" in cleaned:
        cleaned |= search_keys(cleaned["name"])
    # A rename keeping its pinyin and name key (spacing, punctuation) reads to the store as one
    # made outside the desk (0022_polish2 notes it): the note is taken away at once.
    kept_keys = "name" in cleaned and (customer.name_key, customer.name_pinyin) == (
        cleaned["name_key"],
        cleaned["name_pinyin"],
    )
    saved = update_versioned(
        session,
        customer,
        expected_version,
        original,
        cleaned,
        t("record.customer", name=customer.name),
    )
    if kept_keys:
        from csdesk.desk.customer_names import respell

        respell(session.connection(), [(customer_id, saved.name)])
    return saved


def _contact_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    values = _clean(fields, CONTACT_FIELDS)
    if "phone" in values:
        values["phone_digits"] = phone_digits(values["phone"])
    return values


def add_contact(session: Session, customer_id: int, fields: Mapping[str, Any]) -> Contact:
    resolve_customer(session, customer_id)
    values = _contact_values(fields)
    _raise_problems(contact_problems(values))
    contact = Contact(customer_id=customer_id, **values)
    session.add(contact)
    session.flush()
    if contact.primary:
        _only_primary(session, contact)
    return contact


def update_contact(
    session: Session,
    contact_id: int,
    expected_version: int,
    original: Mapping[str, Any],
    changes: Mapping[str, Any],
) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError("error.not_found.contact", ref=contact_id)
    values = _contact_values(changes)
    merged = {name: getattr(contact, name) for name in CONTACT_FIELDS} | values
    _raise_problems(contact_problems(merged))
    contact = update_versioned(
        session, contact, expected_version, original, values, t("record.contact", name=contact.name)
    )
    if contact.primary:
        _only_primary(session, contact)
    return contact


def _only_primary(session: Session, primary: Contact) -> None:
    others = session.execute(
        select(Contact).where(
            col(Contact.customer_id) == primary.customer_id,
            col(Contact.id) != primary.id,
            col(Contact.primary).is_(True),
        )
    ).scalars()
    for other in others:
        other.primary = False
        other.version += 1
        session.add(other)
    session.flush()
