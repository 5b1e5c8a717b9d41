"""One shipment opened from the board: the booking, its trouble with the handbook's advice, the
history of its moves, notes, charges, free days and documents. Keys act on it like on the board."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from csdesk import keymap
from csdesk.i18n import t
from csdesk.rules.stages import BOARD_STAGES
from csdesk.screens.board import refusal_text
from csdesk.widgets.board_detail import (
    render_sections,
    render_summary,
    render_trouble_advice,
    render_trouble_row,
)
from csdesk.widgets.guard import Guarded
from csdesk.widgets.header import DeskHeader
from csdesk.widgets.row_list import RowList

if TYPE_CHECKING:
    from csdesk.desk.shipments import BoardCard, ShipmentDetail
    from csdesk.desk.shipments.detail import TroubleView


class ShipmentScreen(Guarded, Screen[int | None]):
    SCOPE = "shipment"
    TITLE_KEY = "screen.shipment"
    CSS_PATH = "shipment.tcss"
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("shipment")

    def __init__(self, shipment_id: int) -> None:
        super().__init__()
        keymap.localize(self)
        self.shipment_id = shipment_id
        self.detail: ShipmentDetail | None = None
        self.shown_day: dt.date | None = None  # the desk's day the detail counts from
        self._loaded = False  # the app's store follower reloads a screen once it has loaded

    def compose(self) -> ComposeResult:
        yield DeskHeader()
        yield Static("", id="shipment-summary", markup=False)
        with Horizontal(id="shipment-body"):
            with Vertical(id="shipment-trouble"):
                yield Static(Text(t("board.section.trouble")), classes="pane-title", markup=False)
                yield RowList(render_trouble_row, t("board.no_trouble"), id="trouble-list")
                yield Static("", id="trouble-advice", markup=False)
            with VerticalScroll(id="shipment-sections"):
                yield Static("", id="sections", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        refresh_header = getattr(self.app, "refresh_header", None)
        if refresh_header is not None:
            refresh_header()
        self.shown_day = getattr(self.app, "desk_day", None)
        self.load()

    def day_changed(self) -> None:
        """Past midnight: what is late (documents, cut-offs) counts from the new day."""
        self.load()

    def store_changed(self) -> None:
        """Another screen, desk or the CLI changed the store (the customer renamed, a trouble
        closed, the stage moved): the detail shows it, and forms start from its new version."""
        self.load()

    @work(thread=True, exclusive=True, group="shipment-load")
    def load(self) -> None:
        from csdesk.desk.shipments import shipment_detail

        desk = self.app.desk  # type: ignore[attr-defined]
        with desk.session() as session:
            detail = shipment_detail(
                session, self.shipment_id, today=desk.today, calendar=desk.calendar
            )
        self.app.call_from_thread(self._show, detail)

    def _show(self, detail: ShipmentDetail) -> None:
        self._loaded = True
        tz = self.app.desk.tz  # type: ignore[attr-defined]
        self.detail = detail
        self.query_one("#shipment-summary", Static).update(render_summary(detail, tz))
        self.query_one("#sections", Static).update(render_sections(detail, tz))
        troubles = sorted(detail.troubles, key=lambda view: view.trouble.status == "closed")
        rows = self.query_one("#trouble-list", RowList)
        rows.set_rows(troubles, keep_cursor=True)
        self._show_advice(rows.current)
        rows.focus()

    @on(RowList.Highlighted, "#trouble-list")
    def _highlighted(self, event: RowList.Highlighted) -> None:
        self._show_advice(event.row)

    def _show_advice(self, view: TroubleView | None) -> None:
        self.query_one("#trouble-advice", Static).update(render_trouble_advice(view))

    # Actions ----------------------------------------------------------------------------------
    def action_close(self) -> None:
        self.dismiss(self.shipment_id)

    def _card(self) -> BoardCard | None:
        """The shipment as the board's forms take it."""
        from csdesk.desk.shipments import BoardCard
        from csdesk.desk.shipments.common import split_kinds

        detail = self.detail
        if detail is None:
            return None
        shipment = detail.shipment
        return BoardCard(
            id=self.shipment_id,
            booking_no=shipment.booking_no,
            customer=detail.customer.name,
            carrier=shipment.carrier,
            vessel=shipment.vessel,
            voyage=shipment.voyage,
            agent_login=detail.login(shipment.agent_id),
            stage=shipment.stage,
            days_in_stage=0,
            trouble=split_kinds(shipment.trouble_kinds),
            trouble_rank=shipment.trouble_rank,
            sort_at=shipment.sort_at,
            cutoff_at=shipment.cutoff_at,
            eta=shipment.eta,
            version=shipment.version,
        )

    def _after_form(self, saved: int | None) -> None:
        if saved is not None:
            self.load()

    def action_advance(self) -> None:
        from csdesk.screens.confirm import advance_past_trouble

        card = self._card()
        if card is not None:
            advance_past_trouble(self, card, self.advance)

    @work(thread=True, exclusive=True, group="shipment-act")
    def advance(self, card: BoardCard) -> None:
        from csdesk.desk.shipments import move_shipment, stage_needs
        from csdesk.rules.stages import next_stage

        desk = self.app.desk  # type: ignore[attr-defined]
        target = next_stage(card.stage)
        if target is None:
            self.app.call_from_thread(self.notify, t("stage.at_end"), severity="warning")
            return
        try:
            with desk.session() as session:
                needs = stage_needs(session, card.id, target)
                if not needs:
                    actor = desk.agent.id if desk.agent else None
                    move_shipment(
                        session,
                        card.id,
                        target,
                        actor_id=actor,
                        now=desk.now(),
                        expected_version=card.version,
                        tz=desk.tz,
                    )
        except Exception as error:  # a refusal, or a store gone away: said, never a traceback
            self.app.call_from_thread(self.notify, refusal_text(error), severity="error", timeout=8)
            return
        self.app.call_from_thread(self._advanced, card, target, needs)

    def _advanced(self, card: BoardCard, target: str, needs: list[str]) -> None:
        from csdesk.screens.board_forms import StageDataModal

        if needs and self.detail is not None:
            boxes = [
                (box.id or 0, box.type_code) for box in self.detail.containers if not box.number
            ]
            self.app.push_screen(StageDataModal(card, target, needs, boxes), self._after_form)
            return
        self.notify(t("board.moved", booking_no=card.booking_no, stage=t(f"stage.{target}")))
        self.load()

    def action_move_back(self) -> None:
        from csdesk.screens.board_forms import MoveBackModal

        card = self._card()
        if card is None:
            return
        if card.stage == BOARD_STAGES[0]:  # as on the board: no reason asked for nothing
            self.notify(t("stage.at_start"), severity="warning")
            return
        self.app.push_screen(MoveBackModal(card), self._after_form)

    def action_record_trouble(self) -> None:
        from csdesk.screens.board_forms import TroubleFormModal

        card = self._card()
        if card is not None:
            self.app.push_screen(TroubleFormModal(card.id, card.booking_no), self._after_form)

    def action_add_note(self) -> None:
        from csdesk.screens.board_forms import NoteModal

        card = self._card()
        if card is not None:
            self.app.push_screen(NoteModal(card.id, card.booking_no), self._after_form)

    def action_release_bl(self) -> None:
        from csdesk.rules.stages import stage_index
        from csdesk.screens.accounts_forms import ReleaseModal

        detail = self.detail
        if detail is None or detail.customer.id is None:
            return
        booking_no = detail.shipment.booking_no
        if stage_index(detail.shipment.stage) < stage_index("bl_issued"):
            self.notify(t("money.release.too_early", booking_no=booking_no), severity="warning")
            return
        modal = ReleaseModal(detail.customer.id, detail.customer.name, shipment=booking_no)
        self.app.push_screen(modal, self._after_form)

    def action_trouble_status(self) -> None:
        from csdesk.screens.board_forms import TroubleStatusModal

        view: TroubleView | None = self.query_one("#trouble-list", RowList).current
        trouble = view.trouble if view is not None else None
        if trouble is None or trouble.id is None or trouble.status == "closed":
            self.notify(t("board.pick_open_trouble"), severity="warning")
            return
        modal = TroubleStatusModal(self.shipment_id, trouble.id, trouble.kind, trouble.status)
        self.app.push_screen(modal, self._after_form)
