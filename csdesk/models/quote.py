"""A quote made from an inquiry, its charge lines, and where it went: sent, won, lost, expired."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel

# The tables its foreign keys name: a command that imports only this module can then
# write (the unit of work orders inserts by those keys; tests/unit/test_model_modules).
import csdesk.models.agent
import csdesk.models.customer
import csdesk.models.inquiry
import csdesk.models.rate
import csdesk.models.shipment  # noqa: F401
from csdesk.models.base import UTCDateTime, Versioned


class Quote(Versioned, table=True):
    __table_args__ = (
        # One agent's quotes by state, newest first; the supervisor's review queue by state.
        Index("ix_quote_agent_status_created", "agent_id", "status", "created_at"),
        Index("ix_quote_status_valid", "status", "valid_until"),
        Index("ix_quote_carrier_status", "carrier", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    inquiry_id: int = Field(foreign_key="inquiry.id", index=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    agent_id: int | None = Field(default=None, foreign_key="agent.id")
    rate_id: int | None = Field(default=None, foreign_key="rate.id")  # None: provisional
    carrier: str | None = Field(default=None, max_length=40)
    pol: str = Field(max_length=5)
    pod: str = Field(max_length=5)
    container: str = Field(max_length=6)  # container type code, or "LCL"
    units: float = 1  # containers, or W/M for LCL
    price_minor: int  # ocean freight per unit, as written to the customer
    currency: str = Field(default="USD", max_length=3)
    all_in: bool = False
    covers: str = Field(default="", max_length=300)  # "|"-joined charges an ALL IN includes (H48)
    # draft | in_review | returned | approved | sent | won | lost | expired | replaced
    status: str = Field(default="draft", max_length=10)
    provisional: bool = False  # the rate is not published yet (H62)
    sailing_on: dt.date | None = None
    transit_days: int | None = None
    valid_until: dt.date
    # The text as last rendered and copied: what the customer was sent.
    text: str = ""
    text_lang: str = Field(default="zh", max_length=2)
    text_channel: str = Field(default="wechat", max_length=6)  # wechat | email
    # Why a supervisor must look (H39, H8): "|"-joined of new_staff, below_minimum.
    review_reasons: str = Field(default="", max_length=60)
    reviewed_by_id: int | None = Field(default=None, foreign_key="agent.id")
    reviewed_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    review_comment: str | None = None
    sent_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    closed_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    lost_reason: str | None = Field(default=None, max_length=10)
    lost_note: str | None = None
    shipment_id: int | None = Field(default=None, foreign_key="shipment.id", index=True)
    needs_reconfirm: bool = False  # the booking's shipper changed: the rate is asked again (H63)


class QuoteCharge(SQLModel, table=True):
    """A receivable (from the customer) or payable (by us) line of a quote (H48)."""

    id: int | None = Field(default=None, primary_key=True)
    quote_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("quote.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    position: int = 0
    side: str = Field(max_length=10)  # receivable | payable
    name: str = Field(max_length=60)
    amount_minor: int
    currency: str = Field(default="USD", max_length=3)
    per: str = Field(default="unit", max_length=8)  # unit (container or W/M) | shipment
