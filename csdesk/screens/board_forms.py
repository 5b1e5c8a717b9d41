"""The board's small forms: what a stage asks for, a move back with its reason, a note.

Each returns the shipment id when saved, so the board reloads with the cursor on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Input, Label, Select, Static, TextArea

from csdesk.i18n import t
from csdesk.rules.money import AmountError, parse_amount
from csdesk.rules.shipments import STUFFING_MODES, parse_container_specs
from csdesk.screens.form_base import FORM_CSS, FormModal
from csdesk.screens.trouble_forms import TroubleFormModal, TroubleStatusModal
from csdesk.widgets.literal import literal

if TYPE_CHECKING:
    from csdesk.desk.shipments import BoardCard

__all__ = [
    "MoveBackModal",
    "NoteModal",
    "StageDataModal",
    "TroubleFormModal",
    "TroubleStatusModal",
]

# What the stuffing stage needs once a mode is chosen (H49): all are offered together.
STUFFING_FIELDS = ("pickup_factories", "trucker", "trucking_price", "warehouse", "warehouse_fee")
MONEY_FIELDS = {"trucking_price": "trucking_price_minor", "warehouse_fee": "warehouse_fee_minor"}


def actor_id(app: Any) -> int | None:
    desk = app.desk
    return desk.agent.id if desk is not None and desk.agent is not None else None


class StageDataModal(FormModal):
    """A stage asks for what it needs (container numbers, vessel and voyage, ...) and the move is
    made with it, in one save."""

    DEFAULT_CSS = FORM_CSS.format(name="StageDataModal")
    FIRST_FIELD = "Input, Select"

    def __init__(
        self, card: BoardCard, target: str, needs: list[str], boxes: list[tuple[int, str]]
    ) -> None:
        super().__init__()
        self.card = card
        self.target = target
        self.needs = needs
        self.boxes = boxes

    def field_names(self) -> list[str]:
        names = [name for name in self.needs if name not in ("container_numbers", "stuffing")]
        if "stuffing" in self.needs:
            names = ["stuffing", *[n for n in STUFFING_FIELDS if n not in names]]
        return names

    def compose(self) -> ComposeResult:
        with VerticalScroll() as box:
            box.border_title = literal(
                t(
                    "board.stage_asks",
                    booking_no=self.card.booking_no,
                    stage=t(f"stage.{self.target}"),
                )
            )
            box.border_subtitle = literal(t("form.save_hint"))
            for name in self.field_names():
                yield Label(literal(t(f"shipment.field.{name}")))
                if name == "stuffing":
                    options = [(t(f"stuffing.{mode}"), mode) for mode in STUFFING_MODES]
                    yield Select(options, prompt=t("form.none"), id="f-stuffing")
                else:
                    hint = t("board.containers_hint") if name == "containers" else ""
                    yield Input(placeholder=hint, id=f"f-{name}")
            if "container_numbers" in self.needs:
                for container_id, type_code in self.boxes:
                    yield Label(literal(t("board.box_number", type=type_code)))
                    yield Input(placeholder="CSQU3054383", id=f"box-{container_id}")
            yield Static("", id="form-errors", markup=False)

    def collect(self) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        containers: list[dict[str, str | None]] = []
        for name in self.field_names():
            if name == "stuffing":
                mode = self.query_one("#f-stuffing", Select).value
                fields["stuffing"] = None if mode == Select.NULL else mode
                continue
            text = self.query_one(f"#f-{name}", Input).value.strip()
            if name == "containers":
                containers = parse_container_specs([text])
            elif name in MONEY_FIELDS:
                fields[MONEY_FIELDS[name]] = _amount(name, text)
            elif name == "pickup_factories":
                fields[name] = _count(name, text)
            elif text:
                fields[name] = text
        numbers = {
            container_id: self.query_one(f"#box-{container_id}", Input).value.strip()
            for container_id, _type in self.boxes
            if "container_numbers" in self.needs
        }
        return {"fields": fields, "containers": containers, "numbers": numbers}

    def persist(self, session: Any, values: dict[str, Any]) -> tuple[int, str]:
        from csdesk.desk.shipments import fill_and_move

        desk = self.app.desk  # type: ignore[attr-defined]
        shipment = fill_and_move(
            session,
            self.card.id,
            self.target,
            fields=values["fields"],
            numbers={key: number for key, number in values["numbers"].items() if number},
            containers=values["containers"],
            actor_id=actor_id(self.app),
            now=desk.now(),
            tz=desk.tz,
        )
        stage = t(f"stage.{shipment.stage}")
        return self.card.id, t("board.moved", booking_no=self.card.booking_no, stage=stage)


def _amount(name: str, text: str) -> int | None:
    if not text:
        return None
    try:
        return parse_amount(text, "CNY")[0]
    except AmountError:
        raise ValueError(
            f"{t(f'shipment.field.{name}')}: {t('charge.bad_amount', value=text)}"
        ) from None


def _count(name: str, text: str) -> int | None:
    if not text:
        return None
    if not text.isdigit():
        raise ValueError(f"{t(f'shipment.field.{name}')}: {t('form.bad_number')}")
    return int(text)


class MoveBackModal(FormModal):
    DEFAULT_CSS = FORM_CSS.format(name="MoveBackModal")
    FIRST_FIELD = "#f-reason"

    def __init__(self, card: BoardCard) -> None:
        super().__init__()
        self.card = card

    def compose(self) -> ComposeResult:
        with VerticalScroll() as box:
            box.border_title = literal(t("board.move_back_title", booking_no=self.card.booking_no))
            box.border_subtitle = literal(t("form.save_hint"))
            yield Label(literal(t("shipment.field.reason")))
            yield Input(id="f-reason")
            yield Static("", id="form-errors", markup=False)

    def collect(self) -> dict[str, Any]:
        return {"reason": self.query_one("#f-reason", Input).value}

    def persist(self, session: Any, values: dict[str, Any]) -> tuple[int, str]:
        from csdesk.desk.shipments import move_back

        desk = self.app.desk  # type: ignore[attr-defined]
        shipment = move_back(
            session,
            self.card.id,
            values["reason"],
            actor_id=actor_id(self.app),
            now=desk.now(),
            expected_version=self.card.version,
            tz=desk.tz,
        )
        stage = t(f"stage.{shipment.stage}")
        return self.card.id, t("board.moved", booking_no=self.card.booking_no, stage=stage)


class NoteModal(FormModal):
    """A note in the booking's thread (H50), seen by every colleague who opens it."""

    DEFAULT_CSS = FORM_CSS.format(name="NoteModal")
    FIRST_FIELD = "#f-text"

    def __init__(self, shipment_id: int, booking_no: str) -> None:
        super().__init__()
        self.shipment_id = shipment_id
        self.booking_no = booking_no

    def compose(self) -> ComposeResult:
        with VerticalScroll() as box:
            box.border_title = literal(t("board.note_title", booking_no=self.booking_no))
            box.border_subtitle = literal(t("form.save_hint"))
            yield TextArea(id="f-text")
            yield Static("", id="form-errors", markup=False)

    def collect(self) -> dict[str, Any]:
        return {"text": self.query_one("#f-text", TextArea).text}

    def persist(self, session: Any, values: dict[str, Any]) -> tuple[int, str]:
        from csdesk.desk.shipments import add_note

        desk = self.app.desk  # type: ignore[attr-defined]
        add_note(
            session, self.shipment_id, values["text"], actor_id=actor_id(self.app), now=desk.now()
        )
        return self.shipment_id, t("board.note_saved", booking_no=self.booking_no)
