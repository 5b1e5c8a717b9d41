"""The terminal desk's start on a SQLite store, read with the sqlite3 module (issue 11).

Importing SQLAlchemy costs a start about 90 ms, and it stood between the first frame and the
call list. A store that is current (at this csdesk's schema head, its reference data loaded, no
import half-done) opens here without it, and the Calls screen reads its list and cards with the
same SQL over the same indexed columns as desk.calls, desk.money.due and desk.call_card, built
into the list by the same code (desk.call_plan, desk.money.due_plan). Tests keep both paths
equal row for row. Anything else (a store to create, upgrade or tidy, an unknown agent, money
tasks to raise, PostgreSQL) takes the SQLAlchemy path, which says what is wrong as it always did.
The desk's engine is made on first use (a write, another screen): handle.Desk.engine.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from csdesk.desk.call_plan import ROW_COLUMNS, CallList, CallReads, Window, plan_call_list
from csdesk.desk.errors import DeskError
from csdesk.desk.handle import AgentInfo, Desk
from csdesk.desk.money.due_plan import (
    ALL_CURRENCIES,
    CHASE_KINDS,
    LEVELS_KEY,
    ChaseReads,
    Key,
    levels_from,
    plan_chase,
)
from csdesk.rules.cadence import Attempt, OpenTask, day_bounds
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.money_chase import TASK_KINDS
from csdesk.rules.zone import DESK_TZ
from csdesk.store.clock import now_in
from csdesk.store.sqlite_plain import (
    Shape,
    as_is,
    bind_day,
    bind_time,
    connect,
    day,
    marks,
    moment,
    plain_path,
    utc,
)

# desk.opening's keys, repeated: that module imports SQLAlchemy (a test keeps them equal).
IMPORT_PENDING_PREFIX = "import.pending."
REFERENCE_MARKER_KEY = "reference_marker"
DEMO_RECORD_KEY = "demo"
CLAIM_TTL = dt.timedelta(minutes=3)  # desk.claims.CLAIM_TTL


def open_sqlite_desk(
    db: str | Path,
    agent_login: str | None = None,
    today: dt.date | None = None,
    data_dir: Path | None = None,
) -> Desk | None:
    """The desk on a current SQLite file, as context.open_desk opens it; None when this cannot
    tell it is the plain case (context.open_desk then opens it, or says why it cannot)."""
    from csdesk.config import REPO_DATA_DIR
    from csdesk.rules.refcsv import fingerprint
    from csdesk.store.sqlite_file import prepare_sqlite_path

    url = _sqlite_url(db)
    path = None if url is None else plain_path(url)
    if url is None or path is None or not path.is_file():
        return None
    try:
        read_only = prepare_sqlite_path(path)
        with closing(connect(path)) as connection:
            if not _current(connection, fingerprint(data_dir or REPO_DATA_DIR), read_only):
                return None
            calendar = _calendar(connection)
            agent = _agent(connection, agent_login) if agent_login else None
            demo = _demo_day(connection)
    except (DeskError, sqlite3.Error, ValueError, KeyError):
        return None
    if agent_login and agent is None:
        return None
    on_demo = demo is not None and today in (None, demo)
    return Desk(
        _engine=None,
        url=url,
        agent=agent,
        opened_on=(demo if on_demo else today) or now_in(DESK_TZ).date(),
        calendar=calendar,
        today_fixed=today is not None or on_demo,
        demo_clock=on_demo,
        sqlite_path=path,
    )


def _sqlite_url(db: str | Path) -> str | None:
    """store.engine.database_url's URL of a file path or a sqlite:/// URL; None otherwise."""
    text = str(db)
    if not text.strip():
        return None
    if "://" in text:
        return text if text.startswith("sqlite:///") else None
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _setting(connection: sqlite3.Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM desksetting WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _current(connection: sqlite3.Connection, reference: str, read_only: bool) -> bool:
    """At the schema head, reference data as data/ has it, no import left half-done."""
    from csdesk.store.migrate import HEAD_REVISION

    stored = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if [row[0] for row in stored] != [HEAD_REVISION]:
        return False
    if _setting(connection, REFERENCE_MARKER_KEY) != reference:
        return False
    pending = connection.execute(
        "SELECT key FROM desksetting WHERE key >= ? AND key < ? LIMIT 1",
        (IMPORT_PENDING_PREFIX, IMPORT_PENDING_PREFIX + "~"),
    ).fetchone()
    return read_only or pending is None


def _calendar(connection: sqlite3.Connection) -> WorkCalendar:
    """As desk.opening.read_calendar."""
    days = [
        (dt.date.fromisoformat(stored), workday, name)
        for stored, workday, name in connection.execute(
            "SELECT day, workday, name FROM calendarday"
        )
    ]
    return WorkCalendar(
        overrides={stored: bool(workday) for stored, workday, _name in days},
        names={stored: name for stored, _workday, name in days},
    )


def _agent(connection: sqlite3.Connection, login: str) -> AgentInfo | None:
    """As desk.identity.agent_named on SQLite; None when there is no such agent."""
    row = connection.execute(
        'SELECT id, login, name, role, "group", hired_on FROM agent WHERE login = ?', (login,)
    ).fetchone()
    if row is None:
        return None
    return AgentInfo(row[0], row[1], row[2], row[3], row[4], day(row[5]))


def _demo_day(connection: sqlite3.Connection) -> dt.date | None:
    import json

    value = _setting(connection, DEMO_RECORD_KEY)
    return None if value is None else dt.date.fromisoformat(json.loads(value)["today"])


# The call list's reads: desk.calls' statements, as SQLAlchemy compiles them for SQLite.
_TYPED = {"last_contact_at": utc, "last_reached_at": utc, "last_shipped_on": day}
_ROW = Shape("CallCustomer", [(name, _TYPED.get(name, as_is)) for name in ROW_COLUMNS])
_ROW_SELECT = "SELECT " + ", ".join(f"customer.{name}" for name in ROW_COLUMNS) + " FROM customer"


def _attempts(connection: Any, agent_id: int, window: Window) -> dict[int, list[Attempt]]:
    found: dict[int, list[Attempt]] = defaultdict(list)
    rows = connection.execute(
        "SELECT interaction.customer_id, interaction.at, interaction.outcome FROM interaction"
        " WHERE interaction.agent_id = ? AND interaction.at >= ? AND interaction.at < ?",
        (agent_id, bind_time(window.start), bind_time(window.end)),
    )
    for customer_id, at, outcome in rows.fetchall():
        found[customer_id].append(Attempt(moment(at), outcome))
    return found


def _open_tasks(connection: Any, agent_id: int, window: Window) -> dict[int, list[OpenTask]]:
    found: dict[int, list[OpenTask]] = defaultdict(list)
    rows = connection.execute(
        "SELECT task.id, task.customer_id, task.kind, task.due_at, task.created_at FROM task"
        " WHERE task.agent_id = ? AND task.done_at IS NULL AND task.due_at < ?"
        " AND task.customer_id IS NOT NULL",
        (agent_id, bind_time(window.end)),
    )
    for task_id, customer_id, kind, due_at, created_at in rows.fetchall():
        found[customer_id].append(OpenTask(task_id, kind, moment(due_at), moment(created_at)))
    return found


def _hidden(connection: Any, agent_id: int, window: Window) -> dict[int, dt.datetime]:
    rows = connection.execute(
        "SELECT callmark.customer_id, max(callmark.until) AS max_1 FROM callmark"
        " WHERE callmark.agent_id = ? AND callmark.until > ? GROUP BY callmark.customer_id",
        (agent_id, bind_time(window.start)),
    )
    return {customer_id: moment(until) for customer_id, until in rows.fetchall()}


def _rows_by_id(connection: Any, ids: Iterable[int], agent_id: int | None) -> list[Any]:
    wanted = sorted(set(ids))
    if not wanted:
        return []
    sql = f"{_ROW_SELECT} WHERE customer.id IN ({marks(wanted)})"
    if agent_id is None:
        return _ROW.all(connection, sql, wanted)
    return _ROW.all(connection, sql + " AND customer.owner_id = ?", [*wanted, agent_id])


def _owned(
    connection: Any,
    agent_id: int,
    tiers: Sequence[str],
    limit: int,
    reached_before: dt.datetime,
    reached_from: dt.datetime | None,
    shipped_by: dt.date | None,
) -> list[Any]:
    """desk.calls._owned: the agent's customers of `tiers`, least recently reached first."""
    sql = f"{_ROW_SELECT} WHERE customer.owner_id = ? AND customer.tier IN ({marks(tiers)})"
    params: list[Any] = [agent_id, *tiers]
    if reached_from is None:
        sql += " AND (customer.last_reached_at IS NULL OR customer.last_reached_at < ?)"
        params.append(bind_time(reached_before))
    else:
        sql += " AND customer.last_reached_at >= ? AND customer.last_reached_at < ?"
        params += [bind_time(reached_from), bind_time(reached_before)]
    if shipped_by is not None:
        sql += " AND customer.last_shipped_on <= ?"
        params.append(bind_day(shipped_by))
    sql += " ORDER BY customer.last_reached_at ASC NULLS FIRST, customer.id LIMIT ? OFFSET ?"
    return _ROW.all(connection, sql, [*params, limit, 0])


def _claimed_by_others(
    connection: Any, customer_ids: Iterable[int], agent_id: int, now: dt.datetime
) -> list[int]:
    """desk.claims.claimed_by_others: the ids another agent is on a call with."""
    ids = sorted(set(customer_ids))
    if not ids:
        return []
    rows = connection.execute(
        "SELECT call_claim.customer_id FROM call_claim JOIN agent"
        " ON agent.id = call_claim.agent_id"
        f" WHERE call_claim.customer_id IN ({marks(ids)}) AND call_claim.agent_id != ?"
        " AND call_claim.heartbeat_at > ?",
        [*ids, agent_id, bind_time(now - CLAIM_TTL)],
    )
    return list(dict.fromkeys(row[0] for row in rows.fetchall()))


def _inquiry_counts(connection: Any, ids: Sequence[int], since: dt.datetime) -> dict[int, int]:
    if not ids:
        return {}
    rows = connection.execute(
        "SELECT interaction.customer_id, count(*) AS count_1 FROM interaction"
        f" WHERE interaction.customer_id IN ({marks(ids)}) AND interaction.at >= ?"
        " AND interaction.outcome = ? GROUP BY interaction.customer_id",
        [*ids, bind_time(since), "inquiry"],
    )
    return {customer_id: int(count) for customer_id, count in rows.fetchall()}


SQLITE_READS = CallReads(
    attempts=_attempts,
    open_tasks=_open_tasks,
    hidden=_hidden,
    rows_by_id=_rows_by_id,
    owned=_owned,
    claimed_by_others=_claimed_by_others,
    inquiry_counts=_inquiry_counts,
)


# The money sweeps' question (desk.money.due.money_tasks_due), with the same statements.
def _customers_owing(connection: Any, agent_id: int | None) -> list[tuple[int, int | None]]:
    sql = (
        "SELECT customeraccount.customer_id, customeraccount.owner_key FROM customeraccount"
        " WHERE customeraccount.currency = ? AND customeraccount.oldest_due_on IS NOT NULL"
    )
    params: list[Any] = [ALL_CURRENCIES]
    if agent_id is not None:
        sql += " AND customeraccount.owner_key = ?"
        params.append(agent_id)
    return [(row[0], row[1] or None) for row in connection.execute(sql, params).fetchall()]


_INVOICE = Shape("OpenInvoice", [("id", as_is), ("customer_id", as_is), ("agent_id", as_is),
                                 ("due_on", day), ("terms", as_is), ("number", as_is)])  # fmt: skip


def _open_invoices(connection: Any, customer_ids: list[int]) -> list[Any]:
    sql = (
        "SELECT invoice.id, invoice.customer_id, invoice.agent_id, invoice.due_on,"
        " invoice.terms, invoice.number FROM invoice"
        f" WHERE invoice.customer_id IN ({marks(customer_ids)}) AND invoice.status = ?"
        " ORDER BY invoice.due_on, invoice.id"
    )
    return _INVOICE.all(connection, sql, [*customer_ids, "open"])


def _existing_keys(connection: Any, customer_ids: list[int], start: dt.datetime) -> set[Key]:
    sql = (
        "SELECT task.kind, task.source_id, task.note FROM task"
        f" WHERE task.customer_id IN ({marks(customer_ids)}) AND task.source_table = ?"
        f" AND task.kind IN ({marks(CHASE_KINDS)}) AND (task.kind != ? OR task.due_at >= ?)"
    )
    params = [*customer_ids, "invoice", *CHASE_KINDS, TASK_KINDS["chase"], bind_time(start)]
    return {
        (kind, source, (note or "").split(" ")[0])
        for kind, source, note in connection.execute(sql, params).fetchall()
    }


SQLITE_CHASE_READS = ChaseReads(_customers_owing, _open_invoices, _existing_keys)
_REFUND_DUE = (
    "SELECT deposit.id FROM deposit WHERE deposit.refunded_on IS NULL"
    " AND deposit.refund_task_id IS NULL AND (EXISTS (SELECT * FROM invoice"
    " WHERE invoice.shipment_id = deposit.shipment_id AND invoice.status != ?))"
    " AND NOT (EXISTS (SELECT * FROM invoice WHERE invoice.shipment_id = deposit.shipment_id"
    " AND invoice.status != ? AND invoice.open_minor != ?)) LIMIT ? OFFSET ?"
)
_REBATE_DUE = (
    "SELECT rebate.id FROM rebate WHERE rebate.status = ? AND rebate.due_on <= ?"
    " AND rebate.task_id IS NULL LIMIT ? OFFSET ?"
)


def money_tasks_due(
    connection: Any, calendar: WorkCalendar, today: dt.date, now: dt.datetime, agent_id: int
) -> bool:
    """desk.money.due.money_tasks_due, read with sqlite3."""
    levels = levels_from(_setting(connection, LEVELS_KEY))
    start, _ = day_bounds(today, now.tzinfo or dt.UTC)
    planned, _owing = plan_chase(
        SQLITE_CHASE_READS, connection, calendar, today, start, agent_id, levels, first_only=True
    )
    if planned:
        return True
    refund = connection.execute(_REFUND_DUE, ("replaced", "replaced", 0, 1, 0)).fetchone()
    rebate = connection.execute(_REBATE_DUE, ("approved", bind_day(today), 1, 0)).fetchone()
    return refund is not None or rebate is not None


def read_call_list(desk: Desk, agent_id: int) -> CallList:
    """The agent's list for the desk's day, as desk.calls.read_call_list reads it: with sqlite3
    on a desk opened here, unless money tasks are due (the sweeps write, with the ORM)."""
    if desk.sqlite_path is not None:
        with closing(connect(desk.sqlite_path)) as connection:
            now = desk.now()  # one instant: the day and the time of the list agree at midnight
            if not money_tasks_due(connection, desk.calendar, now.date(), now, agent_id):
                return plan_call_list(
                    SQLITE_READS, connection, desk.calendar, agent_id, now.date(), now,
                    viewer=desk.agent,
                )  # fmt: skip
    from csdesk.desk import calls

    return calls.read_call_list(desk, agent_id)
