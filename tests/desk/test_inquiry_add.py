"""`csdesk inquiry add` writes with Core what the table classes write for the same message."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from csdesk.desk.context import DESK_TZ, Desk
from csdesk.desk.customers import create_customer
from csdesk.desk.errors import NotFoundError
from csdesk.desk.inquiries import create_inquiry, inquiry_detail
from csdesk.desk.inquiry_add import add_from_text
from csdesk.desk.inquiry_columns import desk_day
from csdesk.desk.intake import parse_message
from csdesk.rules.inquiry_fields import fields_to_json
from csdesk.rules.intake import CheckResult
from csdesk.store.core_tables import customer, inquiry_container, inquiry_row
from tests.unit.intake_corpus import CORPUS

NOW = dt.datetime(2026, 11, 30, 10, 0, tzinfo=DESK_TZ)
# Every kind of message the parser reads: FCL, LCL, reefer, DG, break bulk, corrections, noise.
MESSAGES = [text for text, _ in CORPUS] + ["", "你好", "[/] [bold]x 2x40HQ"]
# Written by each path on its own clock or as its own row.
_OWN = ("id", "created_at", "updated_at")


def _orm_add(
    session: Any, customer_id: int, agent_id: int | None, text: str, today: dt.date
) -> tuple[int, CheckResult]:
    """The message through the table classes, as the intake form stores fields, then the
    stored inquiry checked as `inquiry show` does: what `inquiry add` did before Core."""
    parsed = parse_message(session, text, desk_day(NOW))
    document = fields_to_json(parsed.values(with_unresolved=True))
    pending = [*parsed.fields, *parsed.unresolved]
    inquiry = create_inquiry(session, customer_id, agent_id, NOW, document, text, "wechat", pending)
    assert inquiry.id is not None
    return inquiry.id, inquiry_detail(session, inquiry.id, today).check


def _stored(desk: Desk, inquiry_id: int) -> tuple[dict[str, Any], list[tuple[Any, ...]]]:
    lines = inquiry_container.c
    with desk.engine.connect() as connection:
        row = connection.execute(select(inquiry_row).where(inquiry_row.c.id == inquiry_id)).one()
        boxes = connection.execute(
            select(lines.position, lines.type_code, lines.quantity)
            .where(lines.inquiry_id == inquiry_id)
            .order_by(lines.position)
        ).all()
    columns = {name: value for name, value in row._mapping.items() if name not in _OWN}
    return columns, [tuple(box) for box in boxes]


def test_every_message_is_stored_and_checked_as_the_table_classes_do(desk: Desk) -> None:
    agent_id = desk.agent.id if desk.agent else None
    later = NOW.date() + dt.timedelta(days=9)  # a check on a later day flags other dates
    days = [NOW.date() if index % 2 else later for index in range(len(MESSAGES))]
    with desk.session() as session:
        customer_id = create_customer(session, {"name": "宁波海天贸易", "kind": "peer"}).id or 0
    with desk.session() as session:
        orm = [
            _orm_add(session, customer_id, agent_id, *case)
            for case in zip(MESSAGES, days, strict=True)
        ]
    with desk.engine.begin() as connection:
        core = [
            add_from_text(connection, customer_id, agent_id, NOW, text, "wechat", today)
            for text, today in zip(MESSAGES, days, strict=True)
        ]
    statuses = set()
    for text, (orm_id, orm_check), added in zip(MESSAGES, orm, core, strict=True):
        assert _stored(desk, added.id) == _stored(desk, orm_id), text
        assert added.check.as_json() == orm_check.as_json(), text
        statuses.add(added.status)
    assert statuses == {"open", "incomplete"}


def _last_inquiry_at(desk: Desk, customer_id: int) -> dt.datetime | None:
    with desk.engine.connect() as connection:
        query = select(customer.c.last_inquiry_at).where(customer.c.id == customer_id)
        return connection.execute(query).scalar()


def test_the_customers_last_inquiry_moves_forward_only_and_unknown_customers_are_refused(
    desk: Desk,
) -> None:
    with desk.session() as session:
        customer_id = create_customer(session, {"name": "补录询价公司"}).id or 0
    with desk.engine.begin() as connection:
        add_from_text(connection, customer_id, None, NOW, "宁波到拉各斯 2x40HQ 家具")
        earlier = NOW - dt.timedelta(days=3)
        add_from_text(connection, customer_id, None, earlier, "宁波到拉各斯 1x20GP 家具")
    assert _last_inquiry_at(desk, customer_id) == NOW
    with desk.engine.begin() as connection, pytest.raises(NotFoundError):
        add_from_text(connection, 999_999, None, NOW, "宁波到拉各斯 2x40HQ 家具")
