"""An import's journal: what a long import has published so far, so that it stays all or nothing.

A long import is published in short transactions (csdesk.desk.transfer.writing), so that other
desks wait a fraction of a second for the store instead of the whole import. Each transaction
also notes in a desk setting (`import.pending.<run>`) the ids of the customers it created. The
last transaction deletes the note. An import that fails takes its customers out again; one that
was killed is taken out by the next desk that opens the store (its process is gone, or it has
not moved for STALE_AFTER).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from csdesk.desk.opening import IMPORT_PENDING_PREFIX
from csdesk.models import Contact, Customer, DeskSetting
from csdesk.store.clock import wall_utcnow

PREFIX = IMPORT_PENDING_PREFIX
STALE_AFTER = dt.timedelta(minutes=10)


@dataclass
class ImportRun:
    """One import being published; `ranges` are the created customer ids, as closed ranges."""

    key: str = field(default_factory=lambda: PREFIX + uuid.uuid4().hex)
    ranges: list[list[int]] = field(default_factory=list)

    def add(self, ids: Iterable[int]) -> None:
        for customer_id in sorted(ids):
            if self.ranges and self.ranges[-1][1] + 1 == customer_id:
                self.ranges[-1][1] = customer_id
            else:
                self.ranges.append([customer_id, customer_id])

    def note(self, session: Session) -> None:
        """Write the journal into the current transaction, with a heartbeat."""
        value = json.dumps(
            {
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "beat": wall_utcnow().isoformat(),
                "ids": self.ranges,
            }
        )
        row = session.get(DeskSetting, self.key)
        if row is None:
            session.add(DeskSetting(key=self.key, value=value))
        else:
            row.value = value
        session.flush()

    def finish(self, session: Session) -> None:
        session.execute(delete(DeskSetting).where(col(DeskSetting.key) == self.key))


def _ids(ranges: Sequence[Sequence[int]]) -> list[int]:
    return [number for first, last in ranges for number in range(first, last + 1)]


def take_back(session: Session, key: str, ranges: Sequence[Sequence[int]]) -> int:
    """Delete what an unfinished import created, in short transactions; the number deleted.

    A customer another agent has meanwhile used (a call logged on it) stays: deleting it would
    lose their work.
    """
    ids = _ids(ranges)
    deleted = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        try:
            deleted += _delete(session, chunk)
            session.commit()
        except IntegrityError:
            session.rollback()
            for customer_id in chunk:
                try:
                    deleted += _delete(session, [customer_id])
                    session.commit()
                except IntegrityError:
                    session.rollback()
    session.execute(delete(DeskSetting).where(col(DeskSetting.key) == key))
    session.commit()
    return deleted


def _delete(session: Session, customer_ids: list[int]) -> int:
    session.execute(delete(Contact).where(col(Contact.customer_id).in_(customer_ids)))
    result = session.execute(delete(Customer).where(col(Customer.id).in_(customer_ids)))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _abandoned(value: dict[str, object], now: dt.datetime) -> bool:
    try:
        beat = dt.datetime.fromisoformat(str(value.get("beat")))
    except ValueError:
        return True
    if now - beat > STALE_AFTER:
        return True
    if value.get("host") != socket.gethostname():
        return False
    try:
        os.kill(int(str(value.get("pid"))), 0)
    except ProcessLookupError:
        return True
    except (PermissionError, ValueError):
        return False
    return False


def recover_abandoned(session: Session) -> int:
    """Take back the customers of imports whose process is gone; the number taken back."""
    rows = session.execute(
        select(col(DeskSetting.key), col(DeskSetting.value)).where(
            col(DeskSetting.key) >= PREFIX, col(DeskSetting.key) < PREFIX + "~"
        )
    ).all()
    now = wall_utcnow()
    taken = 0
    for key, raw in rows:
        try:
            value = json.loads(raw)
        except ValueError:
            value = {}
        if _abandoned(value, now):
            taken += take_back(session, key, value.get("ids") or [])
    return taken
