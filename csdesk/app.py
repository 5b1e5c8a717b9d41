"""CSDeskApp: the main screens, global keys, the header. Screens do their own work."""

from __future__ import annotations

import datetime as dt
import gc
import threading
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import events, work
from textual.app import App
from textual.binding import BindingType
from textual.command import Provider
from textual.filter import LineFilter
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.worker import WorkerFailed, get_current_worker

from csdesk import keymap
from csdesk.i18n import set_face, set_language, t
from csdesk.screens.base import (
    DeskScreen,
    HoldsEarlyInput,
    deliver_stray_text,
    typing_in_form,
)
from csdesk.screens.day_watch import FollowsDeskDay
from csdesk.screens.registry import MAIN_SCREENS, screen_factory
from csdesk.widgets import compositor_patch, css_cache
from csdesk.widgets.guard import Guarded, report_unexpected, use_store, write_error_log
from csdesk.widgets.literal import DropControls, drop_controls_from_rendered_text, visible

if TYPE_CHECKING:
    from csdesk.desk.context import Desk

drop_controls_from_rendered_text()
compositor_patch.apply()  # wide characters under toasts (Textualize/textual#6357)
css_cache.apply()  # CSS parsed once per process, not again on each re-parse
_DROP_CONTROLS = DropControls()

# After this many unexpected errors in one run the desk stops (a redraw failing again and again
# would otherwise fill the screen with toasts).
MAX_REPORTED_ERRORS = 20


# How long the store watcher waits per round: a change shows within about this, well inside 2 s.
FOLLOW_SECONDS = 0.5
RECONNECT_SECONDS = 5
# Collections resume at the latest this long after the app started (see start_up_over).
START_UP_LIMIT_SECONDS = 10


def _desk_commands() -> type[Provider]:
    from csdesk.screens.palette import DeskCommands

    return DeskCommands


class DeskOpened(Message):
    pass


