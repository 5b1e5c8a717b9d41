"""Rate inquiries: what a customer asked for, its container lines, and the intake form's draft."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel

# The tables its foreign keys name: a command that imports only this module can then
# write (the unit of work orders inserts by those keys; tests/unit/test_model_modules).
import csdesk.models.agent
import csdesk.models.customer  # noqa: F401
from csdesk.models.base import UTCDateTime, Versioned, utcnow


class Inquiry(Versioned, table=True):
    __table_args__ = (
        # Per-customer history and counts ("asks often, never books") without a table scan.
        Index("ix_inquiry_customer_received", "customer_id", "received_at"),
        # The queue: one agent's open inquiries, newest first.
        Index("ix_inquiry_agent_status_received", "agent_id", "status", "received_at"),
        Index("ix_inquiry_status_received", "status", "received_at"),
        # Closed inquiries page newest first without sorting the whole table.
        Index("ix_inquiry_agent_received", "agent_id", "received_at"),
        Index("ix_inquiry_received", "received_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id")
    agent_id: int | None = Field(default=None, foreign_key="agent.id")
    received_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    channel: str = Field(default="phone", max_length=10)
    status: str = Field(default="incomplete", max_length=12)
    mode: str | None = Field(default=None, max_length=10)  # FCL LCL SPECIAL BREAKBULK
    # UN/LOCODEs; the words the customer used are kept when they name no known port.
    pol: str | None = Field(default=None, max_length=5)
    pod: str | None = Field(default=None, max_length=5)
    pol_text: str | None = Field(default=None, max_length=100)
    pod_text: str | None = Field(default=None, max_length=100)
    commodity: str | None = Field(default=None, max_length=200)
    weight_kg: float | None = None  # the shipment's total gross weight
    pieces: int | None = None
    volume_cbm: float | None = None
    dim_l_cm: float | None = None
    dim_w_cm: float | None = None
    dim_h_cm: float | None = None
    cargo_list: str | None = None  # break bulk: pieces with their dimensions and weights
    handling: str | None = None  # break bulk: loading and discharge requirements
    incoterm: str | None = Field(default=None, max_length=3)
    cargo_ready: dt.date | None = None
    shipper: str | None = Field(default=None, max_length=200)
    target_price: float | None = None  # as the customer said it (per container for FCL)
    currency: str | None = Field(default=None, max_length=3)
    dg: bool = False
    un_number: str | None = Field(default=None, max_length=8)
    dg_class: str | None = Field(default=None, max_length=8)
    temperature_c: float | None = None
    pickup_address: str | None = Field(default=None, max_length=300)
    pickup_factories: int | None = None  # trucking loads at one factory or several (H49)
    delivery_address: str | None = Field(default=None, max_length=300)
    hs_code: str | None = Field(default=None, max_length=14)
    cargo_value: float | None = None
    cargo_value_currency: str | None = Field(default=None, max_length=3)
    raw_text: str | None = None
    # The 5-minute clock (H20): set for general cargo only, so the queue can sort on it in SQL.
    sla_due_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    first_response_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    # "|"-joined field names: read from a pasted message and not yet confirmed by the agent,
    # and what the inquiry still lacks (kept on the row so the queue never re-checks).
    pending: str = ""
    missing: str = ""


class InquiryContainer(SQLModel, table=True):
    """One container line of an inquiry; the lines are replaced whenever the inquiry is saved."""

    id: int | None = Field(default=None, primary_key=True)
    inquiry_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("inquiry.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    position: int = 0
    type_code: str = Field(max_length=6)
    quantity: int = 1


class InquiryDraft(SQLModel, table=True):
    """What the intake form holds while the agent types, so a closed terminal loses nothing."""

    key: str = Field(primary_key=True, max_length=40)  # "agent:<id>" or "desk"
    payload: str = ""  # JSON of the form's fields and marks
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
