"""The quote screen's rate options show every column, the transit days included, at 80x24 in
both languages, under a header naming them; at 120x36 the validity keeps its year."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widget import Widget

from csdesk.app import CSDeskApp
from csdesk.desk.context import Desk
from csdesk.rules.pricing import money_text
from csdesk.widgets.row_list import RowList
from tests.conftest import TODAY
from tests.desk.quote_fixtures import add_customer, inquiry_for
from tests.ui.test_quote_screen import (  # noqa: F401
    CUSTOMER,
    FIXED_NOW,
    _fixed_clock,
    open_quote,
    quote_db,
)
from tests.ui.test_shell_and_customers import list_lines

HEADERS = {"zh": ("船司", "报价", "有效至", "航程"), "en": ("Carrier", "Price", "Until", "Transit")}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
async def test_the_transit_days_show_at_80_and_the_year_at_120(
    quote_db: Path,  # noqa: F811
    lang: str,
    size: tuple[int, int],
) -> None:
    app = CSDeskApp(db=quote_db, agent="zhao", today=TODAY, lang=lang)
    async with app.run_test(size=size) as pilot:
        screen = await open_quote(pilot)
        options = screen.query_one("#quote-options", RowList)
        first = options.rows[0]
        line = list_lines(options).splitlines()[0]
        days = f"{first.transit_days}天" if lang == "zh" else f"{first.transit_days}d"
        if size[0] >= 120:
            days = f"{first.transit_days} 天" if lang == "zh" else f"{first.transit_days} days"
            assert first.valid_to.isoformat() in line
        else:
            assert first.valid_to.strftime("%m-%d") in line
        assert days in line, line
        assert first.carrier in line
        assert money_text(first.offered_minor, first.currency) in line
        header = screen.query_one("#quote-options-header", Widget)
        titles = str(header.render())
        for title in HEADERS[lang]:
            assert title in titles, titles


async def test_no_rate_shows_no_column_titles_over_its_message(desk: Desk, db_path: Path) -> None:
    peer = add_customer(desk, CUSTOMER, kind="peer", owner="zhao")
    inquiry_for(desk, peer, "zhao", received_at=FIXED_NOW - dt.timedelta(minutes=2))
    app = CSDeskApp(db=db_path, agent="zhao", today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_quote(pilot)
        assert screen.query_one("#quote-options", RowList).rows == []
        assert not screen.query_one("#quote-options-header", Widget).display
