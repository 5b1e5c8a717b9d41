"""The desk's agents and supervisors."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.errors import DeskError, NotFoundError, ValidationError
from csdesk.i18n import t
from csdesk.models import Agent
from csdesk.rules.visible import strip_controls
from csdesk.rules.vocab import AGENT_GROUPS, AGENT_ROLES


def list_agents(session: Session) -> list[Agent]:
    return list(session.execute(select(Agent).order_by(col(Agent.login))).scalars())


def agent_by_login(session: Session, login: str) -> Agent:
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
