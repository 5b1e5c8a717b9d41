"""Run in a fresh interpreter by bench_startup: start an app headless, print when its first frame
was drawn, when it settled, the CPU time it had used by then and its resident memory then, as one
JSON line.

`python bench/tui_probe.py minimal` runs a minimal Textual app (one Static); `... csdesk DB DAY
AGENT` runs the desk as the `csdesk` command does (csdesk.cli.main, which also sets how garbage is
collected during start-up), on DB, settled once the Calls screen shows its list and the first
customer's card. The first frame and the settled moment are times since the epoch: the bench
takes them against the moment it started the process.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from textual.app import App

marks: dict[str, float] = {}
_display = App._display


def _recording_display(self: Any, screen: Any, renderable: Any) -> None:
    _display(self, screen, renderable)
    if renderable is not None and not self._batch_count and "first_frame" not in marks:
        marks["first_frame"] = time.time()
        marks["first_frame_cpu"] = time.process_time()


def _rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def _settled(app: Any) -> bool:
    if any(worker.is_running for worker in app.workers):
        return False
    return app.__class__.__name__ == "Minimal" or getattr(app.screen, "card", None) is not None


async def _settle(pilot: Any) -> None:
    for _ in range(2000):
        await pilot.pause()
        if _settled(pilot.app):
            break
    marks["settled"] = time.time()
    marks["cpu"] = time.process_time()  # every thread's, since the process started
    marks["rss_kb"] = _rss_kb()
    pilot.app.exit()


def main() -> None:
    App._display = _recording_display  # type: ignore[method-assign]
    if sys.argv[1] == "minimal":
        from textual.widgets import Static

        class Minimal(App[None]):
            def compose(self) -> Any:
                yield Static("csdesk")

        app: App[None] = Minimal()
        app.run(headless=True, size=(120, 36), auto_pilot=_settle)
    else:
        _run_desk(*sys.argv[2:5])
    print(json.dumps(marks), flush=True)


def _run_desk(db: str, day: str, agent: str) -> None:
    """The `csdesk` command itself, its app run headless at a fixed size."""
    from csdesk import cli

    run = App.run

    def headless_run(app: App[Any], *args: Any, **kwargs: Any) -> Any:
        return run(app, headless=True, size=(120, 36), auto_pilot=_settle)

    App.run = headless_run  # type: ignore[method-assign,assignment]
    sys.argv = ["csdesk", "--db", db, "--agent", agent, "--today", day]
    try:
        cli.main()
    except SystemExit as leaving:
        if leaving.code:
            raise


if __name__ == "__main__":
    main()
