"""The KPI report of one scope (an agent, a group, the desk) over one period: the rules of
csdesk.rules.kpi* applied to the rows csdesk.desk.kpi.rows reads.

Who sees what: an agent sees their own numbers and the desk total; groups, other agents and the
ranking are a supervisor's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from csdesk.desk.context import AgentInfo
from csdesk.desk.errors import DeskError
from csdesk.desk.kpi import rows as read
from csdesk.desk.reference import teu_by_code
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.kpi import FxRates, Money, ShipmentRow, Volume, money, volume, volume_by
from csdesk.rules.kpi_period import Period, workdays
from csdesk.rules.kpi_service import (
    Complaints,
    Conversion,
    Rate,
    answered_same_day,
    cadence_kept,
    complaints,
    conversion,
    follow_ups_on_time,
    local_day,
    reply_rate,
)
from csdesk.rules.kpi_targets import GroupChangeRow, RankRow, group_on, ranking
from csdesk.rules.vocab import AGENT_GROUPS
from csdesk.store.core_tables import agent as AGENT

SCOPES = ("agent", "group", "desk")


@dataclass(frozen=True)
class Scope:
    kind: str  # agent | group | desk
    agent_id: int | None = None
    group: str | None = None


@dataclass(frozen=True)
class KpiClock:
    """The time a report is made at, the working calendar, the desk's zone."""

    now: dt.datetime
    calendar: WorkCalendar
    tz: ZoneInfo

    @property
    def today(self) -> dt.date:
        return self.now.astimezone(self.tz).date()


@dataclass(frozen=True)
class Service:
    reply: Rate
    cadence: Rate
    follow_ups: Rate
    conversion: Conversion
    troubles: Rate
    complaints: Complaints


@dataclass(frozen=True)
class KpiReport:
    scope: Scope
    period: Period
    shipments: list[ShipmentRow]
    money: Money
    volume: Volume
    by_lane: dict[str, Volume]
    by_tier: dict[str, Volume]
    service: Service | None  # None until service_kpis fills it in (the screen's second load)
    rates: FxRates
    ranking: list[RankRow] | None  # a supervisor's view of a group or the desk
    inquiry_ids: tuple[int, ...]  # the inquiries behind the conversion tile

    @property
    def full_service(self) -> Service:
        """The service measures of a report made with them (the CLI's and the export's)."""
        if self.service is None:
            raise ValueError("this report was made without its service measures")
        return self.service


def sees_everyone(actor: AgentInfo | None) -> bool:
    """Other agents, the groups and the ranking are a supervisor's; someone who has not said who
    they are (a SQLite desk opened without --agent) is not taken for one."""
    return actor is not None and actor.is_supervisor


def check_scope(actor: AgentInfo | None, scope: Scope) -> None:
    """An agent sees their own numbers and the desk total only."""
    if scope.kind not in SCOPES:
        raise DeskError("kpi.error.scope", choices=" ".join(SCOPES))
    if scope.kind == "group" and scope.group not in AGENT_GROUPS:
        raise DeskError("kpi.error.group", choices=" ".join(AGENT_GROUPS))
    if sees_everyone(actor) or scope.kind == "desk":
        return
    if actor is None:
        raise DeskError("kpi.error.who")
    if scope.kind == "group" or scope.agent_id != actor.id:
        raise DeskError("kpi.error.own_only")


class _Membership:
    """Which rows belong to the scope: by agent, or by the agent's group on the row's day."""

    def __init__(self, session: Any, scope: Scope) -> None:
        self.scope = scope
        self.changes: list[GroupChangeRow] = read.group_changes(session) if scope.group else []
        self.current: dict[int, str] = (
            dict(session.execute(select(AGENT.c.id, AGENT.c.group)).all())  # type: ignore[arg-type]
            if scope.group
            else {}
        )

    @property
    def agent_filter(self) -> int | None:
        return self.scope.agent_id if self.scope.kind == "agent" else None

    def group_of(self, agent_id: int | None, day: dt.date) -> str | None:
        if agent_id is None:
            return None
        return group_on(agent_id, day, self.current.get(agent_id, ""), self.changes)

    def keeps(self, agent_id: int | None, day: dt.date) -> bool:
        if self.scope.kind == "group":
            return self.group_of(agent_id, day) == self.scope.group
        return True


