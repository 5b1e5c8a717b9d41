"""Schema versions: upgrade an older database on start, refuse one newer than this csdesk.

Alembic (and mako with it) costs about 150 ms to import, so a store already at this csdesk's
head is recognised by reading `alembic_version` directly; alembic is imported only to upgrade,
to refuse a newer store, or for developers' revisions.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from csdesk.desk.errors import DeskError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

# SQLAlchemy is imported by the functions that use it: desk.calls_sqlite reads HEAD_REVISION
# from here to open a current SQLite store without it.

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration; a test keeps it equal to the head of migrations/versions.
HEAD_REVISION = "0022_polish2"


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def code_heads() -> set[str]:
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


def database_heads(engine: Engine) -> set[str]:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return set(MigrationContext.configure(connection).get_current_heads())


def at_head(engine: Engine) -> bool:
    """Whether the store is exactly at this csdesk's head, read without alembic."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as connection:
            stored = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:  # no alembic_version table yet: a new store
        return False
    return [row[0] for row in stored] == [HEAD_REVISION]


def check_not_newer(engine: Engine) -> None:
    unknown = database_heads(engine) - known_revisions()
    if unknown:
        raise DeskError("error.db_newer", revision=", ".join(sorted(unknown)))


def needs_upgrade(engine: Engine) -> bool:
    return database_heads(engine) != code_heads()


def upgrade(engine: Engine) -> bool:
    """Bring the schema to this csdesk's version; returns whether anything was applied."""
    if at_head(engine):
        return False
    check_not_newer(engine)
    if not needs_upgrade(engine):
        return False
    from alembic import command

    from csdesk.store.backup import backup_before_upgrade
    from csdesk.store.postgres import require_upgrade_rights

    require_upgrade_rights(engine)
    backup_before_upgrade(engine, database_heads(engine))
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
    return True


def revision(message: str, engine: Engine) -> None:
    """Developers: autogenerate a migration against a database at the current head."""
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.revision(config, message=message, autogenerate=True)
