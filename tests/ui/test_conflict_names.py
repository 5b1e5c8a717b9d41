"""Two agents saving the same customer on one store: the refused save names who saved first
and when (desk time), in zh and en; a save by a desk with no agent keeps the old words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input

from csdesk.app import CSDeskApp
from csdesk.desk.context import DESK_TZ
from tests.conftest import TODAY
from tests.ui.customer_conflict import save_after_another_desk

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
        desk_clock(dt.datetime(2026, 11, 30, 9, 5, tzinfo=DESK_TZ))
        errors = await save_after_another_desk(app, pilot, ui_db, other_agent)
        named, unknown = WORDS[lang]
        assert (named if other_agent else unknown) in errors, errors
        assert app.screen.query_one("#f-wechat", Input).value == "haitian_wx"
