"""SQLModel tables, one file per aggregate. Importing this package registers every table."""

from __future__ import annotations

from csdesk.models.activity import Interaction, Task
from csdesk.models.agent import Agent
from csdesk.models.base import metadata, utcnow
from csdesk.models.calls import CallMark, CustomerChange, ShipMonth
from csdesk.models.customer import Contact, Customer
from csdesk.models.inquiry import Inquiry, InquiryContainer, InquiryDraft
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
    "CalendarDay",
    "CallMark",
    "ChargeLine",
    "Contact",
    "ContainerType",
    "Customer",
    "CustomerChange",
    "DeskSetting",
    "DocumentDispatch",
    "FreeDaysRequest",
    "Inquiry",
    "InquiryContainer",
    "InquiryDraft",
    "Interaction",
    "Lane",
    "Port",
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
