"""A test hook: a process that kills itself (SIGKILL) at a chosen point inside its transactions.

`CSDESK_TEST_KILL_AT=N` counts the points where a crash could hurt (before and after each
INSERT, UPDATE or DELETE, and before each COMMIT) and kills the process at the N-th. The crash
suites (tests/cli/test_crashes.py, bench/bench_store.py) run commands with it to prove a crash
anywhere inside a transaction loses no acknowledged write and leaves nothing half-written.
Without the variable nothing is installed.
"""

from __future__ import annotations

import itertools
import os
import signal
from typing import Any

from sqlalchemy import Engine, event

ENV = "CSDESK_TEST_KILL_AT"
_WRITES = ("INSERT", "UPDATE", "DELETE")


def install(engine: Engine) -> None:
    raw = os.environ.get(ENV, "")
    if not raw.isdigit():
        return
    target = int(raw)
    counter = itertools.count(1)

    def point() -> None:
        if next(counter) == target:
            os.kill(os.getpid(), signal.SIGKILL)

    def around_write(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip()[:6].upper() in _WRITES:
            point()

    event.listen(engine, "before_cursor_execute", around_write)
    event.listen(engine, "after_cursor_execute", around_write)
    event.listen(engine, "commit", lambda _conn: point())
