"""Copying text out of the desk, and saying what happened.

The desk copies with OSC 52, the only clipboard a terminal app has over SSH. Some terminals drop
it without a word: tmux unless `set -g set-clipboard on`, and a plain SSH session to a terminal
that does not take it. There the text is also shown in a box, ready to select with the mouse, and
the toast says which of the two happened. `CSDESK_CLIPBOARD=osc52` or `=box` settles it by hand.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from csdesk import keymap
from csdesk.i18n import t
from csdesk.widgets.guard import Guarded
from csdesk.widgets.literal import literal

if TYPE_CHECKING:
    from textual.app import App


@lru_cache(maxsize=1)
def _tmux_passes_osc52() -> bool:
    """tmux hands an app's OSC 52 to the terminal only with set-clipboard `on`."""
    tmux = shutil.which("tmux")
    if tmux is None:
        return False
    try:
        shown = subprocess.run(
            [tmux, "show-options", "-gv", "set-clipboard"],
            capture_output=True, text=True, timeout=2, check=False,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return False
    return shown.stdout.strip() == "on"


def clipboard_gap() -> str | None:
    """Why the terminal may not take a copy (a catalogue key), or None when OSC 52 should."""
    forced = os.environ.get("CSDESK_CLIPBOARD", "").strip().lower()
    if forced == "osc52":
        return None
    if forced == "box":
        return "clipboard.gap.box"
    if os.environ.get("TMUX"):
        return None if _tmux_passes_osc52() else "clipboard.gap.tmux"
    if os.environ.get("SSH_CONNECTION") or os.environ.get("SSH_TTY"):
        return "clipboard.gap.ssh"
    return None


class CopyBoxModal(Guarded, ModalScreen[None]):
    """The copied text in a box, for a terminal without a clipboard: select it with the mouse."""

    DEFAULT_CSS = """
    CopyBoxModal { align: center middle; }
    CopyBoxModal > Vertical {
        width: 90; max-width: 100%; height: 80%; max-height: 100%;
        border: round $accent; background: $panel; padding: 0 1;
    }
    CopyBoxModal #copy-why { color: $warning; height: auto; }
    CopyBoxModal TextArea { height: 1fr; }
    """
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("copy_box")

    def __init__(self, text: str, gap: str) -> None:
        super().__init__()
        keymap.localize(self)
        self.text = text
        self.gap = gap

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = literal(t("clipboard.box_title"))
            box.border_subtitle = literal(t("clipboard.box_hint"))
            yield Static(literal(t(self.gap)), id="copy-why")
            yield TextArea(self.text, read_only=True, soft_wrap=True, id="copy-text")

    def on_mount(self) -> None:
        self.query_one(TextArea).select_all()

    def action_close(self) -> None:
        self.dismiss(None)


def copy_out(app: App[Any], text: str, what: str, next_step: str = "") -> None:
    """Copy `text` (`what` names it: "报价文本") and say where it went, and what comes next."""
    app.copy_to_clipboard(text)
    gap = clipboard_gap()
    if gap is None:
        app.notify(t("clipboard.copied", what=what, next=next_step).strip(), timeout=5)
        return
    app.notify(t("clipboard.in_box", what=what, next=next_step).strip(), severity="warning")
    app.push_screen(CopyBoxModal(text, gap))
