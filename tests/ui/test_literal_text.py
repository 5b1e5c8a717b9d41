"""Customer text is shown as typed on every surface, and contacts are added or edited by name."""

from __future__ import annotations

import ast
from pathlib import Path

from textual.containers import VerticalScroll
from textual.widgets import Input

from csdesk.app import CSDeskApp
from csdesk.desk.context import open_desk
from csdesk.desk.customers import resolve_customer
from csdesk.screens.contact_form import ContactFormModal
from csdesk.screens.customers import CustomersScreen
from csdesk.screens.pick import PickModal
from tests.conftest import TODAY
from tests.ui.test_shell_and_customers import settle
from tests.ui.test_unexpected_errors import toasts

HOSTILE = "备注 [/] [bold]x [urgent]"
PACKAGE = Path(__file__).resolve().parents[2] / "csdesk"


def border_title(app: CSDeskApp) -> str:
    box = app.screen.query(VerticalScroll).first()
    return box._border_title.plain if box._border_title is not None else ""


async def test_a_hostile_customer_name_is_saved_toasted_and_titled_as_typed(ui_db: Path) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        app.screen.query_one("#f-name", Input).value = HOSTILE
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CustomersScreen)
        assert any(HOSTILE in line for line in toasts(app))
        await pilot.press("c")  # the new customer has no contact yet: the add form at once
        await settle(pilot)
        assert isinstance(app.screen, ContactFormModal)
        assert HOSTILE in border_title(app)
    assert app.return_code in (None, 0)


async def test_adding_a_contact_starts_empty_and_keeps_the_old_one(ui_db: Path) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        await pilot.press("ctrl+l")  # contacts: a chord a Chinese IME lets through
        await settle(pilot)
        assert isinstance(app.screen, PickModal)  # add, or edit which one
        await pilot.press("enter")  # the first choice: add a contact
        await settle(pilot)
        assert isinstance(app.screen, ContactFormModal)
        assert app.screen.editing is None
        assert all(field.value == "" for field in app.screen.query(Input))
        assert "新增联系人" in border_title(app)
        await pilot.press(*"wang")  # the first field has focus
        await pilot.press("tab", *"13900002222", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CustomersScreen)
    desk = open_desk(ui_db)
    with desk.session() as session:
        customer = resolve_customer(session, "宁波海天国际贸易有限公司")
        from csdesk.desk.customers import customer_card

        contacts = {c.name: c.phone for c in customer_card(session, customer.id or 0).contacts}
    desk.engine.dispose()
    assert contacts == {"张经理": "13857412345", "wang": "13900002222"}


async def test_editing_a_contact_names_whose_it_is_and_keeps_its_text(ui_db: Path) -> None:
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY, lang="en")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        await pilot.press("c", "down", "enter")  # c: contacts (F10 is the KPI screen)
        await settle(pilot)
        assert isinstance(app.screen, ContactFormModal)
        title = border_title(app)
        assert "Edit contact 张经理" in title and "宁波海天" in title
        await pilot.press("1")  # typed into the name, which is not replaced by it
        assert app.screen.query_one("#f-name", Input).value in ("张经理1", "1张经理")


# Where a plain str would be read as markup -----------------------------------------------------
def _raw_sites(path: Path) -> list[str]:
    """Calls and assignments that would parse a str as markup: a border title, subtitle or
    tooltip not given `literal(...)`/`Text(...)`, a Label or Static given a str and no
    `markup=False`, a notify asking for markup."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    safe_calls = {"literal", "Text"}
    found = []

    def is_safe(node: ast.expr) -> bool:
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            return name in safe_calls
        return isinstance(node, ast.Constant) and node.value in ("", None)

    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                attr = getattr(target, "attr", "")
                titled = attr in {
                    "border_title",
                    "border_subtitle",
                    "tooltip",
                    "sub_title",
                    "title",
                }
                if titled and not is_safe(node.value):
                    found.append(f"{path.name}:{node.lineno} {attr}")
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            keywords = {k.arg: k.value for k in node.keywords}
            markup = keywords.get("markup")
            plain = isinstance(markup, ast.Constant) and markup.value is False
            widget = name in {"Label", "Static", "Button", "Checkbox"}
            if widget and node.args and not plain and not is_safe(node.args[0]):
                found.append(f"{path.name}:{node.lineno} {name}")
            if name == "notify" and isinstance(markup, ast.Constant) and markup.value is True:
                found.append(f"{path.name}:{node.lineno} notify(markup=True)")
    return found


def test_no_screen_or_widget_passes_a_raw_str_where_markup_is_read() -> None:
    offenders = []
    for folder in ("screens", "widgets"):
        for path in sorted((PACKAGE / folder).glob("*.py")):
            offenders.extend(_raw_sites(path))
    offenders.extend(_raw_sites(PACKAGE / "app.py"))
    assert offenders == []


def test_the_raw_site_check_can_fail(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "box.border_title = t('x', name=name)\nyield Label(name)\nyield Static(name)\n"
        "box.border_title = literal(name)\nyield Static(name, markup=False)\n",
        encoding="utf-8",
    )
    assert _raw_sites(sample) == [
        "sample.py:1 border_title",
        "sample.py:2 Label",
        "sample.py:3 Static",
    ]
