"""What happened with a customer (interactions) and what is still to do (tasks)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index
from sqlmodel import Field

# The tables its foreign keys name: a command that imports only this module can then
# write (the unit of work orders inserts by those keys; tests/unit/test_model_modules).
import csdesk.models.agent
import csdesk.models.customer  # noqa: F401
from csdesk.models.base import UTCDateTime, Versioned, utcnow


class Interaction(Versioned, table=True):
    __table_args__ = (
        Index("ix_interaction_customer_at", "customer_id", "at"),
        Index("ix_interaction_agent_at", "agent_id", "at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id")
    agent_id: int | None = Field(default=None, foreign_key="agent.id")
    at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    channel: str = Field(default="phone", max_length=10)
    outcome: str = Field(max_length=20)
    note: str | None = None


class Task(Versioned, table=True):
    __table_args__ = (Index("ix_task_agent_open_due", "agent_id", "done_at", "due_at"),)

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int | None = Field(default=None, foreign_key="customer.id", index=True)
    agent_id: int | None = Field(default=None, foreign_key="agent.id")
    kind: str = Field(max_length=30)  # callback, quote_follow_up, ...
    due_at: dt.datetime = Field(sa_type=UTCDateTime)
    done_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    # The record that made this task, e.g. ("quote", 12); free for later issues to use.
    source_table: str | None = Field(default=None, max_length=30)
    source_id: int | None = None
    note: str | None = None
