"""A quote held for review keeps its text on the desk; a copy says where the text went."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import csdesk.widgets.clipboard as clipboard
from csdesk.app import CSDeskApp
from csdesk.cli import app as cli_app
from csdesk.desk.context import open_desk
from csdesk.desk.quote_list import quote_document
from csdesk.models import Quote
from csdesk.widgets.clipboard import CopyBoxModal
from tests.conftest import TODAY
from tests.ui.test_quote_screen import open_quote, quote_db, settle, stored  # noqa: F401
from tests.ui.test_unexpected_errors import toasts

runner = CliRunner()


async def test_a_new_hires_quote_under_review_is_not_copied(quote_db: Path) -> None:  # noqa: F811
    app = CSDeskApp(db=quote_db, agent="xin", today=TODAY)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await open_quote(pilot)
        await pilot.press("f4")  # copy: the quote is saved, and waits for the supervisor
        await settle(pilot)
        assert app.clipboard == ""
        assert any("在等主管审核" in line for line in toasts(app))
        assert not any("已复制" in line for line in toasts(app))
    [quote] = stored(quote_db, Quote)
    assert quote.status == "in_review"
    options = ["--db", str(quote_db), "--today", "2026-11-30", "--agent", "xin"]
    text = runner.invoke(cli_app, [*options, "quote", "text", str(quote.id)])
    assert text.exit_code == 1
    assert "在等主管审核" in text.stderr and "USD" not in text.stdout
    assert len(text.stderr.strip().splitlines()) == 1
    desk = open_desk(quote_db, today=TODAY)
    with desk.session() as session:
        assert quote_document(session, quote.id or 0)["text"] is None  # --json keeps it too
    desk.engine.dispose()


async def test_a_copy_says_it_reached_the_clipboard(quote_db: Path) -> None:  # noqa: F811
    app = CSDeskApp(db=quote_db, agent="zhao", today=TODAY, lang="en")
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await open_quote(pilot)
        await pilot.press("f4")
        await settle(pilot)
        assert "USD 1,850" in app.clipboard
        assert any("copied to the clipboard" in line for line in toasts(app))
        assert not isinstance(app.screen, CopyBoxModal)


async def test_in_tmux_without_set_clipboard_the_text_is_shown_to_select(
    quote_db: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TMUX", "/tmp/tmux-0/default,1,0")
    monkeypatch.setattr(clipboard, "_tmux_passes_osc52", lambda: False)
    app = CSDeskApp(db=quote_db, agent="zhao", today=TODAY)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_quote(pilot)
        await pilot.press("f4")
        await settle(pilot)
        assert isinstance(app.screen, CopyBoxModal)
        box = app.screen.query_one("#copy-text")
        assert "USD 1,850" in box.text  # type: ignore[attr-defined]
        assert box.selected_text == box.text  # type: ignore[attr-defined]
        assert "set-clipboard on" in str(app.screen.query_one("#copy-why").render())
        assert any("终端没有剪贴板" in line for line in toasts(app))
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, CopyBoxModal)


def test_tmux_with_set_clipboard_on_needs_no_box(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMUX", "/tmp/tmux-0/default,1,0")
    monkeypatch.setattr(clipboard, "_tmux_passes_osc52", lambda: True)
    assert clipboard.clipboard_gap() is None
    monkeypatch.delenv("TMUX")
    monkeypatch.setenv("SSH_CONNECTION", "10.0.0.2 50000 10.0.0.1 22")
    assert clipboard.clipboard_gap() == "clipboard.gap.ssh"
    monkeypatch.setenv("CSDESK_CLIPBOARD", "osc52")
    assert clipboard.clipboard_gap() is None
