"""Optimistic locking: a save names the version it read; a newer one in the store refuses it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import update
from sqlmodel import Session

from csdesk.desk.errors import ConflictError, NotFoundError
from csdesk.models.base import Versioned, utcnow

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
        raise ConflictError(label, theirs)
    session.refresh(record)
    return record


def get_or_404(session: Session, model: type[RecordT], record_id: int, key: str) -> RecordT:
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(key, ref=record_id)
    return record
