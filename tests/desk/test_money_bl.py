"""The B/L release and hold, deposits, rebates, the statement and the payment import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlmodel import col

from csdesk.desk.context import Desk
from csdesk.desk.errors import DeskError
from csdesk.desk.money import (
    add_deposit,
    approve_rebate,
    build_statement,
    export_statement,
    hold_bl,
    import_payments,
    pay_rebate,
    refund_deposit,
    release_bl,
    request_rebate,
    statement_text,
    sweep_rebates,
    sweep_refunds,
)
from csdesk.desk.shipments import move_shipment
from csdesk.models import BlRelease, Payment, Task
from tests.desk.money_fixtures import NOW, agent, customer, invoices_of, pay, sail


def _issued(desk: Desk, cid: int, booking: str = "BK1", amount: int = 100000) -> int:
    with desk.session() as session:
        shipment = sail(session, cid, booking, [("O/F", amount, "USD")])
        move_shipment(session, shipment.id or 0, "bl_issued", now=NOW)
        return shipment.id or 0


def test_release_refused_unpaid_then_supervisor_with_reason_is_audited(desk: Desk) -> None:
    cid = customer(desk, "宁波华光")
    sid = _issued(desk, cid)
    lead = agent(desk, "lead")
    for actor, reason, key in (
        (desk.agent, None, "money.release.unpaid"),
        (lead, " ", "money.release.reason_needed"),
    ):
        with pytest.raises(DeskError) as raised, desk.session() as session:
            release_bl(session, sid, today=desk.today, actor=actor, reason=reason)
        assert raised.value.key == key
    with desk.session() as session:
        release = release_bl(session, sid, today=desk.today, actor=lead, reason="老客户, 经理担保")
        assert (release.basis, release.by_id, release.reason) == (
            "supervisor",
            lead.id,
            "老客户, 经理担保",
        )
    with pytest.raises(DeskError) as raised, desk.session() as session:
        release_bl(session, sid, today=desk.today, actor=lead, reason="again")
    assert raised.value.key == "money.release.already"


def test_release_when_paid_or_covered_by_a_deposit(desk: Desk) -> None:
    cid = customer(desk, "宁波华光")
    paid, covered = _issued(desk, cid, "BK1"), _issued(desk, cid, "BK2", 50000)
    pay(desk, cid, 100000, "USD", "R1", invoice="BK1-USD")
    with desk.session() as session:
        assert release_bl(session, paid, today=desk.today, actor=desk.agent).basis == "paid"
        with pytest.raises(DeskError):
            add_deposit(
                session, covered, 50000, "USD", dt.date(2026, 12, 2), today=desk.today, actor=None
            )
        add_deposit(session, covered, 50000, "USD", desk.today, today=desk.today, actor=desk.agent)
        assert release_bl(session, covered, today=desk.today, actor=desk.agent).basis == "deposit"


def test_hold_needs_a_reason_and_a_vip_hold_is_the_supervisors(desk: Desk) -> None:
    cid = customer(desk, "国企客户", vip=True)
    sid = _issued(desk, cid)
    with desk.session() as session, pytest.raises(DeskError):
        hold_bl(session, sid, "", today=desk.today, actor=desk.agent)
    with desk.session() as session, pytest.raises(DeskError) as raised:
        hold_bl(session, sid, "逾期30天", today=desk.today, actor=desk.agent)
    assert raised.value.key == "money.hold.supervisor_decides"  # an agent proposes it
    with desk.session() as session:
        trouble = hold_bl(session, sid, "逾期30天", today=desk.today, actor=agent(desk, "lead"))
        assert (trouble.kind, trouble.details["holder"]) == ("bl_held", "us")
    pay(desk, cid, 100000, "USD", "R1")
    with pytest.raises(DeskError) as raised, desk.session() as session:
        release_bl(session, sid, today=desk.today, actor=desk.agent)
    assert raised.value.key == "money.release.supervisor_hold"
    with desk.session() as session:
        release_bl(session, sid, today=desk.today, actor=agent(desk, "lead"))
        assert session.execute(select(BlRelease)).scalar_one().basis == "paid"


def test_deposit_refund_becomes_a_task_once_paid(desk: Desk) -> None:
    cid = customer(desk, "宁波华光")
    sid = _issued(desk, cid)
    with desk.session() as session:
        deposit = add_deposit(session, sid, 100000, "USD", desk.today, today=desk.today, actor=None)
        assert sweep_refunds(session, NOW) == 0
    pay(desk, cid, 100000, "USD", "R1")
    with desk.session() as session:
        assert sweep_refunds(session, NOW) == 1
        refund_deposit(session, deposit.id or 0, desk.today, today=desk.today, now=NOW)
        task = session.execute(select(Task).where(col(Task.kind) == "money_refund")).scalar_one()
        assert task.done_at is not None


def test_rebate_refused_unpaid_approved_due_in_three_working_days(desk: Desk) -> None:
    cid = customer(desk, "宁波华光")
    sid = _issued(desk, cid)
    with pytest.raises(DeskError) as raised, desk.session() as session:
        request_rebate(session, sid, 5000, "USD", "张三", today=desk.today, actor=desk.agent)
    assert raised.value.key == "money.rebate.shipment_unpaid"
    pay(desk, cid, 100000, "USD", "R1")
    with desk.session() as session:
        rebate = request_rebate(
            session, sid, 5000, "USD", "张三", today=desk.today, actor=desk.agent
        )
        with pytest.raises(DeskError):
            approve_rebate(
                session, rebate.id or 0, today=desk.today, calendar=desk.calendar, actor=desk.agent
            )
        lead = agent(desk, "lead")
        approved = approve_rebate(
            session, rebate.id or 0, today=desk.today, calendar=desk.calendar, actor=lead
        )
        assert approved.due_on == dt.date(2026, 12, 3)  # Mon 30 Nov + 3 working days
        assert sweep_rebates(session, desk.today, NOW) == 0
        assert sweep_rebates(session, dt.date(2026, 12, 3), NOW) == 1
        pay_rebate(session, rebate.id or 0, desk.today, today=desk.today, now=NOW)
        assert (
            session.execute(select(Task).where(col(Task.kind) == "money_rebate"))
            .scalar_one()
            .done_at
        )


def test_rebate_refused_while_anything_is_overdue(desk: Desk) -> None:
    cid = customer(desk, "宁波华光")
    with desk.session() as session:
        sail(session, cid, "OLD", [("O/F", 1000, "USD")], now=NOW - dt.timedelta(days=20))
    sid = _issued(desk, cid, "BK1", 100000)
    pay(desk, cid, 100000, "USD", "R1", invoice="BK1-USD")
    with pytest.raises(DeskError) as raised, desk.session() as session:
        request_rebate(session, sid, 5000, "USD", "张三", today=desk.today, actor=desk.agent)
    assert raised.value.key == "money.rebate.customer_overdue"


def test_statement_text_and_xlsx_values_only(desk: Desk, tmp_path: Path) -> None:
    cid = customer(desk, "备注 [/] [bold]x")
    _issued(desk, cid)
    pay(desk, cid, 40000, "USD", "R1")
    with desk.session() as session:
        statement = build_statement(session, cid, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    text = statement_text(statement, "en")
    assert "BK1" in text and "O/F: USD 1,000.00" in text and "balance USD 600.00" in text
    path = tmp_path / "statement.xlsx"
    export_statement(statement, path)
    cells = [cell.value for row in load_workbook(path).active.iter_rows() for cell in row]
    assert "600.00" in cells and not any(str(v).startswith("=") for v in cells if v)


def _sheet(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "payments.csv"
    path.write_text("客户,金额,币种,到账日期,流水号\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_import_all_or_nothing_listing_every_bad_row(desk: Desk, tmp_path: Path) -> None:
    cid = customer(desk, "宁波华光")
    _issued(desk, cid)
    bad = _sheet(
        tmp_path,
        [
            "宁波华光,500,USD,2026-11-28,F1",
            "宁波华光,-5,USD,2026-11-28,F2",
            "宁波华光,500,USD,2026-12-09,F3",
            "宁波华光,500,USD,2026-11-28,F1",
        ],
    )
    with pytest.raises(DeskError) as raised, desk.session() as session:
        import_payments(session, bad, today=desk.today, actor=desk.agent)
    message = str(raised.value)
    assert all(f"第 {n} 行" in message for n in (3, 4, 5)) and "第 2 行" not in message
    with desk.session() as session:
        assert session.execute(select(Payment)).all() == []
    good = _sheet(tmp_path, ["宁波华光,600,USD,2026/11/28,F1", "宁波华光,400,USD,2026-11-29,F2"])
    with desk.session() as session:
        assert (
            import_payments(session, good, today=desk.today, actor=None, dry_run=True).payment_ids
            == []
        )
        assert len(import_payments(session, good, today=desk.today, actor=None).payment_ids) == 2
        assert invoices_of(session, cid)[0].status == "paid"
    with pytest.raises(DeskError) as raised, desk.session() as session:
        import_payments(session, good, today=desk.today, actor=None)
    assert "F1" in str(raised.value)
