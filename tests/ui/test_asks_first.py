"""What cannot be undone, or steps past a rule, asks first and names what it is about."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Static

from csdesk.app import CSDeskApp
from csdesk.desk.context import open_desk
from csdesk.desk.drafts import draft_key, load_draft
from csdesk.screens.confirm import ConfirmModal
from csdesk.screens.inquiries import InquiriesScreen
from tests.conftest import TODAY
from tests.ui.test_intake import open_intake
from tests.ui.test_shell_and_customers import settle


def has_draft(db: Path) -> bool:
    desk = open_desk(db, agent_login="li", today=TODAY)
    with desk.session() as session:
        found = load_draft(session, draft_key(desk.agent.id if desk.agent else None)) is not None
    desk.engine.dispose()
    return found


async def test_discarding_a_draft_asks_first_and_enter_keeps_it(ui_db: Path) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_intake(pilot)
        screen.query_one("#f-commodity", Input).focus()
        await pilot.press(*"abc")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, InquiriesScreen)
        await pilot.press("ctrl+d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal)
        assert "草稿" in str(app.screen.query_one("#confirm-question", Static).render())
        await pilot.press("enter")  # focus starts on cancel: a habitual Enter keeps the draft
        await settle(pilot)
        assert isinstance(app.screen, InquiriesScreen)
        assert has_draft(ui_db)
        await pilot.press("ctrl+d")
        await settle(pilot)
        await pilot.press("left", "enter")  # the discard button, chosen on purpose
        await settle(pilot)
        assert isinstance(app.screen, InquiriesScreen)
    assert not has_draft(ui_db)
