"""Who is working: on PostgreSQL the database login, on SQLite the agent the user names.

On a PostgreSQL team store `current_user` is the agent (an Agent row with that login).
`--agent` may name someone else only for a supervisor, or for the database's owner or a
superuser, who can change any row with plain SQL anyway. A SQLite file belongs to whoever can
open it, so there the named agent is taken as given and audit rows add the OS user.
"""

from __future__ import annotations

import getpass

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.errors import DeskError, NotFoundError
from csdesk.models import Agent


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def _by_login(session: Session, login: str) -> Agent | None:
    found = session.execute(select(Agent).where(col(Agent.login) == login))
    return found.scalar_one_or_none()


def _named(session: Session, login: str) -> Agent:
    agent = _by_login(session, login)
    if agent is None:
        raise NotFoundError("error.not_found.agent", login=login)
    return agent


def database_login(session: Session) -> str | None:
    """The PostgreSQL login of this session; None on SQLite."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    from sqlalchemy import text

    return str(session.execute(text("SELECT current_user")).scalar_one())


def working_agent(session: Session, requested: str | None) -> Agent | None:
    """The agent this desk acts as, refusing an `--agent` the database login may not use."""
    if session.get_bind().dialect.name != "postgresql":
        return _named(session, requested) if requested else None
    from csdesk.store.postgres import connected

    who = connected(session.connection())
    own = _by_login(session, who.login)
    if own is None:
        if who.is_admin:
            return _named(session, requested) if requested else None
        raise DeskError("team.error.login_not_agent", login=who.login)
    if not own.active:
        raise DeskError("team.error.agent_disabled", login=own.login)
    if requested is None or requested == own.login:
        return own
    if own.role == "supervisor" or who.is_admin:
        return _named(session, requested)
    raise DeskError("team.error.not_your_agent", login=who.login, requested=requested)
