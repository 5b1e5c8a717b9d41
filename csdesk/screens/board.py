"""The shipment board (H97): a column per open stage, trouble on top, moved with the keyboard.

Each column pages in SQL on its own; the filter is applied in the store as you type. Work on a
card (advance, move back, trouble, note) happens in modals and workers, then the board reloads
and the cursor follows the shipment to its new column.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.timer import Timer
from textual.widgets import Footer, Input, Static

from csdesk import keymap
from csdesk.i18n import t
from csdesk.rules.stages import BOARD_STAGES, next_stage
from csdesk.screens.base import DeskScreen
from csdesk.widgets.board_card import CARD_HEIGHT
from csdesk.widgets.board_column import LOAD_MORE_MARGIN, BoardColumnView, CardList
from csdesk.widgets.header import DeskHeader, NavLine

if TYPE_CHECKING:
    from csdesk.desk.shipments import BoardCard, BoardColumn, BoardFilter

FILTER_PAUSE = 0.15  # seconds
MIN_COLUMN_CELLS = 14  # a booking number (11), the scrollbar and the border


def refusal_text(error: Exception) -> str:
    """What a user reads about a failed action: the desk's own words, or the unexpected reason
    (logged with its traceback)."""
    from csdesk.widgets.guard import explain

    return explain(error)


class BoardScreen(DeskScreen):
    SCOPE = "board"
    TITLE_KEY = "screen.board"
    CSS_PATH = "board.tcss"
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("board")
    # The cards have the keys from the start (j/k, ]), not the filter; the first load then puts
    # the cursor on the first column that holds bookings.
    AUTO_FOCUS = "CardList"

    def __init__(self) -> None:
        super().__init__()
        self.show_all = False
        self.held_only = False
        self.filter_text = ""
        self.column_index = 0
        self.placed = False  # whether a load has put the cursor on a column yet
        self._filter_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield DeskHeader()
        yield NavLine()
        with Horizontal(id="board-top"):
            yield Input(placeholder=t("board.filter_placeholder"), id="board-filter")
            yield Static("", id="board-status", classes="muted", markup=False)
        with Horizontal(id="board-columns"):
            for stage in BOARD_STAGES:
                yield BoardColumnView(stage)
        yield Footer()

    def desk_ready(self) -> None:
        desk = self.desk
        self.show_all = desk is not None and (desk.agent is None or desk.agent.is_supervisor)
        self.load(sweep=True)

    # Loading ----------------------------------------------------------------------------------
    def columns(self) -> list[BoardColumnView]:
        return list(self.query(BoardColumnView))

    def on_resize(self) -> None:
        """Stages share the width, but never below a whole booking number: at 80 columns the
        stages scroll sideways and the focused one comes into view. As many stages as fit
        share the screen whole (at 80 columns five of 16 cells, not five and a half of 14)."""
        views = self.columns()
        shown = max(1, min(len(views), self.size.width // MIN_COLUMN_CELLS))
        width = max(MIN_COLUMN_CELLS, self.size.width // shown)
        # The cells left over stay blank: a sliver of the next stage would read as a cut one.
        self.query_one("#board-columns").styles.width = shown * width
        for view in views:
            view.styles.width = width

    def board_filter(self) -> BoardFilter:
        from csdesk.desk.shipments import BoardFilter

        desk = self.desk
        agent_id = None if self.show_all or desk is None or desk.agent is None else desk.agent.id
        return BoardFilter(
            agent_id=agent_id,
            text=self.filter_text or None,
            trouble="bl_held" if self.held_only else None,
        )

    @work(thread=True, exclusive=True, group="board-load")
    def load(self, select_id: int | None = None, sweep: bool = False) -> None:
        from csdesk.desk.shipments import load_board, sweep_when_due

        desk = self.desk
        if desk is None:
            return
        flt = self.board_filter()
        if sweep:
            sweep_when_due(desk)
        limit = self.page_size()
        with desk.engine.connect() as connection:
            columns = load_board(connection, flt, today=desk.today, tz=desk.tz, limit=limit)
        self.app.call_from_thread(self._show, flt, columns, select_id, limit)

    def page_size(self) -> int:
        """Cards read per column at first: a page, or more if a taller screen shows more."""
        from csdesk.desk.shipments import PAGE_SIZE

        return max(PAGE_SIZE, self.size.height // CARD_HEIGHT + LOAD_MORE_MARGIN)

    def _show(
        self, flt: BoardFilter, columns: list[BoardColumn], select_id: int | None, limit: int
    ) -> None:
        if flt != self.board_filter():
            return  # the filter changed while this page was read
        views = self.columns()
        for view, column in zip(views, columns, strict=True):
            has_more = len(column.cards) == limit
            view.show(column.cards, column.count, has_more, select_id, column.at_least)
            if select_id is not None and any(card.id == select_id for card in column.cards):
                self.column_index = views.index(view)
        if not views[self.column_index].card_list.cards:
            # A filter may leave the current column empty: go where the matches are.
            filled = [index for index, column in enumerate(columns) if column.cards]
            self.column_index = filled[0] if filled else self.column_index
        at_least = any(column.at_least for column in columns)
        self._show_status(sum(column.count for column in columns), at_least)
        if select_id is not None or not self.placed or not isinstance(self.focused, Input):
            views[self.column_index].card_list.focus()
        self.placed = True

    def _show_status(self, total: int, at_least: bool = False) -> None:
        parts = [t("board.scope_all") if self.show_all else t("board.scope_mine")]
        parts.append(t("board.total_at_least" if at_least else "board.total", count=total))
        if self.held_only:
            parts.append(t("board.held_only"))
        self.query_one("#board-status", Static).update(Text("  ".join(parts)))

    @on(CardList.NeedMore)
    def _more(self, event: CardList.NeedMore) -> None:
        self.load_more(event.stage, event.last, self.board_filter())

    @work(thread=True, group="board-more")
    def load_more(self, stage: str, last: BoardCard, flt: BoardFilter) -> None:
        from csdesk.desk.shipments import board_column

        desk = self.desk
        if desk is None:
            return
        with desk.engine.connect() as connection:
            cards = board_column(
                connection, stage, flt, today=desk.today, tz=desk.tz, after=last.cursor
            )
        self.app.call_from_thread(self._append, stage, flt, cards)

    def _append(self, stage: str, flt: BoardFilter, cards: list[BoardCard]) -> None:
        from csdesk.desk.shipments import PAGE_SIZE

        if flt == self.board_filter():
            view = self.query_one(f"#column-{stage}", BoardColumnView)
            view.card_list.append_cards(cards, len(cards) == PAGE_SIZE)

    @on(Input.Changed, "#board-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        # Read the store once typing pauses: a broad filter over 20,000 shipments takes a
        # tenth of a second, and a burst of keys needs only the last one's answer.
        self.filter_text = event.value.strip()
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self._filter_timer = self.set_timer(FILTER_PAUSE, self.load)

    @on(Input.Submitted, "#board-filter")
    def _filter_done(self) -> None:
        """Enter: filter now (no pause) and go to the cards."""
        if self._filter_timer is not None:
            self._filter_timer.stop()
            self._filter_timer = None
            self.load()
        self.columns()[self.column_index].card_list.focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, CardList):
            self.column_index = BOARD_STAGES.index(event.widget.stage)

    # Acting on the current card --------------------------------------------------------------
    def current_card(self) -> BoardCard | None:
        return self.columns()[self.column_index].card_list.current

    def acted_on(self) -> BoardCard | None:
        """The card a key acts on; on an empty column, a line saying why nothing happens."""
        card = self.current_card()
        if card is None and self.desk is not None:
            stage = t(f"stage.{BOARD_STAGES[self.column_index]}")
            self.notify(t("board.no_card", stage=stage), severity="warning", timeout=4)
        return card

    # The column keys, reachable from the palette too (it runs actions on the screen).
    def action_cursor_down(self) -> None:
        self.columns()[self.column_index].card_list.action_cursor_down()

    def action_cursor_up(self) -> None:
        self.columns()[self.column_index].card_list.action_cursor_up()

    def action_cursor_top(self) -> None:
        self.columns()[self.column_index].card_list.action_cursor_top()

    def action_cursor_bottom(self) -> None:
        self.columns()[self.column_index].card_list.action_cursor_bottom()

    def action_open_card(self) -> None:
        self.columns()[self.column_index].card_list.action_open_card()

    def action_column(self, step: int) -> None:
        self.column_index = (self.column_index + step) % len(BOARD_STAGES)
        view = self.columns()[self.column_index]
        view.card_list.focus()
        self.query_one("#board-columns").scroll_to_widget(view, animate=False)

    def action_focus_filter(self) -> None:
        self.query_one("#board-filter", Input).focus()

    def action_reload(self) -> None:
        card = self.current_card()
        self.load(card.id if card else None, sweep=True)

    def store_changed(self) -> None:
        """Another desk changed the store: the board redraws and the cursor stays on its
        shipment (in its new stage if it moved). Not while typing a filter: it reloads anyway."""
        if not isinstance(self.focused, Input):
            card = self.current_card()
            self.load(card.id if card else None)

    def day_changed(self) -> None:
        """Past midnight: the new day's alerts are raised and the cards redrawn (what is late
        counts from the new day); the cursor stays on its shipment, and a filter being typed
        keeps its text and the focus."""
        card = self.current_card()
        typing = isinstance(self.focused, Input)
        self.load(None if typing or card is None else card.id, sweep=True)

    def action_toggle_scope(self) -> None:
        desk = self.desk
        if desk is None:
            return
        if desk.agent is not None and not desk.agent.is_supervisor:
            self.notify(t("board.all_for_supervisors"), severity="warning")
            return
        self.show_all = not self.show_all
        self.load()

    def action_toggle_held(self) -> None:
        self.held_only = not self.held_only
        self.load()

    def action_advance(self) -> None:
        from csdesk.screens.confirm import advance_past_trouble

        card = self.acted_on()
        if card is not None and self.desk is not None:
            advance_past_trouble(self, card, self.advance)

    @work(thread=True, exclusive=True, group="board-act")
    def advance(self, card: BoardCard) -> None:
        from csdesk.desk.shipments import move_shipment, shipment_detail, stage_needs

        desk = self.desk
        target = next_stage(card.stage)
        if desk is None or target is None:
            return
        try:
            with desk.session() as session:
                needs = stage_needs(session, card.id, target)
                if needs:
                    detail = shipment_detail(
                        session, card.id, today=desk.today, calendar=desk.calendar
                    )
                    boxes = [(box.id, box.type_code) for box in detail.containers if not box.number]
                else:
                    move_shipment(
                        session,
                        card.id,
                        target,
                        actor_id=desk.agent.id if desk.agent else None,
                        now=desk.now(),
                        expected_version=card.version,
                        tz=desk.tz,
                    )
        except Exception as error:  # a refusal, or a store gone away: said, never a traceback
            self.app.call_from_thread(self.notify, refusal_text(error), severity="error", timeout=8)
            self.app.call_from_thread(self.load, card.id)
            return
        if needs:
            self.app.call_from_thread(self._ask_stage_data, card, target, needs, boxes)
        else:
            self.app.call_from_thread(self._moved, card, target)

    def _moved(self, card: BoardCard, target: str) -> None:
        self.notify(t("board.moved", booking_no=card.booking_no, stage=t(f"stage.{target}")))
        self.load(card.id)

    def _ask_stage_data(
        self, card: BoardCard, target: str, needs: list[str], boxes: list[tuple[int, str]]
    ) -> None:
        from csdesk.screens.board_forms import StageDataModal

        self.app.push_screen(StageDataModal(card, target, needs, boxes), self._after_form)

    def _after_form(self, shipment_id: int | None) -> None:
        if shipment_id is not None:
            self.load(shipment_id)

    def action_move_back(self) -> None:
        from csdesk.screens.board_forms import MoveBackModal

        card = self.acted_on()
        if card is None or self.desk is None:
            return
        if card.stage == BOARD_STAGES[0]:
            self.notify(t("stage.at_start"), severity="warning")
            return
        self.app.push_screen(MoveBackModal(card), self._after_form)

    def action_record_trouble(self) -> None:
        from csdesk.screens.board_forms import TroubleFormModal

        card = self.acted_on()
        if card is not None and self.desk is not None:
            self.app.push_screen(TroubleFormModal(card.id, card.booking_no), self._after_form)

    def action_add_note(self) -> None:
        from csdesk.screens.board_forms import NoteModal

        card = self.acted_on()
        if card is not None and self.desk is not None:
            self.app.push_screen(NoteModal(card.id, card.booking_no), self._after_form)

    @on(CardList.Opened)
    def _open(self, event: CardList.Opened) -> None:
        from csdesk.screens.shipment import ShipmentScreen

        self.app.push_screen(ShipmentScreen(event.card.id), self._after_form)
