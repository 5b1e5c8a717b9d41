"""A pasted message with an ambiguous reading: the agent is asked, once, in plain text."""

from __future__ import annotations

from pathlib import Path

from csdesk.app import CSDeskApp
from tests.conftest import TODAY
from tests.ui.test_intake import box, open_intake, paste, settle

AMBIGUOUS = "NSA到吉达 [b]2x40HQ[/b] 家具 12/6出货"


async def test_an_ambiguous_port_is_asked_about_once(ui_db: Path) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_intake(pilot)
        await paste(pilot, AMBIGUOUS)
        await settle(pilot)
        assert box(screen, "pol").value == "CNNSA"
        asked = [n.message for n in app._notifications if "NSA" in n.message]
        assert asked == ['起运港 "NSA" 可能是 CNNSA 或 INNSA, 请向客户确认']
        assert all(not n.markup for n in app._notifications if "NSA" in n.message)
        screen.run_parse()  # the same text read again asks nothing new
        await settle(pilot)
        assert len([n for n in app._notifications if "NSA" in n.message]) == 1
