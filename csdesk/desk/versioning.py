"""Optimistic locking: a save names the version it read; a newer one in the store refuses it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import Table, select, update
from sqlmodel import Session, col

from csdesk.desk.errors import ConflictError, NotFoundError
from csdesk.models.base import Versioned, utcnow
from csdesk.rules.zone import DESK_TZ
from csdesk.store.engine import saving_login

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
    nothing is overwritten. The same UPDATE names the agent who saved (`updated_by`).
    """
    model = type(record)
    versioned: Table = model.__table__  # type: ignore[attr-defined]
    primary_key = versioned.primary_key.columns.values()[0]
    key_value = getattr(record, primary_key.name)
    values = {**changes, "version": expected_version + 1, "updated_at": utcnow()}
    values["updated_by"] = saving_login(session)
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
        login = session.execute(
            select(versioned.c.updated_by).where(primary_key == key_value)
        ).scalar()
        raise ConflictError(label, theirs, *saved_by(session, login, record.updated_at))
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


def get_or_404(session: Session, model: type[RecordT], record_id: int, key: str) -> RecordT:
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(key, ref=record_id)
    return record
