"""Keys typed in one burst with the key that opens a screen reach that screen's field, as tmux
sends them (F11 1700 from the inquiry list): they went to the old list before the new screen had
its field focused, came back to the app unused and were lost. Pilot's `press` waits after each
key, so the burst is posted as a terminal would, all keys before any is handled."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from csdesk.app import CSDeskApp
from csdesk.desk.context import open_desk
from csdesk.desk.drafts import draft_key, load_draft
from csdesk.models import Quote
from csdesk.screens.inquiries import InquiriesScreen
from csdesk.screens.intake import IntakeScreen
from csdesk.screens.quote import QuoteScreen
from csdesk.screens.search import SearchModal
from tests.conftest import TODAY
from tests.ui.test_intake import MESSAGE
from tests.ui.test_quote_screen import _fixed_clock, quote_db, settle, stored  # noqa: F401

SIZES = [(80, 24), (120, 36)]


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


def drafted_pol(db: Path) -> str:
    desk = open_desk(db, agent_login="li", today=TODAY)
    try:
        with desk.session() as session:
            draft = load_draft(session, draft_key(desk.agent.id if desk.agent else None))
    finally:
        desk.engine.dispose()
    return str((draft or {}).get("texts", {}).get("pol", ""))


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_letters_in_the_burst_that_opens_the_inquiry_form_are_its_port(
    ui_db: Path, size: tuple[int, int], lang: str
) -> None:
    """Ctrl+N lagos: the form focuses its port only once its draft is loaded; the letters came
    before that and were lost."""
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY, lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        burst(pilot, "ctrl+n", *"lagox", "backspace", "s")
        await settle(pilot)
        assert isinstance(app.screen, IntakeScreen)
        pol = app.screen.query_one("#f-pol", Input)
        assert app.focused is pol and pol.value == "lagos"
    assert drafted_pol(ui_db) == "lagos"  # typed, so kept as the agent's draft


@pytest.fixture
def slow_load(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The intake form's load waits until the test sets the event: the gap between Ctrl+N and
    the focused port, held open as long as a slow store would."""
    import csdesk.desk.intake as intake

    loaded = threading.Event()
    build = intake.message_parser

    def held_parser(session: Any) -> Any:
        assert loaded.wait(timeout=20)
        return build(session)

    monkeypatch.setattr(intake, "message_parser", held_parser)
    yield loaded
    loaded.set()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_typing_and_a_paste_before_the_form_loads_are_kept_in_order(
    ui_db: Path, slow_load: threading.Event, size: tuple[int, int], lang: str
) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY, lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        await pilot.press("ctrl+n", *"lagox", "backspace", "s", "tab", *"tema")
        app.post_message(events.Paste(MESSAGE))  # a whole message, pasted into the second port
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, IntakeScreen) and not screen.ready
        slow_load.set()
        await settle(pilot)
        assert screen.query_one("#f-pol", Input).value == "lagos"
        assert screen.query_one("#f-pod", Input).value == "tema"  # the message does not replace it
        assert screen.query_one("#intake-paste", TextArea).text == MESSAGE
        assert screen.query_one("#f-weight_kg", Input).value == "36000"  # read from the message


async def test_a_paste_in_the_burst_that_opens_the_inquiry_form_is_read(ui_db: Path) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        burst(pilot, "ctrl+n")
        app.post_message(events.Paste(MESSAGE))
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, IntakeScreen)
        assert screen.query_one("#intake-paste", TextArea).text == MESSAGE
        assert screen.query_one("#f-pol", Input).value == "CNNGB"


async def test_escape_leaves_a_form_still_loading(ui_db: Path, slow_load: threading.Event) -> None:
    """Keys are held while the form loads, but not the one that leaves: a slow store never
    keeps the agent in an empty form."""
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        await pilot.press("ctrl+n", *"lagos")
        assert isinstance(app.screen, IntakeScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, InquiriesScreen)
        slow_load.set()
        await settle(pilot)
        assert isinstance(app.screen, InquiriesScreen)
