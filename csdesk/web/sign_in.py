"""Who sits at this browser tab: their database login and password, asked before the desk opens.

On a team store the database decides who someone is (csdesk.desk.identity): a tab connects as
the login typed here, so nobody works under the name of whoever started `csdesk serve`.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from csdesk import keymap
from csdesk.i18n import t
from csdesk.widgets.guard import Guarded
from csdesk.widgets.literal import literal


class SignInModal(Guarded, ModalScreen[tuple[str, str]]):
    """Returns (login, password); Enter in the login moves on, Enter in the password signs in."""

    DEFAULT_CSS = """
    SignInModal { align: center middle; }
    SignInModal > Vertical {
        width: 60; max-width: 100%; height: auto; max-height: 100%;
        border: round $primary; background: $panel; padding: 0 1;
    }
    SignInModal #sign-in-problem { color: $error; margin-bottom: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("sign_in")

    def __init__(self, where: str, problem: str | None = None, login: str = "") -> None:
        super().__init__()
        keymap.localize(self)
        self.where = where
        self.problem = problem
        self.login = login

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = literal(t("sign_in.title"))
            yield Static(literal(t("sign_in.where", db=self.where)))
            if self.problem:
                yield Static(literal(self.problem), id="sign-in-problem")
            yield Label(literal(t("sign_in.login")))
            yield Input(self.login, id="sign-in-login", max_length=64)
            yield Label(literal(t("sign_in.password")))
            yield Input(id="sign-in-password", password=True)

    def on_mount(self) -> None:
        # Explicitly, not by AUTO_FOCUS: a browser tab's app starts without the browser's focus,
        # and Textual auto-focuses only a focused app (the login field stayed unfocused).
        self.query_one("#sign-in-password" if self.login else "#sign-in-login", Input).focus()

    def action_next_or_sign_in(self) -> None:
        login_field = self.query_one("#sign-in-login", Input)
        password_field = self.query_one("#sign-in-password", Input)
        if self.focused is login_field:
            # At once: Widget.focus() waits its turn, and the keys typed next would land first.
            self.set_focus(password_field)
            return
        login, password = login_field.value.strip(), password_field.value
        # An empty password would let libpq fall back to the serving user's PGPASSWORD or
        # ~/.pgpass: a tab always brings its own.
        if not login or not password:
            self.notify(t("sign_in.both_needed"), severity="warning")
            (password_field if login else login_field).focus()
            return
        self.dismiss((login, password))
