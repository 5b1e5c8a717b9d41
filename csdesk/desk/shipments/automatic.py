"""Trouble and tasks the desk raises by itself: DG fees unconfirmed (H41), cut-offs near, and
couriered documents not received after three working days (H67).

`raise_due_alerts` is run whenever the board is read (CLI and screen): it only looks at rows an
index finds (cut-offs inside the window, documents not received) and never raises the same alert
twice, so running it often is cheap and harmless.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlmodel import Session

from csdesk.desk.context import DESK_TZ
from csdesk.desk.shipments.alert_check import cutoff_candidates, unchased_documents
from csdesk.desk.shipments.alert_check import latest_overdue_sent_on as latest_overdue_sent_on
from csdesk.desk.shipments.common import active_troubles, add_task, refresh_summary
from csdesk.desk.shipments.trouble import close_automatically, open_trouble
from csdesk.i18n import t
from csdesk.models import Agent, Customer, DocumentDispatch, Shipment
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.stages import pending_cutoffs
from csdesk.rules.trouble import (
    cutoff_window_end,
    cutoffs_before,
    document_overdue,
)

# The tables' columns, for the conditions the sweep shares with its Core check (alerts_due).
_SHIPMENT = Shipment.__table__.c  # type: ignore[attr-defined]
_DISPATCH = DocumentDispatch.__table__.c  # type: ignore[attr-defined]
# The tasks and trouble the sweep inserts point at agents and customers: their tables must be
# known when the session orders its inserts, and the board (a Core read) no longer loads them.
REFERENCED_TABLES = (Agent, Customer)


def sync_dg_trouble(
    session: Session, shipment: Shipment, actor_id: int | None, at: dt.datetime
) -> None:
    """Open the DG-fees trouble while fees are unconfirmed on a DG booking; close it after."""
    assert shipment.id is not None
    session.flush()
    open_ones = [
        trouble
        for trouble in active_troubles(session, shipment.id)
        if trouble.kind == "dg_fees_unconfirmed"
    ]
    wanted = shipment.dg and not shipment.dg_fees_confirmed
    if wanted and not open_ones:
        open_trouble(session, shipment, "dg_fees_unconfirmed", {}, None, actor_id, at)
    elif not wanted:
        for trouble in open_ones:
            close_automatically(session, trouble, actor_id, at, "trouble.auto_closed.dg")


def close_passed_cutoffs(
    session: Session, shipment: Shipment, actor_id: int | None, at: dt.datetime
) -> None:
    """A cut-off alert closes itself once the shipment is past it (gated in, sailed)."""
    assert shipment.id is not None
    pending = pending_cutoffs(shipment.stage, shipment.si_cutoff, shipment.gate_cutoff)
    for trouble in active_troubles(session, shipment.id):
        if trouble.kind == "cutoff_near" and trouble.details.get("cutoff") not in pending:
            close_automatically(session, trouble, actor_id, at, "trouble.auto_closed.cutoff")


def _raise_cutoffs(session: Session, now: dt.datetime, calendar: WorkCalendar, tz: ZoneInfo) -> int:
    """Alert each cut-off once. Cut-offs come due in time order, so a row remembers the latest
    one alerted and the index finds only rows with a cut-off due after it."""
    end = cutoff_window_end(now, calendar, tz)
    candidates = session.execute(
        select(Shipment).where(cutoff_candidates(now, end, _SHIPMENT))
    ).scalars()
    count = 0
    for shipment in candidates:
        near = cutoffs_before(shipment.stage, shipment.si_cutoff, shipment.gate_cutoff, end)
        since = shipment.cutoff_alerted_until
        fresh = {name: at for name, at in near.items() if since is None or at > since}
        for name, at in fresh.items():
            details = {"cutoff": name, "at": at.astimezone(dt.UTC).isoformat()}
            open_trouble(session, shipment, "cutoff_near", details, None, None, now)
            count += 1
        if near:
            shipment.cutoff_alerted_until = max(near.values())
            refresh_summary(session, shipment, tz)
    return count


def _raise_documents(
    session: Session, now: dt.datetime, today: dt.date, calendar: WorkCalendar
) -> int:
    # The index narrows to documents overdue by the calendar; the rule still decides each.
    waiting = session.execute(
        select(DocumentDispatch).where(unchased_documents(today, calendar, _DISPATCH))
    ).scalars()
    count = 0
    for dispatch in waiting:
        if not document_overdue(dispatch.sent_on, dispatch.received_on, today, calendar):
            continue
        shipment = session.get(Shipment, dispatch.shipment_id)
        assert shipment is not None
        label = t(f"document.kind.{dispatch.kind}")
        note = f"{label} {dispatch.courier} {dispatch.tracking_no}"
        dispatch.chase_task_id = add_task(session, shipment, "document_chase", note, now).id
        session.add(dispatch)
        count += 1
    return count


@dataclass(frozen=True)
class AlertSweep:
    cutoffs: int
    documents: int


def raise_due_alerts(
    session: Session,
    now: dt.datetime,
    today: dt.date,
    calendar: WorkCalendar,
    tz: ZoneInfo = DESK_TZ,
) -> AlertSweep:
    """Open cut-off-near trouble and document-chase tasks that have come due since last time."""
    cutoffs = _raise_cutoffs(session, now, calendar, tz)
    documents = _raise_documents(session, now, today, calendar)
    session.flush()
    return AlertSweep(cutoffs, documents)
