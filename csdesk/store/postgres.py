"""A PostgreSQL team store: the desk's database roles, their privileges, who is connected.

Every agent logs in as their own database role. Two group roles per database carry the
privileges: `<db>_desk_agent` (read and write the desk's tables, append to the audit log) and
`<db>_desk_supervisor` (may also add and disable logins, through two SECURITY DEFINER functions
that only ever touch roles of this desk). Nobody but the owner changes the schema.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import URL, make_url

from csdesk.desk.errors import DeskError

# Tables the desk only appends to or reads: nobody edits the history or the schema version.
APPEND_ONLY_TABLES = ("audit_entry",)
READ_ONLY_TABLES = ("alembic_version",)
PASSWORD_BYTES = 12


def is_postgres(url: str) -> bool:
    """A PostgreSQL URL; anything that is no URL at all is not one (db init-team says so in
    one line rather than failing on the parse)."""
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).get_backend_name() == "postgresql"
    except ArgumentError:
        return False


def generate_password() -> str:
    return secrets.token_urlsafe(PASSWORD_BYTES)


@dataclass(frozen=True)
class DeskRoles:
    agent: str
    supervisor: str

    @classmethod
    def of(cls, database: str) -> DeskRoles:
        stem = "".join(ch if ch.isalnum() else "_" for ch in database.lower())[:40]
        return cls(f"{stem}_desk_agent", f"{stem}_desk_supervisor")

    @property
    def comment(self) -> str:
        """Set on every login of this desk, so an administrator can tell whose they are."""
        return f"csdesk login ({self.agent})"


@dataclass(frozen=True)
class Connected:
    """Who the connection is: the database login and whether it administers the database."""

    login: str
    database: str
    is_admin: bool
    roles: DeskRoles


def connected(connection: Connection) -> Connected:
    row = connection.execute(
        text(
            "SELECT current_user, current_database(),"
            " (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"
            " OR pg_has_role(current_user, (SELECT datdba FROM pg_database"
            "   WHERE datname = current_database()), 'MEMBER')"
        )
    ).one()
    return Connected(str(row[0]), str(row[1]), bool(row[2]), DeskRoles.of(str(row[1])))


def _role_exists(connection: Connection, role: str) -> bool:
    found = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
    return found.first() is not None


def _q(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def is_team_store(connection: Connection) -> bool:
    """Whether `init-team` prepared this database (its desk roles exist)."""
    database = str(connection.execute(text("SELECT current_database()")).scalar_one())
    return _role_exists(connection, DeskRoles.of(database).agent)


def prepare_roles(connection: Connection, database: str) -> DeskRoles:
    """Create the group roles and grant them the desk's privileges (idempotent; owner only)."""
    roles = DeskRoles.of(database)
    agent, supervisor = _q(connection, roles.agent), _q(connection, roles.supervisor)
    for role in (roles.agent, roles.supervisor):
        if not _role_exists(connection, role):
            connection.execute(text(f"CREATE ROLE {_q(connection, role)} NOLOGIN"))
            connection.execute(text(f"COMMENT ON ROLE {_q(connection, role)} IS '{roles.comment}'"))
    db = _q(connection, database)
    for statement in (
        f"GRANT {agent} TO {supervisor}",
        f"REVOKE ALL ON DATABASE {db} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {agent}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {agent}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {agent}",
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {agent}",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public"
        f" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {agent}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {agent}",
    ):
        connection.execute(text(statement))
    existing = {
        row[0]
        for row in connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        )
    }
    for table in APPEND_ONLY_TABLES:
        if table in existing:
            connection.execute(text(f"REVOKE UPDATE, DELETE ON {table} FROM {agent}"))
    for table in READ_ONLY_TABLES:
        if table in existing:
            connection.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON {table} FROM {agent}"))
    _create_login_functions(connection, roles)
    from csdesk.store.team_watch import install_change_triggers

    install_change_triggers(connection)  # tables added since 0011 notify too
    return roles


