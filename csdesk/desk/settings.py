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


MINIMUM_BAND_SETTING = "quote.minimum_band_percent"


def minimum_band_percent(session: Session) -> float:
    """The band above a rate's minimum sell price that needs a supervisor, in percent (a
    supervisor may set it; see csdesk.rules.pricing.minimum_band)."""
    from csdesk.rules.pricing import DEFAULT_MINIMUM_BAND_PERCENT

    value = get_value(session, MINIMUM_BAND_SETTING)
    try:
        return max(float(value), 0.0) if value is not None else DEFAULT_MINIMUM_BAND_PERCENT
    except ValueError:
        return DEFAULT_MINIMUM_BAND_PERCENT
