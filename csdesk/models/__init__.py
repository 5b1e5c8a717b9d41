"""SQLModel tables, one file per aggregate.

A table's module is imported when its class is first asked for (`from csdesk.models import
Agent` loads agent.py only): the 30 tables cost about 130 ms to build, and a listing needs a
few. `metadata` (and `load_all()`) registers every table first, for migrations and bulk work.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import MetaData

    from csdesk.models.activity import Interaction, Task
    from csdesk.models.agent import Agent
    from csdesk.models.base import utcnow
    from csdesk.models.calls import CallMark, CustomerChange, ShipMonth
    from csdesk.models.customer import Contact, Customer
    from csdesk.models.inquiry import Inquiry, InquiryContainer, InquiryDraft
    from csdesk.models.kpi import FxRate, GroupChange, KpiTarget
    from csdesk.models.money import (
        BlHoldProposal,
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
    from csdesk.models.team import AuditEntry, CallClaim

    metadata: MetaData

_MODULES = {
    "activity": ("Interaction", "Task"),
    "agent": ("Agent",),
    "base": ("utcnow",),
    "calls": ("CallMark", "CustomerChange", "ShipMonth"),
    "customer": ("Contact", "Customer"),
    "inquiry": ("Inquiry", "InquiryContainer", "InquiryDraft"),
    "kpi": ("FxRate", "GroupChange", "KpiTarget"),
    "money": (
        "BlHoldProposal",
        "BlRelease",
        "CustomerAccount",
        "Deposit",
        "Invoice",
        "Payment",
        "PaymentApplication",
        "Rebate",
        "ReceivableDue",
    ),
    "quote": ("Quote", "QuoteCharge"),
    "rate": ("CarrierIncrease", "CustomerMargin", "Rate", "RateImport"),
    "reference": ("CalendarDay", "ContainerType", "Lane", "Port"),
    "setting": ("DeskSetting",),
    "team": ("AuditEntry", "CallClaim"),
    "shipment": (
        "ChargeLine",
        "DocumentDispatch",
        "FreeDaysRequest",
        "Shipment",
        "ShipmentContainer",
        "ShipmentNote",
        "StageChange",
        "Trouble",
    ),
}
_HOME = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "Agent",
    "AuditEntry",
    "BlHoldProposal",
    "BlRelease",
    "CalendarDay",
    "CallClaim",
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
    "FxRate",
    "GroupChange",
    "Inquiry",
    "InquiryContainer",
    "InquiryDraft",
    "Interaction",
    "Invoice",
    "KpiTarget",
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
    "load_all",
    "metadata",
    "utcnow",
]


def load_all() -> None:
    """Import every table module, so the metadata holds the whole schema."""
    for module in _MODULES:
        importlib.import_module(f"csdesk.models.{module}")


def __getattr__(name: str) -> Any:
    if name == "metadata":
        load_all()
        from csdesk.models.base import metadata

        return metadata
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'csdesk.models' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"csdesk.models.{module}"), name)
    globals()[name] = value
    return value
