"""Two agents saving the same customer on one store: the refused save names who saved first
and when (desk time), in zh and en; a save by a desk with no agent keeps the old words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from csdesk.app import CSDeskApp
from csdesk.desk.context import DESK_TZ, open_desk
from csdesk.desk.customers import resolve_customer, update_customer
from csdesk.screens.customer_form import CUSTOMER_FIELDS
from tests.conftest import TODAY
from tests.ui.test_shell_and_customers import settle

WORDS = {
    "zh": ("已被 赵强 (zhao) 在 09:05 修改", "已被他人修改"),
    "en": ("was changed by 赵强 (zhao) at 09:05", "was changed by someone else"),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("other_agent", ["zhao", None], ids=["named", "unknown"])
async def test_a_refused_save_names_who_saved_first_and_when(
    ui_db: Path,
    desk_clock: Callable[[dt.datetime], None],
    lang: str,
    other_agent: str | None,
) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY, lang=lang)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        await pilot.press("ctrl+e")
        await settle(pilot)
        desk_clock(dt.datetime(2026, 11, 30, 9, 5, tzinfo=DESK_TZ))
        other = open_desk(ui_db, agent_login=other_agent, today=TODAY)
        with other.session() as session:
            customer = resolve_customer(session, "宁波海天国际贸易有限公司")
            original = {name: getattr(customer, name) for name in CUSTOMER_FIELDS}
            update_customer(session, customer.id or 0, customer.version, original, {"tier": "A"})
        other.engine.dispose()
        app.screen.query_one("#f-wechat", Input).value = "haitian_wx"
        await pilot.press("ctrl+s")
        await settle(pilot)
        errors = str(app.screen.query_one("#form-errors", Static).render())
        named, unknown = WORDS[lang]
        assert (named if other_agent else unknown) in errors, errors
        assert app.screen.query_one("#f-wechat", Input).value == "haitian_wx"
