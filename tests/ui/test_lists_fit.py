"""At 80x24 the inquiry queue keeps its last column and its LOCODEs whole, in zh and en."""

from __future__ import annotations

from pathlib import Path

import pytest

from csdesk.app import CSDeskApp
from csdesk.desk.agents import agent_by_login
from csdesk.desk.context import Desk
from csdesk.desk.customers import create_customer
from csdesk.models import Inquiry
from csdesk.widgets.calls_list import CallRows, render_entry
from csdesk.widgets.columns import ListHeader
from csdesk.widgets.inquiry_rows import InquiryRows, render_inquiry
from tests.conftest import TODAY
from tests.desk.quote_fixtures import add_inquiry
from tests.ui.calls_data import calls_book
from tests.ui.test_intake import settle

__all__ = ["calls_book"]


@pytest.fixture
def queue_db(db_path: Path, desk: Desk) -> Path:
    with desk.session() as session:
        li = agent_by_login(session, "li").id
        customer = create_customer(session, {"name": "宁波海天国际贸易有限公司", "owner_id": li})
        inquiry_id = add_inquiry(
            session, customer.id or 0, li, missing="weight_kg", commodity="太阳能板"
        )
        inquiry = session.get(Inquiry, inquiry_id)
        assert inquiry is not None
        inquiry.status = "incomplete"
    return db_path


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_queue_at_80x24_keeps_codes_and_the_missing_count_whole(
    queue_db: Path, lang: str
) -> None:
    app = CSDeskApp(db=queue_db, agent="li", today=TODAY, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        rows = app.screen.query_one(InquiryRows)
        row = rows.inquiry_rows[0]
        line = render_inquiry(row, rows.size.width, app.desk.now()).plain  # type: ignore[union-attr]
        missing = "缺 1 项" if lang == "zh" else "1 missing"
        assert line.rstrip().endswith(missing), line
        assert "CNNGB-NGLOS " in line, line
        if lang == "zh":  # the mode and status columns no longer take the goods' room
            assert "太阳能板" in line, line
        titles = str(app.screen.query_one(ListHeader).render())
        assert ("品名" if lang == "zh" else "goods ") in titles, titles


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_call_list_at_80x24_shows_when_a_callback_is_due(
    calls_book: Path, lang: str
) -> None:
    """The reason column is narrow at 80 columns: the callback's time comes first in both
    languages ("callback at 09:30" was cut to "callback at")."""
    app = CSDeskApp(db=calls_book, agent="li", today=TODAY, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        rows = app.screen.query_one(CallRows)
        (callback,) = [row for row in rows.call_rows if row.name == "义乌小商品城"]
        line = render_entry(callback, rows.size.width).plain
        assert "09:30" in line, line
