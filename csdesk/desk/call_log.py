"""Logging a call, setting customers aside (skip, snooze) and the session summary.

A logged call writes the interaction and the customer's last-contact columns in one transaction:
the list never aggregates interactions, and a call saved is a call kept, whatever happens next.
Logging and the summary are Core statements over the columns (a Session or a Connection will
do), so `csdesk log-call` needs no ORM; the marks that set a customer aside keep their table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, update

from csdesk.desk.claims import end_call
from csdesk.desk.customer_ref import customer_id_of, moved_forward
from csdesk.desk.errors import DeskError, ValidationError
from csdesk.desk.words import refusal
from csdesk.i18n import t
from csdesk.rules.cadence import TASK_CALLBACK, day_bounds
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.outcomes import read_channel, read_outcome
from csdesk.rules.vocab import CHANNELS, OUTCOMES, REACHED_OUTCOMES
from csdesk.rules.when import check_callback_time
from csdesk.store.coltypes import utcnow
from csdesk.store.core_tables import call_mark, customer, interaction, task
from csdesk.store.engine import saving_login

if TYPE_CHECKING:
    from csdesk.models import CallMark

NOTE_LIMIT = 4000
REASON_LIMIT = 500
# A call logged a moment "in the future" is a clock difference between desks, not a mistake.
CLOCK_SLACK = dt.timedelta(minutes=2)


@dataclass(frozen=True)
class LoggedCall:
    """The interaction a call was saved as."""

    id: int
    customer_id: int
    agent_id: int | None
    at: dt.datetime
    channel: str
    outcome: str
    note: str | None


def touch_customer(session: Any, customer_id: int, at: dt.datetime, outcome: str) -> None:
    """Keep the customer's last contact / reached / inquiry columns in step with a new call.

    These columns are the desk's bookkeeping, not a person's edit: they change without a new
    version, so an agent editing the customer card at the same moment is not refused.
    """
    columns = customer.c
    values: dict[str, object] = {"last_contact_at": moved_forward(columns.last_contact_at, at)}
    if outcome in REACHED_OUTCOMES:
        values["last_reached_at"] = moved_forward(columns.last_reached_at, at)
    if outcome == "inquiry":
        values["last_inquiry_at"] = moved_forward(columns.last_inquiry_at, at)
    session.execute(update(customer).where(columns.id == customer_id).values(**values))


def _close_callbacks(session: Any, customer_id: int, at: dt.datetime, tz: dt.tzinfo) -> None:
    """Reaching the customer answers every callback due by the end of that day."""
    _, end = day_bounds(at.astimezone(tz).date(), tz)
    session.execute(
        update(task)
        .where(
            task.c.customer_id == customer_id,
            task.c.kind == TASK_CALLBACK,
            task.c.done_at.is_(None),
            task.c.due_at < end,
        )
        .values(done_at=at, updated_at=utcnow(), version=task.c.version + 1)
        .values(updated_by=saving_login(session))
    )


def _checked(outcome: str, channel: str, note: str | None) -> tuple[str, str, str | None]:
    outcome_id = read_outcome(outcome)
    if outcome_id is None:
        raise DeskError("calls.bad_outcome", value=outcome, choices=" ".join(OUTCOMES))
    channel_id = read_channel(channel)
    if channel_id is None:
        raise DeskError("calls.bad_channel", value=channel, choices=" ".join(CHANNELS))
    note = (note or "").strip() or None
    if note and len(note) > NOTE_LIMIT:
        raise ValidationError({"note": t("error.too_long", max=NOTE_LIMIT)})
    return outcome_id, channel_id, note


def log_call(
    session: Any,
    customer_id: int,
    agent_id: int | None,
    outcome: str,
    at: dt.datetime,
    note: str | None = None,
    channel: str = "phone",
    callback_at: dt.datetime | None = None,
    *,
    calendar: WorkCalendar,
    now: dt.datetime,
) -> LoggedCall:
    """Record a call; with `callback_agreed`, the callback task at `callback_at` too.

    `session` is a Session or a Connection inside a transaction."""
    if at.tzinfo is None or now.tzinfo is None:
        raise ValueError("at and now must be timezone-aware")
    outcome, channel, note = _checked(outcome, channel, note)
    if at > now + CLOCK_SLACK:
        raise DeskError("calls.at_future", at=at.astimezone(now.tzinfo).strftime("%Y-%m-%d %H:%M"))
    if outcome == "callback_agreed" and callback_at is None:
        raise DeskError("calls.callback_needed")
    if outcome != "callback_agreed" and callback_at is not None:
        raise DeskError("calls.callback_only")
    if callback_at is not None:
        problem = check_callback_time(callback_at, max(at, now), calendar)
        if problem is not None:
            raise refusal(problem)
    customer_id_of(session, customer_id)
    values: dict[str, Any] = {"customer_id": customer_id, "agent_id": agent_id, "at": at,
                              "channel": channel, "outcome": outcome, "note": note}  # fmt: skip
    call = LoggedCall(_insert(session, interaction, values), customer_id, agent_id, at, channel,
                      outcome, note)  # fmt: skip
    end_call(session, agent_id, customer_id)
    touch_customer(session, customer_id, at, outcome)
    if outcome in REACHED_OUTCOMES:
        _close_callbacks(session, customer_id, at, now.tzinfo)
    if callback_at is not None:
        # Set "at" the call, so the list counts only attempts made after it (rules.cadence).
        callback = {"customer_id": customer_id, "agent_id": agent_id, "kind": TASK_CALLBACK,
                    "due_at": callback_at, "created_at": at, "source_table": "interaction",
                    "source_id": call.id, "note": note}  # fmt: skip
        _insert(session, task, callback)
    return call


def _insert(session: Any, table: Any, values: dict[str, Any]) -> int:
    """A new row of a versioned table (made and changed now unless told, version 1); its id."""
    stamped = {"created_at": utcnow(), "updated_at": utcnow(), "version": 1, **values}
    statement = insert(table).values(stamped).returning(table.c.id)
    return int(session.execute(statement).scalar_one())


def skip_customer(
    session: Any, agent_id: int, customer_id: int, reason: str, now: dt.datetime
) -> CallMark:
    """Off today's list, with the reason (the next working day brings the customer back)."""
    text = reason.strip()
    if not text:
        raise ValidationError({"reason": t("error.required")})
    if len(text) > REASON_LIMIT:
        raise ValidationError({"reason": t("error.too_long", max=REASON_LIMIT)})
    customer_id_of(session, customer_id)
    assert now.tzinfo is not None
    _, end = day_bounds(now.date(), now.tzinfo)
    from csdesk.models import CallMark

    mark = CallMark(
        agent_id=agent_id, customer_id=customer_id, kind="skip", until=end, reason=text,
        created_at=now,
    )  # fmt: skip
    session.add(mark)
    session.flush()
    return mark


