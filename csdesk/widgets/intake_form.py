"""The intake form's boxes: mode, channel, DG, the fields and the container lines.

Every box is plain text; the screen turns them into fields (csdesk.rules.form_text). A box
filled from a pasted message is marked until the agent edits it or confirms all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Checkbox, Input, Label, Select, Static

from csdesk.i18n import t
from csdesk.rules.inquiry_fields import CHANNELS, MODES
from csdesk.widgets.guard import Guarded
from csdesk.widgets.intake_paste import FieldInput
from csdesk.widgets.literal import literal

# The boxes in the order an agent asks for them on the phone.
TEXT_BOXES = (
    "pol",
    "pod",
    "commodity",
    "weight_kg",
    "pieces",
    "volume_cbm",
    "dimensions_cm",
    "cargo_ready",
    "incoterm",
    "shipper",
    "target_price",
    "currency",
    "un_number",
    "dg_class",
    "temperature_c",
    "pickup_address",
    "pickup_factories",
    "delivery_address",
    "hs_code",
    "cargo_value",
    "cargo_value_currency",
    "cargo_list",
    "handling",
)
HINTS = {
    "weight_kg": "kg",
    "volume_cbm": "m3",
    "dimensions_cm": "120x80x100 cm",
    "cargo_ready": "2026-12-10 / 下周三",  # a date and a day as said; 24 cells at 80 columns
    "temperature_c": "-18",
    "currency": "USD",
    "pickup_factories": "1",
}


class IntakeForm(Guarded, VerticalScroll):
    DEFAULT_CSS = """
    IntakeForm { padding: 0 1; }
    IntakeForm #intake-top { height: 3; }
    IntakeForm #intake-top Select { width: 1fr; min-width: 12; max-width: 24; }
    IntakeForm #intake-top Checkbox { width: auto; }
    IntakeForm Grid { grid-size: 2; grid-columns: 18 1fr; grid-rows: 1; height: auto; }
    IntakeForm Grid Label { padding: 0 1 0 0; }
    IntakeForm Input { height: 1; border: none; padding: 0 1; background: $boost; }
    IntakeForm Input:focus { border: none; background: $accent 30%; }
    IntakeForm Label.-missing { color: $error; text-style: bold; }
    IntakeForm Label.-warning { color: $warning; }
    IntakeForm Label.-error { color: $error; text-style: bold reverse; }
    IntakeForm Input.-parsed { background: $success 25%; text-style: italic; }
    IntakeForm .intake-line { height: 1; }
    IntakeForm .intake-line Input { width: 12; margin-right: 1; }
    IntakeForm #intake-ports { color: $text-muted; height: auto; }
    """

    class Edited(Message):
        """The agent changed a box (not the screen filling it)."""

        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._filled: dict[str, str] = {}
        self._lines = 0

    def compose(self) -> ComposeResult:
        with Horizontal(id="intake-top"):
            yield Select(
                [(t(f"intake.mode.{mode}"), mode) for mode in MODES],
                prompt=t("intake.field.mode"),
                id="f-mode",
            )
            yield Select(
                [(t(f"channel.{channel}"), channel) for channel in CHANNELS],
                value="phone",
                allow_blank=False,
                id="f-channel",
            )
            yield Checkbox(literal(t("intake.field.dg")), id="f-dg")
        with Grid(id="intake-grid"):
            for name in TEXT_BOXES:
                yield Label(literal(t(f"intake.field.{name}")), id=f"l-{name}")
                yield FieldInput(placeholder=HINTS.get(name, ""), id=f"f-{name}")
        yield Static("", id="intake-ports", markup=False)
        yield Label(literal(t("intake.field.containers")), id="l-containers")
        yield Vertical(id="intake-lines")

    def on_mount(self) -> None:
        self.add_line()

    # Container lines ----------------------------------------------------------------------------
    def add_line(self, code: str = "", qty: str = "") -> Input:
        index = self._lines
        self._lines += 1
        type_box = FieldInput(code, placeholder="40HQ", id=f"f-line-type-{index}")
        qty_box = FieldInput(qty, placeholder=t("intake.form.qty"), id=f"f-line-qty-{index}")
        self.query_one("#intake-lines", Vertical).mount(
            Horizontal(type_box, qty_box, classes="intake-line")
        )
        return type_box

    def lines(self) -> list[tuple[str, str]]:
        return [
            (
                self.query_one(f"#f-line-type-{index}", Input).value,
                self.query_one(f"#f-line-qty-{index}", Input).value,
            )
            for index in range(self._lines)
        ]

    def set_lines(self, lines: Iterable[tuple[str, str]]) -> None:
        wanted = list(lines) or [("", "")]
        while self._lines < len(wanted):
            self.add_line()
        for index in range(self._lines):
            code, qty = wanted[index] if index < len(wanted) else ("", "")
            self._put(f"line-type-{index}", code)
            self._put(f"line-qty-{index}", qty)

    # Values --------------------------------------------------------------------------------------
    def texts(self) -> dict[str, str]:
        return {name: self.query_one(f"#f-{name}", Input).value for name in TEXT_BOXES}

    @property
    def mode(self) -> str | None:
        value = self.query_one("#f-mode", Select).value
        return value if isinstance(value, str) else None

    def set_mode(self, value: str | None) -> None:
        select: Select[str] = self.query_one("#f-mode", Select)
        wanted = value if value in MODES else Select.NULL
        if select.value != wanted:
            self._filled["mode"] = str(wanted)
            select.value = wanted

    @property
    def channel(self) -> str:
        value = self.query_one("#f-channel", Select).value
        return value if isinstance(value, str) else "phone"

    @property
    def dg(self) -> bool:
        return self.query_one("#f-dg", Checkbox).value

    def set_dg(self, value: bool) -> None:
        box = self.query_one("#f-dg", Checkbox)
        if box.value != value:
            self._filled["dg"] = str(value)
            box.value = value

    def set_channel(self, value: str) -> None:
        if value in CHANNELS:
            self._filled["channel"] = value
            self.query_one("#f-channel", Select).value = value

    def fill(self, texts: Mapping[str, str]) -> None:
        """Put values in boxes as the screen (not the agent) writes them."""
        for name, value in texts.items():
            self._put(name, value)

    def _put(self, name: str, value: str) -> None:
        box = self.query_one(f"#f-{name}", Input)
        if box.value != value:
            self._filled[name] = value
            box.value = value

    # Marks ---------------------------------------------------------------------------------------
    def mark_parsed(self, names: Iterable[str]) -> None:
        marked = set(names)
        for name in TEXT_BOXES:
            self.query_one(f"#f-{name}", Input).set_class(name in marked, "-parsed")
        for index in range(self._lines):
            for part in ("type", "qty"):
                box = self.query_one(f"#f-line-{part}-{index}", Input)
                box.set_class("containers" in marked, "-parsed")

    def mark_flags(self, missing: set[str], errors: set[str], warnings: set[str]) -> None:
        for name in (*TEXT_BOXES, "containers"):
            label = self.query_one(f"#l-{name}", Label)
            label.set_class(name in missing, "-missing")
            label.set_class(name in errors, "-error")
            label.set_class(name in warnings and not {name} & (errors | missing), "-warning")

    def show_ports(self, text: str) -> None:
        self.query_one("#intake-ports", Static).update(Text(text))

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        box_id = event.input.id or ""
        name = box_id.removeprefix("f-")
        if self._filled.get(name) == event.value:
            del self._filled[name]
            return
        event.stop()
        self.post_message(self.Edited("containers" if name.startswith("line-") else name))

    @on(Select.Changed)
    @on(Checkbox.Changed)
    def _choice_changed(self, event: Any) -> None:
        event.stop()
        name = str(event.control.id or "").removeprefix("f-")
        if self._filled.get(name) == str(event.value):
            del self._filled[name]
            return
        self.post_message(self.Edited(name))
