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
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql.elements import ColumnElement

from csdesk.desk.errors import DeskError
from csdesk.i18n import t
from csdesk.store.core_tables import agent, call_claim

# Claims are read and written with Core over the claim's columns (a Session or a Connection
# will do): the call list checks them on every read, and a CLI run then needs no ORM.

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
    return call_claim.c.heartbeat_at > now - CLAIM_TTL


def _claims(session: Any, where: Iterable[ColumnElement[bool]]) -> list[Claim]:
    claim = call_claim.c
    rows = session.execute(
        select(claim.customer_id, claim.agent_id, agent.c.name, claim.since)
        .join_from(call_claim, agent, agent.c.id == claim.agent_id)
        .where(*where)
    ).all()
    return [Claim(customer_id, agent_id, str(name), since)
            for customer_id, agent_id, name, since in rows]  # fmt: skip


def claim_of(session: Any, customer_id: int, now: dt.datetime) -> Claim | None:
    found = _claims(session, [call_claim.c.customer_id == customer_id, _live(now)])
    return found[0] if found else None


def start_call(
    session: Any, agent_id: int, customer_id: int, now: dt.datetime, tz: dt.tzinfo
) -> Claim:
    """Claim the customer for this agent's call; refuses (ClaimedError) while another holds it."""
    session.execute(
        delete(call_claim).where(
            call_claim.c.customer_id == customer_id, call_claim.c.heartbeat_at <= now - CLAIM_TTL
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
                session.execute(insert(call_claim).values(customer_id=customer_id,
                                agent_id=agent_id, since=now, heartbeat_at=now))  # fmt: skip
        except IntegrityError:
            # Another agent's claim landed between our look and our insert. Look again: it
            # stands, or that call has already ended and the customer is free once more.
            continue
        return Claim(customer_id, agent_id, _agent_name(session, agent_id), now)
    raise DeskError("claims.busy_retry")


def _agent_name(session: Any, agent_id: int) -> str:
    name = session.execute(select(agent.c.name).where(agent.c.id == agent_id)).scalar()
    return "?" if name is None else str(name)


def heartbeat(session: Any, agent_id: int, customer_id: int, now: dt.datetime) -> bool:
    """Keep the agent's claim alive; False when it has lapsed (or was never theirs)."""
    result = session.execute(
        update(call_claim)
        .where(
            call_claim.c.customer_id == customer_id, call_claim.c.agent_id == agent_id, _live(now)
        )
        .values(heartbeat_at=now)
    )
    return bool(getattr(result, "rowcount", 0))


def end_call(session: Any, agent_id: int | None, customer_id: int) -> None:
    """The call is over (logged, or abandoned): the claim goes."""
    if agent_id is None:
        return
    session.execute(
        delete(call_claim).where(
            call_claim.c.customer_id == customer_id, call_claim.c.agent_id == agent_id
        )
    )


def claimed_by_others(
    session: Any, customer_ids: Iterable[int], agent_id: int, now: dt.datetime
) -> dict[int, Claim]:
    """Of `customer_ids`, those another agent is on a call with right now."""
    ids = sorted(set(customer_ids))
    if not ids:
        return {}
    where = [call_claim.c.customer_id.in_(ids), call_claim.c.agent_id != agent_id, _live(now)]
    return {claim.customer_id: claim for claim in _claims(session, where)}
