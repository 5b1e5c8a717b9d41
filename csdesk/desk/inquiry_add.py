"""Storing a pasted message as an inquiry with SQLAlchemy Core (`csdesk inquiry add`).

The message is read, its fields checked and stored awaiting the agent's confirmation, exactly
as the table classes would store them (csdesk.desk.inquiries.create_inquiry, which the intake
form uses; tests/desk/test_inquiry_add.py compares the rows the two write), without importing
the ORM: the table classes cost a command about a third of its start (issue 11).
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert, select, update

from csdesk.desk.customer_ref import moved_forward
from csdesk.desk.errors import NotFoundError
from csdesk.desk.inquiry_columns import (
    desk_day,
    general_cargo,
    inquiry_columns,
    read_fields,
    status_after_check,
    stored_fields,
)
from csdesk.desk.intake import check_values, parse_message
from csdesk.rules import pattern_store
from csdesk.rules.inquiry_fields import (
    ContainerLine,
    InquiryFields,
    fields_to_json,
)
from csdesk.rules.intake import CheckResult
from csdesk.rules.message_parser import ParseResult
from csdesk.rules.records import FrozenRecord
from csdesk.rules.sla import due_at
from csdesk.store.coltypes import utcnow
from csdesk.store.core_tables import customer, inquiry_container, inquiry_row


class AddedInquiry(FrozenRecord):
    id: int
    status: str
    parsed: ParseResult
    # The stored inquiry checked on `today`, as `inquiry show` checks it.
    check: CheckResult
    _fields = ("id", "status", "parsed", "check")

    def __init__(self, id: int, status: str, parsed: ParseResult, check: CheckResult) -> None:
        self._assign(id, status, parsed, check)


def add_from_text(
    db: Any,
    customer_id: int,
    agent_id: int | None,
    received_at: dt.datetime,
    text: str,
    channel: str = "wechat",
    today: dt.date | None = None,
) -> AddedInquiry:
    """A pasted message: the fields read from it are stored awaiting the agent's confirmation.

    `db` is a Connection inside a transaction (or a Session); `today` defaults to the day the
    message was received."""
    asker = asking_customer(db, customer_id)
    received_day = desk_day(received_at)
    with _collector_held():
        parsed = parse_message(db, text, received_day)
    pattern_store.save()  # the patterns this read compiled, made from their programs next run
    values = read_fields(fields_to_json(parsed.values(with_unresolved=True)))
    result = check_values(db, values, received_day, asker)
    pending = [*parsed.fields, *parsed.unresolved]
    columns: dict[str, Any] = {
        "customer_id": customer_id,
        "agent_id": agent_id,
        "received_at": received_at,
        "channel": channel,
        "status": status_after_check("incomplete", result),
        "raw_text": text,
        "sla_due_at": due_at(received_at, general_cargo(result)),
        "first_response_at": None,
        **inquiry_columns(result, pending),
    }
    inquiry_id = _insert_inquiry(db, columns)
    _note_inquiry(db, customer_id, received_at)
    lines = result.fields.containers
    _insert_lines(db, inquiry_id, lines)
    # The fields as stored, read back from what was written (as the ORM's session would).
    stored = stored_fields(SimpleNamespace(**columns), lines)
    day = today or received_day
    if day != received_day or not _same_fields(stored, values):
        result = check_values(db, stored, day, asker)
    return AddedInquiry(inquiry_id, columns["status"], parsed, result)


def _same_fields(stored: InquiryFields, values: InquiryFields) -> bool:
    """The stored fields are the ones just checked, to the type of each value (1000 and 1000.0
    are equal but print differently): checking them again on the same day gives the same result
    (check_inquiry works on a copy and reads nothing the write changed)."""
    return stored == values and repr(stored) == repr(values)


@contextmanager
def _collector_held() -> Iterator[None]:
    """No garbage collection while the first message of a process is read: that read builds
    the parser's tables (its patterns compiled, the port and container finders), tens of
    thousands of objects that all live on, and each collection they set off walks every
    object made since start-up was frozen; a command spends ~20 ms on them for nothing.
    In a process that froze its start-up (the command line: commands.common.open_cli_desk),
    what the read built is frozen too, or the first collection after it walks it all once
    more (~1.5 ms)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count():
            gc.freeze()
        if collecting:
            gc.enable()


def asking_customer(db: Any, customer_id: int) -> Any:
    """What the intake checks know of a customer (kind, vip, name), read with Core."""
    c = customer.c
    row = db.execute(select(c.kind, c.vip, c.name).where(c.id == customer_id)).first()
    if row is None:
        raise NotFoundError("error.not_found.customer", ref=customer_id)
    return row


def _insert_inquiry(db: Any, columns: dict[str, Any]) -> int:
    """The new row, made and changed now, version 1, as the table class makes it."""
    stamped = {"created_at": utcnow(), "updated_at": utcnow(), "version": 1, **columns}
    # The values as parameters of the statement, not bound into it: the same INSERT, compiled
    # without a bind parameter and a cache-key entry made for each of ~40 columns (~0.6 ms).
    statement = insert(inquiry_row).returning(inquiry_row.c.id)
    return int(db.execute(statement, stamped).scalar_one())


def _note_inquiry(db: Any, customer_id: int, at: dt.datetime) -> None:
    """The customer asked: the tier review counts them as active (H87); moved forward only."""
    later = moved_forward(customer.c.last_inquiry_at, at)
    db.execute(update(customer).where(customer.c.id == customer_id).values(last_inquiry_at=later))


def _insert_lines(db: Any, inquiry_id: int, lines: list[ContainerLine]) -> None:
    if lines:
        rows = [
            {
                "inquiry_id": inquiry_id,
                "position": index,
                "type_code": line.type,
                "quantity": line.qty,
            }
            for index, line in enumerate(lines)
        ]
        db.execute(insert(inquiry_container), rows)
