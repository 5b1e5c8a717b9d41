"""Logins for a desk that arrives with its agents: `db copy SRC postgresql://... --create-logins`.

A copied desk has its agents' rows but, on the server, none of their logins, and `agent add`
refuses an agent who already exists. This prepares the desk's roles (as init-team does) and
gives each active agent a login with a generated password, shown once; a disabled agent stays
without one. It runs inside the copy's transaction, as the database's owner: a login that
cannot be made leaves the destination as empty as it was.
"""

from __future__ import annotations

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from csdesk.desk.agents import list_agents
from csdesk.desk.audit import record
from csdesk.desk.errors import DeskError
from csdesk.desk.team import NewLogin
from csdesk.store import postgres


def create_team_logins(connection: Connection) -> list[NewLogin]:
    """Desk roles and a login per active agent; returns each new login with its password."""
    made: list[NewLogin] = []
    session = Session(bind=connection)  # joins the caller's transaction, never commits it
    who = postgres.connected(connection)
    if not who.is_admin:
        raise DeskError("team.error.init_needs_owner", login=who.login)
    postgres.prepare_roles(connection, who.database)
    for agent in list_agents(session):
        if not agent.active:
            continue
        secret = postgres.generate_password()
        try:
            with connection.begin_nested():
                postgres.add_login(connection, agent.login, secret, agent.role == "supervisor")
        except DBAPIError as error:  # a role of that name that is not this desk's
            raise DeskError("team.error.login_taken", login=agent.login) from error
        made.append(NewLogin(agent.id or 0, agent.login, secret))
        record(session, None, "agent.login", agent.login, None, {"role": agent.role})
    session.flush()
    return made
