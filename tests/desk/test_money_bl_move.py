"""Past bl_issued only once the B/L is released (issue 13): the one desk function for every face."""

from __future__ import annotations

import pytest

from csdesk.desk.context import Desk
from csdesk.desk.errors import DeskError
from csdesk.desk.money import add_deposit, release_bl
from csdesk.desk.shipments import move_shipment
from csdesk.models import Shipment
from tests.desk.money_fixtures import NOW, agent, customer, pay, sail


def _issued(desk: Desk, cid: int, booking: str, amount: int = 100000) -> int:
    with desk.session() as session:
        shipment = sail(session, cid, booking, [("O/F", amount, "USD")])
        move_shipment(session, shipment.id or 0, "bl_issued", now=NOW)
        return shipment.id or 0


def _move(desk: Desk, sid: int, target: str = "in_transit") -> str:
    with desk.session() as session:
        return move_shipment(session, sid, target, now=NOW).stage


def _refusal(desk: Desk, sid: int, target: str = "in_transit") -> DeskError:
    with pytest.raises(DeskError) as raised, desk.session() as session:
        move_shipment(session, sid, target, now=NOW)
    with desk.session() as session:
        shipment = session.get(Shipment, sid)
        assert shipment is not None and shipment.stage == "bl_issued"
    return raised.value


def test_refused_without_release_one_line_in_both_languages(desk: Desk) -> None:
    sid = _issued(desk, customer(desk, "宁波华光"), "BK1")
    for target in ("in_transit", "arrived", "closed"):
        refusal = _refusal(desk, sid, target)
        assert refusal.key == "money.move.unpaid"
    zh, en = refusal.message("zh"), refusal.message("en")
    assert "BK1" in zh and "还没放单" in zh and "押金" in zh and "主管" in zh
    assert "no release recorded" in en and "supervisor" in en and "\n" not in zh + en


def test_allowed_after_payment_deposit_release_or_supervisor(desk: Desk) -> None:
    cid = customer(desk, "宁波华光")
    paid, deposit, released, lead_sid = (_issued(desk, cid, f"BK{n}") for n in range(1, 5))
    pay(desk, cid, 100000, "USD", "R1", invoice="BK1-USD")
    assert _move(desk, paid) == "in_transit"
    with desk.session() as session:
        add_deposit(session, deposit, 100000, "USD", desk.today, today=desk.today, actor=desk.agent)
    assert _move(desk, deposit, "arrived") == "arrived"
    pay(desk, cid, 100000, "USD", "R2", invoice="BK3-USD")
    with desk.session() as session:
        assert release_bl(session, released, today=desk.today, actor=desk.agent).basis == "paid"
    assert _move(desk, released) == "in_transit"
    assert _refusal(desk, lead_sid).key == "money.move.unpaid"
    with desk.session() as session:
        release_bl(session, lead_sid, today=desk.today, actor=agent(desk, "lead"), reason="担保")
    assert _move(desk, lead_sid) == "in_transit"


def test_held_bl_names_the_hold_and_back_moves_are_free(desk: Desk) -> None:
    from csdesk.desk.money import hold_bl

    sid = _issued(desk, customer(desk, "宁波华光"), "BK1")
    with desk.session() as session:
        hold_bl(session, sid, "逾期", today=desk.today, actor=agent(desk, "lead"))
    assert _refusal(desk, sid).key == "money.move.held"
    with desk.session() as session:
        assert move_shipment(session, sid, "sailed", reason="改单", now=NOW).stage == "sailed"


def test_a_jump_over_sailing_is_judged_on_the_invoices_it_makes(desk: Desk) -> None:
    """Booked straight to in transit: the move makes the invoices, then finds them unpaid, and
    nothing of it stays (stage, invoices)."""
    from sqlalchemy import func, select

    from csdesk.desk.shipments import add_charge
    from csdesk.models import Invoice
    from tests.desk.money_fixtures import NUMBERS, book

    cid = customer(desk, "宁波华光")
    with desk.session() as session:
        booked = book(session, cid, "JUMP1", containers=[{"type": "40HQ", "number": NUMBERS[0]}])
        add_charge(session, booked.id or 0, "receivable", "O/F", 100000, currency="USD")
        sid = booked.id or 0
    with pytest.raises(DeskError) as raised, desk.session() as session:
        move_shipment(session, sid, "in_transit", now=NOW)
    assert raised.value.key == "money.move.unpaid"
    with desk.session() as session:
        shipment = session.get(Shipment, sid)
        assert shipment is not None and shipment.stage == "booked"
        assert session.execute(select(func.count()).select_from(Invoice)).scalar_one() == 0


def test_no_receivable_charges_is_a_gap_not_a_pass(desk: Desk) -> None:
    """A shipment at bl_issued with no receivable charge has no invoice: almost always charges
    not entered. It waits for them, or for a supervisor's release with a reason."""
    cid = customer(desk, "宁波华光")
    with desk.session() as session:
        shipment = sail(session, cid, "NOCHG", [])
        move_shipment(session, shipment.id or 0, "bl_issued", now=NOW)
        sid = shipment.id or 0
    refusal = _refusal(desk, sid)
    assert refusal.key == "money.move.no_charges"
    zh, en = refusal.message("zh"), refusal.message("en")
    assert "NOCHG" in zh and "应收费用" in zh and "receivable charges" in en
    assert "\n" not in zh + en
    with pytest.raises(DeskError) as raised, desk.session() as session:
        release_bl(session, sid, today=desk.today, actor=desk.agent, reason="补录中")
    assert raised.value.key == "money.release.not_invoiced"
    with pytest.raises(DeskError) as raised, desk.session() as session:
        release_bl(session, sid, today=desk.today, actor=agent(desk, "lead"))
    assert raised.value.key == "money.release.reason_needed"
    with desk.session() as session:
        release = release_bl(
            session, sid, today=desk.today, actor=agent(desk, "lead"), reason="费用另开账单"
        )
        assert (release.basis, release.reason) == ("supervisor", "费用另开账单")
    assert _move(desk, sid) == "in_transit"


def test_entering_the_charges_lets_the_rules_decide(desk: Desk) -> None:
    from csdesk.desk.shipments import add_charge

    cid = customer(desk, "宁波华光")
    with desk.session() as session:
        shipment = sail(session, cid, "LATE1", [])
        move_shipment(session, shipment.id or 0, "bl_issued", now=NOW)
        sid = shipment.id or 0
        add_charge(session, sid, "receivable", "O/F", 100000, currency="USD")
    assert _refusal(desk, sid).key == "money.move.unpaid"
    pay(desk, cid, 100000, "USD", "R1")
    assert _move(desk, sid) == "in_transit"
