"""Issue 10 (7), the money side: two desks changing one payment, deposit or rebate at once.

The slow desk has read the record when the fast one saves its change; the slow one's change is
then refused with what the other desk changed, never written over it (a reversal's reason, a
refund's date, a rebate's approval).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlmodel import Session

from csdesk.desk.context import Desk
from csdesk.desk.errors import ConflictError
from csdesk.desk.money import (
    add_deposit,
    approve_rebate,
    pay_rebate,
    refund_deposit,
    request_rebate,
    reverse_payment,
)
from csdesk.desk.shipments import move_shipment
from csdesk.models import Deposit, Payment, Rebate
from tests.desk.money_fixtures import NOW, agent, customer, pay, sail

Change = Callable[[Session, int, str], object]


def _paid_shipment(desk: Desk) -> tuple[int, int]:
    cid = customer(desk, "两人同改付款公司")
    with desk.session() as session:
        shipment = sail(session, cid, "BK-RACE", [("O/F", 100000, "USD")])
        move_shipment(session, shipment.id or 0, "bl_issued", now=NOW)
    return shipment.id or 0, pay(desk, cid, 100000, "USD", "R-RACE")


def _payment(desk: Desk) -> int:
    return _paid_shipment(desk)[1]


def _deposit(desk: Desk) -> int:
    sid, _ = _paid_shipment(desk)
    with desk.session() as session:
        deposit = add_deposit(session, sid, 50000, "USD", desk.today, today=desk.today, actor=None)
        return deposit.id or 0


def _rebate(desk: Desk, approved: bool) -> int:
    sid, _ = _paid_shipment(desk)
    with desk.session() as session:
        rebate = request_rebate(session, sid, 5000, "USD", "张三", today=desk.today, actor=None)
        if approved:
            _approve(desk)(session, rebate.id or 0, "")
        return rebate.id or 0


def _approve(desk: Desk) -> Change:
    lead = agent(desk, "lead")
    return lambda s, rid, _: approve_rebate(
        s, rid, today=desk.today, calendar=desk.calendar, actor=lead
    )


# name: (model, make the record, the change both desks make, the field the second one is told)
CASES: dict[str, tuple[type, Callable[[Desk], int], Callable[[Desk], Change], str]] = {
    "payment reverse": (
        Payment,
        _payment,
        lambda desk: lambda s, pid, why: reverse_payment(s, pid, why, now=NOW),
        "reversal_reason",
    ),
    "deposit refund": (
        Deposit,
        _deposit,
        lambda desk: (
            lambda s, did, _: refund_deposit(s, did, desk.today, today=desk.today, now=NOW)
        ),
        "refunded_on",
    ),
    "rebate approve": (Rebate, lambda desk: _rebate(desk, False), _approve, "status"),
    "rebate pay": (
        Rebate,
        lambda desk: _rebate(desk, True),
        lambda desk: lambda s, rid, _: pay_rebate(s, rid, desk.today, today=desk.today, now=NOW),
        "status",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_two_desks_changing_one_money_record_never_lose_a_change(desk: Desk, name: str) -> None:
    model, make, change, field = CASES[name]
    record_id = make(desk)
    with desk.session() as slow:
        before = slow.get(model, record_id)  # the slow desk has read it ...
        assert before is not None
        version = before.version
        with desk.session() as fast:  # ... when another desk's change is saved
            change(desk)(fast, record_id, "退票")
        with pytest.raises(ConflictError) as refused:
            change(desk)(slow, record_id, "又退")
        slow.rollback()
    assert field in [changed for changed, _theirs in refused.value.changes]
    with desk.session() as session:
        after = session.get(model, record_id)
        assert after is not None and after.version > version
        if model is Payment:
            assert after.reversal_reason == "退票"


def test_a_decline_never_lands_on_a_proposal_another_supervisor_held(desk: Desk) -> None:
    """One supervisor holds the B/L on a proposal while another declines it: the decline is
    told the proposal was decided; the proposal never says 'declined' over a held B/L. (A hold
    after a decline stays possible: a supervisor may hold a B/L directly.)"""
    from csdesk.desk.errors import DeskError
    from csdesk.desk.money import decline_hold, hold_bl, propose_hold
    from csdesk.models import BlHoldProposal

    lead = agent(desk, "lead")
    sid, _ = _paid_shipment(desk)
    with desk.session() as session:
        proposal_id = propose_hold(session, sid, "逾期35天", actor=desk.agent, now=NOW).id or 0
    with desk.session() as slow:
        assert slow.get(BlHoldProposal, proposal_id) is not None  # read, still "proposed"
        with desk.session() as fast:
            hold_bl(fast, sid, "先决定扣单", today=desk.today, actor=lead, now=NOW)
        with pytest.raises(DeskError) as refused:
            decline_hold(slow, proposal_id, "后决定不扣", actor=lead, now=NOW)
        slow.rollback()
    assert refused.value.key == "money.hold.decided", refused.value.key
    with desk.session() as session:
        stored = session.get(BlHoldProposal, proposal_id)
        assert stored is not None and stored.status == "held"
