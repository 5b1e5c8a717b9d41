"""B/L hold proposals waiting for a supervisor, read with Core (`csdesk bl proposals`, the
account card): listing them needs neither the ORM nor the tables."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from csdesk.store.core_tables import agent, bl_hold_proposal, customer, shipment


@dataclass(frozen=True)
class ProposalRow:
    id: int
    shipment_id: int
    booking_no: str
    customer_id: int
    customer: str
    reason: str
    proposed_by: str | None
    proposed_at: dt.datetime

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "shipment": self.booking_no,
            "customer_id": self.customer_id,
            "customer": self.customer,
            "reason": self.reason,
            "proposed_by": self.proposed_by,
            "proposed_at": self.proposed_at,
        }


def open_proposals(
    session: Any, customer_id: int | None = None, limit: int = 200
) -> list[ProposalRow]:
    """Proposals waiting for a supervisor, oldest first (one customer's, or the desk's).
    `session` is a Session or a Connection."""
    proposal = bl_hold_proposal.c
    statement = (
        select(
            proposal.id,
            proposal.shipment_id,
            shipment.c.booking_no,
            proposal.customer_id,
            customer.c.name,
            proposal.reason,
            agent.c.login,
            proposal.proposed_at,
        )
        .select_from(bl_hold_proposal)
        .join(shipment, shipment.c.id == proposal.shipment_id)
        .join(customer, customer.c.id == proposal.customer_id)
        .outerjoin(agent, agent.c.id == proposal.proposed_by_id)
        .where(proposal.status == "proposed")
        .order_by(proposal.id)
    )
    if customer_id is not None:
        statement = statement.where(proposal.customer_id == customer_id)
    return [ProposalRow(*row) for row in session.execute(statement.limit(limit)).all()]
