"""At 80x24 the intake's advice keeps "5分钟" on one line: the number is not left at the end
of one line with its unit on the next ("5" / "分钟内答复")."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.geometry import Region
from textual.widgets import Static

from csdesk.app import CSDeskApp
from tests.conftest import TODAY
from tests.ui.test_intake import open_intake, settle

WECHAT = "宁波到拉各斯 2x40HQ 家具 每柜18吨 下周出货 目标价 2800"


async def test_the_five_minutes_stay_together_at_80x24(ui_db: Path) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_intake(pilot)
        app.post_message(events.Paste(WECHAT))
        await settle(pilot)
        flags = screen.query_one("#intake-flags-text", Static)
        width, height = flags.size
        lines = [s.text.strip() for s in flags.render_lines(Region(0, 0, width, height))]
        shown = "".join(lines)
        assert "5分钟内答复" in shown, lines
        assert not any(line.endswith(" 5") or line.endswith(": 5") for line in lines), lines
