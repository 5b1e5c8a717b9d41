"""The customer lists (Customers and the F3 search) keep a space between the kind and the VIP
mark at 80x24 in English ("directVIP" read as one word), and an overseas agent's kind is a word,
not "overse"."""

from __future__ import annotations

from pathlib import Path

from csdesk.app import CSDeskApp
from csdesk.desk.context import Desk
from csdesk.desk.customers import create_customer
from csdesk.screens.search import SearchModal
from csdesk.widgets.row_list import RowList
from tests.conftest import TODAY
from tests.ui.test_shell_and_customers import list_lines, settle


async def test_kind_and_vip_read_apart_at_80x24(db_path: Path, desk: Desk) -> None:
    with desk.session() as session:
        create_customer(session, {"name": "宁波华光 VIP", "tier": "A", "vip": True})
        create_customer(session, {"name": "Lagos Agency", "tier": "C", "kind": "agent"})
    app = CSDeskApp(db=db_path, agent="lead", today=TODAY, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        shown = list_lines(app.screen.query_one(RowList))
        assert "direct VIP" in shown and "abroad" in shown, shown
        await pilot.press("f3", *"ningbo")
        await settle(pilot)
        assert isinstance(app.screen, SearchModal)
        assert "direct VIP" in list_lines(app.screen.query_one(RowList))
