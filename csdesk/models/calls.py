"""Records of the call list: customers set aside for a while, tier and owner changes, and the
months a customer shipped in (what the tier suggestion reads)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

# The tables its foreign keys name: a command that imports only this module can then
# write (the unit of work orders inserts by those keys; tests/unit/test_model_modules).
import csdesk.models.agent
import csdesk.models.customer  # noqa: F401
from csdesk.models.base import UTCDateTime, utcnow


class CallMark(SQLModel, table=True):
    """A customer an agent skipped (for the day, with a reason) or snoozed (to a time)."""

    __table_args__ = (Index("ix_callmark_agent_until", "agent_id", "until"),)

    id: int | None = Field(default=None, primary_key=True)
    agent_id: int = Field(foreign_key="agent.id")
    customer_id: int = Field(foreign_key="customer.id", index=True)
    kind: str = Field(max_length=10)  # skip | snooze
    until: dt.datetime = Field(sa_type=UTCDateTime)
    reason: str | None = Field(default=None, max_length=500)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class CustomerChange(SQLModel, table=True):
    """Who changed a customer's tier or owner, when, from what, to what (H88)."""

    __table_args__ = (Index("ix_customerchange_customer_at", "customer_id", "changed_at"),)

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id")
    field: str = Field(max_length=10)  # tier | owner
    old_value: str | None = Field(default=None, max_length=64)
    new_value: str | None = Field(default=None, max_length=64)
    changed_by: int = Field(foreign_key="agent.id")
    changed_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    note: str | None = Field(default=None, max_length=500)


class ShipMonth(SQLModel, table=True):
    """A month in which the customer shipped: "each of the last 3 months" is three lookups."""

    customer_id: int = Field(foreign_key="customer.id", primary_key=True)
    month: dt.date = Field(primary_key=True, index=True)  # the 1st of the month
