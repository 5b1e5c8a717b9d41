"""The customer card beside the call list, read with SQLAlchemy Core.

desk.customers.customer_card reads the same card through the ORM (the Customers screen edits
what it shows). The Calls screen only shows it, and its first card is part of the desk's start:
read with Core it costs no import of the ORM, SQLModel, the table classes and the money and
shipment modules (about 250 ms, issue 11). The rows come back with the attributes the card's
renderer reads (widgets/customer_card.py), typed as the tables type them; a test keeps each
card read this way equal to desk.customers.customer_card's.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Date, Integer, String, column, select, table

from csdesk.desk.call_plan import RECENT, CallCard
from csdesk.desk.errors import NotFoundError
from csdesk.rules.trouble import ACTIVE_STATUSES
from csdesk.store.coltypes import UTCDateTime

__all__ = ["RECENT", "TABLES", "CallCard", "read_call_card"]


_CUSTOMER = table(
    "customer",
    column("id", Integer),
    column("name", String),
    column("kind", String),
    column("tier", String),
    column("owner_id", Integer),
    column("source", String),
    column("ownership", String),
    column("vip", Boolean),
    column("credit_terms", String),
    column("settlement_day", Integer),
    column("agreement_end", Date),
    column("wechat", String),
    column("hobbies", String),
    column("notes", String),
    column("last_reached_at", UTCDateTime),
)
_CONTACT = table(
    "contact",
    column("id", Integer),
    column("customer_id", Integer),
    column("name", String),
    column("phone", String),
    column("wechat", String),
    column("email", String),
    column("role", String),
    column("primary", Boolean),
)
_INTERACTION = table(
    "interaction",
    column("customer_id", Integer),
    column("at", UTCDateTime),
    column("channel", String),
    column("outcome", String),
    column("note", String),
)
_AGENT = table("agent", column("id", Integer), column("login", String), column("name", String))
_ACCOUNT = table(
    "customeraccount",
    column("customer_id", Integer),
    column("currency", String),
    column("open_minor", Integer),
    column("oldest_due_on", Date),
)
_SHIPMENT = table(
    "shipment", column("id", Integer), column("customer_id", Integer), column("booking_no", String)
)
_TROUBLE = table(
    "trouble",
    column("shipment_id", Integer),
    column("kind", String),
    column("status", String),
)
TABLES = (_CUSTOMER, _CONTACT, _INTERACTION, _AGENT, _ACCOUNT, _SHIPMENT, _TROUBLE)


def read_call_card(connection: Any, customer_id: int, today: dt.date | None = None) -> CallCard:
    """One customer's card; NotFoundError when the customer is gone."""
    customer = connection.execute(select(_CUSTOMER).where(_CUSTOMER.c.id == customer_id)).first()
    if customer is None:
        raise NotFoundError("error.not_found.customer", ref=str(customer_id))
    contact = _CONTACT.c
    contacts = connection.execute(
        select(_CONTACT)
        .where(contact.customer_id == customer_id)
        .order_by(contact.primary.desc(), contact.id)
    ).all()
    interaction = _INTERACTION.c
    recent = connection.execute(
        select(_INTERACTION)
        .where(interaction.customer_id == customer_id)
        .order_by(interaction.at.desc())
        .limit(RECENT)
    ).all()
    owner = None
    if customer.owner_id:
        owner = connection.execute(select(_AGENT).where(_AGENT.c.id == customer.owner_id)).first()
    return CallCard(
        customer, owner, list(contacts), list(recent), _money(connection, customer_id),
        _held_bookings(connection, customer_id), today,
    )  # fmt: skip


def _money(connection: Any, customer_id: int) -> list[tuple[str, int, dt.date | None]]:
    """As money.detail.money_glance: what is open per currency, with its oldest due date."""
    account = _ACCOUNT.c
    statement = (
        select(account.currency, account.open_minor, account.oldest_due_on)
        .where(account.customer_id == customer_id, account.open_minor > 0)
        .order_by(account.currency)
    )
    return [
        (currency, amount, oldest) for currency, amount, oldest in connection.execute(statement)
    ]


def _held_bookings(connection: Any, customer_id: int) -> list[str]:
    """As money.detail.held_bookings: the bookings whose B/L is held."""
    shipment, trouble = _SHIPMENT.c, _TROUBLE.c
    statement = (
        select(shipment.booking_no)
        .join_from(_SHIPMENT, _TROUBLE, trouble.shipment_id == shipment.id)
        .where(
            shipment.customer_id == customer_id,
            trouble.kind == "bl_held",
            trouble.status.in_(ACTIVE_STATUSES),
        )
    )
    return list(connection.execute(statement).scalars())
