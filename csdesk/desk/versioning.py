"""Optimistic locking: a save names the version it read; a newer one in the store refuses it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import Table, column, select, table, update
from sqlmodel import Session, col

from csdesk.desk.errors import ConflictError, NotFoundError
from csdesk.models.base import Versioned, utcnow
from csdesk.rules.zone import DESK_TZ

# session.info key: the login of the agent whose desk opened the session (Desk.session).
SAVED_BY = "csdesk.saved_by"

RecordT = TypeVar("RecordT", bound=Versioned)


def update_versioned(
    session: Session,
    record: RecordT,
    expected_version: int,
    original: Mapping[str, Any],
    changes: Mapping[str, Any],
    label: str,
) -> RecordT:
    """Apply `changes` to `record` if nobody saved it since the agent read `original`.

    The version test is part of the UPDATE itself, so two desks saving at the same instant cannot
    both win. On conflict the error names each field another agent changed and its new value;
    nothing is overwritten.
    """
    model = type(record)
    primary_key = model.__table__.primary_key.columns.values()[0]  # type: ignore[attr-defined]
    key_value = getattr(record, primary_key.name)
    key = primary_key.name
    stamps = stamp_table(model.__table__)  # type: ignore[attr-defined]
    values = {**changes, "version": expected_version + 1, "updated_at": utcnow()}
    result = session.execute(
        update(model)
        .where(primary_key == key_value, model.version == expected_version)  # type: ignore[arg-type]
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        session.refresh(record)
        theirs = [
            (name, getattr(record, name))
            for name, value in original.items()
            if getattr(record, name, None) != value
        ]
        login = session.execute(select(stamps.c.updated_by).where(stamps.c[key] == key_value))
        raise ConflictError(label, theirs, *saved_by(session, login.scalar(), record.updated_at))
    stamp_saves(session, stamps, key, [key_value])
    session.refresh(record)
    return record


def saved_by(
    session: Session, login: str | None, updated_at: dt.datetime
) -> tuple[str | None, str | None]:
    """(who saved a record last, as "name (login)", and when, HH:MM desk time with the date
    when not today), or Nones when the row does not say (saved before 0021_polish, or by a
    desk with no agent)."""
    from csdesk.models import Agent

    if not login:
        return None, None
    name = session.execute(select(col(Agent.name)).where(col(Agent.login) == login)).scalar()
    who = f"{name} ({login})" if name and name != login else login
    saved = updated_at.astimezone(DESK_TZ)
    today = utcnow().astimezone(DESK_TZ).date()
    when = saved.strftime("%H:%M" if saved.date() == today else "%m-%d %H:%M")
    return who, when


def stamp_table(versioned: Table) -> Any:
    """`versioned`'s key and its `updated_by` column (0021_polish), outside the ORM models:
    a desk at an older schema (a migration's test) still reads and writes its records."""
    key = versioned.primary_key.columns.values()[0].name
    return table(versioned.name, column(key), column("updated_by"))


def stamp_saves(session: Session, stamps: Any, key: str, ids: list[Any]) -> None:
    """Record who saved these rows (the desk's agent; None when the desk has none, so an older
    login is not left naming someone who did not make this version)."""
    statement = update(stamps).where(stamps.c[key].in_(ids))
    session.execute(statement.values(updated_by=session.info.get(SAVED_BY)))


def get_or_404(session: Session, model: type[RecordT], record_id: int, key: str) -> RecordT:
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(key, ref=record_id)
    return record
