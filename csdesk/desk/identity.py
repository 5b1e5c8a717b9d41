"""Who is working: on PostgreSQL the database login, on SQLite the agent the user names.

On a PostgreSQL team store `current_user` is the agent (an Agent row with that login).
`--agent` may name someone else only for a supervisor, or for the database's owner or a
superuser, who can change any row with plain SQL anyway. A SQLite file belongs to whoever can
open it, so there the named agent is taken as given and audit rows add the OS user.
"""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Connection, Date, Integer, String, column, select, table

from csdesk.desk.errors import DeskError, NotFoundError

if TYPE_CHECKING:
    from sqlmodel import Session

    from csdesk.desk.context import AgentInfo

# The agent table read with Core: opening a desk does not import the ORM (issue 11).
_AGENT = table(
    "agent",
    column("id", Integer),
    column("login", String),
    column("name", String),
    column("role", String),
    column("group", String),
    column("hired_on", Date),
    column("active", Boolean),
)


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def _by_login(connection: Connection, login: str) -> tuple[AgentInfo, bool] | None:
    """The agent with `login` and whether it is active, or None."""
    from csdesk.desk.context import AgentInfo

    c = _AGENT.c
    statement = select(c.id, c.login, c.name, c.role, c.group, c.hired_on, c.active)
    row = connection.execute(statement.where(c.login == login)).first()
    if row is None:
        return None
    return AgentInfo(row.id, row.login, row.name, row.role, row.group, row.hired_on), row.active


def agent_named(connection: Connection, login: str) -> AgentInfo:
    """The agent with `login`, active or not; NotFoundError when there is none."""
    found = _by_login(connection, login)
    if found is None:
        raise NotFoundError("error.not_found.agent", login=login)
    return found[0]


def database_login(session: Session) -> str | None:
    """The PostgreSQL login of this session; None on SQLite."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    from sqlalchemy import text

    return str(session.execute(text("SELECT current_user")).scalar_one())


def working_agent(connection: Connection, requested: str | None) -> AgentInfo | None:
    """The agent this desk acts as, refusing an `--agent` the database login may not use."""
    if connection.dialect.name != "postgresql":
        return agent_named(connection, requested) if requested else None
    from csdesk.store.postgres import connected

    who = connected(connection)
    found = _by_login(connection, who.login)
    if found is None:
        if who.is_admin:
            return agent_named(connection, requested) if requested else None
        raise DeskError("team.error.login_not_agent", login=who.login)
    own, active = found
    if not active:
        raise DeskError("team.error.agent_disabled", login=own.login)
    if requested is None or requested == own.login:
        return own
    if own.role == "supervisor" or who.is_admin:
        return agent_named(connection, requested)
    raise DeskError("team.error.not_your_agent", login=who.login, requested=requested)
