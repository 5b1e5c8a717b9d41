"""Driving the TUI by keys only: settle after work, run a command through the palette."""

from __future__ import annotations

from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot


async def settle(pilot: Pilot[None]) -> None:
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
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
