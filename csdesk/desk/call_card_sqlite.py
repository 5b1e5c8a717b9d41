"""The Calls screen's customer card read with the sqlite3 module, on a desk opened with it
(desk.calls_sqlite): desk.call_card's statements as SQLAlchemy compiles them for SQLite, rows
with the same attributes and types. A test keeps both equal, card for card."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from typing import Any

from csdesk.desk.call_plan import RECENT, CallCard
from csdesk.desk.errors import NotFoundError
from csdesk.desk.handle import Desk
from csdesk.rules.trouble import ACTIVE_STATUSES
from csdesk.store.sqlite_plain import Shape, as_is, connect, day, flag, marks, utc

_CUSTOMER = Shape("CardCustomer", [
    ("id", as_is), ("name", as_is), ("kind", as_is), ("tier", as_is), ("owner_id", as_is),
    ("source", as_is), ("ownership", as_is), ("vip", flag), ("credit_terms", as_is),
    ("settlement_day", as_is), ("agreement_end", day), ("wechat", as_is), ("hobbies", as_is),
    ("notes", as_is), ("last_reached_at", utc),
])  # fmt: skip
_CONTACT = Shape("CardContact", [
    ("id", as_is), ("customer_id", as_is), ("name", as_is), ("phone", as_is),
    ("wechat", as_is), ("email", as_is), ("role", as_is), ("primary", flag),
])  # fmt: skip
_INTERACTION = Shape("CardInteraction", [
    ("customer_id", as_is), ("at", utc), ("channel", as_is), ("outcome", as_is), ("note", as_is),
])  # fmt: skip
_AGENT = Shape("CardAgent", [("id", as_is), ("login", as_is), ("name", as_is)])


def _select(shape: Shape, table: str) -> str:
    columns = ", ".join(f'{table}."{name}"' for name in shape.fields)
    return f"SELECT {columns} FROM {table}"


def read_call_card(
    connection: sqlite3.Connection, customer_id: int, today: dt.date | None = None
) -> CallCard:
    """desk.call_card.read_call_card; NotFoundError when the customer is gone."""
    customer = _CUSTOMER.first(
        connection, _select(_CUSTOMER, "customer") + " WHERE customer.id = ?", (customer_id,)
    )
    if customer is None:
        raise NotFoundError("error.not_found.customer", ref=str(customer_id))
    contacts = _CONTACT.all(
        connection,
        _select(_CONTACT, "contact")
        + ' WHERE contact.customer_id = ? ORDER BY contact."primary" DESC, contact.id',
        (customer_id,),
    )
    recent = _INTERACTION.all(
        connection,
        _select(_INTERACTION, "interaction")
        + " WHERE interaction.customer_id = ? ORDER BY interaction.at DESC LIMIT ? OFFSET ?",
        (customer_id, RECENT, 0),
    )
    owner = None
    if customer.owner_id:
        owner = _AGENT.first(
            connection, _select(_AGENT, "agent") + " WHERE agent.id = ?", (customer.owner_id,)
        )
    return CallCard(
        customer, owner, contacts, recent, _money(connection, customer_id),
        _held_bookings(connection, customer_id), today,
    )  # fmt: skip


def _money(connection: sqlite3.Connection, customer_id: int) -> list[Any]:
    rows = connection.execute(
        "SELECT customeraccount.currency, customeraccount.open_minor,"
        " customeraccount.oldest_due_on FROM customeraccount"
        " WHERE customeraccount.customer_id = ? AND customeraccount.open_minor > ?"
        " ORDER BY customeraccount.currency",
        (customer_id, 0),
    )
    return [(currency, amount, day(oldest)) for currency, amount, oldest in rows.fetchall()]


def _held_bookings(connection: sqlite3.Connection, customer_id: int) -> list[str]:
    statuses = ACTIVE_STATUSES
    rows = connection.execute(
        "SELECT shipment.booking_no FROM shipment JOIN trouble"
        " ON trouble.shipment_id = shipment.id WHERE shipment.customer_id = ?"
        f" AND trouble.kind = ? AND trouble.status IN ({marks(statuses)})",
        (customer_id, "bl_held", *statuses),
    )
    return [row[0] for row in rows.fetchall()]


def read_cards(desk: Desk, customer_ids: tuple[int, ...]) -> dict[int, CallCard]:
    """The cards of `customer_ids` as the Calls screen reads them: with sqlite3 on a desk opened
    with it, else with Core (desk.call_card)."""
    today = desk.today  # once: the cards read together count from the same day
    if desk.sqlite_path is not None:
        with closing(connect(desk.sqlite_path)) as connection:
            return {key: read_call_card(connection, key, today) for key in customer_ids}
    from csdesk.desk import call_card

    with desk.engine.connect() as core:
        return {key: call_card.read_call_card(core, key, today) for key in customer_ids}
