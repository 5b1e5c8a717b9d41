"""Customers and their contacts: the book an agent calls every day."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index
from sqlmodel import Field

# The tables its foreign keys name: a command that imports only this module can then
# write (the unit of work orders inserts by those keys; tests/unit/test_model_modules).
import csdesk.models.agent  # noqa: F401
from csdesk.models.base import UTCDateTime, Versioned


class Customer(Versioned, table=True):
    __table_args__ = (
        # The call list reads "my customers of tier X by last contact" without aggregating.
        Index("ix_customer_owner_tier_contact", "owner_id", "tier", "last_contact_at"),
        # Cadence counts from the last time a customer was reached (csdesk.rules.cadence).
        Index("ix_customer_owner_tier_reached", "owner_id", "tier", "last_reached_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # Indexed so a name search scans the narrow index, not the wide rows (instr over 100k).
    name: str = Field(max_length=200, index=True)
    kind: str = Field(default="direct", max_length=10)  # direct | peer | agent
    tier: str = Field(default="D", max_length=1)  # A-D
    owner_id: int | None = Field(default=None, foreign_key="agent.id", index=True)
    source: str | None = Field(default=None, max_length=30)
    ownership: str | None = Field(default=None, max_length=20)
    vip: bool = False
    credit_terms: str = Field(default="prepaid", max_length=10)  # prepaid | monthly
    settlement_day: int | None = None
    agreement_end: dt.date | None = None
    wechat: str | None = Field(default=None, max_length=100, index=True)
    hobbies: str | None = None
    notes: str | None = None
    # Search keys, computed on every save (csdesk.rules.names).
    name_pinyin: str = Field(default="", max_length=800, index=True)
    name_initials: str = Field(default="", max_length=200, index=True)
    name_key: str = Field(default="", max_length=200, index=True)
    # Kept on the row in the same transaction as the interaction, so lists never aggregate.
    last_contact_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_reached_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    # The last rate request (an inquiry logged on a call or taken at intake): tier C (H87).
    last_inquiry_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_shipped_on: dt.date | None = None
    first_shipped_on: dt.date | None = None


class Contact(Versioned, table=True):
    # A phone-digits search scans this covering index and reads the customer id from it.
    __table_args__ = (Index("ix_contact_digits_customer", "phone_digits", "customer_id"),)

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    name: str = Field(max_length=100)
    phone: str | None = Field(default=None, max_length=50)
    phone_digits: str | None = Field(default=None, max_length=50, index=True)
    wechat: str | None = Field(default=None, max_length=100, index=True)
    email: str | None = Field(default=None, max_length=200)
    role: str | None = Field(default=None, max_length=50)
    primary: bool = False
