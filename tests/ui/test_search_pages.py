"""The F3 search pages on like the Customers list (issue 11): a broad query over a big store
reaches every match, not only the first hundred, as the cursor moves down the results."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from csdesk.app import CSDeskApp
from csdesk.desk.context import Desk
from csdesk.desk.customer_search import search_customers
from csdesk.desk.customers import create_customer
from csdesk.screens import search as search_screen
from csdesk.screens.search import SearchModal
from csdesk.widgets import row_list
from csdesk.widgets.row_list import RowList
from tests.conftest import TODAY
from tests.ui.test_shell_and_customers import settle

FIRST = 10
PAGE = 6


def _every_match(desk: Desk, query: str) -> list[int]:
    with desk.session() as session:
        return [row.id for row in search_customers(session, query, limit=10_000)]


async def test_a_query_matching_more_than_a_hundred_reaches_its_last_match(
    db_path: Path, desk: Desk
) -> None:
    with desk.session() as session:
        for number in range(130):
            create_customer(session, {"name": f"宁波第{number:03d}号贸易有限公司", "tier": "C"})
    app = CSDeskApp(db=db_path, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f3", *"宁波")
        await settle(pilot)
        results = app.screen.query_one(RowList)
        for _ in range(12):
            await pilot.press("pagedown")
            await settle(pilot)
        assert len(results.rows) == 130
        assert results.current.name == "宁波第129号贸易有限公司"
        status = str(app.screen.query_one("#search-status", Static).render())
        assert status == "130 个结果"


async def test_moving_down_the_results_loads_every_match_in_order(
    demo_120: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_screen, "FIRST_READ", FIRST)
    monkeypatch.setattr(search_screen, "PAGE_SIZE", PAGE)
    monkeypatch.setattr(row_list, "LOAD_MORE_MARGIN", 2)
    expected = _every_match(demo_120, "g")
    assert len(expected) > FIRST + 2 * PAGE
    app = CSDeskApp(db=demo_120.url, agent="li", today=TODAY, lang="en")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f3", "g")
        await settle(pilot)
        assert isinstance(app.screen, SearchModal)
        results = app.screen.query_one(RowList)
        assert [row.id for row in results.rows][:FIRST] == expected[:FIRST]
        status = str(app.screen.query_one("#search-status", Static).render())
        assert "more as you scroll" in status
        for _ in range(len(expected) // PAGE + 1):
            await pilot.press("pagedown")
            await settle(pilot)
        assert [row.id for row in results.rows] == expected
        assert not results.has_more
        assert results.current.id == expected[-1]
        status = str(app.screen.query_one("#search-status", Static).render())
        assert status == f"{len(expected)} results"
        await pilot.press("enter")
        await settle(pilot)
        card = str(app.screen.query_one("#card-body", Static).render())
        with demo_120.session() as session:
            last = search_customers(session, "g", limit=10_000)[-1]
        assert last.name in card


async def test_a_new_query_drops_the_pages_of_the_old_one(
    demo_120: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_screen, "FIRST_READ", FIRST)
    monkeypatch.setattr(search_screen, "PAGE_SIZE", PAGE)
    app = CSDeskApp(db=demo_120.url, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f3", "g")
        await settle(pilot)
        await pilot.press("pagedown", "pagedown", "h")
        await settle(pilot)
        results = app.screen.query_one(RowList)
        ids = [row.id for row in results.rows]
        assert ids == _every_match(demo_120, "gh")[: len(ids)]
        assert len(ids) == len(set(ids))
