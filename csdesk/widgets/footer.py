"""The key line at the bottom, rebuilt only when the keys it shows change.

Textual's Footer removes and mounts all its keys again on every change of the screen's active
bindings (focus moving, a screen mounted), even when the keys shown stay the same: the Calls
screen's start rebuilt the same two keys three times before its first frame, each time styled
and laid out afresh (issue 11). This one compares what it would show with what it shows and
skips a rebuild that would draw the same line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.widgets import Footer

from csdesk.widgets.guard import Guarded

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.screen import Screen


class DeskFooter(Guarded, Footer):
    def __init__(self) -> None:
        super().__init__()
        self._shown: tuple[Any, ...] | None = None
        # Footer waits for the screen's first bindings signal and then rebuilds itself, in a
        # batch that held back the first frame already laid out and drawn (a second layout and
        # drawing followed). The screen's keys are known when this is composed: shown at once.
        self.set_reactive(Footer._bindings_ready, True)

    def _keys(self, screen: Screen[Any]) -> tuple[Any, ...]:
        """Everything Footer.compose reads, in its order."""
        app = screen.app
        return (
            self.compact,
            self.show_command_palette,
            app.ENABLE_COMMAND_PALETTE,
            app.COMMAND_PALETTE_BINDING,
            tuple(
                (key, binding.key, app.get_key_display(binding), binding.description,
                 binding.action, binding.show, binding.group, binding.tooltip, enabled, tooltip)
                for key, (_node, binding, enabled, tooltip) in screen.active_bindings.items()
                if binding.show or key == app.COMMAND_PALETTE_BINDING
            ),
        )  # fmt: skip

    def compose(self) -> ComposeResult:
        self._shown = self._keys(self.screen) if self._bindings_ready else None
        return super().compose()

    def bindings_changed(self, screen: Screen[Any]) -> None:
        mine = self.is_attached and screen is self.screen
        keys = self._keys(screen) if mine else None
        if keys is not None and keys == self._shown:
            return
        super().bindings_changed(screen)
        if keys is not None and screen.app.app_focus:
            # A rebuild is on its way: a signal before it runs, for the same keys, is skipped.
            self._shown = keys
