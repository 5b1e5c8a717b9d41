"""The inquiry queue, paged in SQL: running 5-minute clocks on top (they can still be met), then
today's overdue ones, the other open inquiries, old overdue ones in a section of their own, then
the closed ones; the day's hit rate; how often a customer asks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select

from csdesk.rules.inquiry_fields import OPEN_STATUSES, STATUSES
from csdesk.rules.sla import HitRate, clock, hit_rate
from csdesk.store import core_tables

# Read with Core (csdesk.store.core_tables): the queue needs neither the ORM nor the tables.
Q = core_tables.inquiry.c
C = core_tables.customer.c
A = core_tables.agent.c

PAGE_SIZE = 200
Key = tuple[int, dt.datetime, int]


@dataclass(frozen=True)
class InquiryRow:
    id: int
    customer_id: int
    customer: str
    agent_login: str | None
    received_at: dt.datetime
    status: str
    mode: str | None
    pol: str | None
    pod: str | None
    commodity: str | None
    missing: tuple[str, ...]
    sla_due_at: dt.datetime | None
    first_response_at: dt.datetime | None
    rank: int  # RUNNING, OVERDUE_TODAY, OPEN, OLD_OVERDUE or CLOSED_RANK

    @property
    def key(self) -> Key:
        """Where the next page starts after this row."""
        return (self.rank, self.received_at, self.id)


RUNNING, OVERDUE_TODAY, OPEN, OLD_OVERDUE, CLOSED_RANK = range(5)


def _rank(now: dt.datetime) -> Any:
    """The section of an open inquiry: a running clock, one overdue since the day began, one
    without a clock, or one overdue since an earlier day."""
    day_start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    due = Q.sla_due_at
    clocked = and_(due.is_not(None), Q.first_response_at.is_(None))
    return case(
        (and_(clocked, due > now), RUNNING),
        (and_(clocked, due >= day_start), OVERDUE_TODAY),
        (clocked, OLD_OVERDUE),
        else_=OPEN,
    )


def _page_query(rank: Any, limit: int) -> Any:
    return (
        select(
            Q.id,
            Q.customer_id,
            C.name,
            A.login,
            Q.received_at,
            Q.status,
            Q.mode,
            Q.pol,
            Q.pod,
            Q.commodity,
            Q.missing,
            Q.sla_due_at,
            Q.first_response_at,
            rank.label("rank"),
        )
        .join(core_tables.customer, C.id == Q.customer_id)
        .outerjoin(core_tables.agent, A.id == Q.agent_id)
        .limit(limit)
    )


def _newer_than(rank: Any, last_rank: int, last_at: dt.datetime, last_id: int) -> Any:
    """Rows after (last_rank, last_at, last_id) in the order rank, newest, highest id."""
    return or_(
        rank > last_rank,
        and_(rank == last_rank, Q.received_at < last_at),
        and_(rank == last_rank, Q.received_at == last_at, Q.id < last_id),
    )


def _filtered(statement: Any, agent_id: int | None, customer_id: int | None) -> Any:
    if agent_id is not None:
        statement = statement.where(Q.agent_id == agent_id)
    if customer_id is not None:
        statement = statement.where(Q.customer_id == customer_id)
    return statement


def list_inquiries(
    session: Any,
    now: dt.datetime,
    agent_id: int | None = None,
    statuses: Iterable[str] | None = OPEN_STATUSES,
    after: Key | None = None,
    limit: int = PAGE_SIZE,
    customer_id: int | None = None,
) -> list[InquiryRow]:
    """One page of the queue, section by section (see the module), newest first within each;
    `after` is the last row's key. `now` is in the desk's zone: its day starts at midnight.

    Open inquiries are few and sorted by their clock; closed ones are many and read newest
    first straight from the (agent, received) index, so a page never sorts the whole table."""
    wanted = set(STATUSES if statuses is None else statuses)
    open_wanted = sorted(wanted & set(OPEN_STATUSES))
    closed_wanted = sorted(wanted - set(OPEN_STATUSES))
    rows: list[InquiryRow] = []
    if open_wanted and (after is None or after[0] < CLOSED_RANK):
        statement = _open_page(now, open_wanted, after, limit)
        rows = [_row(row) for row in session.execute(_filtered(statement, agent_id, customer_id))]
    if closed_wanted and len(rows) < limit:
        closed_after = after if after is not None and after[0] == CLOSED_RANK else None
        statement = _closed_page(closed_wanted, closed_after, limit - len(rows))
        rows += [_row(row) for row in session.execute(_filtered(statement, agent_id, customer_id))]
    return rows


def _open_page(now: dt.datetime, statuses: list[str], after: Key | None, limit: int) -> Any:
    rank = _rank(now)
    statement = (
        _page_query(rank, limit)
        .where(Q.status.in_(statuses))
        .order_by(rank, Q.received_at.desc(), Q.id.desc())
    )
    return statement if after is None else statement.where(_newer_than(rank, *after))


def _closed_page(statuses: list[str], after: Key | None, limit: int) -> Any:
    statement = (
        _page_query(literal(CLOSED_RANK), limit)
        .where(Q.status.in_(statuses))
        .order_by(Q.received_at.desc(), Q.id.desc())
    )
    if after is None:
        return statement
    _rank_done, last_at, last_id = after
    return statement.where(
        or_(
            Q.received_at < last_at,
            and_(Q.received_at == last_at, Q.id < last_id),
        )
    )


def _row(row: Any) -> InquiryRow:
    (
        inquiry_id,
        customer_id,
        customer,
        login,
        received,
        status,
        mode,
        pol,
        pod,
        commodity,
        missing,
        due,
        answered,
        rank,
    ) = row
    return InquiryRow(
        id=inquiry_id,
        customer_id=customer_id,
        customer=customer,
        agent_login=login,
        received_at=received,
        status=status,
        mode=mode,
        pol=pol,
        pod=pod,
        commodity=commodity,
        missing=tuple(name for name in missing.split("|") if name),
        sla_due_at=due,
        first_response_at=answered,
        rank=rank,
    )


def sla_hit_rate(
    session: Any, start: dt.datetime, end: dt.datetime, now: dt.datetime, agent_id: int | None
) -> HitRate:
    """The day's 5-minute answers: general-cargo inquiries received in [start, end)."""
    statement = select(Q.received_at, Q.first_response_at, Q.sla_due_at).where(
        Q.received_at >= start,
        Q.received_at < end,
        Q.sla_due_at.is_not(None),
    )
    if agent_id is not None:
        statement = statement.where(Q.agent_id == agent_id)
    rows = session.execute(statement).all()
    return hit_rate(clock(received, answered, now, due) for received, answered, due in rows)


def recent_inquiry_count(session: Any, customer_id: int, since: dt.datetime) -> int:
    """How often a customer asked lately (H85: asks often, never books); uses the
    (customer_id, received_at) index."""
    statement = select(func.count()).where(Q.customer_id == customer_id, Q.received_at >= since)
    return int(session.execute(statement).scalar_one())
