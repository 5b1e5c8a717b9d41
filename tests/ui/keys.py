"""Driving the TUI by keys only: settle after work, run a command through the palette."""

from __future__ import annotations

from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.worker import WorkerCancelled


async def wait_for_workers(pilot: Pilot[None]) -> None:
    """Every running worker done. A worker cancelled on purpose (a screen's exclusive load
    replaced by a newer one) is not a failure; `workers.wait_for_complete` raises for it, so a
    test failed whenever a reload landed while it waited. A worker that failed still raises."""
    for worker in list(pilot.app.workers):
        try:
            await worker.wait()
        except WorkerCancelled:
            continue


async def settle(pilot: Pilot[None]) -> None:
    for _ in range(3):
        await pilot.pause()
        await wait_for_workers(pilot)
    await pilot.pause()


async def palette(pilot: Pilot[None], query: str) -> list[str]:
    """Ctrl+P, type `query` (pinyin works without an input method), Enter on the best match.

    Returns the labels the palette offered, best first."""
    await pilot.press("ctrl+p")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CommandPalette)
    await pilot.press(*query)
    await settle(pilot)
    commands = pilot.app.screen.query_one(CommandList)
    labels = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
    await pilot.press("enter")
    await settle(pilot)
    return labels
