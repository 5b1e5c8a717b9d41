from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Static

from csdesk.app import CSDeskApp
from csdesk.desk.context import open_desk
from csdesk.desk.customers import resolve_customer
from csdesk.screens.customers import CustomersScreen
from csdesk.screens.help import HelpModal
from csdesk.screens.search import SearchModal
from csdesk.widgets.row_list import RowList
from tests.conftest import TODAY
from tests.ui.customer_conflict import save_after_another_desk
from tests.ui.keys import settle as settle  # the settle many UI tests import from here


def screen_text(app: CSDeskApp) -> str:
    return "\n".join(str(static.render()) for static in app.screen.query(Static))


async def test_header_names_agent_day_and_database(ui_db: Path) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        header = str(app.screen.query_one("#header", Static).render())
        assert "李娜" in header and "2026-11-30" in header and "工作日" in header
        assert Path(str(ui_db)).name in header  # the file, or the PostgreSQL database


async def test_customers_screen_lists_my_book_and_shows_hostile_notes(ui_db: Path) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        assert isinstance(app.screen, CustomersScreen)
        names = [row.name for row in app.screen.query_one(RowList).rows]
        assert "Lagos Freight Services Ltd" not in names  # zhao's customer
        assert names[0] == "宁波海天国际贸易有限公司"  # pinyin order: ning < shen < zhong
        await pilot.press("G")
        await settle(pilot)
        card = str(app.screen.query_one("#card-body", Static).render())
        assert "中国银行" in card
        assert "备注 [/] 结束 [urgent]" in card  # shown verbatim, not read as markup


async def test_filter_as_you_type_with_pinyin_initials(ui_db: Path) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        # F8, not 4: on the Calls screen (the first one) digits 1-7 log call outcomes.
        await pilot.press("f8", "ctrl+f", "z", "g", "y", "h")
        await settle(pilot)
        assert [row.name for row in app.screen.query_one(RowList).rows] == ["中国银行"]


async def test_search_from_anywhere_opens_the_customer(ui_db: Path) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        assert isinstance(app.screen, SearchModal)
        await pilot.press(*"lagos")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CustomersScreen)
        assert "Lagos Freight" in str(app.screen.query_one("#card-body", Static).render())


async def test_help_lists_the_keys_of_the_screen(ui_db: Path) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY, lang="en")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpModal)
        text = str(app.screen.query_one("#help-body", Static).render())
        assert "new customer" in text and "Ctrl+N" in text and "Ctrl+Q" in text
        await pilot.press("escape")
        assert isinstance(app.screen, CustomersScreen)


async def test_fullwidth_question_mark_opens_help(ui_db: Path) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("？")
        assert isinstance(app.screen, HelpModal)


async def test_new_customer_is_saved_and_listed(ui_db: Path) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        app.screen.query_one("#f-name", Input).value = "上海新客户 [测试] 有限公司"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CustomersScreen)
    desk = open_desk(ui_db)
    with desk.session() as session:
        stored = resolve_customer(session, "上海新客户 [测试] 有限公司")
        assert stored.tier == "D" and stored.owner_id is not None
    desk.engine.dispose()


async def test_invalid_customer_form_keeps_input_and_names_the_problem(ui_db: Path) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        app.screen.query_one("#f-settlement_day", Input).value = "四十"
        await pilot.press("ctrl+s")
        await settle(pilot)
        errors = str(app.screen.query_one("#form-errors", Static).render())
        assert "结算日" in errors
        assert app.screen.query_one("#f-settlement_day", Input).value == "四十"


async def test_editing_a_customer_someone_else_saved_shows_the_conflict(ui_db: Path) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        errors = await save_after_another_desk(app, pilot, ui_db)
        assert "等级 A" in errors and "他人" in errors and "tier" not in errors
        assert app.screen.query_one("#f-wechat", Input).value == "haitian_wx"


def list_lines(row_list: RowList) -> str:
    return "\n".join(row_list.render_line(y).text for y in range(row_list.size.height))


async def test_a_filter_matching_nobody_says_so_whole_at_80x24_and_clears_the_card(
    ui_db: Path,
) -> None:
    """Not 'no customers, add or import some' (the book is full), cut at the list's width."""
    for lang, words in (("zh", ("没有匹配「zz[b]」", "Ctrl+O", "Ctrl+F")), ("en", ("'zz[b]'",))):
        app = CSDeskApp(db=ui_db, agent="li", today=TODAY, lang=lang)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("f8")
            await settle(pilot)
            assert "中国银行" not in str(app.screen.query_one("#card-body", Static).render())
            await pilot.press("G")
            await settle(pilot)
            assert "中国银行" in str(app.screen.query_one("#card-body", Static).render())
            await pilot.press("ctrl+f", *"zz[b]")
            await settle(pilot)
            row_list = app.screen.query_one(RowList)
            assert row_list.rows == []
            shown = list_lines(row_list).replace("\n", "")
            for word in (*words, "Ctrl+F changes the filter." if lang == "en" else "改筛选。"):
                assert word in shown, shown
            assert "Ctrl+N" not in shown
            assert "中国银行" not in str(app.screen.query_one("#card-body", Static).render())
