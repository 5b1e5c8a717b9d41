"""A phone number in a customer card is never split across two lines: the card wraps before it,
or at a width too narrow for it clips it with "...", on the Customers and the Calls screens, at
80x24 and at 120x36."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widget import Widget

from csdesk.app import CSDeskApp
from csdesk.desk.context import Desk
from csdesk.desk.customers import add_contact, resolve_customer
from csdesk.widgets.calls_card import CallCardView
from tests.conftest import TODAY
from tests.ui.test_shell_and_customers import settle

SPACED = "+86 574 8765 4321"
LONG = "+86 21 6888 1234 ext. 8080"  # wider than the card at 80x24


def lines_of(widget: Widget) -> list[str]:
    width, height = widget.size
    return [strip.text.rstrip() for strip in widget.render_lines(Region(0, 0, width, height))]


def phones_whole(lines: list[str], width: int) -> None:
    assert any(SPACED in line for line in lines), lines
    if any(LONG in line for line in lines):
        return
    clipped = [line for line in lines if line.strip().startswith("+86 21 6888")]
    assert clipped and clipped[0].endswith("..."), lines
    assert width < 40


@pytest.fixture
def phone_db(ui_db: Path, desk: Desk) -> Path:
    with desk.session() as session:
        bank = resolve_customer(session, "中国银行").id or 0
        add_contact(session, bank, {"name": "王会计", "phone": SPACED, "role": "财务"})
        add_contact(session, bank, {"name": "刘总", "phone": LONG, "wechat": "liu_wx"})
    return ui_db


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
async def test_the_customer_card_never_splits_a_phone(
    phone_db: Path, size: tuple[int, int]
) -> None:
    app = CSDeskApp(db=phone_db, agent="li", today=TODAY)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f8", "ctrl+f", *"zgyh", "enter")
        await settle(pilot)
        body = app.screen.query_one("#card-body", Widget)
        shown = lines_of(body)
        assert shown[0].startswith("中国银行")
        phones_whole(shown, body.size.width)


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
async def test_the_call_card_never_splits_a_phone(phone_db: Path, size: tuple[int, int]) -> None:
    app = CSDeskApp(db=phone_db, agent="li", today=TODAY)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        view = app.screen.query_one(CallCardView)
        for _ in range(6):  # down the list to the bank's card
            if "中国银行" in view.text.plain:
                break
            await pilot.press("j")
            await settle(pilot)
        assert "中国银行" in view.text.plain
        shown = [strip.text.rstrip() for strip in view._strips]
        phones_whole(shown, view.size.width)