def _create_login_functions(connection: Connection, roles: DeskRoles) -> None:
    """Supervisors add and disable logins only through these: roles of this desk, no others."""
    agent, supervisor = roles.agent, roles.supervisor
    guard = (
        "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login AND rolsuper) THEN"
        "  RAISE EXCEPTION 'csdesk: % is a superuser', login; END IF;"
    )
    connection.execute(
        text(
            "CREATE OR REPLACE FUNCTION csdesk_add_login(login text, secret text, chief boolean)"
            " RETURNS void LANGUAGE plpgsql SECURITY DEFINER"
            " SET search_path = pg_catalog, pg_temp AS $fn$ BEGIN " + guard + " IF EXISTS"
            " (SELECT 1 FROM pg_roles WHERE rolname = login) THEN"
            f"  IF NOT pg_has_role(login, '{agent}', 'MEMBER') THEN"
            "    RAISE EXCEPTION 'csdesk: role % exists and is not a desk login', login; END IF;"
            "  EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, secret);"
            " ELSE EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, secret); END IF;"
            f" EXECUTE format('GRANT %I TO %I', '{agent}', login);"
            f" EXECUTE format('COMMENT ON ROLE %I IS %L', login, '{roles.comment}');"
            f" IF chief THEN EXECUTE format('GRANT %I TO %I', '{supervisor}', login); END IF;"
            " END $fn$"
        )
    )
    connection.execute(
        text(
            "CREATE OR REPLACE FUNCTION csdesk_disable_login(login text)"
            " RETURNS void LANGUAGE plpgsql SECURITY DEFINER"
            " SET search_path = pg_catalog, pg_temp AS $fn$ BEGIN " + guard + ""
            f" IF NOT pg_has_role(login, '{agent}', 'MEMBER') THEN"
            "  RAISE EXCEPTION 'csdesk: % is not a desk login', login; END IF;"
            " EXECUTE format('ALTER ROLE %I NOLOGIN', login);"
            f" EXECUTE format('REVOKE %I FROM %I', '{supervisor}', login);"
            f" EXECUTE format('REVOKE %I FROM %I', '{agent}', login);"
            " END $fn$"
        )
    )
    for function in ("csdesk_add_login(text, text, boolean)", "csdesk_disable_login(text)"):
        connection.execute(text(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC"))
        connection.execute(
            text(f"GRANT EXECUTE ON FUNCTION {function} TO {_q(connection, supervisor)}")
        )


def add_login(connection: Connection, login: str, password: str, supervisor: bool) -> None:
    connection.execute(
        text("SELECT csdesk_add_login(:login, :secret, :chief)"),
        {"login": login, "secret": password, "chief": supervisor},
    )


def disable_login(connection: Connection, login: str) -> None:
    connection.execute(text("SELECT csdesk_disable_login(:login)"), {"login": login})


def desk_role_names(connection: Connection, database: str) -> list[str]:
    """Every role this desk made (its groups and logins, disabled ones too)."""
    rows = connection.execute(
        text(
            "SELECT rolname FROM pg_roles WHERE shobj_description(oid, 'pg_authid') = :c"
            " ORDER BY rolname"
        ),
        {"c": DeskRoles.of(database).comment},
    )
    return [str(row[0]) for row in rows]


def require_upgrade_rights(engine: Engine) -> None:
    """Only the database's owner changes the schema: anyone else is told who may, and how.

    Without this an agent opening a store that needs an upgrade would meet the server's
    "must be owner of table ..." half-way through a migration."""
    if engine.dialect.name != "postgresql":
        return
    with engine.connect() as connection:
        if connected(connection).is_admin:
            return
        owner = str(
            connection.execute(
                text(
                    "SELECT pg_get_userbyid(datdba) FROM pg_database"
                    " WHERE datname = current_database()"
                )
            ).scalar_one()
        )
    url = engine.url
    owners_url = URL.create(url.drivername, owner, None, url.host, url.port, url.database)
    command = f"csdesk --db {owners_url.render_as_string()} db upgrade"
    from csdesk.store.engine import describe

    db = describe(engine.url.render_as_string(hide_password=True))
    raise DeskError("team.error.upgrade_needs_owner", db=db, owner=owner, command=command)


def require_team_store(url: str) -> None:
    if not is_postgres(url):
        raise DeskError("team.error.needs_postgres")
