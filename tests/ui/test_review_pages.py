"""The quote review queue pages in SQL as the cursor nears its end, oldest first, and together
the pages are every waiting quote once (it read 200 at once, the newest)."""

from __future__ import annotations

from pathlib import Path

import pytest

from csdesk.app import CSDeskApp
from csdesk.desk import quote_list
from csdesk.desk.context import Desk
from csdesk.desk.quote_rows import QuoteRow
from csdesk.screens import quote_review
from csdesk.screens.quote_review import QuoteReviewScreen
from csdesk.widgets import row_list
from csdesk.widgets.row_list import RowList
from tests.conftest import TODAY
from tests.desk.quote_fixtures import add_customer, import_sheet, inquiry_for
from tests.desk.test_quotes import _quote
from tests.ui.keys import palette, settle


async def test_the_queue_pages_on_to_its_last_quote(
    desk: Desk, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_sheet(desk, tmp_path / "rates.csv")
    direct = add_customer(desk, "新客户贸易", owner="xin")
    waiting = [_quote(desk, inquiry_for(desk, direct, "xin"), "xin").id for _ in range(7)]
    monkeypatch.setattr(quote_review, "PAGE", 2)
    monkeypatch.setattr(row_list, "LOAD_MORE_MARGIN", 1)
    reads: list[int] = []
    review_queue = quote_list.review_queue

    def counted(session: object, after_id: int | None = None, limit: int = 200) -> list[QuoteRow]:
        found = review_queue(session, after_id, limit)
        reads.append(len(found))
        return found

    monkeypatch.setattr(quote_list, "review_queue", counted)
    app = CSDeskApp(db=db_path, agent="lead", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await palette(pilot, "bjshh")  # 报价审核
        await settle(pilot)
        assert isinstance(app.screen, QuoteReviewScreen)
        rows = app.screen.query_one(RowList)
        for _ in range(len(waiting)):
            await pilot.press("G")
            await settle(pilot)
        assert [row.id for row in rows.rows] == waiting
    assert len(reads) >= 4 and max(reads) <= 3, reads  # pages of 2 (and one to see if more)
