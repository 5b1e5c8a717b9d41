"""What a supervisor sets for the KPI desk: monthly targets (H1), the month's exchange rates, an
agent's move to another group; and what the report reads back from them: target progress and
tier drift (H88)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from csdesk.desk.context import AgentInfo
from csdesk.desk.errors import DeskError
from csdesk.desk.kpi import rows as read
from csdesk.desk.kpi.report import KpiClock, KpiReport
from csdesk.desk.tiers import suggested_tier_sql
from csdesk.rules.kpi import CNY, FxRateError, parse_fx_rate
from csdesk.rules.kpi_period import Period, month_end
from csdesk.rules.kpi_targets import Progress, elapsed_share, group_on, tier_drift
from csdesk.rules.money import CURRENCIES
from csdesk.rules.tiers import month_start
from csdesk.rules.vocab import AGENT_GROUPS
from csdesk.store.core_tables import agent as AGENT
from csdesk.store.core_tables import customer as customer_table
from csdesk.store.core_tables import kpi_target as KPI_TARGET

if TYPE_CHECKING:
    from sqlmodel import Session

    from csdesk.models import FxRate, GroupChange, KpiTarget


def require_supervisor(actor: AgentInfo | None) -> AgentInfo:
    if actor is None or not actor.is_supervisor:
        raise DeskError("kpi.error.supervisor_only")
    return actor


def set_target(
    session: Session,
    actor: AgentInfo | None,
    login: str,
    month: dt.date,
    *,
    revenue_cny_minor: int | None = None,
    teu: int | None = None,
    profit_cny_minor: int | None = None,
) -> KpiTarget:
    """Set (or change) an agent's targets for a month; a measure not given keeps its value."""
    from csdesk.models import KpiTarget
    from csdesk.models.base import utcnow

    supervisor = require_supervisor(actor)
    from csdesk.desk.agents import agent_by_login

    agent = agent_by_login(session, login)
    assert agent.id is not None
    if any(value is not None and value < 0 for value in (revenue_cny_minor, teu)):
        raise DeskError("kpi.error.negative_target")
    target = session.get(KpiTarget, (agent.id, month_start(month)))
    if target is None:
        target = KpiTarget(agent_id=agent.id, month=month_start(month))
    else:
        target.version += 1
        target.updated_at = utcnow()
    for name, value in (
        ("revenue_cny_minor", revenue_cny_minor),
        ("teu", teu),
        ("profit_cny_minor", profit_cny_minor),
    ):
        if value is not None:
            setattr(target, name, value)
    target.set_by_id = supervisor.id
    session.add(target)
    session.flush()
    return target


def set_fx_rate(
    session: Session, actor: AgentInfo | None, month: dt.date, currency: str, rate_text: str
) -> FxRate:
    from csdesk.models import FxRate
    from csdesk.models.base import utcnow

    supervisor = require_supervisor(actor)
    code = currency.strip().upper()
    if code == CNY or code not in CURRENCIES:
        choices = " ".join(c for c in CURRENCIES if c != CNY)
        raise DeskError("kpi.error.currency", value=currency, choices=choices)
    try:
        micros = parse_fx_rate(rate_text)
    except FxRateError:
        raise DeskError("kpi.error.rate", value=rate_text) from None
    rate = session.get(FxRate, (month_start(month), code))
    if rate is None:
        rate = FxRate(month=month_start(month), currency=code, cny_per_unit_micros=micros)
    else:
        rate.cny_per_unit_micros = micros
        rate.version += 1
        rate.updated_at = utcnow()
    rate.set_by_id = supervisor.id
    session.add(rate)
    session.flush()
    return rate


def move_to_group(
    session: Session, actor: AgentInfo | None, login: str, group: str, effective_on: dt.date
) -> GroupChange:
    """The agent belongs to `group` from `effective_on`; earlier days keep the old group."""
    from csdesk.models import GroupChange
    from csdesk.models.base import utcnow

    supervisor = require_supervisor(actor)
    if group not in AGENT_GROUPS:
        raise DeskError("kpi.error.group", choices=" ".join(AGENT_GROUPS))
    from csdesk.desk.agents import agent_by_login

    agent = agent_by_login(session, login)
    assert agent.id is not None
    if agent.group == group:
        raise DeskError("kpi.error.same_group", login=login, group=group)
    change = GroupChange(
        agent_id=agent.id,
        old_group=agent.group,
        new_group=group,
        effective_on=effective_on,
        changed_by_id=supervisor.id,
    )
    agent.group = group
    agent.version += 1
    agent.updated_at = utcnow()
    session.add_all([change, agent])
    session.flush()
    return change


@dataclass(frozen=True)
class TargetProgress:
    revenue: Progress | None
    teu: Progress | None
    profit: Progress | None


def _whole_months(period: Period) -> bool:
    return period.start == month_start(period.start) and period.end == month_end(period.end)


def _scope_agents(session: Any, report: KpiReport, months: list[dt.date]) -> set[int] | None:
    scope = report.scope
    if scope.kind == "agent":
        return {scope.agent_id} if scope.agent_id is not None else set()
    if scope.kind == "desk":
        return None
    changes = read.group_changes(session)
    current = dict(session.execute(select(AGENT.c.id, AGENT.c.group)).all())
    last_day = month_end(months[-1])
    return {
        agent_id
        for agent_id, group in current.items()
        if group_on(agent_id, last_day, group, changes) == scope.group
    }


def target_progress(session: Any, report: KpiReport, clock: KpiClock) -> TargetProgress | None:
    """Targets of the scope's agents for the period's months, against the report's actuals;
    None unless the period is whole months (a target is a month's)."""
    if not _whole_months(report.period):
        return None
    months = report.period.months()
    agents = _scope_agents(session, report, months)
    c = KPI_TARGET.c
    statement = select(c.revenue_cny_minor, c.teu, c.profit_cny_minor).where(c.month.in_(months))
    if agents is not None:
        statement = statement.where(c.agent_id.in_(sorted(agents)))
    targets = session.execute(statement).all()
    share = elapsed_share(clock.calendar, report.period, clock.today)

    def progress(actual: int | None, values: list[int | None]) -> Progress | None:
        given = [value for value in values if value is not None]
        if actual is None or not given:
            return None
        return Progress(actual, sum(given), share)

    return TargetProgress(
        revenue=progress(
            report.money.revenue_cny.amount_minor, [t.revenue_cny_minor for t in targets]
        ),
        teu=progress(report.volume.teu, [t.teu for t in targets]),
        profit=progress(
            report.money.profit_cny.amount_minor, [t.profit_cny_minor for t in targets]
        ),
    )


def tier_drift_counts(
    session: Any, today: dt.date, tz: dt.tzinfo, owner_id: int | None = None
) -> dict[int | None, int]:
    """Customers per owner whose tier no longer fits their shipments (the tier review's rows)."""
    c = customer_table.c
    suggested = suggested_tier_sql(today, tz)
    statement = select(c.owner_id, c.tier, suggested, func.count())
    statement = statement.group_by(c.owner_id, c.tier, suggested)
    if owner_id is not None:
        statement = statement.where(c.owner_id == owner_id)
    return tier_drift(session.execute(statement).all())  # type: ignore[arg-type]
