"""Search keys spelled again for customers renamed outside the desk (0022_polish2 notes them in
`customer_respell`). Core only: it runs when a desk opens and when the TUI sees the store change,
and costs one read of an empty table when nothing is noted."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, column, delete, select, table, update

from csdesk.rules.names import name_key, pinyin_keys

_CUSTOMER = table(
    "customer",
    column("id"),
    column("name", String),
    column("name_pinyin", String),
    column("name_initials", String),
    column("name_key", String),
)
_C = _CUSTOMER.c
_NOTED = table("customer_respell", column("customer_id"))
BATCH = 500  # noted customers spelled per transaction


def marked(connection: Any, limit: int = BATCH) -> list[tuple[int, str | None]]:
    """(id, name) of the customers noted as renamed outside the desk (name None: deleted)."""
    statement = (
        select(_NOTED.c.customer_id, _C.name)
        .select_from(_NOTED.outerjoin(_CUSTOMER, _C.id == _NOTED.c.customer_id))
        .order_by(_NOTED.c.customer_id)
        .limit(limit)
    )
    return [(row[0], row[1]) for row in connection.execute(statement)]


def respell(connection: Any, rows: list[tuple[int, str | None]]) -> None:
    """Write each noted customer's keys from its name, and take the note away."""
    for customer_id, name in rows:
        if name is not None:
            full, initials = pinyin_keys(name)
            keys = {"name_pinyin": full[:800], "name_initials": initials[:200]}
            connection.execute(
                update(_CUSTOMER)
                .where(_C.id == customer_id)
                .values(keys | {"name_key": name_key(name)})
            )
        connection.execute(delete(_NOTED).where(_NOTED.c.customer_id == customer_id))


def respell_marked(engine: Any) -> None:
    """Spell every noted customer's keys, a batch per transaction."""
    while True:
        with engine.begin() as connection:
            rows = marked(connection)
            respell(connection, rows)
        if len(rows) < BATCH:
            return
