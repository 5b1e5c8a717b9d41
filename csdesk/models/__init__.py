"""SQLModel tables, one file per aggregate. Importing this package registers every table."""

from __future__ import annotations

from csdesk.models.activity import Interaction, Task
from csdesk.models.agent import Agent
from csdesk.models.base import metadata, utcnow
from csdesk.models.calls import CallMark, CustomerChange, ShipMonth
from csdesk.models.customer import Contact, Customer
from csdesk.models.inquiry import Inquiry, InquiryContainer, InquiryDraft
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
from csdesk.models.team import AuditEntry, CallClaim

__all__ = [
    "Agent",
    "AuditEntry",
    "CalendarDay",
    "CallClaim",
    "CallMark",
    "CarrierIncrease",
    "ChargeLine",
    "Contact",
    "ContainerType",
    "Customer",
    "CustomerChange",
    "CustomerMargin",
    "DeskSetting",
    "DocumentDispatch",
    "FreeDaysRequest",
    "Inquiry",
    "InquiryContainer",
    "InquiryDraft",
    "Interaction",
    "Lane",
    "Port",
    "Quote",
    "QuoteCharge",
    "Rate",
    "RateImport",
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
