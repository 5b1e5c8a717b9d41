"""Holds are proposed by agents and decided by supervisors (H56, H60); the B/L number; the
owner copied onto the account rows; money trouble on the board card (issue 13, money3)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlmodel import col

from csdesk.desk.context import Desk
from csdesk.desk.errors import DeskError
from csdesk.desk.money import (
    build_statement,
    customer_ageing_page,
    decline_hold,
    hold_bl,
    open_proposals,
    propose_hold,
    set_bl_no,
    statement_text,
    sweep_chase,
)
from csdesk.desk.money.detail import account_detail
from csdesk.desk.shipments import BoardFilter, board_column, move_shipment, stage_needs
from csdesk.models import AuditEntry, BlHoldProposal, Customer, CustomerAccount, Task, Trouble
from csdesk.models.money import ALL_CURRENCIES
from tests.conftest import TODAY
from tests.desk.money_fixtures import NOW, agent, customer, sail


def _issued(desk: Desk, cid: int, booking: str = "BK1", days_ago: int = 0) -> int:
    with desk.session() as session:
        when = NOW - dt.timedelta(days=days_ago)
        shipment = sail(session, cid, booking, [("O/F", 100000, "USD")], now=when)
        move_shipment(session, shipment.id or 0, "bl_issued", now=when)
        return shipment.id or 0


def _tasks(desk: Desk, kind: str) -> list[Task]:
    with desk.session() as session:
        return list(session.execute(select(Task).where(col(Task.kind) == kind)).scalars())


def test_an_agent_proposes_and_a_supervisor_holds(desk: Desk) -> None:
    sid = _issued(desk, customer(desk, "宁波华光"))
    with desk.session() as session, pytest.raises(DeskError) as raised:
        propose_hold(session, sid, " ", actor=desk.agent, now=NOW)
    assert raised.value.key == "money.error.reason_needed"
    with desk.session() as session:
        proposal = propose_hold(session, sid, "逾期35天, 多次催款", actor=desk.agent, now=NOW)
        proposal_id = proposal.id or 0
        # Proposing holds nothing: the B/L stays out of trouble until a supervisor decides.
        assert session.execute(select(Trouble)).first() is None
    with desk.session() as session, pytest.raises(DeskError) as raised:
        propose_hold(session, sid, "再提一次", actor=desk.agent, now=NOW)
    assert raised.value.key == "money.hold.already_proposed"
    review = _tasks(desk, "money_hold_review")
    lead = agent(desk, "lead")
    assert [(task.agent_id, task.done_at) for task in review] == [(lead.id, None)]
    with desk.session() as session:
        rows = open_proposals(session)
        assert [(row.booking_no, row.proposed_by) for row in rows] == [("BK1", "li")]
        trouble = hold_bl(session, sid, "同意扣单", today=TODAY, actor=lead, now=NOW)
        stored = session.get(BlHoldProposal, proposal_id)
        assert stored is not None
        assert (stored.status, stored.decided_by_id, stored.trouble_id) == (
            "held",
            lead.id,
            trouble.id,
        )
        assert open_proposals(session) == []
        audit = select(col(AuditEntry.action)).order_by(col(AuditEntry.id))
        actions = session.execute(audit).scalars().all()
        assert actions == ["bl.hold_propose", "bl.hold"]
    assert all(task.done_at is not None for task in _tasks(desk, "money_hold_review"))


def test_a_supervisor_declines_with_a_reason_the_agent_reads(desk: Desk) -> None:
    cid = customer(desk, "宁波华光")
    sid = _issued(desk, cid)
    lead = agent(desk, "lead")
    with desk.session() as session:
        proposal_id = propose_hold(session, sid, "逾期", actor=desk.agent, now=NOW).id or 0
    with desk.session() as session, pytest.raises(DeskError) as raised:
        decline_hold(session, proposal_id, "不行", actor=desk.agent, now=NOW)
    assert raised.value.key == "money.hold.supervisor_decides"
    with desk.session() as session, pytest.raises(DeskError) as raised:
        decline_hold(session, proposal_id, "", actor=lead, now=NOW)
    assert raised.value.key == "money.error.reason_needed"
    with desk.session() as session:
        decline_hold(session, proposal_id, "老客户, 下周付", actor=lead, now=NOW)
        stored = session.get(BlHoldProposal, proposal_id)
        assert stored is not None and (stored.status, stored.decision_note) == (
            "declined",
            "老客户, 下周付",
        )
        assert session.execute(select(Trouble)).first() is None
    with desk.session() as session, pytest.raises(DeskError) as raised:
        decline_hold(session, proposal_id, "再驳回", actor=lead, now=NOW)
    assert raised.value.key == "money.hold.decided"
    with desk.session() as session:  # the agent may propose again later
        assert propose_hold(session, sid, "又逾期", actor=desk.agent, now=NOW).id


def test_a_supervisor_holds_directly_once(desk: Desk) -> None:
    sid = _issued(desk, customer(desk, "宁波华光"))
    lead = agent(desk, "lead")
    with desk.session() as session:
        hold_bl(session, sid, "逾期45天", today=TODAY, actor=lead, now=NOW)
    with desk.session() as session, pytest.raises(DeskError) as raised:
        hold_bl(session, sid, "再扣", today=TODAY, actor=lead, now=NOW)
    assert raised.value.key == "money.hold.already_held"
    with desk.session() as session, pytest.raises(DeskError) as raised:
        propose_hold(session, sid, "逾期", actor=desk.agent, now=NOW)
    assert raised.value.key == "money.hold.already_held"


def test_the_bl_number_is_asked_at_the_step_and_listed_on_the_statement(desk: Desk) -> None:
    cid = customer(desk, "宁波华光")
    with desk.session() as session:
        sid = sail(session, cid, "BK9", [("O/F", 100000, "USD")]).id or 0
        assert stage_needs(session, sid, "bl_issued") == ["bl_no"]
        with pytest.raises(DeskError) as raised:
            set_bl_no(session, sid, "   ", actor=desk.agent)
        assert raised.value.key == "money.bl.number_bad"
        assert set_bl_no(session, sid, " cosu 6301234567 ", actor=desk.agent).bl_no == (
            "COSU 6301234567"
        )
        assert stage_needs(session, sid, "bl_issued") == []
        statement = build_statement(session, cid, TODAY - dt.timedelta(days=30), TODAY)
        detail = account_detail(session, cid, TODAY)
    assert statement.items[0].bl_no == "COSU 6301234567"
    assert "提单 COSU 6301234567" in statement_text(statement, "zh")
    assert "B/L COSU 6301234567" in statement_text(statement, "en")
    assert detail.bl_numbers == {sid: "COSU 6301234567"}
    with desk.session() as session:
        card = board_column(session, "sailed", BoardFilter(), today=TODAY)[0]
    assert card.bl_no == "COSU 6301234567"


def test_the_owner_on_the_account_rows_follows_a_reassignment(desk: Desk) -> None:
    cid = customer(desk, "宁波华光", owner="li")
    _issued(desk, cid, days_ago=40)
    li, zhao = agent(desk, "li"), agent(desk, "zhao")
    with desk.session() as session:
        assert [row.name for row in customer_ageing_page(session, TODAY, li.id)] == ["宁波华光"]
        found = session.get(Customer, cid)
        assert found is not None
        found.owner_id = zhao.id
        session.add(found)
    with desk.session() as session:
        keys = session.execute(
            select(col(CustomerAccount.owner_key)).where(col(CustomerAccount.customer_id) == cid)
        ).scalars()
        assert set(keys) == {zhao.id}
        assert customer_ageing_page(session, TODAY, li.id) == []
        assert [row.name for row in customer_ageing_page(session, TODAY, zhao.id)] == ["宁波华光"]
        assert sweep_chase(session, desk.calendar, TODAY, NOW, zhao.id).customers == 1
        assert sweep_chase(session, desk.calendar, TODAY, NOW, li.id).customers == 0
        triggers = (  # the catalogue that lists triggers, per dialect
            "SELECT tgname FROM pg_trigger WHERE tgname = :name"
            if session.get_bind().dialect.name == "postgresql"
            else "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name = :name"
        )
        trigger = session.execute(
            text(triggers), {"name": "customeraccount_owner"}
        ).scalar_one_or_none()
        assert trigger == "customeraccount_owner"  # the store at head keeps it
        star = session.get(CustomerAccount, (cid, ALL_CURRENCIES))
        assert star is not None and star.oldest_due_on is not None


def test_the_board_card_says_overdue(desk: Desk) -> None:
    late, fresh = customer(desk, "逾期客户"), customer(desk, "新客户")
    _issued(desk, late, "LATE1", days_ago=40)
    _issued(desk, fresh, "NEW1")
    with desk.session() as session:
        cards = board_column(session, "bl_issued", BoardFilter(), today=TODAY)
    assert {card.booking_no: card.overdue for card in cards} == {"LATE1": True, "NEW1": False}
