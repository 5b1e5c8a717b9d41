"""A paste that reaches no field, on a main screen's list: a customer's message opens a new
inquiry with it; anything shorter is said to be unused. It used to vanish without a word."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input, TextArea

from csdesk.app import CSDeskApp
from csdesk.i18n import t
from csdesk.screens.intake import IntakeScreen
from tests.conftest import TODAY
from tests.ui.test_intake import settle

WECHAT = "您好, 宁波到拉各斯\n2x40HQ 家具 每柜18吨\n12月10号出货"


@pytest.mark.parametrize(
    ("key", "size", "lang"),
    [("f5", (80, 24), "zh"), ("f10", (120, 36), "en"), ("f9", (80, 24), "en")],
)
async def test_a_message_pasted_on_a_list_opens_a_new_inquiry_with_it(
    ui_db: Path, key: str, size: tuple[int, int], lang: str
) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY, lang=lang)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert not isinstance(app.focused, Input | TextArea), app.focused
        app.post_message(events.Paste(WECHAT))
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, IntakeScreen)
        assert screen.query_one("#intake-paste", TextArea).text == WECHAT
        assert screen.query_one("#f-pol", Input).value == "CNNGB"
        assert screen.query_one("#f-weight_kg", Input).value == "36000"


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_short_paste_on_a_list_is_said_to_be_unused(ui_db: Path, lang: str) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY, lang=lang)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        before = app.screen
        app.post_message(events.Paste("13812345678"))
        await settle(pilot)
        assert app.screen is before
        messages = [str(notice.message) for notice in app._notifications]
        assert t("app.paste_unused") in messages


async def test_a_paste_into_a_field_stays_in_the_field(ui_db: Path) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        before = app.screen
        field = before.query(Input).first()
        field.focus()
        await settle(pilot)
        app.post_message(events.Paste(WECHAT))
        await settle(pilot)
        assert app.screen is before
        assert field.value == WECHAT.splitlines()[0]
        assert not [notice for notice in app._notifications if "粘贴" in str(notice.message)]
