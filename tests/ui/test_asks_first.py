"""What cannot be undone, or steps past a rule, asks first and names what it is about."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Static

from csdesk.app import CSDeskApp
from csdesk.desk.context import open_desk
from csdesk.desk.drafts import draft_key, load_draft
from csdesk.desk.shipments import move_shipment, record_trouble
from csdesk.rules.trouble import blocking_trouble
from csdesk.screens.confirm import ConfirmModal
from csdesk.screens.inquiries import InquiriesScreen
from tests.conftest import TODAY
from tests.desk.shipment_fixtures import NOW
from tests.ui.board_fixtures import board_db  # noqa: F401
from tests.ui.test_board_screen import column, open_board, stage_of
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


async def test_advancing_past_a_rolled_box_asks_and_names_the_trouble(
    board_db: Path,  # noqa: F811
) -> None:
    desk = open_desk(board_db, today=TODAY)
    with desk.session() as session:
        move_shipment(session, "COSU6300001", "gated_in", now=NOW)
        record_trouble(
            session, "COSU6300001", "rolled", now=NOW,
            details={"reason": "爆仓", "new_vessel": "CSCL STAR", "new_voyage": "071W"},
        )  # fmt: skip
    desk.engine.dispose()
    app = CSDeskApp(db=board_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_board(pilot)
        view = column(screen, "gated_in")
        view.focus()
        await settle(pilot)
        assert screen.current_card().booking_no == "COSU6300001"  # type: ignore[union-attr]
        await screen.run_action("advance")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal)
        question = str(app.screen.query_one("#confirm-question", Static).render())
        assert "COSU6300001" in question and "甩箱" in question and "开船" in question
        await pilot.press("enter")  # cancel has focus
        await settle(pilot)
        assert stage_of(board_db, "COSU6300001") == "gated_in"
        await screen.run_action("advance")
        await settle(pilot)
        await pilot.press("left", "enter")  # move anyway, on purpose
        await settle(pilot)
    assert stage_of(board_db, "COSU6300001") == "sailed"


def test_which_trouble_blocks_which_stage() -> None:
    assert blocking_trouble(("rolled", "complaint"), "sailed") == ["rolled"]
    assert blocking_trouble(("rolled",), "gated_in") == []
    assert blocking_trouble(("dg_fees_unconfirmed",), "stuffing") == ["dg_fees_unconfirmed"]
    assert blocking_trouble(("bl_held", "rolled"), "bl_issued") == ["bl_held"]
