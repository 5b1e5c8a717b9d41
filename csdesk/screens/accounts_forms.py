"""The Accounts screen's forms: record a payment, propose or decide a hold, release a B/L. Each
saves through the desk's money functions in a worker; a refusal stays on the form as one line."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Footer, Input, Label, Select, Static

from csdesk.i18n import t
from csdesk.screens.form_base import FORM_CSS, FormModal

if TYPE_CHECKING:
    from csdesk.desk.money import ProposalRow


class MoneyFormModal(FormModal):
    """A short form of one-line fields; subclasses name the fields and save them."""

    FIELDS: tuple[tuple[str, str], ...] = ()  # (field, catalogue key of its label)
    TITLE_KEY = ""

    def __init__(self, customer_id: int, customer_name: str, **values: str) -> None:
        super().__init__()
        self.customer_id = customer_id
        self.customer_name = customer_name
        self.initial = values

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(Text(t(self.TITLE_KEY, customer=self.customer_name)), markup=False)
            for name, label in self.FIELDS:
                yield Label(Text(t(label)))
                yield Input(self.initial.get(name, ""), id=f"money-{name}")
            yield Static("", id="form-errors", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query(Input).first().focus()

    def collect(self) -> dict[str, Any]:
        return {name: self.query_one(f"#money-{name}", Input).value for name, _ in self.FIELDS}


class PaymentModal(MoneyFormModal):
    DEFAULT_CSS = FORM_CSS.format(name="PaymentModal")
    TITLE_KEY = "accounts.form.payment"
    FIELDS = (
        ("amount", "accounts.field.amount"),
        ("date", "accounts.field.date"),
        ("reference", "accounts.field.reference"),
        ("invoice", "accounts.field.invoice"),
    )

    def persist(self, session: Any, values: dict[str, Any]) -> tuple[int, str]:
        from csdesk.desk.errors import DeskError
        from csdesk.desk.money import PaymentInput, record_payment
        from csdesk.rules.money import AmountError, format_amount, parse_amount
        from csdesk.rules.money_import import parse_date

        desk = self.app.desk  # type: ignore[attr-defined]
        if not values["amount"].strip():
            raise DeskError("money.error.no_amount")
        try:
            minor, currency = parse_amount(values["amount"], "USD")
        except AmountError:
            raise DeskError("money.error.amount", value=values["amount"]) from None
        day = parse_date(values["date"]) if values["date"].strip() else desk.today
        if day is None:
            raise DeskError("money.error.date", value=values["date"])
        entry = PaymentInput(
            self.customer_id, minor, currency, day, values["reference"], values["invoice"] or None
        )
        payment = record_payment(session, entry, today=desk.today, actor=desk.agent, now=desk.now())
        applied = format_amount(minor - payment.credit_minor, currency)
        credit = format_amount(payment.credit_minor, currency)
        return self.customer_id, t(
            "money.payment.recorded", id=payment.id, applied=applied, credit=credit
        )


class HoldModal(MoneyFormModal):
    """An agent proposes a hold (H56, the last resort); a supervisor decides it."""

    DEFAULT_CSS = FORM_CSS.format(name="HoldModal")
    TITLE_KEY = "accounts.form.hold"
    FIELDS = (("shipment", "accounts.field.shipment"), ("reason", "accounts.field.reason"))

    def persist(self, session: Any, values: dict[str, Any]) -> tuple[int, str]:
        from csdesk.desk.money import propose_hold

        desk = self.app.desk  # type: ignore[attr-defined]
        proposal = propose_hold(
            session, values["shipment"], values["reason"], actor=desk.agent, now=desk.now()
        )
        booking_no = values["shipment"].strip()
        return self.customer_id, t("money.hold.proposed", booking_no=booking_no, id=proposal.id)


class DirectHoldModal(MoneyFormModal):
    """A supervisor holds the B/L directly, with a reason."""

    DEFAULT_CSS = FORM_CSS.format(name="DirectHoldModal")
    TITLE_KEY = "accounts.form.hold_direct"
    FIELDS = (("shipment", "accounts.field.shipment"), ("reason", "accounts.field.reason"))

    def persist(self, session: Any, values: dict[str, Any]) -> tuple[int, str]:
        from csdesk.desk.money import hold_bl

        desk = self.app.desk  # type: ignore[attr-defined]
        trouble = hold_bl(
            session,
            values["shipment"],
            values["reason"],
            today=desk.today,
            actor=desk.agent,
            now=desk.now(),
        )
        booking_no = values["shipment"].strip()
        return self.customer_id, t("money.bl.held", booking_no=booking_no, id=trouble.id)


class DecideHoldModal(MoneyFormModal):
    """A supervisor decides an agent's proposal: hold the B/L, or decline with a reason."""

    DEFAULT_CSS = FORM_CSS.format(name="DecideHoldModal")
    FIRST_FIELD = "Select"

    def __init__(self, customer_id: int, customer_name: str, proposal: ProposalRow) -> None:
        super().__init__(customer_id, customer_name)
        self.proposal = proposal

    def compose(self) -> ComposeResult:
        proposal = self.proposal
        heading = t(
            "accounts.form.decide",
            customer=self.customer_name,
            id=proposal.id,
            booking=proposal.booking_no,
            by=proposal.proposed_by or "-",
        )
        with VerticalScroll():
            yield Static(Text(heading + proposal.reason), markup=False)
            yield Label(Text(t("money.hold.decision")))
            options = [(t("money.hold.do_hold"), "hold"), (t("money.hold.do_decline"), "decline")]
            yield Select(options, value="hold", allow_blank=False, id="money-decision")
            yield Label(Text(t("accounts.field.reason")))
            yield Input(proposal.reason, id="money-reason")
            yield Static("", id="form-errors", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Select).focus()

    def collect(self) -> dict[str, Any]:
        return {
            "decision": self.query_one("#money-decision", Select).value,
            "reason": self.query_one("#money-reason", Input).value,
        }

    def persist(self, session: Any, values: dict[str, Any]) -> tuple[int, str]:
        from csdesk.desk.money import decline_hold, hold_bl

        desk = self.app.desk  # type: ignore[attr-defined]
        proposal = self.proposal
        if values["decision"] == "decline":
            decline_hold(session, proposal.id, values["reason"], actor=desk.agent, now=desk.now())
            return self.customer_id, t("money.hold.declined", id=proposal.id)
        trouble = hold_bl(
            session,
            proposal.shipment_id,
            values["reason"],
            today=desk.today,
            actor=desk.agent,
            now=desk.now(),
        )
        return self.customer_id, t("money.bl.held", booking_no=proposal.booking_no, id=trouble.id)


class ReleaseModal(MoneyFormModal):
    DEFAULT_CSS = FORM_CSS.format(name="ReleaseModal")
    TITLE_KEY = "accounts.form.release"
    FIELDS = (("shipment", "accounts.field.shipment"), ("reason", "accounts.field.reason_sup"))

    def persist(self, session: Any, values: dict[str, Any]) -> tuple[int, str]:
        from csdesk.desk.money import release_bl

        desk = self.app.desk  # type: ignore[attr-defined]
        release = release_bl(
            session,
            values["shipment"],
            today=desk.today,
            actor=desk.agent,
            reason=values["reason"] or None,
            now=desk.now(),
        )
        basis = t(f"money.basis.{release.basis}")
        return self.customer_id, t("money.bl.released", booking_no=values["shipment"], basis=basis)
