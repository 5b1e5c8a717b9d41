"""What every main screen shares: access to the desk once the store is open, localised keys."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar

from textual import events
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


class HoldsEarlyInput:
    """A screen that focuses its field only once its data is in (the intake form loads the
    agent's draft first). Keys and pastes that come before then, in the burst that opened it
    (Ctrl+N lagos) or while the store is slow, found no field: they are held, and given to the
    form in order once it is ready, as if typed a moment later. The key that leaves passes, so
    a slow load can still be left."""

    PASSES_WHILE_LOADING: ClassVar[frozenset[str]] = frozenset({"leave"})
    _early_input: list[events.Key | events.Paste] | None = None  # None: not holding

    def hold_early_input(self) -> None:
        self._early_input = []

    def hold(self, event: events.Key | events.Paste) -> bool:
        """Keep `event` for when the form is ready; returns whether it was kept."""
        if self._early_input is None:
            return False
        if isinstance(event, events.Paste):
            self._early_input.append(events.Paste(event.text))
            return True
        assert isinstance(self, Screen)
        bound = self.active_bindings.get(event.key)
        if bound is not None and bound.binding.action in self.PASSES_WHILE_LOADING:
            return False
        self._early_input.append(events.Key(event.key, event.character))
        return True

    def release_early_input(self, first: Widget) -> None:
        """The form is ready: focus `first` and type what was held, in order.

        Each key goes straight to the field focused at that point, so a burst keeps its order
        (sent back through the app, a Tab or a Backspace would reach its binding only after the
        letters behind it were typed): letters and pastes into the field's queue, its editing
        keys (Backspace, arrows) as actions in that same queue, Tab moves the focus now, and a
        screen or app key (F11, Ctrl+L) goes to the app once the field has typed what came
        before it."""
        assert isinstance(self, Screen)
        held, self._early_input = self._early_input or [], None
        self.set_focus(first)
        for event in held:
            target: Widget = self.focused or self
            if isinstance(event, events.Paste) or event.is_printable:
                target.post_message(event)
                continue
            bound = self.active_bindings.get(event.key)
            action = bound.binding.action if bound is not None else ""
            if action == "app.focus_next":
                self.focus_next()
            elif action == "app.focus_previous":
                self.focus_previous()
            elif bound is not None and bound.node is target:
                target.call_later(self.app.run_action, action, target)
            else:
                target.call_later(self.app.post_message, event)

    def on_key(self, event: events.Key) -> None:
        if self.hold(event):
            event.stop()
            event.prevent_default()

    def on_paste(self, event: events.Paste) -> None:
        if self.hold(event):
            event.stop()
            event.prevent_default()


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


def deliver_stray_text(screen: Screen[object], focused: Widget | None, key: events.Key) -> bool:
    """Give a letter or digit that reached the app unused to the text field it was typed for.

    A key typed in one burst with the key that opens a screen (F11 1850 from the inquiry list)
    was sent to the old screen's list before the new screen existed, or to the new screen before
    its field had focus; no field saw it, and it came back to the app unused. A text field stops
    every key it types, so a printable key that reaches the app while one has focus never went
    through it: it is posted to that field now. With nothing focused yet (a form focuses its
    first field just after it mounts), it goes where the focus is after the next refresh.
    Returns whether the key was taken."""
    if not key.is_printable or not key.character:
        return False
    if _is_text_field(focused):
        assert focused is not None
        focused.post_message(events.Key(key.key, key.character))
        return True
    if focused is None:
        screen.app.call_after_refresh(_give_to_focus, screen, key.key, key.character)
        return True
    return False


def _is_text_field(widget: Widget | None) -> bool:
    from textual.widgets import Input, TextArea

    return isinstance(widget, Input | TextArea)


def _give_to_focus(screen: Screen[object], name: str, character: str) -> None:
    """A key that came while nothing had focus, now that the screen has focused its field."""
    focused = screen.focused
    if _is_text_field(focused):
        assert focused is not None
        focused.post_message(events.Key(name, character))
    elif focused is not None:
        screen.app.post_message(events.Key(name, character))
