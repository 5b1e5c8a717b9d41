"""Keys typed in one burst with the key that opens a screen reach that screen's field, as tmux
sends them (F11 1700 from the inquiry list): they went to the old list before the new screen had
its field focused, came back to the app unused and were lost. Pilot's `press` waits after each
key, so the burst is posted as a terminal would, all keys before any is handled."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input

from csdesk.app import CSDeskApp
from csdesk.models import Quote
from csdesk.screens.quote import QuoteScreen
from csdesk.screens.search import SearchModal
from tests.conftest import TODAY
from tests.ui.test_quote_screen import _fixed_clock, quote_db, settle, stored  # noqa: F401


def burst(pilot: Pilot[None], *keys: str) -> None:
    for key in keys:
        character = key if len(key) == 1 else None
        pilot.app.post_message(events.Key(key, character))


@pytest.mark.parametrize(
    ("typing", "size", "lang"),
    [("press", (120, 36), "zh"), ("burst", (80, 24), "zh"), ("burst", (80, 24), "en")],
)
async def test_digits_typed_as_the_quote_opens_are_its_price(
    quote_db: Path,  # noqa: F811
    typing: str,
    size: tuple[int, int],
    lang: str,
) -> None:
    """Pressed one by one (each handled before the next) or sent in one burst with F11."""
    app = CSDeskApp(db=quote_db, agent="zhao", today=TODAY, lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        if typing == "press":
            await pilot.press("f11", *"1700")
        else:
            burst(pilot, "f11", *"1700")
        await settle(pilot)
        assert isinstance(app.screen, QuoteScreen)
        price = app.screen.query_one("#quote-price", Input)
        assert app.focused is price and price.value == "1700"
        await pilot.press("f2")
        await settle(pilot)
        [quote] = stored(quote_db, Quote)
        assert quote.price_minor == 170_000


async def test_letters_in_the_burst_that_opens_search_are_searched(quote_db: Path) -> None:  # noqa: F811
    app = CSDeskApp(db=quote_db, agent="zhao", today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        burst(pilot, "f3", *"lagos")
        await settle(pilot)
        assert isinstance(app.screen, SearchModal)
        assert app.screen.query_one("#search-input", Input).value == "lagos"
