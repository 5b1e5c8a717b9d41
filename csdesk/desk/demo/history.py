"""Six months of contacts per customer, and the last contact and last reach they leave behind.

Contacts fall on working days (the store's calendar) between 08:30 and 18:00 desk time. The last
15 working days follow the cadence of H89: A customers nearly every working day, B most days, C
two or three times a week, D rarely. Earlier months are thinner, which is how a desk's log looks
and what keeps the store at about 10 contacts a customer (100,000 customers: about 1,000,000
interactions, the scale issue 3 benchmarks). Dormant customers have had no contact for 100 days.
An unanswered phone call is sometimes tried again later the same day.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from csdesk.desk.demo import words
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.vocab import REACHED_OUTCOMES
from csdesk.rules.zone import DESK_TZ

WINDOW_DAYS = 182
RECENT_WORKDAYS = 15
DORMANT_QUIET_DAYS = 100
DAY_START = dt.time(8, 30)
DAY_MINUTES = 570  # 08:30-18:00
# The first contact of a day leaves room for a retry before 18:00.
FIRST_CALL_MINUTES = DAY_MINUTES - 200
RETRIED = ("no_answer", "busy")
RETRY_SHARE = 0.35
NOTE_SHARE = 0.85
# Chance of a contact on a working day: (last 15 working days, the months before).
TIER_RATES = {"A": (0.9, 0.2), "B": (0.65, 0.1), "C": (0.45, 0.05), "D": (0.02, 0.02)}
DORMANT_RATE = 0.03
# (channel, outcome, weight): phone 70%, WeChat 25%, email 3%, visits 2%.
EVENT_WEIGHTS = (
    ("phone", "reached", 0.70 * 0.465),
    ("phone", "no_answer", 0.70 * 0.20),
    ("phone", "busy", 0.70 * 0.07),
    ("phone", "callback_agreed", 0.70 * 0.08),
    ("phone", "inquiry", 0.70 * 0.12),
    ("phone", "visit_booked", 0.70 * 0.05),
    ("phone", "wrong_number", 0.70 * 0.015),
    ("wechat", "reached", 0.25 * 0.60),
    ("wechat", "no_answer", 0.25 * 0.20),
    ("wechat", "callback_agreed", 0.25 * 0.05),
    ("wechat", "inquiry", 0.25 * 0.15),
    ("email", "reached", 0.03 * 0.50),
    ("email", "no_answer", 0.03 * 0.30),
    ("email", "inquiry", 0.03 * 0.20),
    ("visit", "reached", 0.02 * 0.80),
    ("visit", "inquiry", 0.02 * 0.20),
)
PHONE_EVENTS = tuple(event for event in EVENT_WEIGHTS if event[0] == "phone")
INTERACTION_COLUMNS = (
    "created_at",
    "updated_at",
    "version",
    "customer_id",
    "agent_id",
    "at",
    "channel",
    "outcome",
    "note",
)


@dataclass(frozen=True)
class Handover:
    """A book that changed hands: contacts before day `from_day` were logged by `covering_id`."""

    from_day: int
    covering_id: int


class Latest(NamedTuple):
    """The customer row's last contact, reach and inquiry, in stored form (None: never)."""

    contact: Any
    reached: Any
    inquiry: Any


class _EventTable:
    """Draws (channel, outcome, note) by weight with one random number.

    Every note of an outcome is its own entry (and "no note" one more), so a single draw picks
    all three: at a million contacts every random number counts.
    """

    def __init__(self, events: tuple[tuple[str, str, float], ...]) -> None:
        self.entries: list[tuple[str, str, str | None]] = []
        weights: list[float] = []
        for channel, outcome, weight in events:
            notes = _notes(channel, outcome)
            for note in notes:
                self.entries.append((channel, outcome, note))
                weights.append(weight * NOTE_SHARE / len(notes))
            self.entries.append((channel, outcome, None))
            weights.append(weight * (1 - NOTE_SHARE))
        total = sum(weights)
        running = 0.0
        self.cumulative: list[float] = []
        for weight in weights:
            running += weight
            self.cumulative.append(running / total)
        # A random() in [0, 1) then always lands on an entry: bisect_right stays below len.
        self.cumulative[-1] = 1.0


