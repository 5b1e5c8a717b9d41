"""Rates the desk quotes from, their import versions, customer margins and carrier increases.

Money is kept in minor units (fen, cents) as integers, like the board's charge lines. The minimum
sell price lives only here: no output but the quote screen ever reads it (H8).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

# The tables its foreign keys name: a command that imports only this module can then
# write (the unit of work orders inserts by those keys; tests/unit/test_model_modules).
import csdesk.models.agent
import csdesk.models.customer  # noqa: F401
from csdesk.models.base import UTCDateTime, Versioned, utcnow


class RateImport(SQLModel, table=True):
    """One imported rate sheet: every import is a new version of the rates it brings (H43)."""

    id: int | None = Field(default=None, primary_key=True)
    file_name: str = Field(max_length=300)
    imported_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    agent_id: int | None = Field(default=None, foreign_key="agent.id")
    rows: int = 0


class Rate(Versioned, table=True):
    __table_args__ = (
        # The quote's look-up: one lane and equipment, rates still current and valid on a day.
        Index("ix_rate_lookup", "pol", "pod", "container", "current", "valid_to"),
        Index("ix_rate_key", "carrier", "pol", "pod", "container", "source", "current"),
    )

    id: int | None = Field(default=None, primary_key=True)
    import_id: int | None = Field(default=None, foreign_key="rateimport.id", index=True)
    carrier: str = Field(max_length=40)
    pol: str = Field(max_length=5)  # UN/LOCODE
    pod: str = Field(max_length=5)
    container: str = Field(max_length=6)  # a container type code, or "LCL" (priced per W/M)
    buy_minor: int
    sell_minor: int  # the company sell price (公司卖价)
    min_sell_minor: int  # said by phone only, never written (H8)
    currency: str = Field(default="USD", max_length=3)
    valid_from: dt.date
    valid_to: dt.date
    source: str = Field(default="company", max_length=10)  # company | self (H10)
    approved: bool = True  # a self-sourced rate is offered only once approved (H10)
    approved_by_id: int | None = Field(default=None, foreign_key="agent.id")
    transit_days: int | None = None
    # [{"name": "THC", "amount_minor": 85000, "currency": "CNY", "per": "unit" | "shipment"}]
    surcharges: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    # False once a later import brought a rate for the same carrier, lane, equipment and source.
    current: bool = True
    replaced_by_import_id: int | None = Field(default=None, foreign_key="rateimport.id")


class CustomerMargin(Versioned, table=True):
    """A direct customer's margin over cost (H8, H34); without a row the group default applies."""

    customer_id: int = Field(foreign_key="customer.id", primary_key=True)
    percent: float
    note: str | None = None


class CarrierIncrease(SQLModel, table=True):
    """A carrier's rate increase (GRI, H57): who it touches is worked out when it is recorded."""

    id: int | None = Field(default=None, primary_key=True)
    carrier: str = Field(max_length=40)
    lanes: str = Field(max_length=300)  # "|"-joined lane codes (data/lanes.csv)
    container: str | None = Field(default=None, max_length=6)  # None: every container type
    amount_minor: int  # per container
    currency: str = Field(default="USD", max_length=3)
    effective_on: dt.date
    note: str | None = None
    recorded_by_id: int | None = Field(default=None, foreign_key="agent.id")
    recorded_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
