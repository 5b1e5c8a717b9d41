"""Import a customer list from the TUI: check first (dry run), then import, with a progress bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, ProgressBar, Select, Static

from csdesk import keymap
from csdesk.i18n import t
from csdesk.widgets.guard import Guarded, explain
from csdesk.widgets.literal import literal

if TYPE_CHECKING:
    from csdesk.desk.transfer import ImportResult

DUPLICATE_CHOICES = ("error", "skip", "update")


class ImportModal(Guarded, ModalScreen[bool]):
    """Returns True when customers were written (the list should reload)."""

    SCOPE = "import"
    DEFAULT_CSS = """
    ImportModal { align: center middle; }
    ImportModal > VerticalScroll {
        width: 100; max-width: 100%; height: 90%;
        border: round $accent; background: $panel; padding: 0 1;
    }
    ImportModal Label { margin-top: 1; text-style: bold; }
    ImportModal ProgressBar { margin-top: 1; }
    ImportModal #import-result { margin-top: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("import")

    def __init__(self) -> None:
        super().__init__()
        keymap.localize(self)
        self._busy = False
        self._wrote = False

    def compose(self) -> ComposeResult:
        with VerticalScroll() as box:
            box.border_title = literal(t("import.title"))
            box.border_subtitle = literal(t("import.hint"))
            yield Label(literal(t("import.file")))
            yield Input(placeholder=t("import.file_placeholder"), id="import-path")
            yield Label(literal(t("import.on_duplicate")))
            yield Select(
                [(t(f"import.dup.{choice}"), choice) for choice in DUPLICATE_CHOICES],
                value="error",
                allow_blank=False,
                id="import-duplicates",
            )
            yield Checkbox(literal(t("import.dry_run")), True, id="import-dry-run")
            yield ProgressBar(total=None, show_eta=False, id="import-progress")
            yield Static("", id="import-result", markup=False)

    def action_close(self) -> None:
        if not self._busy:
            self.dismiss(self._wrote)

    def action_run_import(self) -> None:
        if self._busy:
            return
        raw = self.query_one("#import-path", Input).value.strip()
        if not raw:
            self._show(Text(t("import.need_file"), style="bold red"))
            return
        self._busy = True
        self._show(Text(t("import.running")))
        on_duplicate = str(self.query_one("#import-duplicates", Select).value)
        dry_run = self.query_one("#import-dry-run", Checkbox).value
        self._import_in_worker(Path(raw).expanduser(), on_duplicate, dry_run)

    @work(thread=True, exclusive=True, group="import")
    def _import_in_worker(self, path: Path, on_duplicate: str, dry_run: bool) -> None:
        from csdesk.desk.errors import DeskError
        from csdesk.desk.transfer import import_customers

        desk = self.app.desk  # type: ignore[attr-defined]

        def progress(stage: str, done: int, total: int) -> None:
            self.app.call_from_thread(self._progress, stage, done, total)

        try:
            with desk.session() as session:
                result = import_customers(session, path, dry_run, on_duplicate, progress)
        except DeskError as error:
            self.app.call_from_thread(self._finished, None, error.message())
            return
        except Exception as error:  # the file is the user's; never let it crash the desk
            self.app.call_from_thread(self._finished, None, explain(error))
            return
        self.app.call_from_thread(self._finished, result, None)

    def _progress(self, stage: str, done: int, total: int) -> None:
        bar = self.query_one(ProgressBar)
        bar.update(total=total or None, progress=done)
        self.query_one("#import-result", Static).update(Text(f"{t(stage)} {done}/{total}"))

    def _finished(self, result: ImportResult | None, error: str | None) -> None:
        self._busy = False
        bar = self.query_one(ProgressBar)
        bar.update(total=1, progress=1)
        if result is None:
            self._show(Text(error or "", style="bold red"))
            return
        self._wrote = self._wrote or result.written
        self._show(describe_result(result))

    def _show(self, text: Text) -> None:
        self.query_one("#import-result", Static).update(text)


def describe_result(result: ImportResult) -> Text:
    from csdesk.desk.transfer import problem_message

    text = Text()
    for warning in result.warning_messages():
        text.append(warning + "\n", style="yellow")
    if result.problems:
        rows = len({problem.row for problem in result.problems})
        text.append(t("transfer.failed", rows=rows) + "\n", style="bold red")
        for problem in result.problems:
            text.append(problem_message(problem) + "\n")
        return text
    counts = {"created": result.created, "updated": result.updated, "skipped": result.skipped}
    if result.dry_run:
        text.append(t("transfer.dry_run", **counts) + "\n", style="bold")
        text.append(t("import.then_run") + "\n")
    else:
        text.append(t("transfer.done", **counts) + "\n", style="bold green")
    return text
