"""A team desk on PostgreSQL: preparing the database, adding agents as logins, disabling them.

Each agent is a database login whose privileges are the desk's group role's and nothing more.
Disabling an agent deletes nothing: the login stops working, and their open work (callbacks and
other tasks, open inquiries, the intake draft) moves to the supervisor's list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select, update
from sqlmodel import Session, col

from csdesk.desk.agents import add_agent, agent_by_login
from csdesk.desk.audit import record, require_supervisor
from csdesk.desk.context import AgentInfo
from csdesk.desk.errors import DeskError
from csdesk.models import Agent, Inquiry, InquiryDraft, Task
from csdesk.rules.inquiry_fields import OPEN_STATUSES
from csdesk.store import postgres


@dataclass(frozen=True)
class NewLogin:
    agent_id: int
    login: str
    password: str | None  # None when the user gave it (it is never shown back)


def init_team(
    engine: Engine, supervisor_login: str, supervisor_name: str, password: str | None
) -> NewLogin:
    """Schema, reference data, group roles and the first supervisor, in an empty database."""
    from csdesk.config import REPO_DATA_DIR
    from csdesk.desk.reference import load_reference_data
    from csdesk.store import migrate
    from csdesk.store.engine import session_scope

    migrate.upgrade(engine)
    with session_scope(engine) as session:
        if session.execute(select(col(Agent.id)).limit(1)).first():
            raise DeskError("team.error.init_not_empty")
        who = postgres.connected(session.connection())
        if not who.is_admin:
            raise DeskError("team.error.init_needs_owner", login=who.login)
        load_reference_data(session, REPO_DATA_DIR)
        postgres.prepare_roles(session.connection(), who.database)
        secret = password or postgres.generate_password()
        postgres.add_login(session.connection(), supervisor_login, secret, supervisor=True)
        agent = add_agent(session, supervisor_login, supervisor_name, role="supervisor")
        info = AgentInfo.of(agent)
        record(session, info, "agent.add", supervisor_login, None, {"role": "supervisor"})
    return NewLogin(info.id, supervisor_login, None if password else secret)


def add_team_agent(
    session: Session,
    actor: AgentInfo | None,
    fields: dict[str, object],
    password: str | None,
) -> NewLogin:
    """A new agent; on PostgreSQL also their login (a generated password unless one is given)."""
    team_store = _is_team_store(session)
    if actor is not None or (team_store and not _is_admin(session)):
        require_supervisor(actor, "agent.add")
    login = str(fields["login"])
    role = str(fields.get("role") or "agent")
    hired = fields.get("hired_on")
    agent = add_agent(
        session,
        login,
        str(fields["name"]),
        role,
        str(fields.get("group") or "direct"),
        hired if isinstance(hired, dt.date) else None,
    )
    secret: str | None = None
    if team_store:
        secret = password or postgres.generate_password()
        postgres.add_login(session.connection(), login, secret, supervisor=role == "supervisor")
    record(session, actor, "agent.add", login, None, {"name": agent.name, "role": role})
    return NewLogin(agent.id or 0, login, None if password else secret)


def _is_team_store(session: Session) -> bool:
    if session.get_bind().dialect.name != "postgresql":
        return False
    return postgres.is_team_store(session.connection())


def _is_admin(session: Session) -> bool:
    return postgres.connected(session.connection()).is_admin


@dataclass(frozen=True)
class HandedOver:
    tasks: int
    inquiries: int
    draft: bool


def disable_agent(session: Session, actor: AgentInfo | None, login: str) -> HandedOver:
    """Stop an agent's login and move their open work to the acting supervisor."""
    supervisor = require_supervisor(actor, "agent.disable")
    agent = agent_by_login(session, login)
    if agent.id == supervisor.id:
        raise DeskError("team.error.disable_self")
    if not agent.active:
        raise DeskError("team.error.agent_disabled", login=login)
    tasks = _count_updated(
        session,
        update(Task)
        .where(col(Task.agent_id) == agent.id, col(Task.done_at).is_(None))
        .values(agent_id=supervisor.id),
    )
    inquiries = _count_updated(
        session,
        update(Inquiry)
        .where(col(Inquiry.agent_id) == agent.id, col(Inquiry.status).in_(OPEN_STATUSES))
        .values(agent_id=supervisor.id),
    )
    draft = _hand_over_draft(session, agent.id or 0, supervisor.id)
    agent.active = False
    session.add(agent)
    if _is_team_store(session):
        postgres.disable_login(session.connection(), login)
    after = {"active": False, "tasks": tasks, "inquiries": inquiries, "draft": draft}
    record(session, supervisor, "agent.disable", login, {"active": True}, after)
    return HandedOver(tasks, inquiries, draft)


def _count_updated(session: Session, statement: Any) -> int:
    result = session.execute(statement)
    return int(getattr(result, "rowcount", 0) or 0)


def _hand_over_draft(session: Session, agent_id: int, supervisor_id: int) -> bool:
    """The agent's intake draft becomes the supervisor's, unless they have one of their own."""
    draft = session.get(InquiryDraft, f"agent:{agent_id}")
    if draft is None or not draft.payload:
        return False
    if session.get(InquiryDraft, f"agent:{supervisor_id}") is not None:
        return False
    session.add(InquiryDraft(key=f"agent:{supervisor_id}", payload=draft.payload))
    session.delete(draft)
    return True
