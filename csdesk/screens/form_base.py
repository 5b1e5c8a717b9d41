"""What the edit forms share: save keys, saving in a worker, errors shown in the user's words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.binding import BindingType
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from csdesk import keymap
from csdesk.i18n import t
from csdesk.widgets.guard import Guarded, explain

# A form never overflows the terminal (80 columns) and a group of fields inside it grows with them:
# Textual's Vertical is 1fr high and clips, so the 甩箱 form's 新航次 took focus while invisible.
FORM_CSS = """
{name} {{ align: center middle; }}
{name} > VerticalScroll {{
    width: 90; max-width: 100%; height: 90%; max-height: 100%;
    border: round $accent; background: $panel; padding: 0 1;
}}
{name} > VerticalScroll > Vertical {{ height: auto; }}
{name} Label {{ margin-top: 1; text-style: bold; }}
{name} #form-errors {{ color: $error; margin-top: 1; }}
{name} TextArea {{ height: 5; }}
"""


class FormModal(Guarded, ModalScreen[int | None]):
    """A modal form returning the saved record's customer id (None when cancelled)."""

    SCOPE = "form"
    # The form opens on its first field, not on the scrolling box around it: the first keys
    # typed must land in it. Textual's AUTO_FOCUS would scroll the field to the box's edge
    # (hiding its label), so on_mount focuses it without scrolling.
    AUTO_FOCUS = ""
    FIRST_FIELD: ClassVar[str] = "Input, TextArea, Select, OptionList, Checkbox"
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("form")

    def __init__(self) -> None:
        super().__init__()
        keymap.localize(self)
        self._saving = False

    def on_mount(self) -> None:
        first = next((w for w in self.query(self.FIRST_FIELD) if w.focusable), None)
        if first is not None:
            first.focus(scroll_visible=False)

    def show_errors(self, message: str) -> None:
        self.query_one("#form-errors", Static).update(Text(message))
        self.notify(message, severity="error", timeout=8)

    @on(Input.Submitted)
    def _enter_confirms(self, event: Input.Submitted) -> None:
        """Enter confirms a one-line dialog (a reason, an outcome), as the call strip does."""
        if len(self.query("Input, TextArea, Select, Checkbox, RadioSet")) == 1:
            event.stop()
            self.action_save()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_save(self) -> None:
        if self._saving:
            return
        try:
            values = self.collect()
        except ValueError as error:
            self.show_errors(str(error))
            return
        self._saving = True
        self.query_one("#form-errors", Static).update(Text(t("form.saving")))
        self._save_in_worker(values)

    @work(thread=True, exclusive=True, group="form-save")
    def _save_in_worker(self, values: dict[str, Any]) -> None:
        from csdesk.desk.errors import DeskError

        desk = self.app.desk  # type: ignore[attr-defined]
        try:
            with desk.session() as session:
                customer_id, message = self.persist(session, values)
        except DeskError as error:
            self.app.call_from_thread(self._failed, error.message())
            return
        except Exception as error:  # never lose the form to a traceback; the input stays on screen
            self.app.call_from_thread(self._failed, explain(error))
            return
        self.app.call_from_thread(self._saved, customer_id, message)

    def _failed(self, message: str) -> None:
        self._saving = False
        self.show_errors(message)

    def _saved(self, customer_id: int, message: str) -> None:
        self._saving = False
        self.notify(message, timeout=4)
        self.dismiss(customer_id)

    # Each form defines: `collect()` returns the values, parsed, raising ValueError with a
    # translated message when one is unreadable; `persist(session, values)` saves them and
    # returns (customer id, message to show).
    collect: Callable[[], dict[str, Any]]
    persist: Callable[[Any, dict[str, Any]], tuple[int, str]]
