"""The header at 80 columns in English still says whether today is a working day: the app's
name and then the database's give way first; at 120 columns all of it shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from csdesk.app import CSDeskApp
from csdesk.widgets.header import DeskHeader
from tests.conftest import TODAY
from tests.ui.test_shell_and_customers import settle


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
async def test_the_day_shows_whole(ui_db: Path, lang: str, size: tuple[int, int]) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY, lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        header = app.screen.query_one(DeskHeader)
        shown = str(header.render())
        assert cell_len(shown) <= header.content_region.width, shown
        assert ("working day" if lang == "en" else "工作日") in shown
        assert ("Customers" if lang == "en" else "客户") in shown
        if size[0] >= 120:  # the store's name: the file on SQLite, the URL on PostgreSQL
            assert header._shown is not None and header._shown[3]
            assert header._shown[3] in shown
