"""A second record of a known company and an undiallable phone are refused in one line."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Static

from csdesk.app import CSDeskApp
from csdesk.desk.context import open_desk
from csdesk.models import Contact, Customer
from csdesk.screens.contact_form import ContactFormModal
from csdesk.screens.customer_form import CustomerFormModal
from csdesk.screens.customers import CustomersScreen
from tests.conftest import TODAY
from tests.ui.test_shell_and_customers import settle


def count(db: Path, model: type[Customer] | type[Contact]) -> int:
    from sqlalchemy import func, select

    desk = open_desk(db)
    with desk.session() as session:
        total = session.execute(select(func.count()).select_from(model)).scalar_one()
    desk.engine.dispose()
    return int(total)


async def test_a_second_record_of_a_known_company_is_refused_naming_it(ui_db: Path) -> None:
    before = count(ui_db, Customer)
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        app.screen.query_one("#f-name", Input).value = "宁波海天国际贸易 有限责任公司"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CustomerFormModal)  # kept, with what was typed
        said = str(app.screen.query_one("#form-errors", Static).render())
        assert "已有客户 宁波海天国际贸易有限公司" in said and "\n" not in said.strip(), said
    assert count(ui_db, Customer) == before


async def test_a_five_digit_phone_is_refused_in_words(ui_db: Path) -> None:
    before = count(ui_db, Contact)
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY, lang="en")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        await pilot.press("ctrl+l", "enter")  # contacts: add one
        await settle(pilot)
        assert isinstance(app.screen, ContactFormModal)
        await pilot.press(*"wang", "tab", *"54321", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ContactFormModal)
        said = str(app.screen.query_one("#form-errors", Static).render())
        assert "area code" in said, said
        assert isinstance(app.screen_stack[-2], CustomersScreen)
    assert count(ui_db, Contact) == before
