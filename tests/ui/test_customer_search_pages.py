"""The Customers screen's filter pages on as the cursor reaches the end (issue 11): a broad
search walked in pinyin order and a narrow one read by index both load the next page after
the last row shown, and together the pages are every match once, in order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from csdesk.app import CSDeskApp
from csdesk.desk import customer_search
from csdesk.desk.agents import agent_by_login
from csdesk.desk.context import Desk, open_desk
from csdesk.desk.customer_search import search_customers
from csdesk.desk.demo import build_demo
from csdesk.screens import customers as customers_screen
from csdesk.screens.customers import CustomersScreen
from csdesk.widgets.row_list import RowList
from tests.conftest import TODAY, fresh_store
from tests.ui.test_shell_and_customers import settle

PAGE = 8


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    path: Path = tmp_path_factory.mktemp("pages") / "pages.db"
    desk = open_desk(fresh_store(path), today=TODAY)
    with desk.session() as session:
        build_demo(session, 120, 7, today=TODAY)
    yield desk
    desk.engine.dispose()


def _every_match(desk: Desk, query: str) -> list[int]:
    with desk.session() as session:
        owner = agent_by_login(session, "li").id
        return [row.id for row in search_customers(session, query, owner, limit=10_000)]


@pytest.mark.parametrize("walk", [True, False], ids=["walk", "exact"])
async def test_scrolling_past_a_page_loads_the_next_until_every_match_is_shown(
    demo: Desk, walk: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(customers_screen, "PAGE_SIZE", PAGE)
    if walk:
        monkeypatch.setattr(customer_search, "WALK_PER_ROW", 0)
        monkeypatch.setattr(customer_search, "WALK_PAST_AT_LEAST", 0)
    expected = _every_match(demo, "g")
    assert len(expected) > 2 * PAGE  # three pages at least
    app = CSDeskApp(db=demo.url, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f8", "ctrl+f", "g", "enter")
        await settle(pilot)
        assert isinstance(app.screen, CustomersScreen)
        rows = app.screen.query_one(RowList)
        assert [row.id for row in rows.rows] == expected[:PAGE]
        for _ in range(len(expected) // PAGE + 1):
            await pilot.press("G")
            await settle(pilot)
        assert [row.id for row in rows.rows] == expected
        assert not rows.has_more
