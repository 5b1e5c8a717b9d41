"""The audit log: every supervisor-only action leaves who, when, what, before and after.

`require_supervisor` is the one desk-level check for those actions, whichever face (CLI, TUI,
browser) calls them; `record` appends the row in the same transaction as the change.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.errors import DeskError
from csdesk.desk.identity import database_login, os_user
from csdesk.models import AuditEntry

if TYPE_CHECKING:
    from csdesk.desk.context import AgentInfo

# The supervisor-only actions (H7): each name is also the audit row's `action`.
SUPERVISOR_ACTIONS = (
    "agent.add",
    "agent.disable",
    "quote.approve",
    "quote.return",
    "customer.tier",
    "customer.owner",
    "settings.change",
    "targets.set",
    "bl.release_vip",
)


def require_supervisor(actor: AgentInfo | None, action: str) -> AgentInfo:
    """The desk's check: refuse a supervisor-only action to anyone else, naming the action."""
    if actor is None or not actor.is_supervisor:
        raise DeskError("team.error.supervisor_only", action=action)
    return actor


def _as_json(values: dict[str, Any] | None) -> str:
    if values is None:
        return ""
    return json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)


def record(
    session: Session,
    actor: AgentInfo | None,
    action: str,
    subject: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        agent_id=actor.id if actor else None,
        agent_login=actor.login if actor else "-",
        db_login=database_login(session),
        os_user=os_user(),
        action=action,
        subject=subject[:200],
        before=_as_json(before),
        after=_as_json(after),
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    agent_login: str
    db_login: str | None
    os_user: str | None
    action: str
    subject: str
    before: str
    after: str


def list_audit(
    session: Session, action: str | None = None, agent_login: str | None = None, limit: int = 200
) -> list[AuditRow]:
    """Newest first."""
    query = select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(limit)
    if action:
        query = query.where(col(AuditEntry.action) == action)
    if agent_login:
        query = query.where(col(AuditEntry.agent_login) == agent_login)
    return [
        AuditRow(
            entry.id or 0,
            entry.at,
            entry.agent_login,
            entry.db_login,
            entry.os_user,
            entry.action,
            entry.subject,
            entry.before,
            entry.after,
        )
        for entry in session.execute(query).scalars()
    ]