def _service(
    session: Any,
    member: _Membership,
    period: Period,
    clock: KpiClock,
) -> tuple[Service, tuple[int, ...]]:
    now, tz = clock.now, clock.tz
    who = member.agent_filter
    inquiries = [
        row
        for row in read.inquiry_rows(session, period, tz, who)
        if member.keeps(row.agent_id, local_day(row.received_at, tz))
    ]
    tasks = [
        row
        for row in read.follow_up_rows(session, period, tz, who)
        if member.keeps(row.agent_id, local_day(row.due_at, tz))
    ]
    troubles = [
        row
        for row in read.trouble_rows(session, period, tz, who)
        if member.keeps(row.agent_id, local_day(row.opened_at, tz))
    ]
    service = Service(
        reply=reply_rate(inquiries, period, now, tz),
        cadence=_cadence(session, member, period, clock),
        follow_ups=follow_ups_on_time(tasks, period, now, tz),
        conversion=conversion(inquiries, period, tz),
        troubles=answered_same_day(troubles, period, tz),
        complaints=complaints(troubles, period, tz),
    )
    return service, tuple(sorted(row.inquiry_id for row in inquiries))


def _cadence(
    session: Any,
    member: _Membership,
    period: Period,
    clock: KpiClock,
) -> Rate:
    """Per owner: their A/B customers over the working days gone (while in the group)."""
    days = workdays(clock.calendar, period, until=clock.today)
    due = read.due_customers(session, member.agent_filter)
    reached = read.reached_days(session, period, clock.tz, member.agent_filter)
    total = Rate(0, 0)
    for owner, customers in due.items():
        if owner is None:
            continue
        owner_days = [day for day in days if member.keeps(owner, day)]
        pairs = [(cid, day) for who, cid, day in reached if who == owner]
        total = total + cadence_kept(customers, pairs, owner_days)
    return total


def _ranking(rows: Sequence[ShipmentRow], rates: FxRates, teu_of: dict[str, int]) -> list[RankRow]:
    by_agent: dict[int, list[ShipmentRow]] = {}
    for row in rows:
        if row.agent_id is not None:
            by_agent.setdefault(row.agent_id, []).append(row)
    ranked = []
    for agent_id, own in by_agent.items():
        result = money(own, rates)
        teu = volume(own, teu_of).teu
        ranked.append(
            RankRow(agent_id, result.revenue_cny.amount_minor, teu, result.profit_cny.amount_minor)
        )
    return ranking(ranked)


def service_kpis(
    session: Any, actor: AgentInfo | None, scope: Scope, period: Period, clock: KpiClock
) -> tuple[Service, tuple[int, ...]]:
    """The service measures alone (the KPI screen paints the other tiles before them), with
    the inquiries behind them."""
    check_scope(actor, scope)
    return _service(session, _Membership(session, scope), period, clock)


def desk_kpis(
    session: Any,
    actor: AgentInfo | None,
    scope: Scope,
    period: Period,
    clock: KpiClock,
    with_service: bool = True,
    summed: bool = False,
    cuts: Sequence[dt.date] = (),
) -> KpiReport:
    """The scope's report; `with_service=False` leaves the service measures for `service_kpis`;
    `summed` reads shipments summed per agent and stretch of days, a stretch ending at a month's
    end and before each of `cuts` (no lanes, tiers or bookings: the KPI screen's tiles and
    charts; its drill-down reads them one by one)."""
    check_scope(actor, scope)
    member = _Membership(session, scope)
    if summed:  # a group's agents are summed apart on either side of a move
        moves = [change.effective_on for change in member.changes]
        found = read.summary_rows(session, period, clock.tz, member.agent_filter, [*moves, *cuts])
    else:
        found = read.shipment_rows(session, period, clock.tz, member.agent_filter)
    rows = [
        row
        for row in found
        if row.sailed_on is not None and member.keeps(row.agent_id, row.sailed_on)
    ]
    teu_of = teu_by_code(session)
    rates = read.fx_rates(session, {row.sailed_on.replace(day=1) for row in rows if row.sailed_on})
    service, inquiry_ids = _service(session, member, period, clock) if with_service else (None, ())
    supervisor = sees_everyone(actor)
    return KpiReport(
        scope=scope,
        period=period,
        shipments=rows,
        money=money(rows, rates),
        volume=volume(rows, teu_of),
        by_lane={} if summed else volume_by(rows, "lane", teu_of),
        by_tier={} if summed else volume_by(rows, "tier", teu_of),
        service=service,
        rates=rates,
        ranking=_ranking(rows, rates, teu_of) if supervisor and scope.kind != "agent" else None,
        inquiry_ids=inquiry_ids,
    )
