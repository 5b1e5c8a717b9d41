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
from csdesk.keymap import KeySpec, key_label
from csdesk.widgets.guard import Guarded
from csdesk.widgets.literal import literal

SECTIONS = ("screen", "list", "form", "global")
_SECTION_TITLES = {
    "screen": "help.screen",
    "list": "help.list",
    "form": "help.form",
    "global": "help.global",
}


def _bound_ids(screen: Screen[object]) -> dict[str, None]:
    """Ids of every binding that can fire on `screen`: its own, its widgets', the app's."""
    nodes = [*screen.walk_children(with_self=True)]
    if not screen.is_modal:
        nodes.append(screen.app)
    found: dict[str, None] = {}
    for node in nodes:
        for key_bindings in node._bindings.key_to_bindings.values():
            for binding in key_bindings:
                if binding.id and keymap.spec(binding.id):
                    found[binding.id] = None
    return found


def sections_for(screen: Screen[object]) -> list[tuple[str, list[KeySpec]]]:
    """(section, keys) for `screen`, in the table's order: its own keys, lists, forms, global.

    Generated from what is bound, so every key of the footer is there; commands reached only
    through the palette are listed with the screen's own keys.
    """
    bound = _bound_ids(screen)
    scopes = dict.fromkeys(keymap.scope_of(key_id) for key_id in bound)
    own = getattr(screen, "SCOPE", None)
    grouped: dict[str, list[KeySpec]] = {section: [] for section in SECTIONS}
    for scope, key_specs in keymap.all_specs().items():
        if scope not in scopes:
            continue
        section = "screen" if scope == own else keymap.layer(scope)
        grouped[section].extend(s for s in key_specs if s.id in bound or not s.key_list)
    return [(section, grouped[section]) for section in SECTIONS if grouped[section]]


def _keys_shown(spec: KeySpec, shadowed: frozenset[str] = frozenset()) -> str:
    """A command without a key is reached through the palette: the help says so, not "Ctrl+P".
    Keys in `shadowed` mean something else on this screen and are left out."""
    if not spec.key_list:
        return t("help.palette_only")
    return " / ".join(key_label(key) for key in spec.key_list if key not in shadowed)


def shadowed_keys(sections: list[tuple[str, list[KeySpec]]]) -> frozenset[str]:
    """Keys the screen's own and list keys take: a global alias among them (the digit 4 for
    Customers while 4 logs a callback on the call list) does not work here, so the help of
    this screen does not offer it."""
    return frozenset(
        key
        for section, specs in sections
        if section in ("screen", "list")
        for spec in specs
        for key in spec.key_list
    )


def help_text(screen: Screen[object]) -> Text:
    text = Text()
    sections = sections_for(screen)
    shadowed = shadowed_keys(sections)
    for section, specs in sections:
        hidden = shadowed if section == "global" else frozenset()
        rows = [(_keys_shown(spec, hidden), spec) for spec in specs]
        rows = [(keys, spec) for keys, spec in rows if keys]
        if not rows:
            continue
        text.append(f"{t(_SECTION_TITLES[section])}\n", style="bold underline")
        width = max(cell_len(keys) for keys, _spec in rows) + 2
        for keys, spec in rows:
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
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("help")

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
