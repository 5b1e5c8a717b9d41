"""Holding a B/L for money owed (H56, H60): the last resort, never automatic, a supervisor's call.

An agent proposes a hold (the chase's 30-day level says when): the proposal is recorded with who,
when and why, and becomes a task in each supervisor's call list. A supervisor holds the B/L (the
board's `bl_held` trouble, holder us) or declines with a reason; a supervisor may also hold
directly. Every step is in the audit log. No agent logged in (the store's owner) acts as a
supervisor, as elsewhere on the desk.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlmodel import Session, col

from csdesk.desk import audit
from csdesk.desk.context import AgentInfo
from csdesk.desk.errors import DeskError
from csdesk.desk.money.ageing import overdue_minor
from csdesk.desk.shipments.common import resolve_shipment
from csdesk.models import Agent, BlHoldProposal, Shipment, Task, Trouble
from csdesk.models.base import utcnow

REVIEW_KIND = "money_hold_review"
SOURCE = "blholdproposal"


def _reason(reason: str | None) -> str:
    if not (reason and reason.strip()):
        raise DeskError("money.error.reason_needed")
    return reason.strip()


def _decides(actor: AgentInfo | None) -> bool:
    return actor is None or actor.is_supervisor


def _held_by_us(session: Session, shipment: Shipment) -> bool:
    from csdesk.desk.money.bl import held_trouble

    return held_trouble(session, shipment.id or 0) is not None


def _open_proposal(session: Session, shipment_id: int) -> BlHoldProposal | None:
    statement = select(BlHoldProposal).where(
        col(BlHoldProposal.shipment_id) == shipment_id, col(BlHoldProposal.status) == "proposed"
    )
    return session.execute(statement.limit(1)).scalars().first()


def propose_hold(
    session: Session,
    shipment_ref: int | str,
    reason: str | None,
    *,
    actor: AgentInfo | None,
    now: dt.datetime | None = None,
) -> BlHoldProposal:
    """An agent's proposal to hold the B/L; a task for every supervisor to decide it."""
    why = _reason(reason)
    at = now or utcnow()
    shipment = resolve_shipment(session, shipment_ref)
    assert shipment.id is not None
    if _held_by_us(session, shipment):
        raise DeskError("money.hold.already_held", booking_no=shipment.booking_no)
    if _open_proposal(session, shipment.id) is not None:
        raise DeskError("money.hold.already_proposed", booking_no=shipment.booking_no)
    proposal = BlHoldProposal(
        shipment_id=shipment.id,
        customer_id=shipment.customer_id,
        reason=why,
        proposed_by_id=actor.id if actor else None,
        proposed_at=at,
    )
    session.add(proposal)
    session.flush()
    supervisors = select(col(Agent.id)).where(
        col(Agent.role) == "supervisor", col(Agent.active).is_(True)
    )
    for supervisor_id in session.execute(supervisors).scalars():
        session.add(
            Task(
                customer_id=shipment.customer_id,
                agent_id=supervisor_id,
                kind=REVIEW_KIND,
                due_at=at,
                source_table=SOURCE,
                source_id=proposal.id,
                note=f"{shipment.booking_no} {why}",
            )
        )
    after = {"proposal": proposal.id, "reason": why}
    audit.record(session, actor, "bl.hold_propose", shipment.booking_no, None, after)
    return proposal


def _close(
    session: Session,
    proposal: BlHoldProposal,
    status: str,
    note: str | None,
    actor: AgentInfo | None,
    at: dt.datetime,
) -> None:
    proposal.status = status
    proposal.decided_by_id = actor.id if actor else None
    proposal.decided_at = at
    proposal.decision_note = note
    session.add(proposal)
    tasks = select(Task).where(
        col(Task.source_table) == SOURCE,
        col(Task.source_id) == proposal.id,
        col(Task.done_at).is_(None),
    )
    for task in session.execute(tasks).scalars():
        task.done_at = at
        task.version += 1
        session.add(task)


def hold_bl(
    session: Session,
    shipment_ref: int | str,
    reason: str | None,
    *,
    today: dt.date,
    actor: AgentInfo | None,
    now: dt.datetime | None = None,
) -> Trouble:
    """A supervisor holds the B/L (directly or on a proposal): never automatic, always with a
    reason. An agent is told to propose it instead."""
    from csdesk.desk.shipments.trouble import record_trouble

    why = _reason(reason)
    if not _decides(actor):
        raise DeskError("money.hold.supervisor_decides")
    at = now or utcnow()
    shipment = resolve_shipment(session, shipment_ref)
    assert shipment.id is not None
    if _held_by_us(session, shipment):
        raise DeskError("money.hold.already_held", booking_no=shipment.booking_no)
    owed = overdue_minor(session, shipment.customer_id, today)
    trouble = record_trouble(
        session,
        shipment.id,
        "bl_held",
        details={"holder": "us", "reason": "account_overdue" if owed else "agreement_expired"},
        note=why,
        actor_id=actor.id if actor else None,
        now=at,
    )
    proposal = _open_proposal(session, shipment.id)
    if proposal is not None:
        proposal.trouble_id = trouble.id
        _close(session, proposal, "held", why, actor, at)
    after = {"trouble": trouble.id, "reason": why, "proposal": proposal.id if proposal else None}
    audit.record(session, actor, "bl.hold", shipment.booking_no, None, after)
    return trouble


def decline_hold(
    session: Session,
    proposal_id: int,
    reason: str | None,
    *,
    actor: AgentInfo | None,
    now: dt.datetime | None = None,
) -> BlHoldProposal:
    """A supervisor declines a proposed hold, with the reason the agent will read."""
    why = _reason(reason)
    if not _decides(actor):
        raise DeskError("money.hold.supervisor_decides")
    proposal = pending_proposal(session, proposal_id)
    _close(session, proposal, "declined", why, actor, now or utcnow())
    shipment = session.get(Shipment, proposal.shipment_id)
    subject = shipment.booking_no if shipment else f"#{proposal.shipment_id}"
    audit.record(
        session, actor, "bl.hold_decline", subject, {"proposal": proposal.id}, {"reason": why}
    )
    return proposal


def pending_proposal(session: Session, proposal_id: int) -> BlHoldProposal:
    proposal = session.get(BlHoldProposal, proposal_id)
    if proposal is None:
        raise DeskError("money.hold.unknown", ref=proposal_id)
    if proposal.status != "proposed":
        raise DeskError("money.hold.decided", ref=proposal_id)
    return proposal
