"""Customers and bookings for the shipment tests, on the shared `desk` fixture."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session

from csdesk.desk.agents import agent_by_login
from csdesk.desk.context import DESK_TZ, AgentInfo, Desk
from csdesk.desk.customers import create_customer
from csdesk.desk.shipments import create_shipment
from csdesk.models import Shipment

NOW = dt.datetime(2026, 11, 30, 10, 0, tzinfo=DESK_TZ)  # Monday morning at the desk
NUMBERS = ["CSQU3054383", "MSCU1234566", "TEMU6138040", "SEGU4712110"]


def agent(desk: Desk, login: str) -> AgentInfo:
    with desk.session() as session:
        return AgentInfo.of(agent_by_login(session, login))


def customer(desk: Desk, name: str, owner: str = "li", **fields: Any) -> int:
    with desk.session() as session:
        owner_id = agent_by_login(session, owner).id
        made = create_customer(session, {"name": name, "owner_id": owner_id, **fields})
        assert made.id is not None
        return made.id


def booking_fields(booking_no: str, **changes: Any) -> dict[str, Any]:
    return {
        "booking_no": booking_no,
        "carrier": "COSCO",
        "vessel": "COSCO SHIPPING ARIES",
        "voyage": "042E",
        "pol": "CNNGB",
        "pod": "NGLOS",
        "etd": dt.date(2026, 12, 6),
        "eta": dt.date(2027, 1, 12),
        "shipper": "宁波华光进出口有限公司",
        "consignee": "TO ORDER",
        "commodity": "LED LIGHTS",
        "stuffing": "trucking",
        "pickup_factories": 1,
        "trucker": "北仑顺达车队",
        "trucking_price_minor": 180000,
    } | changes


def book(
    session: Session,
    customer_id: int,
    booking_no: str,
    containers: list[Any] | None = None,
    agent_id: int | None = None,
    now: dt.datetime = NOW,
    **changes: Any,
) -> Shipment:
    return create_shipment(
        session,
        customer_id,
        agent_id,
        booking_fields(booking_no, **changes),
        containers=containers if containers is not None else ["40HQ"],
        now=now,
    )
