"""Desk-wide values kept in the store."""

from __future__ import annotations

from sqlmodel import Session

from csdesk.models import DeskSetting


def get_value(session: Session, key: str) -> str | None:
    row = session.get(DeskSetting, key)
    return row.value if row else None


def set_value(session: Session, key: str, value: str) -> None:
    row = session.get(DeskSetting, key)
    if row is None:
        session.add(DeskSetting(key=key, value=value))
    else:
        row.value = value
