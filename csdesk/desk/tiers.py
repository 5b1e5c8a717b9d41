"""Tier review (H87, H88): where the data disagrees with a customer's tier, and a supervisor's
changes of tier and owner, each recorded (who, when, from, to).

The suggestion is computed in SQL with the same thresholds as csdesk.rules.tiers.suggest_tier
(a test holds them together), so the review pages over 100,000 customers without loading them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, exists, or_, select

from csdesk.desk.errors import DeskError, NotFoundError
from csdesk.i18n import t
from csdesk.rules.tiers import SUGGESTION_MONTHS, add_months, month_start
from csdesk.rules.vocab import AGENT_GROUPS, TIERS
from csdesk.store.core_tables import agent as agent_table
from csdesk.store.core_tables import customer as customer_table
from csdesk.store.core_tables import ship_month

if TYPE_CHECKING:
    from sqlmodel import Session

    from csdesk.desk.context import AgentInfo
    from csdesk.models import Agent, Customer, CustomerChange

# A page of the review, as long as a page of the customer list (customer_search.PAGE_SIZE).
PAGE_SIZE = 200


@dataclass(frozen=True)
class TierReviewRow:
    customer_id: int
    name: str
    owner_login: str | None
    tier: str
    suggested: str
    last_shipped_on: dt.date | None
    last_inquiry_at: dt.datetime | None

    def to_json(self) -> dict[str, Any]:
        return {
            "customer_id": self.customer_id,
            "customer": self.name,
            "owner": self.owner_login,
            "tier": self.tier,
            "suggested": self.suggested,
            "last_shipped_on": self.last_shipped_on,
            "last_inquiry_at": self.last_inquiry_at,
        }


def _shipped_in(month: dt.date) -> Any:
    return exists().where(
        ship_month.c.customer_id == customer_table.c.id, ship_month.c.month == month
    )


def suggested_tier_sql(today: dt.date, tz: dt.tzinfo) -> Any:
    """rules.tiers.suggest_tier as a SQL expression over the customer row and its ship months
    (Core columns: csdesk.store.core_tables.customer)."""
    current = month_start(today)
    months = [add_months(current, -n) for n in range(4)]
    horizon = add_months(today, -SUGGESTION_MONTHS)
    horizon_start = dt.datetime.combine(horizon, dt.time(), tzinfo=tz)
    monthly = or_(
        and_(*(_shipped_in(month) for month in months[1:4])),
        and_(*(_shipped_in(month) for month in months[0:3])),
    )
    return case(
        (monthly, "A"),
        (customer_table.c.last_shipped_on >= horizon, "B"),
        (customer_table.c.last_inquiry_at >= horizon_start, "C"),
        else_="D",
    )


def tier_review(
    session: Any,
    today: dt.date,
    tz: dt.tzinfo,
    owner_id: int | None = None,
    after_id: int | None = None,
    limit: int = PAGE_SIZE,
) -> list[TierReviewRow]:
    """One page (by customer id) of customers whose tier differs from the suggestion;
    `session` is a Session or a Core Connection."""
    c = customer_table.c
    suggested = suggested_tier_sql(today, tz).label("suggested")
    statement = (
        select(
            c.id,
            c.name,
            agent_table.c.login,
            c.tier,
            suggested,
            c.last_shipped_on,
            c.last_inquiry_at,
        )
        .select_from(customer_table)
        .outerjoin(agent_table, agent_table.c.id == c.owner_id)
        .where(suggested_tier_sql(today, tz) != c.tier)
        .order_by(c.id)
        .limit(limit)
    )
    if owner_id is not None:
        statement = statement.where(c.owner_id == owner_id)
    if after_id is not None:
        statement = statement.where(c.id > after_id)
    return [TierReviewRow(*row) for row in session.execute(statement).all()]


def record_shipment(session: Session, customer_id: int, shipped_on: dt.date) -> None:
    """A shipment sailed: the month, and the first/last shipped dates on the customer row."""
    from csdesk.desk.customers import resolve_customer
    from csdesk.models import ShipMonth

    customer = resolve_customer(session, customer_id)
    month = month_start(shipped_on)
    if session.get(ShipMonth, (customer_id, month)) is None:
        session.add(ShipMonth(customer_id=customer_id, month=month))
    if customer.last_shipped_on is None or customer.last_shipped_on < shipped_on:
        customer.last_shipped_on = shipped_on
    if customer.first_shipped_on is None or customer.first_shipped_on > shipped_on:
        customer.first_shipped_on = shipped_on
    session.add(customer)
    session.flush()


def _require_supervisor(actor: AgentInfo | None) -> AgentInfo:
    if actor is None or not actor.is_supervisor:
        raise DeskError("calls.supervisor_only")
    return actor


def _record(
    session: Session,
    actor: AgentInfo,
    customer: Customer,
    change: tuple[str, str | None, str | None],
    values: dict[str, Any],
    note: str | None,
) -> None:
    """Save the change through the version check, and its history row with it.

    Two supervisors changing one customer at once: the second is refused with what the first
    changed, instead of overwriting it.
    """
    from csdesk.desk import audit
    from csdesk.desk.versioning import update_versioned
    from csdesk.models import CustomerChange

    assert customer.id is not None
    field, old, new = change
    original = {column: getattr(customer, column) for column in ("tier", "owner_id")}
    update_versioned(
        session,
        customer,
        customer.version,
        original,
        values,
        t("record.customer", name=customer.name),
    )
    session.add(
        CustomerChange(
            customer_id=customer.id,
            field=field,
            old_value=old,
            new_value=new,
            changed_by=actor.id,
            note=(note or "").strip() or None,
        )
    )
    subject = f"#{customer.id} {customer.name}"
    audit.record(session, actor, f"customer.{field}", subject, {field: old}, {field: new})
    session.flush()


def set_tier(
    session: Session,
    actor: AgentInfo | None,
    customer_ref: str | int,
    tier: str,
    note: str | None = None,
) -> Customer:
    from csdesk.desk.customers import resolve_customer

    supervisor = _require_supervisor(actor)
    tier = tier.strip().upper()
    if tier not in TIERS:
        raise DeskError("calls.bad_tier", value=tier, choices=" ".join(TIERS))
    customer = resolve_customer(session, customer_ref)
    if customer.tier != tier:
        change = ("tier", customer.tier, tier)
        _record(session, supervisor, customer, change, {"tier": tier}, note)
    return customer


def _agent(session: Session, login: str) -> Agent:
    from sqlmodel import col

    from csdesk.models import Agent

    agent = session.execute(select(Agent).where(col(Agent.login) == login)).scalar_one_or_none()
    if agent is None or not agent.active:
        raise NotFoundError("error.not_found.agent", login=login)
    return agent


def set_owner(
    session: Session,
    actor: AgentInfo | None,
    customer_ref: str | int,
    owner_login: str,
    note: str | None = None,
) -> Customer:
    from csdesk.desk.customers import resolve_customer
    from csdesk.models import Agent

    supervisor = _require_supervisor(actor)
    owner = _agent(session, owner_login)
    customer = resolve_customer(session, customer_ref)
    if customer.owner_id != owner.id:
        old = session.get(Agent, customer.owner_id) if customer.owner_id else None
        change = ("owner", old.login if old else None, owner.login)
        _record(session, supervisor, customer, change, {"owner_id": owner.id}, note)
    return customer


def hand_over_d(
    session: Session,
    actor: AgentInfo | None,
    customer_refs: Sequence[str | int],
    to_login: str | None = None,
    to_group: str | None = None,
    note: str | None = None,
) -> list[tuple[int, str]]:
    """Hand D customers to one agent, or spread them over a group's agents (H88).

    Only D customers move; a group's share goes round its active agents, never back to the
    customer's current owner. Returns (customer id, new owner's login) pairs.
    """
    from sqlmodel import col

    from csdesk.desk.customers import resolve_customer
    from csdesk.models import Agent

    _require_supervisor(actor)
    if (to_login is None) == (to_group is None):
        raise DeskError("calls.handover_target")
    customers = [resolve_customer(session, ref) for ref in customer_refs]
    not_d = [c.name for c in customers if c.tier != "D"]
    if not_d:
        raise DeskError("calls.handover_not_d", names=", ".join(not_d))
    if to_login is not None:
        logins = [_agent(session, to_login).login]
    else:
        if to_group not in AGENT_GROUPS:
            raise DeskError("calls.bad_group", value=to_group, choices=" ".join(AGENT_GROUPS))
        logins = list(
            session.execute(
                select(col(Agent.login))
                .where(col(Agent.group) == to_group, col(Agent.active).is_(True))
                .where(col(Agent.role) == "agent")
                .order_by(col(Agent.login))
            ).scalars()
        )
        if not logins:
            raise DeskError("calls.empty_group", group=to_group)
    agent_ids = {
        login: id_ for login, id_ in session.execute(select(col(Agent.login), col(Agent.id)))
    }
    moved: list[tuple[int, str]] = []
    for index, customer in enumerate(customers):
        assert customer.id is not None
        choices = [login for login in logins if agent_ids[login] != customer.owner_id] or logins
        login = choices[index % len(choices)]
        set_owner(session, actor, customer.id, login, note)
        moved.append((customer.id, login))
    return moved


def tier_history(session: Session, customer_id: int) -> list[CustomerChange]:
    from sqlmodel import col

    from csdesk.models import CustomerChange

    return list(
        session.execute(
            select(CustomerChange)
            .where(col(CustomerChange.customer_id) == customer_id)
            .order_by(col(CustomerChange.changed_at), col(CustomerChange.id))
        ).scalars()
    )
