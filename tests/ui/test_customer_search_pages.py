"""The Customers screen's filter pages on as the cursor reaches the end (issue 11): a broad
search walked in pinyin order and a narrow one read by index both load the next page after
the last row shown, and together the pages are every match once, in order. The first read is
a screenful; scrolling the view past it loads the next page as moving the cursor does."""

from __future__ import annotations

import pytest
from textual.events import MouseScrollDown

from csdesk.app import CSDeskApp
from csdesk.desk import customer_search
from csdesk.desk.agents import agent_by_login
from csdesk.desk.context import Desk
from csdesk.desk.customer_search import search_customers
from csdesk.screens import customers as customers_screen
from csdesk.screens.customers import CustomersScreen
from csdesk.widgets import row_list
from csdesk.widgets.row_list import RowList
from tests.conftest import TODAY
from tests.ui.test_shell_and_customers import settle

# At SIZE the list shows 8 rows: the first read (FIRST) fills it and the next pages are PAGE.
SIZE = (120, 16)
FIRST = 10
PAGE = 6


def _every_match(desk: Desk, query: str) -> list[int]:
    with desk.session() as session:
        owner = agent_by_login(session, "li").id
        return [row.id for row in search_customers(session, query, owner, limit=10_000)]


@pytest.mark.parametrize("walk", [True, False], ids=["walk", "exact"])
async def test_scrolling_past_a_page_loads_the_next_until_every_match_is_shown(
    demo_120: Desk, walk: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small_pages(monkeypatch)
    if walk:
        monkeypatch.setattr(customer_search, "WALK_PER_ROW", 0)
        monkeypatch.setattr(customer_search, "WALK_PAST_AT_LEAST", 0)
    expected = _every_match(demo_120, "g")
    assert len(expected) > FIRST + 2 * PAGE  # three pages after the first read at least
    app = CSDeskApp(db=demo_120.url, agent="li", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f8", "ctrl+f", "g", "enter")
        await settle(pilot)
        assert isinstance(app.screen, CustomersScreen)
        rows = app.screen.query_one(RowList)
        assert [row.id for row in rows.rows] == expected[:FIRST]
        for _ in range(len(expected) // PAGE + 1):
            await pilot.press("G")
            await settle(pilot)
        assert [row.id for row in rows.rows] == expected
        assert not rows.has_more


def _small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(customers_screen, "FIRST_READ", FIRST)
    monkeypatch.setattr(customers_screen, "PAGE_SIZE", PAGE)
    monkeypatch.setattr(row_list, "LOAD_MORE_MARGIN", 2)


async def test_scrolling_the_view_past_the_first_read_loads_the_next_page(
    demo_120: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small_pages(monkeypatch)
    expected = _every_match(demo_120, "")
    assert len(expected) > FIRST + PAGE
    app = CSDeskApp(db=demo_120.url, agent="li", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        rows = app.screen.query_one(RowList)
        assert [row.id for row in rows.rows] == expected[:FIRST]
        assert rows.has_more
        for _ in range(FIRST - rows.size.height):  # the mouse wheel: the cursor stays on top
            await pilot._post_mouse_events([MouseScrollDown], rows, offset=(5, 2))
        await settle(pilot)
        assert rows.cursor == 0
        assert [row.id for row in rows.rows] == expected[: FIRST + PAGE]
        assert rows.has_more


async def test_a_list_taller_than_the_first_read_fills_its_view(
    demo_120: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small_pages(monkeypatch)
    expected = _every_match(demo_120, "")
    app = CSDeskApp(db=demo_120.url, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:  # the list shows 28 rows
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        rows = app.screen.query_one(RowList)
        assert rows.size.height > FIRST
        shown = min(len(expected), rows.size.height)
        assert [row.id for row in rows.rows][:shown] == expected[:shown]
        assert len(rows.rows) >= shown
