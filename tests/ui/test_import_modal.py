from __future__ import annotations

from pathlib import Path

from textual.widgets import Checkbox, Input, Static

from csdesk.app import CSDeskApp
from csdesk.desk.context import open_desk
from csdesk.desk.customers import search_customers
from csdesk.screens.customers import CustomersScreen
from csdesk.screens.import_modal import ImportModal
from tests.conftest import TODAY
from tests.ui.keys import palette, settle


async def test_import_checks_first_then_imports_with_progress(ui_db: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "客户.csv"
    sheet.write_text(
        "客户名称,等级,客服,电话\n青岛远洋贸易有限公司,B,li,13966668888\n", encoding="utf-8"
    )
    bad = tmp_path / "bad.csv"
    bad.write_text("客户名称,等级\n坏等级公司,Z\n", encoding="utf-8")
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        await palette(pilot, "drkhb")  # 导入客户表, by its pinyin initials
        assert isinstance(app.screen, ImportModal)
        app.screen.query_one("#import-path", Input).value = str(bad)
        await pilot.press("ctrl+s")
        await settle(pilot)
        result = str(app.screen.query_one("#import-result", Static).render())
        assert "第 2 行" in result and "没有导入" in result
        app.screen.query_one("#import-path", Input).value = str(sheet)
        await pilot.press("ctrl+s")  # a dry run first: nothing written
        await settle(pilot)
        assert "将新建 1 个" in str(app.screen.query_one("#import-result", Static).render())
        app.screen.query_one("#import-dry-run", Checkbox).value = False
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "已导入" in str(app.screen.query_one("#import-result", Static).render())
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CustomersScreen)
        assert "青岛远洋贸易有限公司" in [
            row.name for row in app.screen.query_one("#customers-list").rows
        ]  # type: ignore[attr-defined]
    desk = open_desk(ui_db)
    with desk.session() as session:
        assert [row.name for row in search_customers(session, "坏等级")] == []
    desk.engine.dispose()
