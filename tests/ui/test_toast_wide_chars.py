"""A toast of Chinese text over the Calls screen's dividers keeps every character.

Textual's compositor cut each widget's line at every divider under it and blanked a wide
character straddling a cut (Textualize/textual#6357); csdesk.widgets.compositor_patch keeps a
widget's line whole where it covers both sides of a cut.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console
from textual._compositor import ChopsUpdate
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widgets._toast import Toast

from csdesk.app import CSDeskApp
from csdesk.desk.context import Desk
from tests.conftest import TODAY
from tests.ui.calls_data import FIXED_NOW, calls_book
from tests.ui.keys import wait_for_workers

__all__ = ["calls_book"]

MESSAGE = "报价文本已复制, 发给客户后按 F9 记为已发送。客户名称很长的宁波海天国际贸易有限公司"


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(Desk, "now", lambda self: FIXED_NOW)
    yield


async def settle(pilot: Pilot[None]) -> None:
    for _ in range(3):
        await pilot.pause()
        await wait_for_workers(pilot)
    await pilot.pause()


def toast_text(app: CSDeskApp) -> str:
    """The toast's text as drawn, its lines joined (a long message wraps)."""
    toast = app.screen.query_one(Toast)
    region = toast.region
    lines = app.screen._compositor.render_strips()[region.y : region.bottom]
    return "".join(line.crop(region.x, region.right).text.strip(" ▌▐") for line in lines)


_MOVE_OR_STYLE = re.compile(r"\x1b\[(\d+);(\d+)H|\x1b\[[0-9;]*m")


def paint(update: ChopsUpdate, width: int, height: int) -> list[list[str]]:
    """The cells of a terminal showing dots everywhere after it is sent `update`."""
    rows: list[list[str]] = [["."] * width for _ in range(height)]
    x = y = 0
    sent = update.render_segments(Console(width=width, height=height, file=io.StringIO()))
    at = 0
    for escape in [*_MOVE_OR_STYLE.finditer(sent), None]:
        text = sent[at : escape.start() if escape else len(sent)]
        for char in text.replace("\n", ""):
            rows[y][x] = char
            if cell_len(char) == 2:
                rows[y][x + 1] = ""
            x += cell_len(char)
        if escape is None:
            break
        if escape[1]:
            y, x = int(escape[1]) - 1, int(escape[2]) - 1
        at = escape.end()
    return rows


@pytest.mark.parametrize("size", [(120, 36), (80, 24)])
async def test_a_chinese_toast_over_the_dividers_keeps_every_character(
    calls_book: Path, size: tuple[int, int]
) -> None:
    app = CSDeskApp(db=calls_book, agent="li", today=TODAY)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        app.notify(MESSAGE, timeout=30)
        await settle(pilot)
        cuts = app.screen._compositor.cuts
        toast = app.screen.query_one(Toast).region
        under = {cut for y in range(toast.y, toast.bottom) for cut in cuts[y]}
        assert any(toast.x < cut < toast.right for cut in under), "no divider under the toast"
        assert "".join(MESSAGE.split()) in "".join(toast_text(app).split())


async def test_a_partial_update_of_part_of_the_toast_draws_that_part(calls_book: Path) -> None:
    """The partial update draws the whole toast, and a dirty region starting past a divider
    under it is drawn from the toast (its bucket ends where the toast's line does)."""
    app = CSDeskApp(db=calls_book, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        app.notify(MESSAGE, timeout=30)
        await settle(pilot)
        compositor = app.screen._compositor
        toast = app.screen.query_one(Toast).region
        divider = min(
            cut for cut in compositor.cuts[toast.y + 1] if toast.x + 4 < cut < toast.right
        )
        dirty = Region(divider + 1, toast.y, toast.right - divider - 1, toast.height)
        full = [strip.text for strip in compositor.render_strips()]
        compositor._dirty_regions.clear()
        compositor._dirty_regions.add(dirty)
        update = compositor.render_partial_update()
        assert isinstance(update, ChopsUpdate)
        painted = paint(update, *compositor.size)
        for y in dirty.line_range:
            shown = "".join(painted[y][divider + 1 : toast.right]).replace(".", "")
            assert shown and shown.strip() in full[y], (y, shown)

        compositor._dirty_regions.add(toast)
        update = compositor.render_partial_update()
        assert isinstance(update, ChopsUpdate)
        painted = paint(update, *compositor.size)
        drawn = "".join(
            "".join(painted[y][toast.x : toast.right]).strip(" .▌▐") for y in toast.line_range
        )
        assert "".join(MESSAGE.split()) in "".join(drawn.split())


def cells_of(text: str) -> list[str]:
    """A line as terminal cells: a wide character, then "" for its right half."""
    cells: list[str] = []
    for char in text:
        cells.extend([char, ""] if cell_len(char) == 2 else [char])
    return cells


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_a_partial_update_ending_inside_a_wide_character_sends_it_whole(
    calls_book: Path, size: tuple[int, int]
) -> None:
    """The terminal's update crops a bucket where the dirty region ends: a character straddling
    that column went out as a space, and the terminal drew the space over its left half (a toast
    read "粘贴的  一段消息" once the form beside it redrew). Each dirty region tried here ends
    at a column inside one of the toast's characters."""
    app = CSDeskApp(db=calls_book, agent="li", today=TODAY)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        app.notify(MESSAGE, timeout=30)
        await settle(pilot)
        compositor = app.screen._compositor
        toast = app.screen.query_one(Toast).region
        full = [cells_of(strip.text) for strip in compositor.render_strips()]
        inside = [
            x
            for x in range(toast.x + 1, toast.right)
            if any(full[y][x] == "" for y in toast.line_range)
        ]
        assert inside, "no wide character in the toast"
        for x2 in inside[:12]:
            compositor._dirty_regions.clear()
            compositor._dirty_regions.add(Region(0, toast.y, x2, toast.height))
            update = compositor.render_partial_update()
            assert isinstance(update, ChopsUpdate)
            painted = paint(update, *compositor.size)
            for y in toast.line_range:
                if full[y][x2] == "":  # the character over x2 - 1 and x2: sent whole
                    assert painted[y][x2 - 1 : x2 + 1] == full[y][x2 - 1 : x2 + 1], (x2, y)
                shown = painted[y][toast.x : x2]
                assert shown == full[y][toast.x : x2], (x2, y, "".join(shown))
