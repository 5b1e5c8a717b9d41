"""One frame per key: a cursor key on the Calls list and on the Board, from the key to the
last frame it causes (the card beside the list included), at the 100,000-customer demo store.

In-process and headless: every frame the app composes is timestamped (App._display), a key is
sent as the terminal driver would send it, and the key counts as done once 300 ms pass without
a frame and no worker runs. The ratio is the last frame against the first (1.0: one frame);
the note gives the milliseconds to the last frame against the 17 ms of one frame at 60 Hz.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from pathlib import Path
from typing import Any

from bench.common import Result
from bench.fixtures import TODAY, demo_store

CUSTOMERS = 100_000
PRESSES = 40
QUIET_S = 0.300


class _Frames:
    def __init__(self) -> None:
        self.times: list[float] = []

    def install(self) -> Any:
        from textual.app import App

        original = App._display
        frames = self

        def display(app: Any, screen: Any, renderable: Any) -> None:
            original(app, screen, renderable)
            if renderable is not None and not app._batch_count:
                frames.times.append(time.perf_counter())

        App._display = display  # type: ignore[method-assign]
        return original


async def _quiet(app: Any, frames: _Frames, since: float) -> None:
    """Until QUIET_S pass with no frame and no worker running; a key's first frame may come
    late on a busy machine, so the quiet is counted from the last frame after `since`."""
    while True:
        await asyncio.sleep(0.01)
        last = frames.times[-1] if frames.times else since
        busy = any(worker.is_running for worker in app.workers)
        if not busy and time.perf_counter() - max(last, since) > QUIET_S:
            return


async def _key_frames(app: Any, frames: _Frames, keys: list[str]) -> tuple[list[float], ...]:
    from textual import events

    firsts, lasts = [], []
    for key in keys:
        await _quiet(app, frames, time.perf_counter())
        frames.times.clear()
        event = events.Key(key, None)
        event.set_sender(app)
        start = time.perf_counter()
        app._driver.send_message(event)
        await _quiet(app, frames, start)
        if frames.times:
            firsts.append(frames.times[0] - start)
            lasts.append(frames.times[-1] - start)
    return firsts, lasts


async def _settle(pilot: Any, ready: Any) -> None:
    for _ in range(2000):
        await pilot.pause()
        if ready() and not any(worker.is_running for worker in pilot.app.workers):
            return


async def _measure(db: Path) -> dict[str, tuple[float, float]]:
    from textual.app import App

    from csdesk.app import CSDeskApp

    frames = _Frames()
    original = frames.install()
    keys = ["down"] * (PRESSES // 2) + ["up"] * (PRESSES // 2)
    measured = {}
    try:
        app = CSDeskApp(db=db, agent="li", today=TODAY)
        async with app.run_test(size=(120, 36)) as pilot:
            await _settle(pilot, lambda: getattr(app.screen, "card", None) is not None)
            measured["Calls"] = await _key_frames(app, frames, keys)
            await pilot.press("f7")
            await _settle(pilot, lambda: type(app.screen).__name__ == "BoardScreen")
            measured["Board"] = await _key_frames(app, frames, keys)
    finally:
        App._display = original  # type: ignore[method-assign]
    return {
        name: (statistics.median(firsts), statistics.median(lasts))
        for name, (firsts, lasts) in measured.items()
    }


def run(workdir: Path) -> list[Result]:
    medians = asyncio.run(_measure(demo_store(CUSTOMERS)))
    return [
        Result(f"{name}: cursor key to last frame @100k", last, "key to first frame", first,
               f"{last * 1000:.1f} ms to the last frame (one frame: 17 ms)")
        for name, (first, last) in medians.items()
    ]  # fmt: skip
