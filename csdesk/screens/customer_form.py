"""New or edit customer. Saving checks the version: another agent's save is never overwritten."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Checkbox, Input, Label, Select, Static, TextArea

from csdesk.desk.customers import CUSTOMER_FIELDS, CustomerCard
from csdesk.i18n import t
from csdesk.rules.vocab import CREDIT_TERMS, CUSTOMER_KINDS, OWNERSHIPS, SOURCES, TIERS
from csdesk.screens.form_base import FORM_CSS, FormModal
from csdesk.widgets.literal import literal

TEXT_FIELDS = ("name", "wechat", "hobbies", "settlement_day", "agreement_end")
CHOICE_FIELDS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "kind": (CUSTOMER_KINDS, "kind"),
    "tier": (TIERS, None),
    "source": (SOURCES, "source"),
    "ownership": (OWNERSHIPS, "ownership"),
    "credit_terms": (CREDIT_TERMS, "credit"),
}


def _options(values: tuple[str, ...], prefix: str | None) -> list[tuple[str, str]]:
    return [(t(f"{prefix}.{value}") if prefix else value, value) for value in values]


class CustomerFormModal(FormModal):
    DEFAULT_CSS = FORM_CSS.format(name="CustomerFormModal")

    def __init__(self, card: CustomerCard | None) -> None:
        super().__init__()
        self.card = card
        customer = card.customer if card else None
        self.original: dict[str, Any] = (
            {name: getattr(customer, name) for name in CUSTOMER_FIELDS} if customer else {}
        )

    def compose(self) -> ComposeResult:
        values = self.original
        with VerticalScroll() as box:
            box.border_title = literal(
                t("form.edit_customer", version=self.card.customer.version)
                if self.card
                else t("form.new_customer")
            )
            box.border_subtitle = literal(t("form.save_hint"))
            yield Label(literal(t("field.name")))
            yield Input(values.get("name") or "", id="f-name")
            for name, (choices, prefix) in CHOICE_FIELDS.items():
                yield Label(literal(t(f"field.{name}")))
                current = values.get(name) or (
                    choices[0] if name in {"kind", "credit_terms"} else None
                )
                if name == "tier" and not values:
                    current = "D"
                yield Select(
                    _options(choices, prefix),
                    value=current if current is not None else Select.NULL,
                    allow_blank=name in {"source", "ownership"},
                    prompt=t("form.none"),
                    id=f"f-{name}",
                )
            yield Label(literal(t("field.owner")))
            yield Select([], allow_blank=True, prompt=t("form.none"), id="f-owner_id")
            yield Checkbox(literal(t("field.vip")), bool(values.get("vip")), id="f-vip")
            for name in ("settlement_day", "agreement_end", "wechat", "hobbies"):
                yield Label(literal(t(f"field.{name}")))
                value = values.get(name)
                yield Input("" if value is None else str(value), id=f"f-{name}")
            yield Label(literal(t("field.notes")))
            yield TextArea(values.get("notes") or "", id="f-notes")
            yield Static("", id="form-errors", markup=False)

    def on_mount(self) -> None:
        self.load_agents()

    @work(thread=True)
    def load_agents(self) -> None:
        from csdesk.desk.agents import list_agents

        desk = self.app.desk  # type: ignore[attr-defined]
        with desk.session() as session:
            options = [
                (literal(f"{agent.name} ({agent.login})"), agent.id)
                for agent in list_agents(session)
            ]
        default = self.original.get("owner_id")
        if not self.original and desk.agent is not None:
            default = desk.agent.id
        self.app.call_from_thread(self._set_agents, options, default)

    def _set_agents(self, options: list[tuple[Text, int]], default: int | None) -> None:
        select: Select[int] = self.query_one("#f-owner_id", Select)
        select.set_options(options)
        if default is not None:
            select.value = default

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        values["name"] = self.query_one("#f-name", Input).value
        for name in CHOICE_FIELDS:
            selected = self.query_one(f"#f-{name}", Select).value
            values[name] = None if selected == Select.NULL else selected
        owner = self.query_one("#f-owner_id", Select).value
        values["owner_id"] = None if owner == Select.NULL else owner
        values["vip"] = self.query_one("#f-vip", Checkbox).value
        values["wechat"] = self.query_one("#f-wechat", Input).value
        values["hobbies"] = self.query_one("#f-hobbies", Input).value
        values["notes"] = self.query_one("#f-notes", TextArea).text
        day = self.query_one("#f-settlement_day", Input).value.strip()
        try:
            values["settlement_day"] = int(day) if day else None
        except ValueError:
            raise ValueError(f"{t('field.settlement_day')}: {t('form.bad_number')}") from None
        end = self.query_one("#f-agreement_end", Input).value.strip()
        try:
            values["agreement_end"] = dt.date.fromisoformat(end) if end else None
        except ValueError:
            raise ValueError(
                f"{t('field.agreement_end')}: {t('error.bad_date', value=end)}"
            ) from None
        return values

    def persist(self, session: Any, values: dict[str, Any]) -> tuple[int, str]:
        from csdesk.desk.customers import create_customer, update_customer

        if self.card is None:
            customer = create_customer(session, values)
        else:
            changes = {
                name: value for name, value in values.items() if self.original.get(name) != value
            }
            customer = update_customer(
                session,
                self.card.customer.id or 0,
                self.card.customer.version,
                self.original,
                changes,
            )
        assert customer.id is not None
        return customer.id, t("customers.saved", name=customer.name)
