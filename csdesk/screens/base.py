"""What every main screen shares: access to the desk once the store is open, localised keys."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar

from textual.screen import Screen
from textual.widget import Widget

from csdesk import keymap
from csdesk.widgets.guard import Guarded

if TYPE_CHECKING:
    from csdesk.app import CSDeskApp
    from csdesk.desk.context import Desk


class DeskScreen(Guarded, Screen[None]):
    """A main screen. `desk_ready()` runs once the store is open (at once if it already is);
    `day_changed()` when the desk's day moved on since the screen showed `shown_day`."""

    SCOPE: ClassVar[str] = "screen"
    TITLE_KEY: ClassVar[str] = "app.title"

    def __init__(self) -> None:
        super().__init__()
        keymap.localize(self)
        self._loaded = False
        self.shown_day: dt.date | None = None  # the desk's day the screen loaded for

    @property
    def desk_app(self) -> CSDeskApp:
        from csdesk.app import CSDeskApp

        assert isinstance(self.app, CSDeskApp)
        return self.app

    @property
    def desk(self) -> Desk | None:
        return self.desk_app.desk

    def on_mount(self) -> None:
        if self.desk is not None:
            self.notify_desk_ready()

    def notify_desk_ready(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.shown_day = self.desk_app.desk_day
            self.desk_ready()

    def desk_ready(self) -> None:
        """Load the screen's data; override in screens (start a worker, do not block)."""

    def day_changed(self) -> None:
        """The desk's day moved on (a desk open past midnight): reload what depends on the day,
        keeping the cursor's record and anything being typed. Override in screens."""


def typing_in_form(screen: Screen[object], focused: Widget | None) -> bool:
    """Whether a printable key now belongs to what is being typed: a form or modal is open, or an
    input, a field or a button has focus. Then no screen or global letter/digit key may fire."""
    from textual.widgets import Button, Checkbox, Input, RadioSet, Select, Switch, TextArea

    if screen.is_modal or keymap.layer(getattr(screen, "SCOPE", "app")) == "form":
        return True
    fields = (Input, TextArea, Select, Checkbox, RadioSet, Switch, Button)
    return focused is not None and any(
        isinstance(node, fields) for node in focused.ancestors_with_self
    )
