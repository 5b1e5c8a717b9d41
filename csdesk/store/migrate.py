"""Schema versions: upgrade an older database on start, refuse one newer than this csdesk."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from csdesk.desk.errors import DeskError
from csdesk.store.backup import backup_before_upgrade

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def code_heads() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


def database_heads(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(MigrationContext.configure(connection).get_current_heads())


def check_not_newer(engine: Engine) -> None:
    unknown = database_heads(engine) - known_revisions()
    if unknown:
        raise DeskError("error.db_newer", revision=", ".join(sorted(unknown)))


def needs_upgrade(engine: Engine) -> bool:
    return database_heads(engine) != code_heads()


def upgrade(engine: Engine) -> bool:
    """Bring the schema to this csdesk's version; returns whether anything was applied."""
    check_not_newer(engine)
    if not needs_upgrade(engine):
        return False
    backup_before_upgrade(engine, database_heads(engine))
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
    return True


def revision(message: str, engine: Engine) -> None:
    """Developers: autogenerate a migration against a database at the current head."""
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.revision(config, message=message, autogenerate=True)
