"""A booking followed from booking to arrival (H97) and everything recorded on it.

Money is kept in minor units (fen, cents) as integers: SQLite has no exact decimal type, and a
charge line must add up to the cent. The board reads only the `shipment` row: the columns
`trouble_kinds`, `trouble_rank`, `sort_at`, `cutoff_at` and `search_text` are written in the same
transaction as the records they summarise, so a column of 20,000 shipments pages by index alone.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

# The tables its foreign keys name: a command that imports only this module can then
# write (the unit of work orders inserts by those keys; tests/unit/test_model_modules).
import csdesk.models.activity
import csdesk.models.agent
import csdesk.models.customer  # noqa: F401
from csdesk.models.base import UTCDateTime, Versioned, utcnow


class Shipment(Versioned, table=True):
    __table_args__ = (
        # One board column, all agents: stage, then trouble first, then nearest cut-off or ETA.
        Index("ix_shipment_board", "stage", "trouble_rank", "sort_at", "id"),
        # The same column for one agent ("mine").
        Index("ix_shipment_agent_board", "agent_id", "stage", "trouble_rank", "sort_at", "id"),
        # The cut-off sweep finds shipments whose next cut-off is within a day.
        Index("ix_shipment_cutoff", "cutoff_at"),
        # The filter matches text with LIKE over this small covering index, not the wide rows.
        Index("ix_shipment_search", "search_text", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    booking_no: str = Field(max_length=40, unique=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    agent_id: int | None = Field(default=None, foreign_key="agent.id")
    carrier: str = Field(max_length=40)
    vessel: str | None = Field(default=None, max_length=80)
    voyage: str | None = Field(default=None, max_length=20)
    pol: str = Field(max_length=5)  # UN/LOCODE
    pod: str = Field(max_length=5)
    etd: dt.date | None = None
    eta: dt.date | None = None
    shipper: str | None = Field(default=None, max_length=200)
    consignee: str | None = Field(default=None, max_length=200)
    commodity: str | None = Field(default=None, max_length=200)
    dg: bool = False
    dg_un_number: str | None = Field(default=None, max_length=10)
    dg_class: str | None = Field(default=None, max_length=10)
    dg_fees_confirmed: bool = False
    customs_no: str | None = Field(default=None, max_length=40)  # 关单号
    bl_no: str | None = Field(default=None, max_length=40)  # 提单号, given when the B/L is issued
    si_cutoff: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    gate_cutoff: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)  # 截港
    stage: str = Field(default="booked", max_length=20)
    stage_since: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    # Stuffing (H49): trucking from one or several factories, or stuffing at a warehouse.
    stuffing: str | None = Field(default=None, max_length=10)  # trucking | warehouse
    pickup_factories: int | None = None
    trucker: str | None = Field(default=None, max_length=100)
    trucking_price_minor: int | None = None
    warehouse: str | None = Field(default=None, max_length=100)
    warehouse_fee_minor: int | None = None  # 入库费, CNY
    # Board summary, kept in step with the records below (see the module docstring).
    trouble_kinds: str = Field(default="", max_length=300)  # "|"-joined kinds not yet closed
    trouble_rank: int = 1  # 0 while any trouble is open, so it sorts first
    sort_at: dt.datetime = Field(sa_type=UTCDateTime)  # nearest cut-off, else ETA
    cutoff_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)  # next pending cut-off
    # The latest cut-off already alerted: the sweep raises only cut-offs after it (an edited
    # cut-off clears it, so the new time is alerted again).
    cutoff_alerted_until: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    search_text: str = Field(default="", max_length=2000)  # booking, vessel, boxes, ... lowercased


class ShipmentContainer(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    shipment_id: int = Field(foreign_key="shipment.id", index=True)
    type_code: str = Field(max_length=6)
    number: str | None = Field(default=None, max_length=11, index=True)  # ISO 6346
    seal: str | None = Field(default=None, max_length=30)


class ChargeLine(Versioned, table=True):
    """A receivable (from the customer) or payable (by us) charge; ALL IN lists what it covers."""

    id: int | None = Field(default=None, primary_key=True)
    shipment_id: int = Field(foreign_key="shipment.id", index=True)
    side: str = Field(max_length=10)  # receivable | payable
    name: str = Field(max_length=60)
    amount_minor: int
    currency: str = Field(default="USD", max_length=3)
    all_in: bool = False
    covers: str = Field(default="", max_length=300)  # "|"-joined charge names (H48)


class StageChange(SQLModel, table=True):
    """One move on the board; history is never edited, only appended."""

    __table_args__ = (Index("ix_stagechange_shipment_at", "shipment_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    shipment_id: int = Field(foreign_key="shipment.id")
    from_stage: str | None = Field(default=None, max_length=20)  # None: the booking was made
    to_stage: str = Field(max_length=20)
    agent_id: int | None = Field(default=None, foreign_key="agent.id")
    at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    reason: str | None = None


class Trouble(Versioned, table=True):
    """Something wrong on a shipment (rolled, held B/L, complaint, ...) from open to closed."""

    __table_args__ = (
        Index("ix_trouble_shipment_status", "shipment_id", "status"),
        Index("ix_trouble_kind_status", "kind", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    shipment_id: int = Field(foreign_key="shipment.id")
    kind: str = Field(max_length=30)
    # What each kind needs (csdesk.rules.trouble): new vessel, fee, who holds the B/L, ...
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    note: str | None = None
    status: str = Field(default="open", max_length=10)  # open | handled | escalated | closed
    outcome: str | None = None
    opened_by_id: int | None = Field(default=None, foreign_key="agent.id")
    opened_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    status_by_id: int | None = Field(default=None, foreign_key="agent.id")
    status_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    task_id: int | None = Field(default=None, foreign_key="task.id")


class ShipmentNote(SQLModel, table=True):
    """The notes thread of a booking (H50): anyone at the desk can read and answer."""

    __table_args__ = (Index("ix_shipmentnote_shipment_at", "shipment_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    shipment_id: int = Field(foreign_key="shipment.id")
    agent_id: int | None = Field(default=None, foreign_key="agent.id")
    at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    text: str


class FreeDaysRequest(Versioned, table=True):
    """Free container days asked of the carrier (H65) and what origin and destination granted."""

    id: int | None = Field(default=None, primary_key=True)
    shipment_id: int = Field(foreign_key="shipment.id", index=True)
    carrier: str = Field(max_length=40)
    requested_days: int
    origin_days: int | None = None
    destination_days: int | None = None
    requested_on: dt.date
    note: str | None = None


class DocumentDispatch(Versioned, table=True):
    """An invoice or B/L couriered to the customer (H67), until the customer has it."""

    __table_args__ = (Index("ix_documentdispatch_open", "received_on", "sent_on"),)

    id: int | None = Field(default=None, primary_key=True)
    shipment_id: int = Field(foreign_key="shipment.id", index=True)
    kind: str = Field(max_length=10)  # invoice | bl
    address: str = Field(max_length=300)
    address_confirmed: bool = False
    courier: str = Field(max_length=40)
    tracking_no: str = Field(max_length=40)
    sent_on: dt.date
    received_on: dt.date | None = None
    chase_task_id: int | None = Field(default=None, foreign_key="task.id")
