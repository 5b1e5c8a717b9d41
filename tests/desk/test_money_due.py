"""`money_tasks_due` (Core) says there is work exactly when the money sweeps would raise a task."""

from __future__ import annotations

import datetime as dt

from csdesk.desk.context import Desk
from csdesk.desk.money import (
    add_deposit,
    approve_rebate,
    raise_money_tasks,
    request_rebate,
    sweep_rebates,
    sweep_refunds,
)
from csdesk.desk.money.due import money_tasks_due, rebates_due, refunds_due
from csdesk.desk.shipments import move_shipment
from tests.desk.money_fixtures import NOW, agent, customer, pay, sail


def _due(desk: Desk, agent_id: int | None, today: dt.date | None = None) -> bool:
    with desk.engine.connect() as connection:
        return money_tasks_due(connection, desk.calendar, today or desk.today, NOW, agent_id)


def _issued(desk: Desk, cid: int) -> int:
    with desk.session() as session:
        shipment = sail(session, cid, "BK1", [("O/F", 100000, "USD")])
        move_shipment(session, shipment.id or 0, "bl_issued", now=NOW)
        return shipment.id or 0


def test_the_chase_is_due_until_the_sweep_has_raised_todays_tasks(desk: Desk) -> None:
    li, zhao = agent(desk, "li"), agent(desk, "zhao")
    cid = customer(desk, "拖欠客户")
    assert not _due(desk, li.id)
    with desk.session() as session:
        sail(session, cid, "BK1", [("O/F", 100000, "USD")], agent_id=li.id,
             now=NOW - dt.timedelta(days=16))  # fmt: skip
    assert _due(desk, li.id) and _due(desk, None)
    assert not _due(desk, zhao.id)  # not zhao's customer
    with desk.session() as session:
        assert raise_money_tasks(session, desk.calendar, desk.today, NOW, li.id) == 2
    assert not _due(desk, li.id)
    with desk.session() as session:
        assert raise_money_tasks(session, desk.calendar, desk.today, NOW, li.id) == 0
    # The next working day brings a new daily chase.
    assert _due(desk, li.id, desk.today + dt.timedelta(days=1))


def test_a_refund_is_due_once_the_shipment_is_paid_until_its_task_exists(desk: Desk) -> None:
    cid = customer(desk, "宁波华光")
    sid = _issued(desk, cid)
    with desk.session() as session:
        add_deposit(session, sid, 100000, "USD", desk.today, today=desk.today, actor=None)
    with desk.engine.connect() as connection:
        assert not refunds_due(connection)  # the invoice is open
    pay(desk, cid, 100000, "USD", "R1")
    with desk.engine.connect() as connection:
        assert refunds_due(connection)
    with desk.session() as session:
        assert sweep_refunds(session, NOW) == 1
    with desk.engine.connect() as connection:
        assert not refunds_due(connection)


def test_a_rebate_is_due_on_its_day_until_its_task_exists(desk: Desk) -> None:
    cid = customer(desk, "宁波华光")
    sid = _issued(desk, cid)
    pay(desk, cid, 100000, "USD", "R1")
    with desk.session() as session:
        rebate = request_rebate(
            session, sid, 5000, "USD", "张三", today=desk.today, actor=desk.agent
        )
        approve_rebate(session, rebate.id or 0, today=desk.today, calendar=desk.calendar,
                       actor=agent(desk, "lead"))  # fmt: skip
    due_day = dt.date(2026, 12, 3)
    with desk.engine.connect() as connection:
        assert not rebates_due(connection, desk.today)
        assert rebates_due(connection, due_day)
    with desk.session() as session:
        assert sweep_rebates(session, due_day, NOW) == 1
    with desk.engine.connect() as connection:
        assert not rebates_due(connection, due_day)


def test_the_core_constants_match_the_tables_and_the_ledger() -> None:
    from csdesk.desk.money import due, ledger
    from csdesk.models import money

    assert due.ALL_CURRENCIES == money.ALL_CURRENCIES
    assert ledger.DESK_KEY == due.DESK_KEY
