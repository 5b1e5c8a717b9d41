"""A customer's contacts: adding one and editing one are two named actions.

F10 first asks which: "add a contact" (an empty form) or one of the customer's contacts (its
form, filled, titled with whose contact it is), so typing a new contact never replaces an old one.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Checkbox, Input, Label, Static

from csdesk.desk.customers import CONTACT_FIELDS, CustomerCard
from csdesk.i18n import t
from csdesk.models import Contact
from csdesk.screens.form_base import FORM_CSS, FormModal
from csdesk.screens.pick import PickModal
from csdesk.widgets.literal import literal

ADD = "add"
TEXT_FIELDS = ("name", "phone", "wechat", "email", "role")


def contact_choices(card: CustomerCard) -> PickModal:
    """The first step of F10: add a contact, or edit one of this customer's."""
    options = [(t("contacts.add"), ADD)] + [
        (t("contacts.edit_one", contact=f"{c.name} {c.phone or ''}".strip()), str(c.id))
        for c in card.contacts
    ]
    return PickModal(t("contacts.pick_title", customer=card.customer.name), options)


def contact_form(card: CustomerCard, choice: str | None) -> ContactFormModal | None:
    """The form for what was chosen in `contact_choices` (None when the agent pressed Esc)."""
    if choice is None:
        return None
    if choice == ADD:
        return ContactFormModal(card, None)
    chosen = next((c for c in card.contacts if str(c.id) == choice), None)
    return ContactFormModal(card, chosen) if chosen is not None else None


class ContactFormModal(FormModal):
    DEFAULT_CSS = FORM_CSS.format(name="ContactFormModal")

    def __init__(self, card: CustomerCard, contact: Contact | None) -> None:
        super().__init__()
        self.card = card
        self.editing = contact

    def compose(self) -> ComposeResult:
        customer = self.card.customer.name
        contact = self.editing
        with VerticalScroll() as box:
            box.border_title = literal(
                t("contacts.edit_title", contact=contact.name, customer=customer)
                if contact
                else t("contacts.add_title", customer=customer)
            )
            box.border_subtitle = literal(t("form.save_hint"))
            for name in TEXT_FIELDS:
                yield Label(literal(t("field.contact_name" if name == "name" else f"field.{name}")))
                value = getattr(contact, name) if contact else None
                # Editing keeps the text unselected: a key typed must not replace a stored name.
                yield Input(value or "", id=f"f-{name}", select_on_focus=False)
            primary = bool(contact.primary) if contact else not self.card.contacts
            yield Checkbox(literal(t("field.primary")), primary, id="f-primary")
            yield Static("", id="form-errors", markup=False)

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
