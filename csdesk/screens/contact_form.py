"""A customer's contacts: pick one to edit, or add a new one."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Checkbox, Input, Label, Select, Static

from csdesk.desk.customers import CONTACT_FIELDS, CustomerCard
from csdesk.i18n import t
from csdesk.models import Contact
from csdesk.screens.form_base import FORM_CSS, FormModal
from csdesk.widgets.literal import literal

NEW = -1
TEXT_FIELDS = ("name", "phone", "wechat", "email", "role")


class ContactFormModal(FormModal):
    DEFAULT_CSS = FORM_CSS.format(name="ContactFormModal")

    def __init__(self, card: CustomerCard) -> None:
        super().__init__()
        self.card = card
        self.contacts = {contact.id or 0: contact for contact in card.contacts}
        self.editing: Contact | None = card.contacts[0] if card.contacts else None

    def compose(self) -> ComposeResult:
        options = [(t("form.new_contact"), NEW)] + [
            (literal(f"{contact.name} {contact.phone or ''}".strip()), contact.id or 0)
            for contact in self.card.contacts
        ]
        with VerticalScroll() as box:
            box.border_title = literal(t("form.contacts", name=self.card.customer.name))
            box.border_subtitle = literal(t("form.save_hint"))
            yield Select(
                options,
                value=self.editing.id if self.editing and self.editing.id else NEW,
                allow_blank=False,
                id="f-contact",
            )
            for name in TEXT_FIELDS:
                yield Label(literal(t("field.contact_name" if name == "name" else f"field.{name}")))
                yield Input("", id=f"f-{name}")
            yield Checkbox(t("field.primary"), False, id="f-primary")
            yield Static("", id="form-errors", markup=False)

    def on_mount(self) -> None:
        self._fill(self.editing)

    @on(Select.Changed, "#f-contact")
    def _picked(self, event: Select.Changed) -> None:
        picked = event.value
        self.editing = (
            self.contacts.get(picked) if isinstance(picked, int) and picked != NEW else None
        )
        self._fill(self.editing)

    def _fill(self, contact: Contact | None) -> None:
        for name in TEXT_FIELDS:
            value = getattr(contact, name) if contact else ""
            self.query_one(f"#f-{name}", Input).value = value or ""
        self.query_one("#f-primary", Checkbox).value = (
            bool(contact.primary) if contact else not self.contacts
        )

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            name: self.query_one(f"#f-{name}", Input).value for name in TEXT_FIELDS
        }
        values["primary"] = self.query_one("#f-primary", Checkbox).value
        return values

    def persist(self, session: Any, values: dict[str, Any]) -> tuple[int, str]:
        from csdesk.desk.customers import add_contact, update_contact

        customer_id = self.card.customer.id or 0
        contact = self.editing
        if contact is None:
            saved = add_contact(session, customer_id, values)
        else:
            original = {name: getattr(contact, name) for name in CONTACT_FIELDS}
            changes = {name: value for name, value in values.items() if original.get(name) != value}
            saved = update_contact(session, contact.id or 0, contact.version, original, changes)
        return customer_id, t("contacts.saved", name=saved.name)
