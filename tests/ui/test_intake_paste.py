"""A message pasted anywhere in the intake is read; a second one starts on its own line."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import TextArea

from csdesk.app import CSDeskApp
from tests.conftest import TODAY
from tests.ui.test_intake import box, open_intake, paste, settle

WECHAT = "您好, 宁波到拉各斯\n2x40HQ 家具 每柜18吨\n12月10号出货"
SECOND = "另外再报一个 20GP 到阿帕帕"


async def test_a_message_pasted_into_the_port_field_goes_to_the_parser(ui_db: Path) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        screen = await open_intake(pilot)
        assert screen.focused is box(screen, "pol")  # where the agent's cursor is
        app.post_message(events.Paste(WECHAT))
        await settle(pilot)
        assert box(screen, "pol").value == "CNNGB"  # read, not the message's first line
        assert box(screen, "weight_kg").value == "36000"
        assert screen.query_one("#intake-paste", TextArea).text == WECHAT
        # A value pasted into a field stays a value.
        box(screen, "commodity").focus()
        await pilot.press("ctrl+u")
        app.post_message(events.Paste("灯具"))
        await settle(pilot)
        assert box(screen, "commodity").value == "灯具"
        assert screen.query_one("#intake-paste", TextArea).text == WECHAT
        # A short line the parser reads a route and a box from is a message too.
        box(screen, "pol").focus()
        app.post_message(events.Paste(SECOND))
        await settle(pilot)
        assert box(screen, "pol").value == "CNNGB"
        assert screen.query_one("#intake-paste", TextArea).text == f"{WECHAT}\n{SECOND}"


async def test_a_second_paste_starts_on_a_new_line(ui_db: Path) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_intake(pilot)
        await paste(pilot, "宁波到拉各斯 40HQ")
        await paste(pilot, SECOND)
        assert screen.query_one("#intake-paste", TextArea).text == f"宁波到拉各斯 40HQ\n{SECOND}"


async def test_leaving_an_unchanged_inquiry_leaves_no_draft(ui_db: Path) -> None:
    from textual.widgets import Static

    from csdesk.desk.context import open_desk
    from csdesk.desk.drafts import draft_key, load_draft
    from csdesk.screens.inquiries import InquiriesScreen
    from csdesk.screens.intake import IntakeScreen
    from tests.ui.test_intake import MESSAGE, choose_customer

    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_intake(pilot)
        await choose_customer(pilot, "宁波")
        await paste(pilot, MESSAGE)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, InquiriesScreen)
        await pilot.press("enter")  # open the saved inquiry, change nothing, leave
        await settle(pilot)
        assert isinstance(app.screen, IntakeScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, InquiriesScreen)
        summary = str(app.screen.query_one("#inquiries-summary", Static).render())
        assert "草稿" not in summary, summary
    desk = open_desk(ui_db, agent_login="li", today=TODAY)
    with desk.session() as session:
        assert load_draft(session, draft_key(desk.agent.id if desk.agent else None)) is None
    desk.engine.dispose()


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_message_box_title_is_whole(
    ui_db: Path, lang: str, size: tuple[int, int]
) -> None:
    """At 80 columns the English title read "Paste a WeChat/e-mail me…"."""
    from csdesk.i18n import t

    app = CSDeskApp(db=ui_db, agent="li", today=TODAY, lang=lang)
    async with app.run_test(size=size) as pilot:
        screen = await open_intake(pilot)
        area = screen.query_one("#intake-paste", TextArea).region
        top = app.screen._compositor.render_strips()[area.y]
        drawn = "".join(segment.text for segment in top)
        assert f" {t('intake.form.paste_title')} " in drawn, drawn
