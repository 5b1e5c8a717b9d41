"""At 80x24 every screen's footer keys end before the palette hint on its right."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.widgets._footer import FooterKey

from csdesk.app import CSDeskApp
from csdesk.screens.quote import QuoteScreen
from tests.conftest import TODAY
from tests.desk.quote_fixtures import add_inquiry, import_sheet
from tests.ui.test_intake import settle


def overlaps(app: App[None]) -> list[str]:
    keys = list(app.screen.query(FooterKey))
    hint = next((key for key in keys if key.has_class("-command-palette")), None)
    if hint is None:
        return []
    return [
        f"{key.key_display} {key.description}"
        for key in keys
        if key is not hint and key.region.width and key.region.right > hint.region.x
    ]


@pytest.fixture
def quote_db(ui_db: Path, tmp_path: Path) -> Path:
    from csdesk.desk.agents import agent_by_login
    from csdesk.desk.context import open_desk
    from csdesk.desk.customers import resolve_customer

    desk = open_desk(ui_db, today=TODAY)
    import_sheet(desk, tmp_path / "rates.csv")  # ui_db may be a PostgreSQL URL
    with desk.session() as session:
        li = agent_by_login(session, "li").id
        customer = resolve_customer(session, "宁波海天国际贸易有限公司")
        add_inquiry(session, customer.id or 0, li)
    desk.engine.dispose()
    return ui_db


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_footers_fit_beside_the_palette_hint_at_80x24(quote_db: Path, lang: str) -> None:
    app = CSDeskApp(db=quote_db, agent="li", today=TODAY, lang=lang)
    problems: dict[str, list[str]] = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for key in ("f5", "f6", "f7", "f8"):
            await pilot.press(key)
            await settle(pilot)
            problems[type(app.screen).__name__] = overlaps(app)
        await pilot.press("f6")
        await settle(pilot)
        await pilot.press("f11")
        await settle(pilot)
        assert isinstance(app.screen, QuoteScreen)
        problems["QuoteScreen"] = overlaps(app)
    assert not {name: keys for name, keys in problems.items() if keys}