def snooze_customer(
    session: Any,
    agent_id: int,
    customer_id: int,
    until: dt.datetime,
    now: dt.datetime,
    calendar: WorkCalendar,
) -> CallMark:
    """Off the list until `until`, a working time to come."""
    problem = check_callback_time(until, now, calendar)
    if problem is not None:
        raise refusal(problem)
    customer_id_of(session, customer_id)
    from csdesk.models import CallMark

    mark = CallMark(
        agent_id=agent_id, customer_id=customer_id, kind="snooze", until=until, created_at=now
    )
    session.add(mark)
    session.flush()
    return mark


@dataclass(frozen=True)
class CallSummary:
    calls: int
    reached: int
    unanswered: int  # no answer, busy, wrong number: dialled, nobody to talk to
    inquiries: int
    callbacks: int
    skipped: int  # set aside for the day, with a reason (not calls)
    snoozed: int

    def to_json(self) -> dict[str, int]:
        return {
            "calls": self.calls,
            "reached": self.reached,
            "unanswered": self.unanswered,
            "inquiries": self.inquiries,
            "callbacks": self.callbacks,
            "skipped": self.skipped,
            "snoozed": self.snoozed,
        }


def session_summary(
    session: Any, agent_id: int, since: dt.datetime, until: dt.datetime
) -> CallSummary:
    """Calls made between `since` and `until`: how many, reached, inquiries, callbacks set."""
    statement = (
        select(interaction.c.outcome, func.count())
        .where(
            interaction.c.agent_id == agent_id,
            interaction.c.at >= since,
            interaction.c.at <= until,
        )
        .group_by(interaction.c.outcome)
    )
    counts: dict[str, int] = {outcome: int(n) for outcome, n in session.execute(statement).all()}
    marks = (
        select(call_mark.c.kind, func.count())
        .where(
            call_mark.c.agent_id == agent_id,
            call_mark.c.created_at >= since,
            call_mark.c.created_at <= until,
        )
        .group_by(call_mark.c.kind)
    )
    set_aside: dict[str, int] = {kind: int(n) for kind, n in session.execute(marks).all()}
    reached = sum(n for outcome, n in counts.items() if outcome in REACHED_OUTCOMES)
    return CallSummary(
        calls=sum(counts.values()),
        reached=reached,
        unanswered=sum(counts.values()) - reached,
        inquiries=counts.get("inquiry", 0),
        callbacks=counts.get("callback_agreed", 0),
        skipped=set_aside.get("skip", 0),
        snoozed=set_aside.get("snooze", 0),
    )
