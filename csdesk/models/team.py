"""A team desk's records: the audit log of supervisor actions, claims of calls in progress."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

# The tables its foreign keys name: a command that imports only this module can then
# write (the unit of work orders inserts by those keys; tests/unit/test_model_modules).
import csdesk.models.agent
import csdesk.models.customer  # noqa: F401
from csdesk.models.base import UTCDateTime, utcnow


class AuditEntry(SQLModel, table=True):
    """Who did what, when, with the values before and after (JSON). Only ever appended to."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_at", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    agent_id: int | None = Field(default=None, foreign_key="agent.id")
    agent_login: str = Field(max_length=64)
    # The database login (PostgreSQL) or the operating-system user (SQLite) who ran it.
    db_login: str | None = Field(default=None, max_length=64)
    os_user: str | None = Field(default=None, max_length=64)
    action: str = Field(max_length=40, index=True)
    subject: str = Field(default="", max_length=200)
    before: str = ""
    after: str = ""


class CallClaim(SQLModel, table=True):
    """A customer being called right now: one claim per customer, kept alive by heartbeats."""

    __tablename__ = "call_claim"

    customer_id: int = Field(foreign_key="customer.id", primary_key=True)
    agent_id: int = Field(foreign_key="agent.id")
    since: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    heartbeat_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
