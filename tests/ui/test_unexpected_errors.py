"""An unexpected error is logged with its traceback, told in one line, and the desk carries on."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from textual.widget import Widget
from textual.widgets._toast import Toast

import csdesk.screens
import csdesk.widgets
from csdesk.app import CSDeskApp
from csdesk.screens.customer_form import CustomerFormModal
from csdesk.screens.customers import CustomersScreen
from csdesk.store.engine import database_url
from csdesk.store.errorlog import log_path
from csdesk.widgets.guard import Guarded
from tests.conftest import TODAY
from tests.ui.test_shell_and_customers import settle


def toasts(app: CSDeskApp) -> list[str]:
    return [toast.render().plain for toast in app.screen.query(Toast)]


def error_log(db: Path) -> str:
    """The store's own private error log (issue 10: one per store, 0600)."""
    log = log_path(database_url(str(db)))
    return log.read_text(encoding="utf-8") if log.exists() else ""


async def test_a_failing_action_keeps_the_form_and_its_input(
    ui_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_collect(self: CustomerFormModal) -> dict[str, object]:
        raise RuntimeError("collect broke")

    monkeypatch.setattr(CustomerFormModal, "collect", broken_collect)
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        await pilot.press(*"abc")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.is_running
        assert isinstance(app.screen, CustomerFormModal)
        assert app.screen.query_one("#f-name").value == "abc"  # type: ignore[attr-defined]
        shown = toasts(app)
        assert any("出现意外错误, 已记录" in line and "collect broke" in line for line in shown)
        # The desk still answers keys on the same screen.
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CustomersScreen)
    log = error_log(ui_db)
    assert "Traceback" in log and "RuntimeError: collect broke" in log


async def test_a_failing_worker_is_reported_and_the_screen_stays(
    ui_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import csdesk.desk.customers

    def broken_card(*_args: object, **_kwargs: object) -> None:
        raise LookupError("card broke")

    monkeypatch.setattr(csdesk.desk.customers, "customer_card", broken_card)
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY, lang="en")
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, CustomersScreen)
        assert any("Unexpected error, logged" in line for line in toasts(app))
        await pilot.press("down")
        await settle(pilot)
        assert isinstance(app.screen, CustomersScreen)
    assert "LookupError: card broke" in error_log(ui_db)


def _desk_widget_classes() -> list[type[Widget]]:
    import importlib
    import pkgutil

    found: list[type[Widget]] = []
    for package in (csdesk.screens, csdesk.widgets):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for _name, value in inspect.getmembers(module, inspect.isclass):
                if issubclass(value, Widget) and value.__module__ == module.__name__:
                    found.append(value)
    return found


def test_every_desk_screen_and_widget_is_guarded() -> None:
    classes = _desk_widget_classes()
    assert len(classes) > 20
    unguarded = [cls.__qualname__ for cls in classes if not issubclass(cls, Guarded)]
    assert unguarded == []
    assert issubclass(CSDeskApp, Guarded)


async def test_a_save_that_fails_unexpectedly_is_logged_and_keeps_the_form(
    ui_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_persist(self: CustomerFormModal, session: object, values: object) -> None:
        raise KeyError("persist broke")

    monkeypatch.setattr(CustomerFormModal, "persist", broken_persist)
    app = CSDeskApp(db=ui_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        await pilot.press(*"abc", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CustomerFormModal)
        assert app.screen.query_one("#f-name").value == "abc"  # type: ignore[attr-defined]
        errors = str(app.screen.query_one("#form-errors").render())
        assert "已记录" in errors and "persist broke" in errors
    assert "KeyError: 'persist broke'" in error_log(ui_db)
