"""Run in a fresh interpreter by bench_startup: start an app headless, print when its first frame
was drawn, when it settled, and its resident memory then, as one JSON line.

`python bench/tui_probe.py minimal` runs a minimal Textual app (one Static); `... csdesk DB DAY`
runs the desk on DB, settled once the Calls screen shows its list and the first customer's card.
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


def _rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def _settled(app: Any) -> bool:
    if any(worker.is_running for worker in app.workers):
        return False
    return sys.argv[1] == "minimal" or getattr(app.screen, "card", None) is not None


async def _settle(pilot: Any) -> None:
    for _ in range(2000):
        await pilot.pause()
        if _settled(pilot.app):
            break
    marks["settled"] = time.time()
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
    else:
        import datetime as dt

        from csdesk.app import CSDeskApp

        app = CSDeskApp(db=sys.argv[2], agent=sys.argv[4], today=dt.date.fromisoformat(sys.argv[3]))
    app.run(headless=True, size=(120, 36), auto_pilot=_settle)
    print(json.dumps(marks), flush=True)


if __name__ == "__main__":
    main()
