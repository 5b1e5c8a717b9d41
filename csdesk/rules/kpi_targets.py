"""Targets (H1), who belongs to which group on a given day, and tier drift (H88).

A monthly target is judged twice: actual against the whole target, and against the share of the
month's working days already gone (on the 10th working day of 20, half the target is "on pace").
An agent who moves group mid-month counts for the old group before the move and the new one from
the day it takes effect.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.kpi_period import Period, workdays

TARGET_MEASURES = ("revenue", "teu", "profit")


@dataclass(frozen=True)
class Progress:
    actual: int
    target: int | None
    elapsed_share: float  # working days gone / working days in the month, 0..1

    @property
    def percent(self) -> float | None:
        """Actual as a percentage of the target."""
        if not self.target:
            return None
        return round(100 * self.actual / self.target, 1)

    @property
    def expected(self) -> int | None:
        """Where the agent should be by now, pro rata over working days."""
        return None if self.target is None else round(self.target * self.elapsed_share)

    @property
    def on_pace(self) -> bool | None:
        expected = self.expected
        return None if expected is None else self.actual >= expected


def elapsed_share(calendar: WorkCalendar, period: Period, today: dt.date) -> float:
    """Working days of the period up to and including today, over all its working days."""
    total = len(workdays(calendar, period))
    if not total or today < period.start:
        return 0.0
    return len(workdays(calendar, period, until=today)) / total


@dataclass(frozen=True)
class GroupChangeRow:
    agent_id: int
    old_group: str
    new_group: str
    effective_on: dt.date


def group_on(agent_id: int, day: dt.date, current: str, changes: Sequence[GroupChangeRow]) -> str:
    """The agent's group on `day`: the last change in effect then, else the group before the
    first later change, else the agent's group today."""
    own = sorted(
        (change for change in changes if change.agent_id == agent_id),
        key=lambda change: change.effective_on,
    )
    before = [change for change in own if change.effective_on <= day]
    if before:
        return before[-1].new_group
    return own[0].old_group if own else current


def tier_drift(rows: Iterable[tuple[int | None, str, str, int]]) -> dict[int | None, int]:
    """Customers whose tier differs from the one their shipments suggest, per owner; rows are
    (owner id, tier, suggested tier, how many customers)."""
    drift: Counter[int | None] = Counter()
    for owner_id, tier, suggested, count in rows:
        if tier != suggested:
            drift[owner_id] += count
    return dict(drift)


@dataclass(frozen=True)
class RankRow:
    agent_id: int
    revenue_cny_minor: int | None
    teu: int
    profit_cny_minor: int | None


def ranking(rows: Iterable[RankRow], by: str = "profit") -> list[RankRow]:
    """Best first; an agent whose total waits on a missing rate ranks after those with one."""

    def key(row: RankRow) -> tuple[int, int, int]:
        value: Mapping[str, int | None] = {
            "revenue": row.revenue_cny_minor,
            "teu": row.teu,
            "profit": row.profit_cny_minor,
        }
        amount = value[by]
        return (0 if amount is not None else 1, -(amount or 0), row.agent_id)

    return sorted(rows, key=key)
