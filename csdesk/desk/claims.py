"""Claims of calls in progress: two agents never dial the same customer in the same minutes.

Starting a call claims the customer (one row per customer, so the database decides races);
the claim ends when the call is logged, or lapses CLAIM_TTL after its last heartbeat, so a
killed terminal never locks a customer for long. Others see who is on the call and since when,
and their call lists skip the customer meanwhile.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from csdesk.desk.errors import DeskError
from csdesk.i18n import t
from csdesk.models import Agent, CallClaim

CLAIM_TTL = dt.timedelta(minutes=3)
CLAIM_ATTEMPTS = 5


@dataclass(frozen=True)
class Claim:
    customer_id: int
    agent_id: int
    agent_name: str
    since: dt.datetime

    def busy_text(self, tz: dt.tzinfo) -> str:
        """'李娜 正在通话 (since 10:02)': a name is plain text, never markup, where shown."""
        return t(
            "claims.busy", name=self.agent_name, since=self.since.astimezone(tz).strftime("%H:%M")
        )


class ClaimedError(DeskError):
    """Someone else is on a call with this customer."""

    def __init__(self, claim: Claim, tz: dt.tzinfo) -> None:
        since = claim.since.astimezone(tz).strftime("%H:%M")
        super().__init__("claims.taken", name=claim.agent_name, since=since)
        self.claim = claim


def _live(now: dt.datetime) -> ColumnElement[bool]:
    return col(CallClaim.heartbeat_at) > now - CLAIM_TTL


def _claims(session: Session, where: Iterable[ColumnElement[bool]]) -> list[Claim]:
    rows = session.execute(
        select(CallClaim, col(Agent.name))
        .join(Agent, col(Agent.id) == col(CallClaim.agent_id))
        .where(*where)
    ).all()
    return [Claim(c.customer_id, c.agent_id, str(name), c.since) for c, name in rows]


def claim_of(session: Session, customer_id: int, now: dt.datetime) -> Claim | None:
    found = _claims(session, [col(CallClaim.customer_id) == customer_id, _live(now)])
    return found[0] if found else None


def start_call(
    session: Session, agent_id: int, customer_id: int, now: dt.datetime, tz: dt.tzinfo
) -> Claim:
    """Claim the customer for this agent's call; refuses (ClaimedError) while another holds it."""
    session.execute(
        delete(CallClaim).where(
            col(CallClaim.customer_id) == customer_id,
            col(CallClaim.heartbeat_at) <= now - CLAIM_TTL,
        )
    )
    for _attempt in range(CLAIM_ATTEMPTS):
        current = claim_of(session, customer_id, now)
        if current is not None and current.agent_id != agent_id:
            raise ClaimedError(current, tz)
        if current is not None:
            heartbeat(session, agent_id, customer_id, now)
            return current
        try:
            with session.begin_nested():
                session.add(CallClaim(customer_id=customer_id, agent_id=agent_id, since=now,
                                      heartbeat_at=now))  # fmt: skip
        except IntegrityError:
            # Another agent's claim landed between our look and our insert. Look again: it
            # stands, or that call has already ended and the customer is free once more.
            continue
        return Claim(customer_id, agent_id, _agent_name(session, agent_id), now)
    raise DeskError("claims.busy_retry")


def _agent_name(session: Session, agent_id: int) -> str:
    agent = session.get(Agent, agent_id)
    return agent.name if agent else "?"


def heartbeat(session: Session, agent_id: int, customer_id: int, now: dt.datetime) -> bool:
    """Keep the agent's claim alive; False when it has lapsed (or was never theirs)."""
    result = session.execute(
        update(CallClaim)
        .where(
            col(CallClaim.customer_id) == customer_id,
            col(CallClaim.agent_id) == agent_id,
            _live(now),
        )
        .values(heartbeat_at=now)
    )
    return bool(getattr(result, "rowcount", 0))


def end_call(session: Session, agent_id: int | None, customer_id: int) -> None:
    """The call is over (logged, or abandoned): the claim goes."""
    if agent_id is None:
        return
    session.execute(
        delete(CallClaim).where(
            col(CallClaim.customer_id) == customer_id, col(CallClaim.agent_id) == agent_id
        )
    )


def claimed_by_others(
    session: Session, customer_ids: Iterable[int], agent_id: int, now: dt.datetime
) -> dict[int, Claim]:
    """Of `customer_ids`, those another agent is on a call with right now."""
    ids = sorted(set(customer_ids))
    if not ids:
        return {}
    where = [col(CallClaim.customer_id).in_(ids), col(CallClaim.agent_id) != agent_id, _live(now)]
    return {claim.customer_id: claim for claim in _claims(session, where)}
