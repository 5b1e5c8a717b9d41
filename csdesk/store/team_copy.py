"""`db copy SRC DST`: a whole desk from one store to another (SQLite <-> PostgreSQL), checked.

Both stores are at this csdesk's schema version; the destination is empty. Rows go table by
table in foreign-key order, in pages, in one transaction on the destination; then each table's
row count and a checksum of its rows (normalised so both engines agree) are compared before
the destination commits, so a failed check leaves the destination as empty as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, Integer, Table, func, select, text

from csdesk.desk.errors import DeskError
from csdesk.models import metadata
from csdesk.store import migrate
from csdesk.store.engine import describe

PAGE_ROWS = 1000


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    checksum: str


def _normalise(value: Any) -> str:
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return aware.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float | Decimal):
        return repr(float(value))
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return str(value)


def _ordered(table: Table) -> Any:
    keys = list(table.primary_key.columns) or list(table.columns)
    return select(table).order_by(*keys)


def _pages(connection: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    result = connection.execution_options(stream_results=True).execute(_ordered(table))
    while rows := result.mappings().fetchmany(PAGE_ROWS):
        yield [dict(row) for row in rows]


def table_checks(connection: Connection) -> list[TableCheck]:
    checks = []
    for table in metadata.sorted_tables:
        digest = hashlib.sha256()
        rows = 0
        for page in _pages(connection, table):
            for row in page:
                line = "\x1f".join(_normalise(row[column.name]) for column in table.columns)
                digest.update(line.encode() + b"\x1e")
                rows += 1
        checks.append(TableCheck(table.name, rows, digest.hexdigest()[:16]))
    return checks


def require_current(engine: Engine, url: str) -> None:
    migrate.check_not_newer(engine)
    if migrate.needs_upgrade(engine):
        raise DeskError("team.error.copy_not_current", db=describe(url))


def _require_empty(connection: Connection, url: str) -> None:
    for table in metadata.sorted_tables:
        if connection.execute(select(func.count()).select_from(table)).scalar_one():
            raise DeskError("team.error.copy_not_empty", db=describe(url), table=table.name)


def _reset_sequences(connection: Connection) -> None:
    """PostgreSQL's id sequences continue after the copied ids, not from 1."""
    for table in metadata.sorted_tables:
        for column in table.primary_key.columns:
            if not isinstance(column.type, Integer):
                continue
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'),"
                    f" coalesce((SELECT max({column.name}) FROM {table.name}), 0) + 1, false)"
                )
            )


def copy_store(
    source: Engine,
    source_url: str,
    dest: Engine,
    dest_url: str,
    progress: Callable[[str, int], None] | None = None,
    then: Callable[[Connection], object] | None = None,
) -> list[TableCheck]:
    """Copy every table; raise if any count or checksum differs. Returns the checks.

    `then` runs in the destination's transaction after the checks (the logins of a team
    store): if it fails, nothing was copied either."""
    require_current(source, source_url)
    migrate.upgrade(dest)
    with source.connect() as reader, dest.begin() as writer:
        _require_empty(writer, dest_url)
        for table in metadata.sorted_tables:
            copied = 0
            for page in _pages(reader, table):
                writer.execute(table.insert(), page)
                copied += len(page)
            if progress is not None:
                progress(table.name, copied)
        if dest.dialect.name == "postgresql":
            _reset_sequences(writer)
        # Checked inside the destination's transaction: a mismatch leaves nothing behind.
        found = table_checks(writer)
        for want, got in zip(table_checks(reader), found, strict=True):
            if want != got:
                raise DeskError(
                    "team.error.copy_mismatch", table=want.table, rows=want.rows, found=got.rows
                )
        if then is not None:
            # The checks streamed (server-side cursors), which DDL such as CREATE ROLE refuses.
            then(writer.execution_options(stream_results=False))
    return found
