"""Alembic environment: runs on the connection csdesk.store.migrate hands it."""

from __future__ import annotations

from alembic import context

from csdesk.models import metadata  # every table registered (csdesk.models.load_all)

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through csdesk (csdesk db upgrade)")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
