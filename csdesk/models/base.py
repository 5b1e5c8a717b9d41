"""Shared column types and mixins: aware UTC timestamps and the optimistic-lock version."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import ConfigDict
from sqlalchemy import Column, FetchedValue, MetaData, String, event
from sqlalchemy.orm import Mapper, Session, UOWTransaction, attributes, deferred
from sqlmodel import Field, SQLModel

from csdesk.store.coltypes import NaiveDatetimeError as NaiveDatetimeError
from csdesk.store.coltypes import UTCDateTime as UTCDateTime
from csdesk.store.coltypes import utcnow as utcnow
from csdesk.store.engine import saving_login

# A naming convention makes Alembic's generated constraint names stable across databases.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata


class Versioned(SQLModel):
    """Columns of every table a person edits: when it was made and changed, and its version.

    `version` grows by one on every save; a save names the version it started from and is refused
    when another agent saved in between (see csdesk.desk.versioning).
    """

    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    version: int = Field(default=1, nullable=False)

    # The validation schema is built on first validation, not when the table's class is made:
    # a table class costs its module's import about a fifth less (issue 11).
    model_config = ConfigDict(defer_build=True)  # type: ignore[assignment]


@event.listens_for(Versioned, "after_mapper_constructed", propagate=True)
def _map_updated_by(mapper: Mapper[Any], cls: type) -> None:
    """`updated_by` (0021_polish): the login of the agent whose save made the row's version.

    Deferred, and marked as filled by the store, so the ORM neither reads it nor writes it
    unless a save sets it: a desk at an older schema (a migration's test) still loads and adds
    its records. Eager defaults off: an INSERT would otherwise ask the store for it back.
    """
    column = Column("updated_by", String(40), server_default=FetchedValue(), nullable=True)
    mapper.local_table.append_column(column)  # type: ignore[attr-defined]
    mapper.add_property("updated_by", deferred(column))
    mapper.eager_defaults = False


@event.listens_for(Session, "before_flush")
def _stamp_new_versions(session: Session, flush: UOWTransaction, instances: Any) -> None:
    """A record whose version an ORM save moves on names the desk's agent in the same UPDATE
    (None for a desk with no agent, so an older login never names who did not make it)."""
    for record in session.dirty:
        if isinstance(record, Versioned) and attributes.get_history(record, "version").added:
            attributes.set_attribute(record, "updated_by", saving_login(session))
