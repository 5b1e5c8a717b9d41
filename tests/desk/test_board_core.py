"""The board's Core reads: the alert check agrees with the sweep, held B/Ls read their index."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import event

from csdesk.desk.context import Desk
from csdesk.desk.shipments import (
    BoardFilter,
    alerts_due,
    load_board,
    raise_due_alerts,
    record_trouble,
    release_hold,
    send_document,
)
from tests.conftest import ON_PG
from tests.desk.shipment_fixtures import NOW, agent, book, customer

HELD = {"holder": "us", "reason": "account_overdue"}


def test_the_alert_check_is_due_exactly_until_the_sweep_has_raised_a_cut_off(desk: Desk) -> None:
    owner = customer(desk, "宁波华光")
    with desk.session() as session:
        book(session, owner, "COSU31", gate_cutoff=NOW + dt.timedelta(days=5))
    with desk.engine.connect() as connection:
        assert not alerts_due(connection, NOW, desk.today, desk.calendar)
    with desk.session() as session:
        book(session, owner, "COSU32", gate_cutoff=NOW + dt.timedelta(hours=20))
    with desk.engine.connect() as connection:
        assert alerts_due(connection, NOW, desk.today, desk.calendar)
    with desk.session() as session:
        assert raise_due_alerts(session, NOW, desk.today, desk.calendar).cutoffs == 1
    with desk.engine.connect() as connection:
        assert not alerts_due(connection, NOW, desk.today, desk.calendar)


def test_the_alert_check_is_due_when_a_document_is_overdue_and_not_after_the_chase(
    desk: Desk,
) -> None:
    owner = customer(desk, "宁波华光")
    with desk.session() as session:
        shipment = book(session, owner, "COSU33")
        assert shipment.id is not None
        send_document(
            session,
            shipment.id,
            "bl",
            address="宁波市鄞州区",
            address_confirmed=True,
            courier="顺丰",
            tracking_no="SF1234567890",
            sent_on=dt.date(2026, 11, 25),
        )
    monday, tuesday = dt.date(2026, 11, 30), dt.date(2026, 12, 1)
    with desk.engine.connect() as connection:
        assert not alerts_due(connection, NOW, monday, desk.calendar)
        assert alerts_due(connection, NOW, tuesday, desk.calendar)
    with desk.session() as session:
        assert raise_due_alerts(session, NOW, tuesday, desk.calendar).documents == 1
    with desk.engine.connect() as connection:
        assert not alerts_due(connection, NOW, tuesday, desk.calendar)


def _held_board(desk: Desk, statements: list[str] | None = None) -> dict[str, list[str]]:
    def keep(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statements is not None:
            statements.append(statement)

    event.listen(desk.engine, "before_cursor_execute", keep)
    try:
        with desk.engine.connect() as connection:
            columns = load_board(connection, BoardFilter(trouble="bl_held"), today=desk.today)
    finally:
        event.remove(desk.engine, "before_cursor_execute", keep)
    return {c.stage: [card.booking_no for card in c.cards] for c in columns if c.count}


def test_held_b_ls_come_and_go_with_the_hold_in_the_same_transaction(desk: Desk) -> None:
    owner = customer(desk, "宁波华光")
    with desk.session() as session:
        held = book(session, owner, "COSU34", bl_no="COSU34BL")
        book(session, owner, "COSU35")
        assert held.id is not None
        trouble = record_trouble(session, held.id, "bl_held", details=HELD, now=NOW)
    assert _held_board(desk) == {"booked": ["COSU34"]}
    with desk.session() as session:
        assert trouble.id is not None
        release_hold(session, trouble.id, actor=agent(desk, "li"), outcome="客户已付清", now=NOW)
    assert _held_board(desk) == {}


@pytest.mark.skipif(ON_PG, reason="reads SQLite's query plan")
def test_held_b_ls_are_read_from_their_partial_index(desk: Desk) -> None:
    statements: list[str] = []
    _held_board(desk, statements)
    assert statements
    with desk.engine.connect() as connection:
        for statement in statements:
            plan = connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, _placeholders(statement)
            ).all()
            details = " ".join(str(row[-1]) for row in plan)
            assert "ix_shipment_held" in details, statement
            assert "SCAN shipment" not in details.replace("USING INDEX ix_shipment_held", "")


def _placeholders(statement: str) -> tuple[Any, ...]:
    """Values for a statement's `?` marks: the plan depends on its shape, not on them."""
    return ("booked",) * statement.count("?")
