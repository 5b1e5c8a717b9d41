"""One fresh PostgreSQL database per test, cloned from a template that has the schema and data.

Building the schema (migrations, reference data) once and cloning it makes a fresh desk on
PostgreSQL about as cheap as a new SQLite file.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

TEMPLATE = "csdesk_test_template"


@dataclass
class PgDatabases:
    admin_url: str
    _counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _admin: Engine | None = None

    def _engine(self) -> Engine:
        if self._admin is None:
            self._admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        return self._admin

    def url_of(self, database: str) -> str:
        return make_url(self.admin_url).set(database=database).render_as_string(False)

    def build_template(self) -> None:
        from csdesk.desk.context import open_desk

        with self._engine().connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)"))
            connection.execute(text(f"CREATE DATABASE {TEMPLATE}"))
        desk = open_desk(self.url_of(TEMPLATE))
        desk.engine.dispose()

    def create(self) -> str:
        name = f"csdesk_test_{next(self._counter)}"
        with self._engine().connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            connection.execute(
                text(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} STRATEGY FILE_COPY")
            )
        return self.url_of(name)

    def create_empty(self) -> str:
        """A database with nothing in it (for restores and init-team from scratch)."""
        name = f"csdesk_test_{next(self._counter)}"
        with self._engine().connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name}"))
        return self.url_of(name)

    def drop(self, url: str) -> None:
        """Drop the database and the roles its desk made (roles belong to the whole cluster)."""
        from csdesk.store.postgres import desk_role_names

        name = make_url(url).database or ""
        with self._engine().connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            for role in desk_role_names(connection, name):
                connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))

    def close(self) -> None:
        if self._admin is not None:
            with self._admin.connect() as connection:
                connection.execute(text(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)"))
            self._admin.dispose()