class DeskFailed(Message):
    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class CSDeskApp(FollowsDeskDay, Guarded, App[None]):
    """The desk. `db` is a path or URL, `agent` a login, `today` fixes the desk's date."""

    TITLE = "csdesk"
    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = True
    # F5-F9 (and 1-5 when no input has focus) switch main screens; F10 is kept for the KPI
    # screen (keymap.RESERVED).
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("app")
    COMMAND_PALETTE_BINDING = "ctrl+p"
    MODES: ClassVar[dict[str, str | Callable[[], Screen[Any]]]] = {
        mode: screen_factory(mode) for mode in MAIN_SCREENS
    }
    # The app starts on Calls: no blank default screen drawn first and then switched away from
    # (each switch parsed the whole stylesheet again, three times, before the first frame).
    DEFAULT_MODE: ClassVar[str] = "calls"
    # Only the desk's own commands, in the user's language (Textual's system ones are English).
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {_desk_commands}

    def __init__(
        self,
        db: str | Path,
        agent: str | None = None,
        today: dt.date | None = None,
        lang: str = "zh",
        data_dir: Path | None = None,
    ) -> None:
        set_language(lang)
        set_face("tui")
        # Start-up builds long-lived objects only (screens, tables, SQL, the modules the first
        # list needs): collections then cost tens of ms and find nothing, so they wait until the
        # first screen shows its data (start_up_over). Started from the CLI (which disabled them
        # already) what start-up built is frozen too.
        self._freeze_after_start = not gc.isenabled()
        self._starting = True
        gc.disable()
        super().__init__()
        keymap.localize(self)
        self.db = db
        use_store(db)
        self.agent_login = agent
        self.fixed_today = today
        self.lang = lang
        self.data_dir = data_dir
        self.desk: Desk | None = None
        self.open_error: str | None = None
        self._unexpected_errors = 0
        self._follow_stop: threading.Event | None = None
        self._store_changes = 0  # changes by other desks seen so far (see _catch_up)
        self._held_frame: Screen[Any] | None = None  # see hold_frame

    # Errors and toasts ----------------------------------------------------------------------------
    # Customer names and notes reach toasts through messages such as "已保存 {name}": a toast is
    # never markup, and its control characters are shown, not sent to the terminal.
    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        super().notify(
            visible(message, multiline=True),
            title=visible(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def _handle_exception(self, error: Exception) -> None:
        """A worker's or a timer's error is reported and the desk carries on (see widgets.guard).

        Anything else (the app failing to start, the screen failing to draw) still ends the app,
        with the traceback logged first; so does a run of errors, which a loop would cause.
        """
        self._unexpected_errors += 1
        if self._running and self._unexpected_errors <= MAX_REPORTED_ERRORS:
            cause = error.error if isinstance(error, WorkerFailed) else error
            report_unexpected(self, cause)
            return
        write_error_log(error)
        super()._handle_exception(error)

    # Frames ---------------------------------------------------------------------------------------
    def hold_frame(self, screen: Screen[Any]) -> None:
        """`screen` has a frame to draw while a batch is open: Textual would draw it and throw
        it away unshown (App._display), then lay out and draw again. It is drawn once, when the
        batch ends. The app's start is a batch, and the first screen's layout falls inside it."""
        self._held_frame = screen

    def _end_batch(self) -> None:
        super()._end_batch()
        screen = self._held_frame
        if screen is not None and not self._batch_count:
            self._held_frame = None
            if self.screen_stack[-1:] == [screen] and screen.is_attached:
                screen._compositor_refresh()

    def get_line_filters(self) -> Sequence[LineFilter]:
        # Every widget's lines pass here on their way to the terminal (literal.DropControls).
        return [*super().get_line_filters(), _DROP_CONTROLS]

    def on_mount(self) -> None:
        from csdesk.config import load_settings

        keymap_overrides = load_settings().keymap
        if keymap_overrides:
            self.set_keymap(keymap_overrides)
        # Should the first screen never say it has settled (left at once, a sign-in waiting),
        # collections resume anyway.
        self.set_timer(START_UP_LIMIT_SECONDS, self.start_up_over)
        # After the first frame: the store opens in a thread, whose imports would hold the GIL
        # while the first screen is laid out.
        self.call_after_refresh(self.open_store)

    @work(thread=True, exclusive=True, group="open-store")
    def open_store(self) -> None:
        """Open (and upgrade) the store after the first screen is drawn, so start-up is quick."""
        from csdesk.desk.calls_sqlite import open_sqlite_desk
        from csdesk.desk.errors import DeskError

        worker = get_current_worker()
        try:
            # A current SQLite store opens without SQLAlchemy (its import waits for first use).
            desk = open_sqlite_desk(self.db, self.agent_login, self.fixed_today, self.data_dir)
            if desk is None:
                from csdesk.desk.context import open_desk

                desk = open_desk(self.db, self.agent_login, self.fixed_today, self.data_dir)
        except DeskError as error:
            self.post_message(DeskFailed(error.message()))
            return
        except Exception as error:  # a broken file or server: say so in one line, no traceback
            from csdesk.store.problems import short_reason

            self.post_message(DeskFailed(t("error.unexpected", reason=short_reason(error))))
            return
        if not worker.is_cancelled:
            self.desk = desk
            self.post_message(DeskOpened())

    def start_up_over(self) -> None:
        """The first screen shows its data (or the desk failed to open): from now on garbage is
        collected as usual. Once only; later calls do nothing."""
        if not self._starting:
            return
        self._starting = False
        if self._freeze_after_start:
            gc.freeze()
        gc.enable()

    def on_desk_opened(self, _message: DeskOpened) -> None:
        self.follow_day()  # first: the screens load for the day it takes
        self.refresh_header()
        if isinstance(self.screen, DeskScreen):
            self.screen.notify_desk_ready()
        self.follow_store()

    def follow_store(self) -> None:
        """When another desk commits, tell the open screen (its `store_changed`, if it has one).

        A plain daemon thread, not a worker: it runs for the app's life, and waiting for the
        workers to finish (as tests and screens do) must not wait for it.
        """
        if self.desk is None or self._follow_stop is not None:
            return
        stop = self._follow_stop = threading.Event()
        url = self.desk.url

        def run() -> None:
            # Imported here: the watcher's module brings SQLAlchemy, kept off the UI thread.
            from csdesk.store.team_watch import watch

            reconnected = False
            while not stop.is_set():
                try:
                    follow(watch(url), reconnected)
                except Exception:  # the server went away: try again shortly, quietly
                    stop.wait(RECONNECT_SECONDS)
                    reconnected = True

        def follow(watcher: Any, reconnected: bool) -> None:
            try:
                if reconnected:  # what changed while away was not seen: reload once
                    with suppress(RuntimeError):
                        self.call_from_thread(self._store_changed)
                while not stop.is_set():
                    if watcher.wait(FOLLOW_SECONDS) and not stop.is_set():
                        respell_renamed()
                        with suppress(RuntimeError):  # the app closed meanwhile
                            self.call_from_thread(self._store_changed)
            finally:
                with suppress(Exception):
                    watcher.close()

        def respell_renamed() -> None:
            """A customer renamed outside the desk gets its pinyin before the screens reload
            (0022_polish2); the respelling is itself a change the watcher sees once more."""
            from csdesk.desk.customer_names import marked, respell_marked
            from csdesk.store.engine import is_read_only

            desk = self.desk
            if desk is None or is_read_only(desk.engine):
                return
            with desk.engine.connect() as connection:
                found = marked(connection, limit=1)
            if found:
                respell_marked(desk.engine)

        threading.Thread(target=run, name="csdesk-follow-store", daemon=True).start()

    def _store_changed(self) -> None:
        """Only the screen in view reloads; another catches up when it is switched to (F5-F10)."""
        self._store_changes += 1
        self._catch_up(self.screen)

    def _catch_up(self, screen: Screen[Any]) -> None:
        """A screen still being built loads what is there anyway; a failed reload is reported,
        and the watcher keeps watching."""
        follow = getattr(screen, "store_changed", None)
        if not callable(follow) or not getattr(screen, "_loaded", False):
            return
        if getattr(screen, "_seen_store_changes", 0) < self._store_changes:
            screen._seen_store_changes = self._store_changes  # type: ignore[attr-defined]
            try:
                follow()
            except Exception as error:
                report_unexpected(self, error)

    def on_desk_failed(self, message: DeskFailed) -> None:
        """Without a store there is no desk: leave with the reason on one line."""
        self.start_up_over()
        self.open_error = message.reason
        self.exit(return_code=1, message=Text(message.reason))

    def refresh_header(self, screen: Screen[Any] | None = None) -> None:
        from csdesk.widgets.header import DeskHeader

        screen = screen or self.screen
        headers = screen.query(DeskHeader)
        if not headers:
            return
        title = t(getattr(screen, "TITLE_KEY", "app.title"))
        desk = self.desk
        if desk is None:
            headers.first().show(
                title, "", "", str(self.db), self.open_error or t("header.opening")
            )
            return
        agent = (
            f"{desk.agent.name} ({t('role.' + desk.agent.role)})"
            if desk.agent
            else t("header.no_agent")
        )
        # The day the screens show (day_watch moves it on), not a newer one no list shows yet.
        today = self.desk_day or desk.today
        day_kind = (
            t("calendar.workday") if desk.calendar.is_workday(today) else t("calendar.holiday")
        )
        holiday = desk.calendar.holiday_name(today)
        day = f"{today.isoformat()} {t('weekday.' + str(today.weekday()))} {day_kind}"
        if holiday:
            day += f" ({holiday})"
        warning_key = desk.calendar.warning(today)
        warning = t(warning_key, year=today.year) if warning_key else None
        headers.first().show(title, agent, day, desk.db_label, warning)

    def on_screen_resume(self) -> None:
        self.refresh_header()

    def on_key(self, event: events.Key) -> None:
        """A letter or digit typed in a form is text: it never reaches a screen or global key.

        An input keeps what it types by itself; this covers a form's other fields, a form with
        nothing focused yet and modals, where `1` would otherwise jump to Calls."""
        if self._held_for_the_form(event):
            return
        if not event.is_printable or not typing_in_form(self.screen, self.focused):
            return
        if deliver_stray_text(self.screen, self.focused, event):  # typed as a screen opened
            event.prevent_default()
            return
        active = self.screen.active_bindings.get(event.key)
        if active is not None and isinstance(active.node, App | Screen):
            event.prevent_default()

    def on_paste(self, event: events.Paste) -> None:
        if not self._held_for_the_form(event):
            self._paste_on_a_list(event.text)

    def _paste_on_a_list(self, text: str) -> None:
        """A paste no field took, on a main screen (a list has focus): a customer's message
        (several lines, or a long line) opens a new inquiry with it in the message box, as
        Ctrl+N then the paste would; anything shorter is said to be unused, never dropped
        without a word."""
        from csdesk.widgets.intake_paste import is_a_message

        screen = self.screen
        if not text.strip() or len(self.screen_stack) > 1 or not isinstance(screen, DeskScreen):
            return
        if not is_a_message(text, "pol") or screen.desk is None:
            self.notify(t("app.paste_unused"), severity="warning")
            return
        from csdesk.screens.inquiries import open_intake_screen

        open_intake_screen(screen, None)
        opened = self.screen
        if isinstance(opened, HoldsEarlyInput):
            opened.hold(events.Paste(text))  # typed in once the form has loaded its draft

    def _held_for_the_form(self, event: events.Key | events.Paste) -> bool:
        """A key or paste sent to the old screen in the burst that opened a loading form (Ctrl+N
        then lagos) comes back unused: the form types it once it is ready."""
        screen = self.screen
        if isinstance(screen, HoldsEarlyInput) and screen.hold(event):
            event.stop()
            event.prevent_default()
            return True
        return False

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            palette = CommandPalette(id="--command-palette", placeholder=t("palette.placeholder"))
            self.push_screen(palette)

    # Actions ------------------------------------------------------------------------------------
    def action_goto(self, mode: str) -> None:
        if mode in MAIN_SCREENS and self.current_mode != mode:
            self.switch_mode(mode)
            self.call_after_refresh(self.refresh_header)
            self.call_after_refresh(lambda: self._catch_up(self.screen))
            self.call_after_refresh(self.day_catch_up_stack)

    def action_help(self) -> None:
        from csdesk.screens.help import HelpModal

        if not isinstance(self.screen, HelpModal):
            self.push_screen(HelpModal(self.screen))

    def action_search(self) -> None:
        from csdesk.screens.search import SearchModal

        if self.desk is None or isinstance(self.screen, SearchModal):
            return
        self.push_screen(SearchModal(), self._open_found_customer)

    def _open_found_customer(self, customer_id: int | None) -> None:
        if customer_id is None:
            return
        self.action_goto("customers")
        from csdesk.screens.customers import CustomersScreen

        screen = self.screen
        if isinstance(screen, CustomersScreen):
            screen.open_customer(customer_id)

    async def action_back(self) -> None:
        if len(self.screen_stack) > 1 and not isinstance(self.screen, DeskScreen):
            self.pop_screen()

    def on_unmount(self) -> None:
        gc.enable()
        if self._follow_stop is not None:
            self._follow_stop.set()
        if self.desk is not None:
            self.desk.close()
