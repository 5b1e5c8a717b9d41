"""Shared column types and mixins: aware UTC timestamps and the optimistic-lock version."""

from __future__ import annotations

import datetime as dt

from pydantic import ConfigDict
from sqlalchemy import MetaData
from sqlmodel import Field, SQLModel

from csdesk.store.coltypes import NaiveDatetimeError as NaiveDatetimeError
from csdesk.store.coltypes import UTCDateTime as UTCDateTime
from csdesk.store.coltypes import utcnow as utcnow

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
