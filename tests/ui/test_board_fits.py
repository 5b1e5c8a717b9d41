"""The board's stages fit the screen whole: at 80 columns five stages of 16 cells and the rest
scrolled in whole as the focus moves right, never a stage cut in half at the edge."""

from __future__ import annotations

from pathlib import Path

import pytest

from csdesk.app import CSDeskApp
from csdesk.widgets.board_column import BoardColumnView
from tests.conftest import TODAY
from tests.ui.board_fixtures import board_db  # noqa: F401
from tests.ui.test_board_screen import open_board, settle


def _cut(app: CSDeskApp) -> list[str]:
    """The stages only partly on screen."""
    shown = app.screen.query_one("#board-columns").region
    return [
        view.stage
        for view in app.screen.query(BoardColumnView)
        if 0 < shown.intersection(view.region).width < view.region.width
    ]


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 36)])
async def test_every_stage_shown_is_whole(board_db: Path, size: tuple[int, int]) -> None:  # noqa: F811
    app = CSDeskApp(db=board_db, agent="li", today=TODAY)
    async with app.run_test(size=size) as pilot:
        await open_board(pilot)
        assert _cut(app) == []
        for _ in range(7):
            await pilot.press("right")
            await settle(pilot)
            assert _cut(app) == [], app.focused
