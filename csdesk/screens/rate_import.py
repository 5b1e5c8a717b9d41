"""Importing a rate sheet from the TUI, as `csdesk rates import` does: a dry run first shows the
old and new price per lane and container (H43) or every bad row; then the sheet goes in whole."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from csdesk import keymap
from csdesk.i18n import t
from csdesk.widgets.guard import Guarded
from csdesk.widgets.literal import literal

if TYPE_CHECKING:
    from csdesk.desk.context import Desk


class RateImportModal(Guarded, ModalScreen[bool]):
    """Dismissed with True when a sheet was imported, so the caller reloads its rates."""

    DEFAULT_CSS = """
    RateImportModal { align: center middle; }
    RateImportModal > Vertical {
        width: 100; max-width: 100%; height: 30; max-height: 100%;
        border: round $accent; background: $panel; padding: 0 1;
    }
    RateImportModal #rate-report-box { height: 1fr; }
    RateImportModal #rate-keys { height: 1; color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("rate_import")

    def __init__(self) -> None:
        super().__init__()
        keymap.localize(self)
        self.checked: Path | None = None  # the file whose dry run found no problem
        self.imported = False

    @property
    def desk(self) -> Desk | None:
        from csdesk.app import CSDeskApp

        app = self.app
        return app.desk if isinstance(app, CSDeskApp) else None

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = literal(t("rates.tui.title"))
            yield Input(id="rate-file", placeholder=t("rates.tui.file"))
            yield Static(Text(t("rates.tui.keys")), id="rate-keys", markup=False)
            with VerticalScroll(id="rate-report-box"):
                yield Static("", id="rate-report", markup=False)

    def _path(self) -> Path:
        return Path(self.query_one("#rate-file", Input).value.strip()).expanduser()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_check()

    def action_run(self) -> None:
        """Ctrl+S / F2: a dry run first; once the same file ran clean, the import itself."""
        if self.checked == self._path():
            self.action_commit()
        else:
            self.action_check()

    def action_check(self) -> None:
        self.run_import(self._path(), dry_run=True)

    def action_commit(self) -> None:
        path = self._path()
        if self.checked != path:
            self.notify(t("rates.tui.check_first"), severity="warning")
            return
        self.run_import(path, dry_run=False)

    @work(thread=True, exclusive=True, group="rate-import")
    def run_import(self, path: Path, dry_run: bool) -> None:
        from csdesk.desk.errors import DeskError
        from csdesk.desk.rate_import import import_rates
        from csdesk.desk.rate_report import report_lines

        desk = self.desk
        if desk is None:
            return
        agent_id = desk.agent.id if desk.agent else None
        try:
            with desk.session() as session:
                result = import_rates(
                    session, path, desk.today, agent_id=agent_id, dry_run=dry_run, now=desk.now()
                )
        except DeskError as error:
            self.app.call_from_thread(self._report, [error.message()], None, False)
            return
        checked = path if result.ok and dry_run else None
        imported = result.ok and not dry_run
        self.app.call_from_thread(self._report, report_lines(result), checked, imported)

    def _report(self, lines: list[str], checked: Path | None, imported: bool) -> None:
        self.checked = checked
        self.imported = self.imported or imported
        self.query_one("#rate-report", Static).update(Text("\n".join(lines)))

    def action_close(self) -> None:
        self.dismiss(self.imported)
