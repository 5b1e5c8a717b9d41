"""Noticing that someone else changed the store, cheaply, so open lists can follow it.

PostgreSQL: statement-level triggers send NOTIFY on the `csdesk_changes` channel and a watcher
connection LISTENs. SQLite: `PRAGMA data_version` on a connection of the watcher's own changes
whenever another connection commits; reading it costs no I/O beyond the WAL index.
"""

from __future__ import annotations

import sqlite3
import time
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlalchemy import Connection

# SQLAlchemy is imported only for PostgreSQL: a SQLite desk opened without it (desk.calls_sqlite)
# watches its file from the start.

CHANNEL = "csdesk_changes"
# Tables whose changes another agent's open screen shows; reference data and drafts are not.
QUIET_TABLES = ("alembic_version", "inquiry_draft", "audit_entry")
# A claim's heartbeat is an UPDATE every minute or so per call: only its start and end matter.
EVENTS = {"call_claim": "INSERT OR DELETE"}


class StoreWatcher(Protocol):
    def wait(self, timeout: float) -> bool:
        """Block up to `timeout` seconds; True if the store changed since the last call."""

    def close(self) -> None: ...


class SqliteWatcher:
    def __init__(self, path: str, poll_seconds: float = 0.25) -> None:
        self._connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10,
                                           check_same_thread=False)  # fmt: skip
        self._poll = poll_seconds
        self._seen = self._version()

    def _version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            current = self._version()
            if current != self._seen:
                self._seen = current
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(min(self._poll, max(0.0, deadline - time.monotonic())))

    def close(self) -> None:
        self._connection.close()


class PostgresWatcher:
    def __init__(self, url: str) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        # Only what the URL names: an empty password or user given to libpq would hide
        # PGPASSWORD, PGUSER and ~/.pgpass, which the desk's own engine reads (README).
        parsed = make_url(url)
        names = parsed.translate_connect_args(username="user", database="dbname")
        options = {key: str(value) for key, value in names.items() if value not in (None, "")}
        options.update({key: str(value) for key, value in parsed.query.items()})
        conninfo = psycopg.conninfo.make_conninfo(**options)
        self._connection: Any = psycopg.connect(conninfo, autocommit=True)
        self._connection.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> bool:
        changed = False
        for _notice in self._connection.notifies(timeout=timeout, stop_after=1):
            changed = True
        if changed:  # drain the burst one save makes, so it counts once
            for _notice in self._connection.notifies(timeout=0.05):
                pass
        return changed

    def close(self) -> None:
        self._connection.close()


def watch(url: str) -> StoreWatcher:
    plain = url.removeprefix("sqlite:///")
    if plain != url and "?" not in plain:  # a file's URL as store.engine.database_url makes it
        return SqliteWatcher(plain)
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        return PostgresWatcher(url)
    return SqliteWatcher(parsed.database or "")


def install_change_triggers(connection: Connection) -> None:
    """PostgreSQL: every desk table notifies `csdesk_changes` after each changing statement."""
    from sqlalchemy import text

    connection.execute(
        text(
            "CREATE OR REPLACE FUNCTION csdesk_notify_change() RETURNS trigger"
            " LANGUAGE plpgsql AS $fn$ BEGIN"
            f" PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $fn$"
        )
    )
    tables = connection.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    ).scalars()
    for table in [name for name in tables if name not in QUIET_TABLES]:
        connection.execute(
            text(
                "CREATE OR REPLACE TRIGGER csdesk_notify AFTER"
                f" {EVENTS.get(table, 'INSERT OR UPDATE OR DELETE')}"
                f' ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION csdesk_notify_change()'
            )
        )
