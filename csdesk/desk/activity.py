"""Recent activity read straight from the store: contacts logged over a period, recent shippers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.models import Agent, Customer, Interaction


@dataclass(frozen=True)
class ActivityRow:
    customer_id: int
    customer: str
    tier: str
    at: dt.datetime | None
    what: str
    note: str
    agent_login: str | None


def contacts_between(
    session: Session,
    start: dt.datetime,
    end: dt.datetime,
    agent_id: int | None = None,
    outcome: str | None = None,
    limit: int = 500,
) -> list[ActivityRow]:
    """Interactions logged in [start, end), newest first; uses the (agent, at) index."""
    statement = (
        select(Interaction, col(Customer.name), col(Customer.tier), col(Agent.login))
        .join(Customer, col(Customer.id) == col(Interaction.customer_id))
        .outerjoin(Agent, col(Agent.id) == col(Interaction.agent_id))
        .where(col(Interaction.at) >= start, col(Interaction.at) < end)
        .order_by(col(Interaction.at).desc())
        .limit(limit)
    )
    if agent_id is not None:
        statement = statement.where(col(Interaction.agent_id) == agent_id)
    if outcome is not None:
        statement = statement.where(col(Interaction.outcome) == outcome)
    return [
        ActivityRow(
            interaction.customer_id,
            name,
            tier,
            interaction.at,
            f"outcome.{interaction.outcome}",
            interaction.note or "",
            login,
        )
        for interaction, name, tier, login in session.execute(statement).all()
    ]


def recent_shippers(
    session: Session, since: dt.date, owner_id: int | None = None, limit: int = 500
) -> list[ActivityRow]:
    statement = (
        select(Customer, col(Agent.login))
        .outerjoin(Agent, col(Agent.id) == col(Customer.owner_id))
        .where(col(Customer.last_shipped_on) >= since)
        .order_by(col(Customer.last_shipped_on).desc())
        .limit(limit)
    )
    if owner_id is not None:
        statement = statement.where(col(Customer.owner_id) == owner_id)
    return [
        ActivityRow(
            customer.id or 0,
            customer.name,
            customer.tier,
            None,
            "activity.shipped",
            customer.last_shipped_on.isoformat() if customer.last_shipped_on else "",
            login,
        )
        for customer, login in session.execute(statement).all()
    ]
