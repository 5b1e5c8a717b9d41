"""Whether the alert sweep (desk.shipments.automatic) has anything to raise, read with Core.

The board runs the sweep whenever it is read; on most reads nothing has come due since the last
one. This check reads the same indexed rows as the sweep (cut-offs inside the window, couriered
documents not received) and applies the same rules, without the ORM, so `csdesk board` and the
Board screen import the ORM only when the sweep will write (issue 11).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, select

from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.trouble import (
    cutoff_window_end,
    cutoffs_before,
    document_due,
    document_overdue,
)
from csdesk.rules.zone import DESK_TZ
from csdesk.store import core_tables

if TYPE_CHECKING:
    from csdesk.desk.context import Desk

# A cut-off passed longer ago than this without a gate-in is no longer "near": by then the agent
# has recorded what happened instead (late gate-in, shut out).
CUTOFF_LOOKBACK = dt.timedelta(days=3)
S = core_tables.shipment.c
D = core_tables.documentdispatch.c


def cutoff_candidates(now: dt.datetime, end: dt.datetime, shipment: Any = S) -> Any:
    """Shipments whose next cut-off falls inside the window and after the latest one alerted.
    Cut-offs come due in time order, so a partial index on cutoff_at of the rows not yet alerted
    finds only these rows (a shipment alerted leaves it in the same transaction).
    `shipment` is the columns to test: these Core ones, or the ORM table's (the sweep's)."""
    alerted = shipment.cutoff_alerted_until
    # Implied by the test below, and spelled as the partial index ix_shipment_cutoff_due's
    # predicate (migration 0016_board3): the planner then reads only rows not yet alerted.
    unalerted = or_(alerted.is_(None), shipment.gate_cutoff > alerted, shipment.si_cutoff > alerted)
    due_after_alerted = or_(
        alerted.is_(None),
        and_(shipment.gate_cutoff > alerted, shipment.gate_cutoff <= end),
        and_(shipment.si_cutoff > alerted, shipment.si_cutoff <= end),
    )
    return and_(
        shipment.cutoff_at <= end,
        shipment.cutoff_at >= now - CUTOFF_LOOKBACK,
        unalerted,
        due_after_alerted,
    )


def latest_overdue_sent_on(today: dt.date, calendar: WorkCalendar) -> dt.date:
    """The last day a document could be sent on and be overdue today (H67's working days
    counted back), so the sweep reads only overdue ones, not every one sent in the last week."""
    day = today - dt.timedelta(days=4)  # three working days are at least three calendar days
    for _ in range(60):
        if document_due(day, calendar) < today:
            return day
        day -= dt.timedelta(days=1)
    return day


def unchased_documents(today: dt.date, calendar: WorkCalendar, dispatch: Any = D) -> Any:
    """Documents not received, sent long enough ago to be overdue, not yet chased (the columns
    of `dispatch`: these Core ones, or the ORM table's). The partial index
    ix_documentdispatch_unchased (migration 0016_board3) holds only documents not chased."""
    return and_(
        dispatch.received_on.is_(None),
        dispatch.sent_on <= latest_overdue_sent_on(today, calendar),
        dispatch.chase_task_id.is_(None),
    )


def alerts_due(
    connection: Any,
    now: dt.datetime,
    today: dt.date,
    calendar: WorkCalendar,
    tz: ZoneInfo = DESK_TZ,
) -> bool:
    """Whether `raise_due_alerts` would raise or record anything now.

    `connection` is a Core Connection or a Session. A candidate cut-off row is written by the
    sweep exactly when a cut-off of its stage falls before the window's end, and a document
    is chased exactly when the rule finds it overdue: the same tests decide here.
    """
    end = cutoff_window_end(now, calendar, tz)
    cutoffs = connection.execute(
        select(S.stage, S.si_cutoff, S.gate_cutoff)
        .select_from(core_tables.shipment)
        .where(cutoff_candidates(now, end))
    )
    if any(cutoffs_before(stage, si, gate, end) for stage, si, gate in cutoffs):
        return True
    documents = connection.execute(
        select(D.sent_on)
        .select_from(core_tables.documentdispatch)
        .where(unchased_documents(today, calendar))
    )
    return any(document_overdue(sent_on, None, today, calendar) for (sent_on,) in documents)


def sweep_when_due(desk: Desk) -> None:
    """Run the alert sweep if it has anything to raise: the board's every read (CLI and screen)
    costs a Core check, and the ORM is imported only for the sweep's writes."""
    now = desk.now()  # the day is now's: desk.today read again could be the next one
    with desk.engine.connect() as connection:
        if not alerts_due(connection, now, now.date(), desk.calendar, desk.tz):
            return
    from csdesk.desk.shipments.automatic import raise_due_alerts

    with desk.session() as session:
        raise_due_alerts(session, now, now.date(), desk.calendar, desk.tz)
