"""The desk's one clock: every date and time the desk takes by itself comes from here.

It is the wall clock unless
- CSDESK_CLOCK names an instant with its offset (`2026-12-07T10:00+08:00`): the clock starts
  at that instant when the process reads the variable and runs on with real time (a shifted
  clock, so stamps taken one after another keep their order), for tests and rehearsals;
- inside `clock_before` (the demo build): a clock that stands just before a fixed moment.

Durations (time.monotonic, perf_counter) are not dates and stay on the real clock, and so does
`wall_utcnow`, the liveness beat that processes compare with one another. No SQLAlchemy here:
the terminal desk reads CSDESK_CLOCK before it imports the store.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

ENV = "CSDESK_CLOCK"
EXAMPLE = "2026-12-07T10:00+08:00"
# The dates --today accepts (commands.common.parse_date).
_EARLIEST, _LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)

# A clock that stands still (the demo build's): None is the running clock.
_STILL: ContextVar[Iterator[dt.datetime] | None] = ContextVar("csdesk_still_clock", default=None)
# The running clock is the wall clock moved by `_offset`; `_source` is the CSDESK_CLOCK text
# it was started from (None: the wall clock, or a clock started in code).
_offset = dt.timedelta(0)
_source: str | None = None


class ClockError(ValueError):
    """CSDESK_CLOCK is not a date and time with an offset."""


def utcnow() -> dt.datetime:
    """Now, in UTC: the running clock, or inside `clock_before` a time just before its moment."""
    still = _STILL.get()
    return dt.datetime.now(dt.UTC) + _offset if still is None else next(still)


def now_in(tz: dt.tzinfo | None = None) -> dt.datetime:
    """Now in the zone `tz` (the desk's, DESK_TZ, for a desk date); None is the machine's own."""
    return utcnow().astimezone(tz)


def wall_utcnow() -> dt.datetime:
    """The real time, for a beat another process judges liveness by: a shifted clock in one
    process must not make another take back an import that is still running."""
    return dt.datetime.now(dt.UTC)


def parse_clock(text: str) -> dt.datetime:
    """The instant `text` names: an ISO date and time with its offset; ClockError otherwise."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise ClockError(text) from None
    if moment.utcoffset() is None or not _EARLIEST <= moment.date() <= _LATEST:
        raise ClockError(text)
    return moment


def start_clock(moment: dt.datetime | None, source: str | None = None) -> None:
    """From now on the clock runs from `moment` (None: the wall clock). `source` is the
    CSDESK_CLOCK text it came from, which `clock_from_environment` then leaves running."""
    global _offset, _source
    _offset = dt.timedelta(0) if moment is None else moment - dt.datetime.now(dt.UTC)
    _source = source


def clock_from_environment(environ: Mapping[str, str]) -> None:
    """Start the clock CSDESK_CLOCK names (an empty value is unset, as for every CSDESK_*
    variable); ClockError for a bad one. A clock already running from the same value keeps
    running: a second command in the same process (as tests run them) does not turn it back."""
    text = (environ.get(ENV) or "").strip() or None
    if text == _source:
        return
    start_clock(None if text is None else parse_clock(text), text)


@contextmanager
def clock_before(
    moment: dt.datetime, room: dt.timedelta = dt.timedelta(minutes=5)
) -> Iterator[None]:
    """Within the block, every stamp the desk takes by itself (created_at, a hold, a task's due
    time) falls in the `room` before `moment`, one microsecond apart in the order taken, so a
    store built here (the demo) has nothing that happened after its moment and builds the same
    way at any hour of the wall clock."""
    start = (moment - room).astimezone(dt.UTC)
    last = moment.astimezone(dt.UTC)
    ticks = (min(start + dt.timedelta(microseconds=n), last) for n in itertools.count())
    token = _STILL.set(ticks)
    try:
        yield
    finally:
        _STILL.reset(token)
