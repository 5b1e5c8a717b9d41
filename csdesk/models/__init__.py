"""SQLModel tables, one file per aggregate. Importing this package registers every table."""

from __future__ import annotations

from csdesk.models.activity import Interaction, Task
from csdesk.models.agent import Agent
from csdesk.models.base import metadata, utcnow
from csdesk.models.calls import CallMark, CustomerChange, ShipMonth
from csdesk.models.customer import Contact, Customer
from csdesk.models.inquiry import Inquiry, InquiryContainer, InquiryDraft
from csdesk.models.money import (
    BlRelease,
    CustomerAccount,
    Deposit,
    Invoice,
    Payment,
    PaymentApplication,
    Rebate,
    ReceivableDue,
)
from csdesk.models.quote import Quote, QuoteCharge
from csdesk.models.rate import CarrierIncrease, CustomerMargin, Rate, RateImport
from csdesk.models.reference import CalendarDay, ContainerType, Lane, Port
from csdesk.models.setting import DeskSetting
from csdesk.models.shipment import (
    ChargeLine,
    DocumentDispatch,
    FreeDaysRequest,
    Shipment,
    ShipmentContainer,
    ShipmentNote,
    StageChange,
    Trouble,
)

__all__ = [
    "Agent",
    "BlRelease",
    "CalendarDay",
    "CallMark",
    "CarrierIncrease",
    "ChargeLine",
    "Contact",
    "ContainerType",
    "Customer",
    "CustomerAccount",
    "CustomerChange",
    "CustomerMargin",
    "Deposit",
    "DeskSetting",
    "DocumentDispatch",
    "FreeDaysRequest",
    "Inquiry",
    "InquiryContainer",
    "InquiryDraft",
    "Interaction",
    "Invoice",
    "Lane",
    "Payment",
    "PaymentApplication",
    "Port",
    "Quote",
    "QuoteCharge",
    "Rate",
    "RateImport",
    "Rebate",
    "ReceivableDue",
    "ShipMonth",
    "Shipment",
    "ShipmentContainer",
    "ShipmentNote",
    "StageChange",
    "Task",
    "Trouble",
    "metadata",
    "utcnow",
]
