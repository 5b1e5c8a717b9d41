"""Logging a call, setting customers aside (skip, snooze) and the session summary.

A logged call writes the interaction and the customer's last-contact columns in one transaction:
the list never aggregates interactions, and a call saved is a call kept, whatever happens next.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, literal, or_, select, update
from sqlmodel import Session, col

from csdesk.desk.claims import end_call
from csdesk.desk.customers import resolve_customer
from csdesk.desk.errors import DeskError, ValidationError
from csdesk.desk.words import refusal
from csdesk.i18n import t
from csdesk.models import CallMark, Customer, Interaction, Task
from csdesk.models.base import UTCDateTime, utcnow
from csdesk.rules.cadence import TASK_CALLBACK, day_bounds
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.outcomes import read_channel, read_outcome
from csdesk.rules.vocab import CHANNELS, OUTCOMES, REACHED_OUTCOMES
from csdesk.rules.when import check_callback_time

NOTE_LIMIT = 4000
REASON_LIMIT = 500
# A call logged a moment "in the future" is a clock difference between desks, not a mistake.
CLOCK_SLACK = dt.timedelta(minutes=2)


def _later(column: object, value: dt.datetime) -> object:
    """`column` moved forward to `value`, never back (calls may be logged out of order)."""
    # The literal carries the column type, so the value is stored as UTC like any other.
    typed = literal(value, UTCDateTime())
    return case((or_(col(column).is_(None), col(column) < typed), typed), else_=col(column))


def touch_customer(session: Session, customer_id: int, at: dt.datetime, outcome: str) -> None:
    """Keep the customer's last contact / reached / inquiry columns in step with a new call.

    These columns are the desk's bookkeeping, not a person's edit: they change without a new
    version, so an agent editing the customer card at the same moment is not refused.
    """
    values: dict[str, object] = {"last_contact_at": _later(Customer.last_contact_at, at)}
    if outcome in REACHED_OUTCOMES:
        values["last_reached_at"] = _later(Customer.last_reached_at, at)
    if outcome == "inquiry":
        values["last_inquiry_at"] = _later(Customer.last_inquiry_at, at)
    session.execute(
        update(Customer)
        .where(col(Customer.id) == customer_id)
        .values(**values)
        .execution_options(synchronize_session=False)
    )


def _close_callbacks(session: Session, customer_id: int, at: dt.datetime, tz: dt.tzinfo) -> None:
    """Reaching the customer answers every callback due by the end of that day."""
    _, end = day_bounds(at.astimezone(tz).date(), tz)
    session.execute(
        update(Task)
        .where(
            col(Task.customer_id) == customer_id,
            col(Task.kind) == TASK_CALLBACK,
            col(Task.done_at).is_(None),
            col(Task.due_at) < end,
        )
        .values(done_at=at, updated_at=utcnow(), version=col(Task.version) + 1)
        .execution_options(synchronize_session=False)
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
    session: Session,
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
) -> Interaction:
    """Record a call; with `callback_agreed`, the callback task at `callback_at` too."""
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
    resolve_customer(session, customer_id)
    interaction = Interaction(
        customer_id=customer_id,
        agent_id=agent_id,
        at=at,
        channel=channel,
        outcome=outcome,
        note=note,
    )
    session.add(interaction)
    session.flush()
    end_call(session, agent_id, customer_id)
    touch_customer(session, customer_id, at, outcome)
    if outcome in REACHED_OUTCOMES:
        _close_callbacks(session, customer_id, at, now.tzinfo)
    if callback_at is not None:
        # Set "at" the call, so the list counts only attempts made after it (rules.cadence).
        session.add(
            Task(
                customer_id=customer_id,
                agent_id=agent_id,
                kind=TASK_CALLBACK,
                due_at=callback_at,
                created_at=at,
                source_table="interaction",
                source_id=interaction.id,
                note=note,
            )
        )
        session.flush()
    return interaction


def skip_customer(
    session: Session, agent_id: int, customer_id: int, reason: str, now: dt.datetime
) -> CallMark:
    """Off today's list, with the reason (the next working day brings the customer back)."""
    text = reason.strip()
    if not text:
        raise ValidationError({"reason": t("error.required")})
    if len(text) > REASON_LIMIT:
        raise ValidationError({"reason": t("error.too_long", max=REASON_LIMIT)})
    resolve_customer(session, customer_id)
    assert now.tzinfo is not None
    _, end = day_bounds(now.date(), now.tzinfo)
    mark = CallMark(
        agent_id=agent_id, customer_id=customer_id, kind="skip", until=end, reason=text,
        created_at=now,
    )  # fmt: skip
    session.add(mark)
    session.flush()
    return mark


def snooze_customer(
    session: Session,
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
    resolve_customer(session, customer_id)
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
    session: Session, agent_id: int, since: dt.datetime, until: dt.datetime
) -> CallSummary:
    """Calls made between `since` and `until`: how many, reached, inquiries, callbacks set."""
    statement = (
        select(col(Interaction.outcome), func.count())
        .where(
            col(Interaction.agent_id) == agent_id,
            col(Interaction.at) >= since,
            col(Interaction.at) <= until,
        )
        .group_by(col(Interaction.outcome))
    )
    counts: dict[str, int] = {outcome: int(n) for outcome, n in session.execute(statement).all()}
    marks = (
        select(col(CallMark.kind), func.count())
        .where(
            col(CallMark.agent_id) == agent_id,
            col(CallMark.created_at) >= since,
            col(CallMark.created_at) <= until,
        )
        .group_by(col(CallMark.kind))
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
