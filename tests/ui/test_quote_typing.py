"""The quote screen opens on its price (digits typed right after F11 land in it: see
test_keys_as_screens_open.py), the arrow keys still pick the rate, and saving without a price
says to enter one (it said "看不懂的价格:" with nothing after the colon)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from csdesk.app import CSDeskApp
from csdesk.models import Quote
from csdesk.widgets.row_list import RowList
from tests.conftest import TODAY
from tests.ui.test_quote_screen import _fixed_clock, quote_db, settle, stored  # noqa: F401


async def test_the_arrows_pick_the_rate_from_the_price(quote_db: Path) -> None:  # noqa: F811
    app = CSDeskApp(db=quote_db, agent="zhao", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        await pilot.press("f11")
        await settle(pilot)
        options = app.screen.query_one("#quote-options", RowList)
        price = app.screen.query_one("#quote-price", Input)
        first = options.current
        assert first is not None and first.carrier == "COSCO" and price.value == "1850"
        await pilot.press("down")
        await settle(pilot)
        chosen = options.current
        assert chosen is not None and chosen.carrier == "MSC" and app.focused is price
        assert price.value == f"{chosen.offered_minor / 100:g}"


@pytest.mark.parametrize(("lang", "words"), [("zh", "输入价格"), ("en", "Enter a price")])
async def test_saving_without_a_price_says_to_enter_one(
    quote_db: Path,  # noqa: F811
    lang: str,
    words: str,
) -> None:
    app = CSDeskApp(db=quote_db, agent="zhao", today=TODAY, lang=lang)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        await pilot.press("f11")
        await settle(pilot)
        await pilot.press("ctrl+u", "f2")  # ctrl+u empties the field
        await settle(pilot)
        messages = [notice.message for notice in app._notifications]
        assert any(str(message).startswith(words) for message in messages), messages
        assert stored(quote_db, Quote) == []
