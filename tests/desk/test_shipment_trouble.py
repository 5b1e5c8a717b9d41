"""Trouble on shipments: tasks for the owning agent, hold releases, escalation, automatic alerts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlmodel import col

from csdesk.desk.context import DESK_TZ, Desk
from csdesk.desk.errors import DeskError, ValidationError
from csdesk.desk.shipments import (
    BoardFilter,
    board_column,
    change_trouble_status,
    mark_document_received,
    move_shipment,
    raise_due_alerts,
    record_free_days_grant,
    record_trouble,
    release_hold,
    request_free_days,
    send_document,
    set_container_number,
    shipment_detail,
    update_shipment,
)
from csdesk.models import Shipment, Task
from tests.desk.shipment_fixtures import NOW, NUMBERS, agent, book, customer


def tasks_for(desk: Desk, shipment_id: int) -> list[Task]:
    with desk.session() as session:
        return list(
            session.execute(
                select(Task).where(
                    col(Task.source_table) == "shipment", col(Task.source_id) == shipment_id
                )
            ).scalars()
        )


def test_rolled_box_goes_on_the_new_vessel_tops_its_column_and_tasks_the_owner(desk: Desk) -> None:
    owner = customer(desk, "宁波华光", owner="zhao")
    zhao = agent(desk, "zhao")
    with desk.session() as session:
        quiet = book(session, owner, "COSU10", gate_cutoff=NOW + dt.timedelta(days=2))
        rolled = book(session, owner, "COSU11", gate_cutoff=NOW + dt.timedelta(days=9))
        assert rolled.id is not None
        record_trouble(
            session,
            rolled.id,
            "rolled",
            details={"reason": "船公司接了大货", "new_vessel": "OOCL TOKYO", "new_voyage": "105E"},
            actor_id=agent(desk, "li").id,
            now=NOW,
        )
        assert (rolled.vessel, rolled.voyage) == ("OOCL TOKYO", "105E")
        cards = board_column(session, "booked", BoardFilter(agent_id=zhao.id), today=desk.today)
    assert [card.booking_no for card in cards] == ["COSU11", "COSU10"]
    assert cards[0].trouble == ("rolled",)
    [task] = tasks_for(desk, rolled.id)
    assert (task.agent_id, task.customer_id, task.kind) == (zhao.id, owner, "shipment_trouble")
    assert task.due_at.astimezone(DESK_TZ).date() == desk.today
    assert quiet.id is not None and tasks_for(desk, quiet.id) == []


def test_shipper_change_asks_the_lines_department_again(desk: Desk) -> None:
    owner = customer(desk, "宁波华光")
    with desk.session() as session:
        shipment = book(session, owner, "COSU12")
        assert shipment.id is not None
        trouble = record_trouble(
            session, shipment.id, "shipper_changed", details={"new_shipper": "宁波新光"}, now=NOW
        )
        assert trouble.details["old_shipper"] == "宁波华光进出口有限公司"
        assert shipment.shipper == "宁波新光"
    assert [task.kind for task in tasks_for(desk, shipment.id)] == ["rate_rerequest"]


def test_late_gate_in_with_chasing_needs_the_fee_and_names_what_is_missing(desk: Desk) -> None:
    owner = customer(desk, "宁波华光")
    with desk.session() as session:
        shipment = book(session, owner, "COSU13")
        assert shipment.id is not None
        with pytest.raises(ValidationError) as refused:
            record_trouble(session, shipment.id, "late_gate_in", details={"chase": "yes"}, now=NOW)
        assert set(refused.value.problems) == {"chase_fee"}
        trouble = record_trouble(
            session,
            shipment.id,
            "late_gate_in",
            details={"chase": "yes", "chase_fee": "￥500"},
            now=NOW,
        )
        assert trouble.details == {"chase": True, "chase_fee": "CNY 500.00"}
        detail = shipment_detail(session, shipment.id, today=desk.today, calendar=desk.calendar)
    advice = detail.troubles[0].advice
    assert "盯箱" in advice[0]
    assert advice[1] == "盯箱还缺: 箱号、关单号"


def test_a_held_bl_on_a_vip_is_released_by_a_supervisor_only(desk: Desk) -> None:
    vip = customer(desk, "中远海运特运", vip=True)
    plain = customer(desk, "义乌小商品")
    li, lead = agent(desk, "li"), agent(desk, "lead")
    with desk.session() as session:
        held_vip = book(session, vip, "COSU14")
        held_plain = book(session, plain, "COSU15")
        assert held_vip.id is not None and held_plain.id is not None
        hold = {"holder": "us", "reason": "account_overdue"}
        vip_hold = record_trouble(session, held_vip.id, "bl_held", details=hold, now=NOW)
        plain_hold = record_trouble(session, held_plain.id, "bl_held", details=hold, now=NOW)
        with pytest.raises(DeskError, match="已有未关闭"):
            record_trouble(session, held_vip.id, "bl_held", details=hold, now=NOW)
        held = board_column(session, "booked", BoardFilter(trouble="bl_held"), today=desk.today)
        assert {card.booking_no for card in held} == {"COSU14", "COSU15"}
        assert vip_hold.id is not None and plain_hold.id is not None
        with pytest.raises(DeskError, match="主管"):
            release_hold(session, vip_hold.id, actor=li, now=NOW)
        release_hold(session, plain_hold.id, actor=li, outcome="客户已付清", now=NOW)
        released = release_hold(session, vip_hold.id, actor=lead, outcome="主管特批放单", now=NOW)
        assert (released.status, released.status_by_id) == ("closed", lead.id)
        assert (
            board_column(session, "booked", BoardFilter(trouble="bl_held"), today=desk.today) == []
        )


def test_an_escalated_complaint_is_closed_by_the_supervisor_with_its_outcome(desk: Desk) -> None:
    owner = customer(desk, "宁波华光")
    li, lead = agent(desk, "li"), agent(desk, "lead")
    with desk.session() as session:
        shipment = book(session, owner, "COSU16")
        assert shipment.id is not None
        with pytest.raises(ValidationError):
            record_trouble(session, shipment.id, "complaint", now=NOW)
        complaint = record_trouble(
            session, shipment.id, "complaint", note="提单晚了三天 [urgent]", now=NOW
        )
        assert complaint.id is not None
        change_trouble_status(session, complaint.id, "escalated", actor=li, now=NOW)
        with pytest.raises(DeskError, match="主管"):
            change_trouble_status(
                session, complaint.id, "closed", actor=li, outcome="道歉", now=NOW
            )
        with pytest.raises(DeskError, match="处理结果"):
            change_trouble_status(session, complaint.id, "closed", actor=lead, now=NOW)
        closed = change_trouble_status(
            session, complaint.id, "closed", actor=lead, outcome="减免文件费", now=NOW
        )
        assert closed.outcome == "减免文件费"
        assert shipment.trouble_kinds == ""


def test_inspection_closes_once_a_way_on_is_chosen(desk: Desk) -> None:
    owner = customer(desk, "宁波华光")
    li = agent(desk, "li")
    with desk.session() as session:
        shipment = book(session, owner, "COSU17")
        assert shipment.id is not None
        inspection = record_trouble(session, shipment.id, "inspection", now=NOW)
        assert inspection.id is not None
        with pytest.raises(DeskError, match="付费漏装"):
            change_trouble_status(session, inspection.id, "closed", actor=li, now=NOW)
        closed = change_trouble_status(
            session,
            inspection.id,
            "closed",
            actor=li,
            details={"way": "paid_late_loading"},
            now=NOW,
        )
        assert closed.details["way"] == "paid_late_loading"


def test_cut_off_sweep_raises_once_and_the_gate_in_closes_it(desk: Desk) -> None:
    owner = customer(desk, "宁波华光")
    with desk.session() as session:
        near = book(
            session,
            owner,
            "COSU18",
            containers=[{"type": "40HQ", "number": NUMBERS[0]}],
            gate_cutoff=NOW + dt.timedelta(hours=20),
        )
        far = book(session, owner, "COSU19", gate_cutoff=NOW + dt.timedelta(days=5))
        assert near.id is not None and far.id is not None
    with desk.session() as session:
        assert raise_due_alerts(session, NOW, desk.today, desk.calendar).cutoffs == 1
    with desk.session() as session:
        assert raise_due_alerts(session, NOW, desk.today, desk.calendar).cutoffs == 0
        shipment = session.get(Shipment, near.id)
        assert shipment is not None and shipment.trouble_kinds == "|cutoff_near|"
        move_shipment(session, near.id, "stuffing", now=NOW)
        assert shipment.trouble_kinds == "|cutoff_near|"
        move_shipment(session, near.id, "gated_in", now=NOW)
        assert shipment.trouble_kinds == ""
    assert [task.kind for task in tasks_for(desk, near.id)] == ["shipment_trouble"]
    assert tasks_for(desk, far.id) == []


def test_unreceived_documents_become_a_task_after_three_working_days(desk: Desk) -> None:
    owner = customer(desk, "宁波华光")
    with desk.session() as session:
        shipment = book(session, owner, "COSU20")
        assert shipment.id is not None
        with pytest.raises(DeskError, match="地址"):
            send_document(
                session,
                shipment.id,
                "bl",
                address="宁波市鄞州区",
                address_confirmed=False,
                courier="顺丰",
                tracking_no="SF1234567890",
                sent_on=dt.date(2026, 11, 23),
            )
        late = send_document(
            session,
            shipment.id,
            "bl",
            address="宁波市鄞州区",
            address_confirmed=True,
            courier="顺丰",
            tracking_no="SF1234567890",
            sent_on=dt.date(2026, 11, 25),
        )
        arrived = send_document(
            session,
            shipment.id,
            "invoice",
            address="宁波市鄞州区",
            address_confirmed=True,
            courier="EMS",
            tracking_no="EA123456789CN",
            sent_on=dt.date(2026, 11, 24),
        )
        assert arrived.id is not None
        mark_document_received(session, arrived.id, dt.date(2026, 11, 26))
        # Wed 25 Nov: due Mon 30 Nov (three working days), so not yet on the 30th.
        assert raise_due_alerts(session, NOW, dt.date(2026, 11, 30), desk.calendar).documents == 0
        assert raise_due_alerts(session, NOW, dt.date(2026, 12, 1), desk.calendar).documents == 1
        assert raise_due_alerts(session, NOW, dt.date(2026, 12, 2), desk.calendar).documents == 0
        assert late.chase_task_id is not None
    assert [task.kind for task in tasks_for(desk, shipment.id)] == ["document_chase"]


def test_free_days_shorter_at_destination_are_flagged(desk: Desk) -> None:
    owner = customer(desk, "宁波华光")
    with desk.session() as session:
        shipment = book(session, owner, "COSU21")
        assert shipment.id is not None
        request = request_free_days(session, shipment.id, 21, requested_on=desk.today)
        assert request.id is not None and request.carrier == "COSCO"
        record_free_days_grant(session, request.id, 21, 14)
        detail = shipment_detail(session, shipment.id, today=desk.today, calendar=desk.calendar)
    flag = detail.free_days[0].flag
    assert flag is not None and "14" in flag and "21" in flag and "H66" in flag


def test_container_numbers_are_searchable_once_given(desk: Desk) -> None:
    owner = customer(desk, "宁波华光")
    with desk.session() as session:
        shipment = book(session, owner, "COSU22")
        assert shipment.id is not None
        box_id = (
            shipment_detail(session, shipment.id, today=desk.today, calendar=desk.calendar)
            .containers[0]
            .id
        )
        assert box_id is not None
        set_container_number(session, box_id, "temu 613804-0")
        cards = board_column(session, "booked", BoardFilter(text="TEMU6138"), today=desk.today)
    assert [card.booking_no for card in cards] == ["COSU22"]


def test_a_moved_cut_off_is_alerted_again(desk: Desk) -> None:
    owner = customer(desk, "宁波华光")
    with desk.session() as session:
        shipment = book(session, owner, "COSU23", gate_cutoff=NOW + dt.timedelta(hours=20))
        assert shipment.id is not None
        assert raise_due_alerts(session, NOW, desk.today, desk.calendar).cutoffs == 1
        later = NOW + dt.timedelta(hours=2)
        assert raise_due_alerts(session, later, desk.today, desk.calendar).cutoffs == 0
        original = {"gate_cutoff": shipment.gate_cutoff}
        update_shipment(
            session,
            shipment.id,
            shipment.version,
            original,
            {"gate_cutoff": NOW + dt.timedelta(hours=22)},
        )
        assert raise_due_alerts(session, later, desk.today, desk.calendar).cutoffs == 1
