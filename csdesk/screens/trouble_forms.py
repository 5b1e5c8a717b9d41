"""Recording trouble on a shipment, and handling, escalating, closing or releasing it.

The trouble form shows the fields of the kind chosen (DETAIL_FIELDS) and the handbook's advice
for it, so the agent records what the next step needs while on the phone.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from csdesk.i18n import t
from csdesk.rules.trouble import DETAIL_FIELDS, KINDS, TRANSITIONS, WAY_REQUIRED_TO_CLOSE, WAYS_ON
from csdesk.screens.form_base import FORM_CSS, FormModal
from csdesk.widgets.literal import literal

CHOICE_PREFIX = {
    "holder": "trouble.holder",
    "reason": "trouble.reason",
    "way": "trouble.way",
    "cutoff": "trouble.cutoff",
}
TROUBLE_CSS = (
    FORM_CSS
    + """
{name} OptionList {{ height: 8; }}
{name} #trouble-advice {{ color: $text-muted; margin-top: 1; }}
"""
)


def _actor(app: Any) -> Any:
    return app.desk.agent if app.desk is not None else None


def detail_widgets(kind: str) -> list[Widget]:
    widgets: list[Widget] = []
    for spec in DETAIL_FIELDS[kind]:
        label = t(f"shipment.field.{spec.name}")
        if spec.kind == "bool":
            widgets.append(Checkbox(literal(label), False, id=f"d-{spec.name}"))
            continue
        widgets.append(Label(literal(label + (" *" if spec.required else ""))))
        if spec.choices:
            prefix = CHOICE_PREFIX.get(spec.name, "trouble")
            options = [(t(f"{prefix}.{choice}"), choice) for choice in spec.choices]
            widgets.append(Select(options, prompt=t("form.none"), id=f"d-{spec.name}"))
        else:
            widgets.append(Input(id=f"d-{spec.name}"))
    return widgets


class TroubleFormModal(FormModal):
    DEFAULT_CSS = TROUBLE_CSS.format(name="TroubleFormModal")
    FIRST_FIELD = "#f-kind"

    def __init__(self, shipment_id: int, booking_no: str) -> None:
        super().__init__()
        self.shipment_id = shipment_id
        self.booking_no = booking_no
        self.kind = KINDS[0]

    def compose(self) -> ComposeResult:
        with VerticalScroll() as box:
            box.border_title = literal(t("board.trouble_title", booking_no=self.booking_no))
            box.border_subtitle = literal(t("form.save_hint"))
            yield Label(literal(t("shipment.field.kind")))
            yield OptionList(
                *[Option(t(f"trouble.kind.{kind}"), id=kind) for kind in KINDS], id="f-kind"
            )
            yield Static("", id="trouble-advice", markup=False)
            yield Vertical(*detail_widgets(self.kind), id="trouble-details")
            yield Label(literal(t("shipment.field.note")))
            yield Input(id="f-note")
            yield Static("", id="form-errors", markup=False)

    def on_mount(self) -> None:
        self._show_advice()

    @on(OptionList.OptionHighlighted, "#f-kind")
    async def _kind_changed(self, event: OptionList.OptionHighlighted) -> None:
        kind = event.option.id or KINDS[0]
        if kind == self.kind:
            return
        self.kind = kind
        details = self.query_one("#trouble-details", Vertical)
        await details.remove_children()
        await details.mount_all(detail_widgets(kind))
        self._show_advice()

    def _show_advice(self) -> None:
        from csdesk.desk.shipments.common import problem_text
        from csdesk.rules.trouble import advice

        details: dict[str, Any] = {"new_vessel": "...", "holder": "us", "reason": "account_overdue"}
        if self.kind == "cutoff_near":
            details["cutoff"] = "gate"
        lines = [problem_text(line) for line in advice(self.kind, details)]
        if self.kind == "bl_held":
            lines = [t("board.hold_hint")]
        self.query_one("#trouble-advice", Static).update(Text("\n".join(lines)))

    def collect(self) -> dict[str, Any]:
        details: dict[str, Any] = {}
        for spec in DETAIL_FIELDS[self.kind]:
            widget = self.query_one(f"#d-{spec.name}")
            if isinstance(widget, Checkbox):
                details[spec.name] = widget.value
            elif isinstance(widget, Select):
                details[spec.name] = None if widget.value == Select.NULL else widget.value
            elif isinstance(widget, Input):
                details[spec.name] = widget.value.strip() or None
        note = self.query_one("#f-note", Input).value.strip() or None
        return {"kind": self.kind, "details": details, "note": note}

    def persist(self, session: Any, values: dict[str, Any]) -> tuple[int, str]:
        from csdesk.desk.shipments import record_trouble

        desk = self.app.desk  # type: ignore[attr-defined]
        actor = _actor(self.app)
        record_trouble(
            session,
            self.shipment_id,
            values["kind"],
            details=values["details"],
            note=values["note"],
            actor_id=actor.id if actor else None,
            now=desk.now(),
            tz=desk.tz,
        )
        kind = t(f"trouble.kind.{values['kind']}")
        return self.shipment_id, t("board.trouble_saved", booking_no=self.booking_no, kind=kind)


class TroubleStatusModal(FormModal):
    """Handle, escalate or close one trouble; closing a held B/L releases it (H59, H60)."""

    DEFAULT_CSS = TROUBLE_CSS.format(name="TroubleStatusModal")
    FIRST_FIELD = "#f-status"

    def __init__(self, shipment_id: int, trouble_id: int, kind: str, status: str) -> None:
        super().__init__()
        self.shipment_id = shipment_id
        self.trouble_id = trouble_id
        self.kind = kind
        self.status = status

    def compose(self) -> ComposeResult:
        targets = TRANSITIONS[self.status]
        with VerticalScroll() as box:
            box.border_title = literal(
                t("board.status_title", kind=t(f"trouble.kind.{self.kind}"), id=self.trouble_id)
            )
            box.border_subtitle = literal(t("form.save_hint"))
            yield Label(literal(t("board.status_to")))
            yield OptionList(
                *[Option(self._target_label(target), id=target) for target in targets],
                id="f-status",
            )
            if self.kind in WAY_REQUIRED_TO_CLOSE:
                yield Label(literal(t("shipment.field.way")))
                options = [(t(f"trouble.way.{way}"), way) for way in WAYS_ON]
                yield Select(options, prompt=t("form.none"), id="f-way")
            yield Label(literal(t("shipment.field.outcome")))
            yield Input(id="f-outcome")
            yield Static("", id="form-errors", markup=False)

    def _target_label(self, target: str) -> str:
        if self.kind == "bl_held" and target == "closed":
            return t("board.release_hold")
        return t(f"trouble.status.{target}")

    def collect(self) -> dict[str, Any]:
        options = self.query_one("#f-status", OptionList)
        highlighted = options.highlighted if options.highlighted is not None else 0
        target = options.get_option_at_index(highlighted).id
        details: dict[str, Any] = {}
        if self.kind in WAY_REQUIRED_TO_CLOSE:
            way = self.query_one("#f-way", Select).value
            details["way"] = None if way == Select.NULL else way
        outcome = self.query_one("#f-outcome", Input).value.strip() or None
        return {"target": target, "details": details, "outcome": outcome}

    def persist(self, session: Any, values: dict[str, Any]) -> tuple[int, str]:
        from csdesk.desk.shipments import change_trouble_status

        desk = self.app.desk  # type: ignore[attr-defined]
        trouble = change_trouble_status(
            session,
            self.trouble_id,
            values["target"],
            actor=_actor(self.app),
            outcome=values["outcome"],
            details=values["details"],
            now=desk.now(),
            tz=desk.tz,
        )
        status = t(f"trouble.status.{trouble.status}")
        return self.shipment_id, t(
            "board.status_saved", kind=t(f"trouble.kind.{self.kind}"), status=status
        )
