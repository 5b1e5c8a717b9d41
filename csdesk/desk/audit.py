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

from csdesk.desk.errors import DeskError
from csdesk.desk.identity import database_login, os_user
from csdesk.store.core_tables import audit_entry

if TYPE_CHECKING:
    from sqlmodel import Session

    from csdesk.desk.context import AgentInfo
    from csdesk.models import AuditEntry

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
    from csdesk.models import AuditEntry

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
    session: Any, action: str | None = None, agent_login: str | None = None, limit: int = 200
) -> list[AuditRow]:
    """Newest first; `session` is a Session or a Core Connection."""
    c = audit_entry.c
    query = select(
        c.id, c.at, c.agent_login, c.db_login, c.os_user, c.action, c.subject, c.before, c.after
    )
    query = query.order_by(c.id.desc()).limit(limit)
    if action:
        query = query.where(c.action == action)
    if agent_login:
        query = query.where(c.agent_login == agent_login)
    return [AuditRow(*row) for row in session.execute(query)]
