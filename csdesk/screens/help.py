"""F1 / ? : every key of the screen in view, generated from the key registry."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from csdesk import keymap
from csdesk.i18n import t
from csdesk.keymap import KeySpec
from csdesk.widgets.guard import Guarded
from csdesk.widgets.literal import literal


def scopes_for(screen: Screen[object]) -> list[tuple[str, str]]:
    """(title key, scope) pairs to list for `screen`: its own keys, lists, then global keys."""
    from csdesk.widgets.row_list import RowList

    pairs: list[tuple[str, str]] = []
    scope = getattr(screen, "SCOPE", None)
    if scope:
        pairs.append(("help.screen", scope))
    for extra in getattr(screen, "EXTRA_SCOPES", ()):
        pairs.append(("help.screen", extra))
    if screen.query(RowList):
        pairs.append(("help.list", "list"))
    pairs.append(("help.global", "app"))
    return pairs


def help_text(screen: Screen[object]) -> Text:
    text = Text()
    for title_key, scope in scopes_for(screen):
        specs = keymap.specs(scope)
        if not specs:
            continue
        text.append(f"{t(title_key)}\n", style="bold underline")
        width = max(cell_len(spec.display_keys) for spec in specs) + 2
        for spec in specs:
            keys = spec.display_keys
            text.append("  " + keys + " " * (width - cell_len(keys)), style="bold")
            text.append(spec.description() + "\n")
        text.append("\n")
    return text


class HelpModal(Guarded, ModalScreen[None]):
    DEFAULT_CSS = """
    HelpModal { align: center middle; }
    HelpModal > VerticalScroll {
        width: 72; height: 80%; border: round $accent; background: $panel; padding: 0 1;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings(
        "help",
        KeySpec("help.close", "escape,f1,q", "dismiss_help", "关闭", "close"),
    )

    def __init__(self, shown_for: Screen[object]) -> None:
        super().__init__()
        keymap.localize(self)
        self.shown_for = shown_for

    def compose(self) -> ComposeResult:
        title = t(getattr(self.shown_for, "TITLE_KEY", "app.title"))
        with VerticalScroll() as scroll:
            scroll.border_title = literal(t("help.title", screen=title))
            scroll.border_subtitle = literal(t("help.close"))
            yield Static(help_text(self.shown_for), markup=False, id="help-body")

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
