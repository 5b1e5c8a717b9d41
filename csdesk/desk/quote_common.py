"""What the quote use cases share: states, saving with the version check, the quote's tasks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col

from csdesk.desk.quote_rows import CLOSED_STATUSES as CLOSED_STATUSES
from csdesk.desk.quote_rows import EDITABLE_STATUSES as EDITABLE_STATUSES
from csdesk.desk.quote_rows import OPEN_STATUSES as OPEN_STATUSES
from csdesk.desk.quote_rows import SOURCE_TABLE as SOURCE_TABLE
from csdesk.desk.quote_rows import STATUSES as STATUSES
from csdesk.desk.versioning import update_versioned
from csdesk.i18n import t
from csdesk.models import Quote, Task
from csdesk.models.base import utcnow
from csdesk.rules.pricing import money_text, units_text


def save_quote(
    session: Session,
    quote: Quote,
    changes: Mapping[str, Any],
    expected_version: int | None = None,
) -> Quote:
    """Apply `changes` unless another agent saved the quote since `expected_version`."""
    version = quote.version if expected_version is None else expected_version
    original = {name: getattr(quote, name) for name in changes}
    label = t("quote.record", ref=quote.id)
    return update_versioned(session, quote, version, original, dict(changes), label)


def quote_summary(quote: Quote) -> str:
    """One line naming the quote, for a task's note in the call list's card."""
    price = money_text(quote.price_minor, quote.currency)
    return t(
        "quote.summary",
        ref=quote.id,
        pol=quote.pol,
        pod=quote.pod,
        container=quote.container,
        units=units_text(quote.units),
        price=price,
    )


def add_quote_task(
    session: Session,
    quote: Quote,
    kind: str,
    due_at: dt.datetime,
    note: str | None = None,
    agent_id: int | None = None,
) -> Task:
    """A task in the agent's call list about this quote's customer, linked to the quote."""
    task = Task(
        customer_id=quote.customer_id,
        agent_id=agent_id if agent_id is not None else quote.agent_id,
        kind=kind,
        due_at=due_at,
        source_table=SOURCE_TABLE,
        source_id=quote.id,
        note=note or quote_summary(quote),
    )
    session.add(task)
    session.flush()
    return task


def close_quote_tasks(
    session: Session, quote_id: int, at: dt.datetime | None = None, kinds: tuple[str, ...] = ()
) -> int:
    """Close the quote's open tasks (all, or of `kinds`); returns how many were open."""
    statement = update(Task).where(
        col(Task.source_table) == SOURCE_TABLE,
        col(Task.source_id) == quote_id,
        col(Task.done_at).is_(None),
    )
    if kinds:
        statement = statement.where(col(Task.kind).in_(kinds))
    result = session.execute(
        statement.values(
            done_at=at or utcnow(), updated_at=utcnow(), version=Task.version + 1
        ).execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