def _notes(channel: str, outcome: str) -> tuple[str, ...]:
    if outcome == "inquiry":
        prefix = words.INQUIRY_PREFIX[channel]
        return tuple(
            f"{prefix} {cargo} {origin}-{destination}"
            for cargo in words.CARGO
            for origin in words.ORIGIN_PORTS
            for destination in words.DESTINATION_PORTS
        )
    return words.CHANNEL_NOTES.get((channel, outcome)) or words.OUTCOME_NOTES[outcome]


class History:
    """Interaction rows for one customer at a time, as tuples in INTERACTION_COLUMNS order."""

    def __init__(
        self,
        rng: random.Random,
        calendar: WorkCalendar,
        today: dt.date,
        stamp: Callable[[dt.datetime], Any],
    ) -> None:
        self._rng = rng
        self.days = [
            day
            for day in (today - dt.timedelta(days=back) for back in range(WINDOW_DAYS, 0, -1))
            if calendar.is_workday(day)
        ]
        self._starts = [
            dt.datetime.combine(day, DAY_START, tzinfo=DESK_TZ).astimezone(dt.UTC)
            for day in self.days
        ]
        self._recent_from = max(0, len(self.days) - RECENT_WORKDAYS)
        quiet_from = today - dt.timedelta(days=DORMANT_QUIET_DAYS)
        self._dormant_until = bisect.bisect_left(self.days, quiet_from)
        self._stamp = stamp
        self._stamps: dict[int, Any] = {}
        self._all = _EventTable(EVENT_WEIGHTS)
        self._phone = _EventTable(PHONE_EVENTS)
        self._log_miss = {
            tier: (math.log1p(-recent), math.log1p(-older))
            for tier, (recent, older) in TIER_RATES.items()
        }
        self._log_miss_dormant = math.log1p(-DORMANT_RATE)

    def first_day_from(self, day: dt.date) -> int:
        return bisect.bisect_left(self.days, day)

    def _contact_days(self, tier: str, dormant: bool) -> list[int]:
        """Working-day indexes with a contact: a Bernoulli trial per day, by geometric gaps."""
        chosen: list[int] = []
        if dormant:
            self._trials(self._log_miss_dormant, 0, self._dormant_until, chosen)
            return chosen
        log_recent, log_older = self._log_miss[tier]
        self._trials(log_older, 0, self._recent_from, chosen)
        self._trials(log_recent, self._recent_from, len(self.days), chosen)
        return chosen

    def _trials(self, log_miss: float, start: int, end: int, chosen: list[int]) -> None:
        rnd = self._rng.random
        day = start - 1
        while True:
            day += 1 + int(math.log(1.0 - rnd()) / log_miss)
            if day >= end:
                return
            chosen.append(day)

    def _at(self, day: int, minute: int) -> Any:
        key = day * 1000 + minute
        stored = self._stamps.get(key)
        if stored is None:
            moment = self._starts[day] + dt.timedelta(minutes=minute)
            stored = self._stamps[key] = self._stamp(moment)
        return stored

    def customer(
        self,
        customer_id: int,
        agent_id: int,
        tier: str,
        dormant: bool,
        handover: Handover | None = None,
    ) -> tuple[list[tuple[Any, ...]], Latest]:
        """The customer's interaction rows and what they leave on the customer row.

        Called once per customer for a million rows: the draws are inlined on purpose.
        """
        rows: list[tuple[Any, ...]] = []
        last_contact = last_reached = last_inquiry = None
        rnd, stamps, bisect_right = self._rng.random, self._stamps, bisect.bisect_right
        for day in self._contact_days(tier, dormant):
            logged_by = agent_id
            if handover is not None and day < handover.from_day:
                logged_by = handover.covering_id
            minute = int(rnd() * FIRST_CALL_MINUTES)
            table = self._all
            while True:
                channel, outcome, note = table.entries[bisect_right(table.cumulative, rnd())]
                at = stamps.get(day * 1000 + minute) or self._at(day, minute)
                rows.append((at, at, 1, customer_id, logged_by, at, channel, outcome, note))
                last_contact = at
                if outcome in REACHED_OUTCOMES:
                    last_reached = at
                    if outcome == "inquiry":
                        last_inquiry = at
                elif channel == "phone" and outcome in RETRIED and rnd() < RETRY_SHARE:
                    minute += 30 + int(rnd() * 170)
                    if minute < DAY_MINUTES:
                        table = self._phone
                        continue
                break
        return rows, Latest(last_contact, last_reached, last_inquiry)
