"""The desk's agents and supervisors.

The list is read with Core (`csdesk agents` needs no ORM); finding and adding one use the table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from csdesk.desk.errors import DeskError, NotFoundError, ValidationError
from csdesk.i18n import t
from csdesk.rules.visible import strip_controls
from csdesk.rules.vocab import AGENT_GROUPS, AGENT_ROLES
from csdesk.store.core_tables import agent as agent_table

if TYPE_CHECKING:
    from sqlmodel import Session

    from csdesk.models import Agent


@dataclass(frozen=True)
class AgentRow:
    id: int
    login: str
    name: str
    role: str
    group: str
    hired_on: dt.date | None
    active: bool


def list_agents(session: Any) -> list[AgentRow]:
    """Every agent, by login; `session` is a Session or a Connection."""
    columns = agent_table.c
    statement = select(
        columns.id,
        columns.login,
        columns.name,
        columns.role,
        columns.group,
        columns.hired_on,
        columns.active,
    )
    return [AgentRow(*row) for row in session.execute(statement.order_by(columns.login))]


def agent_by_login(session: Session, login: str) -> Agent:
    from sqlmodel import col

    from csdesk.models import Agent

    agent = session.execute(select(Agent).where(col(Agent.login) == login)).scalar_one_or_none()
    if agent is None:
        raise NotFoundError("error.not_found.agent", login=login)
    return agent


def add_agent(
    session: Session,
    login: str,
    name: str,
    role: str = "agent",
    group: str = "direct",
    hired_on: dt.date | None = None,
) -> Agent:
    from sqlmodel import col

    from csdesk.models import Agent

    problems: dict[str, str] = {}
    login, name = login.strip(), strip_controls(name)
    if not login or len(login) > 64 or any(ch.isspace() or not ch.isprintable() for ch in login):
        problems["agent_login"] = t("error.bad_login")
    if not name.strip():
        problems["agent_name"] = t("error.required")
    if role not in AGENT_ROLES:
        problems["agent_role"] = t("error.choice", choices=" ".join(AGENT_ROLES))
    if group not in AGENT_GROUPS:
        problems["agent_group"] = t("error.choice", choices=" ".join(AGENT_GROUPS))
    if problems:
        raise ValidationError(problems)
    exists = session.execute(select(col(Agent.id)).where(col(Agent.login) == login)).first()
    if exists:
        raise DeskError("error.agent_exists", login=login)
    agent = Agent(login=login, name=name.strip(), role=role, group=group, hired_on=hired_on)
    session.add(agent)
    session.flush()
    return agent
