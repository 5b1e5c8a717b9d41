"""The B/L release step on the board's bl_issued stage, and the hold (H56, H59, H60, H95, H100).

A release is recorded once per shipment with its basis; a supervisor's release also keeps who,
when and why. A hold is the board's `bl_held` trouble (holder: us), so the board, its filter and
its release rules for VIP and state-owned customers keep working as they do.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk.context import AgentInfo
from csdesk.desk.errors import DeskError
from csdesk.desk.money.chase import chase_levels
from csdesk.desk.money.invoicing import is_invoiced_stage, live_invoices
from csdesk.desk.shipments.common import active_troubles, resolve_shipment
from csdesk.models import BlRelease, Customer, Deposit, Invoice, Shipment, Trouble
from csdesk.models.base import utcnow
from csdesk.rules.money_release import ReleaseDecision, ReleaseFacts, release_decision
from csdesk.rules.stages import stage_index
from csdesk.rules.trouble import SUPERVISED_OWNERSHIPS


def held_trouble(session: Session, shipment_id: int) -> Trouble | None:
    for trouble in active_troubles(session, shipment_id):
        if trouble.kind == "bl_held" and trouble.details.get("holder") == "us":
            return trouble
    return None


def _oldest_overdue_days(session: Session, customer_id: int, today: dt.date) -> int:
    statement = (
        select(col(Invoice.due_on))
        .where(col(Invoice.customer_id) == customer_id, col(Invoice.status) == "open")
        .order_by(col(Invoice.due_on))
        .limit(1)
    )
    due_on = session.execute(statement).scalar_one_or_none()
    return max(0, (today - due_on).days) if due_on else 0


def release_facts(session: Session, shipment: Shipment, today: dt.date) -> ReleaseFacts:
    assert shipment.id is not None
    invoices = live_invoices(session, shipment.id)
    deposits: dict[str, int] = defaultdict(int)
    statement = select(Deposit).where(
        col(Deposit.shipment_id) == shipment.id, col(Deposit.refunded_on).is_(None)
    )
    for deposit in session.execute(statement).scalars():
        deposits[deposit.currency] += deposit.amount_minor
    customer = session.get(Customer, shipment.customer_id)
    assert customer is not None
    return ReleaseFacts(
        invoiced=bool(invoices),
        open_by_currency={invoice.currency: invoice.open_minor for invoice in invoices},
        deposit_by_currency=dict(deposits),
        monthly=any(invoice.terms == "monthly" for invoice in invoices),
        oldest_overdue_days=_oldest_overdue_days(session, shipment.customer_id, today),
        hold_level_days=chase_levels(session)["hold"],
        held=held_trouble(session, shipment.id) is not None,
        supervised_customer=customer.vip or customer.ownership in SUPERVISED_OWNERSHIPS,
    )


def release_preview(
    session: Session, shipment_ref: int | str, today: dt.date, actor: AgentInfo | None
) -> ReleaseDecision:
    """What a release would be based on now (or why not), without recording anything."""
    shipment = resolve_shipment(session, shipment_ref)
    facts = release_facts(session, shipment, today)
    return release_decision(facts, bool(actor and actor.is_supervisor), "-")


# Why a shipment may not move past bl_issued yet: the refusal's short reason.
_MOVE_WHY = {
    "money.release.supervisor_hold": "money.move.held",
    "money.release.held": "money.move.held",
}


def release_block(session: Session, shipment: Shipment, today: dt.date) -> DeskError | None:
    """Why the shipment may not move past bl_issued: no release recorded and the release rule
    (release_decision, as an agent asks it) would not release it now. None when it may move.
    A shipment with no invoice had no receivable charge when it sailed: almost always charges
    not entered yet, so it waits for them (or for a supervisor's release with a reason)."""
    assert shipment.id is not None
    if session.execute(select(BlRelease).where(col(BlRelease.shipment_id) == shipment.id)).first():
        return None
    facts = release_facts(session, shipment, today)
    decision = release_decision(facts, False, None)
    if decision.basis is not None:
        return None
    if not facts.invoiced:
        # Before sailing nothing is invoiced yet: a jump over sailing is judged again once the
        # move has made the invoices (move_shipment).
        if not is_invoiced_stage(shipment.stage):
            return None
        return DeskError("money.move.no_charges", booking_no=shipment.booking_no)
    key = _MOVE_WHY.get(decision.refusal or "", "money.move.unpaid")
    return DeskError(key, booking_no=shipment.booking_no)


def release_bl(
    session: Session,
    shipment_ref: int | str,
    *,
    today: dt.date,
    actor: AgentInfo | None,
    reason: str | None = None,
    now: dt.datetime | None = None,
) -> BlRelease:
    """Release the B/L when the rules allow; a supervisor may release with a reason (audited).
    A hold of ours on the shipment is closed by the release."""
    at = now or utcnow()
    shipment = resolve_shipment(session, shipment_ref)
    assert shipment.id is not None
    if stage_index(shipment.stage) < stage_index("bl_issued"):
        raise DeskError("money.release.too_early", booking_no=shipment.booking_no)
    if session.execute(select(BlRelease).where(col(BlRelease.shipment_id) == shipment.id)).first():
        raise DeskError("money.release.already", booking_no=shipment.booking_no)
    decision = release_decision(
        release_facts(session, shipment, today), bool(actor and actor.is_supervisor), reason
    )
    if decision.basis is None:
        raise DeskError(decision.refusal or "money.release.unpaid", booking_no=shipment.booking_no)
    release = BlRelease(
        shipment_id=shipment.id,
        basis=decision.basis,
        reason=reason.strip() if reason and reason.strip() else None,
        by_id=actor.id if actor else None,
        at=at,
    )
    session.add(release)
    _close_hold(session, shipment, actor, at)
    session.flush()
    return release


def _close_hold(
    session: Session, shipment: Shipment, actor: AgentInfo | None, at: dt.datetime
) -> None:
    """A hold of ours on the shipment ends with the release; the board shows it at once."""
    from csdesk.desk.shipments.common import refresh_summary
    from csdesk.desk.shipments.trouble import close_automatically

    hold = held_trouble(session, shipment.id or 0)
    if hold is not None:
        actor_id = actor.id if actor else None
        close_automatically(session, hold, actor_id, at, "money.release.closed_hold")
        refresh_summary(session, shipment)


BL_NO_CELLS = 40


def set_bl_no(
    session: Session,
    shipment_ref: int | str,
    bl_no: str | None,
    *,
    actor: AgentInfo | None,
) -> Shipment:
    """Record the B/L number when the B/L is issued (statements and invoices list it)."""
    from csdesk.desk.shipments.common import refresh_summary

    number = " ".join((bl_no or "").split()).upper()
    if not number or len(number) > BL_NO_CELLS or not number.isprintable():
        raise DeskError("money.bl.number_bad", value=(bl_no or "-")[:BL_NO_CELLS])
    shipment = resolve_shipment(session, shipment_ref)
    before = shipment.bl_no
    shipment.bl_no = number
    shipment.version += 1
    session.add(shipment)
    refresh_summary(session, shipment)
    if before and before != number:
        from csdesk.desk import audit

        audit.record(
            session, actor, "bl.number", shipment.booking_no, {"bl_no": before}, {"bl_no": number}
        )
    return shipment
