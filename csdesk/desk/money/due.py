"""Which money tasks are due, read with Core: the chase's plan, refunds and rebates waiting.

Every call-list read runs the money sweeps (raise_money_tasks). Most reads find nothing new to
raise, and the sweeps' modules pull in the ORM, the tables and the shipments' code: about
150 ms of a CLI run spent to add nothing. `money_tasks_due` answers from indexed columns
whether any sweep has work; the sweeps are imported and run only when one has. The chase's
plan is the sweep's own reading (chase.sweep_chase builds its tasks from it), so the question
and the work cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import and_, exists, or_, select

from csdesk.desk.money.due_plan import (
    ALL_CURRENCIES,
    CHASE_KINDS,
    LEVELS_KEY,
    ChaseReads,
    ChaseTask,
    Key,
    levels_from,
    plan_chase,
)
from csdesk.rules.cadence import day_bounds
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.money_chase import TASK_KINDS
from csdesk.store.core_tables import customer_account, deposit, invoice, rebate, task

# Named here too for the modules that read them from here (money.chase, commands.money).
__all__ = ["ALL_CURRENCIES", "CHASE_KINDS", "DESK_KEY", "LEVELS_KEY", "ChaseTask", "chase_plan",
           "levels_from", "money_tasks_due"]  # fmt: skip
# ReceivableDue rows for the whole desk: its ageing reads one row per currency and due date,
# however many agents there are.
DESK_KEY = -1


def _customers_owing(connection: Any, agent_id: int | None) -> list[tuple[int, int | None]]:
    """(customer, owner) of everyone with an open invoice: their "*" account row has an oldest
    open due date. One agent's are read from the owner's stretch of an index."""
    account = customer_account.c
    statement = select(account.customer_id, account.owner_key).where(
        account.currency == ALL_CURRENCIES, account.oldest_due_on.is_not(None)
    )
    if agent_id is not None:
        statement = statement.where(account.owner_key == agent_id)
    return [(row[0], row[1] or None) for row in connection.execute(statement).all()]


def _existing_keys(connection: Any, customer_ids: list[int], start: dt.datetime) -> set[Key]:
    """Chase tasks already raised for these customers (read by the task's customer index): the
    once-only ones, and today's chase."""
    statement = select(task.c.kind, task.c.source_id, task.c.note).where(
        task.c.customer_id.in_(customer_ids),
        task.c.source_table == "invoice",
        task.c.kind.in_(CHASE_KINDS),
        or_(task.c.kind != TASK_KINDS["chase"], task.c.due_at >= start),
    )
    return {
        (kind, source, (note or "").split(" ")[0])
        for kind, source, note in connection.execute(statement)
    }


def _open_invoices(connection: Any, customer_ids: list[int]) -> list[Any]:
    bill = invoice.c
    statement = select(
        bill.id, bill.customer_id, bill.agent_id, bill.due_on, bill.terms, bill.number
    ).where(bill.customer_id.in_(customer_ids), bill.status == "open")
    return list(connection.execute(statement.order_by(bill.due_on, bill.id)).all())


CORE_CHASE_READS = ChaseReads(_customers_owing, _open_invoices, _existing_keys)


def chase_plan(
    connection: Any,
    calendar: WorkCalendar,
    today: dt.date,
    start: dt.datetime,
    agent_id: int | None,
    levels: Mapping[str, int],
) -> tuple[list[ChaseTask], int]:
    """Today's chase tasks not yet raised for `agent_id`'s customers (None: the whole desk),
    and how many customers owe. `start` is the beginning of today in the desk's zone."""
    return plan_chase(CORE_CHASE_READS, connection, calendar, today, start, agent_id, levels)


# A deposit waiting for its refund task whose shipment has live invoices, all of them paid.
_LIVE = and_(invoice.c.shipment_id == deposit.c.shipment_id, invoice.c.status != "replaced")
_REFUND_DUE = (
    select(deposit.c.id)
    .where(
        deposit.c.refunded_on.is_(None),
        deposit.c.refund_task_id.is_(None),
        exists().where(_LIVE),
        ~exists().where(_LIVE, invoice.c.open_minor != 0),
    )
    .limit(1)
)


def refunds_due(connection: Any) -> bool:
    """Whether sweep_refunds has a refund task to raise."""
    return connection.execute(_REFUND_DUE).first() is not None


def rebates_due(connection: Any, today: dt.date) -> bool:
    """Whether sweep_rebates has a rebate task to raise (index on status, due date)."""
    statement = select(rebate.c.id).where(
        rebate.c.status == "approved", rebate.c.due_on <= today, rebate.c.task_id.is_(None)
    )
    return connection.execute(statement.limit(1)).first() is not None


def money_tasks_due(
    connection: Any,
    calendar: WorkCalendar,
    today: dt.date,
    now: dt.datetime,
    agent_id: int | None,
) -> bool:
    """Whether raise_money_tasks would raise anything now. `connection` is a Connection or a
    Session."""
    from csdesk.desk.opening import setting_value

    levels = levels_from(setting_value(connection, LEVELS_KEY))
    start, _ = day_bounds(today, now.tzinfo or dt.UTC)
    planned, _owing = plan_chase(
        CORE_CHASE_READS, connection, calendar, today, start, agent_id, levels, first_only=True
    )
    return bool(planned) or refunds_due(connection) or rebates_due(connection, today)
