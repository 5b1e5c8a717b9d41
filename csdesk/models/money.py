"""Money the agent must know about: invoices, payments, deposits, rebates and B/L releases.

Amounts are integers in minor units of one currency (USD cents, CNY fen); nothing converts. The
summaries `CustomerAccount` (per customer and currency) and `ReceivableDue` (per agent, currency
and due date) are written in the same transaction as the invoices and payments they add up, so
the ageing of the desk reads a few hundred summary rows however many invoices the store holds.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column, Index, text
from sqlmodel import Field, SQLModel

# The tables its foreign keys name: a command that imports only this module can then
# write (the unit of work orders inserts by those keys; tests/unit/test_model_modules).
import csdesk.models.activity
import csdesk.models.agent
import csdesk.models.customer
import csdesk.models.shipment  # noqa: F401
from csdesk.models.base import UTCDateTime, Versioned, utcnow

# The CustomerAccount row holding a customer's oldest due date in any currency (no amounts).
ALL_CURRENCIES = "*"


class Invoice(Versioned, table=True):
    """A debit note for one shipment in one currency; re-made (the old one `replaced`) when a
    receivable charge changes, its payments moved to the new one."""

    __table_args__ = (
        # Covering: a page of the ageing reads a customer's open amounts from the index alone.
        Index(
            "ix_invoice_customer_status_due",
            "customer_id",
            "status",
            "due_on",
            "currency",
            "open_minor",
        ),
        Index("ix_invoice_shipment_status", "shipment_id", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(max_length=60, unique=True)
    shipment_id: int = Field(foreign_key="shipment.id")
    customer_id: int = Field(foreign_key="customer.id")
    agent_id: int | None = Field(default=None, foreign_key="agent.id")
    currency: str = Field(max_length=3)
    terms: str = Field(max_length=10)  # prepaid | monthly, as invoiced (H95)
    issued_on: dt.date
    due_on: dt.date
    amount_minor: int
    paid_minor: int = 0
    open_minor: int
    status: str = Field(default="open", max_length=10)  # open | paid | replaced
    replaces_id: int | None = Field(default=None, foreign_key="invoice.id")
    # [{"name": "O/F", "amount_minor": 120000}, ...]: the receivable lines it was made from.
    lines: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )


class Payment(Versioned, table=True):
    """Money received, from finance's notice or sheet; what is not applied is the credit."""

    __table_args__ = (Index("ix_payment_customer_currency", "customer_id", "currency", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id")
    currency: str = Field(max_length=3)
    amount_minor: int
    credit_minor: int = 0  # not applied to any invoice yet: never lost
    received_on: dt.date
    reference: str = Field(max_length=80, unique=True)  # 流水号: never recorded twice
    source: str = Field(default="manual", max_length=10)  # manual | import
    recorded_by_id: int | None = Field(default=None, foreign_key="agent.id")
    reversed_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    reversal_reason: str | None = None
    note: str | None = None


class PaymentApplication(SQLModel, table=True):
    """Part of a payment applied to an invoice; undone (never deleted) on reversal or re-making."""

    __table_args__ = (
        Index("ix_paymentapplication_invoice", "invoice_id"),
        Index("ix_paymentapplication_payment", "payment_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    payment_id: int = Field(foreign_key="payment.id")
    invoice_id: int = Field(foreign_key="invoice.id")
    amount_minor: int
    at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    undone_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)


class CustomerAccount(SQLModel, table=True):
    """A customer's open amount, credit and oldest open due date in one currency."""

    # Ageing pages customers by the rows of currency "*" (ALL_CURRENCIES): their oldest due date
    # in any currency, no amount (amounts are never added across currencies). One agent's page
    # reads its own stretch of an index led by the owner (`owner_key`, kept equal to the
    # customer's owner by a trigger on customer), so it stays as fast at 100,000 customers as at
    # 1,000: the owner's customers are not found by a join scattered over the whole table.
    __table_args__ = (
        Index("ix_customeraccount_oldest", "currency", "oldest_due_on", "customer_id"),
        Index(
            "ix_customeraccount_owner_oldest",
            "owner_key",
            "currency",
            "oldest_due_on",
            "customer_id",
        ),
        # Credits are rare: a page finds its customers' credits in this small partial index.
        Index(
            "ix_customeraccount_credit",
            "customer_id",
            "currency",
            "credit_minor",
            sqlite_where=text("credit_minor > 0"),
            postgresql_where=text("credit_minor > 0"),
        ),
    )

    customer_id: int = Field(foreign_key="customer.id", primary_key=True)
    currency: str = Field(max_length=3, primary_key=True)
    owner_key: int = 0  # the customer's owner (0: none), copied for the agent's ageing page
    open_minor: int = 0
    credit_minor: int = 0
    oldest_due_on: dt.date | None = None


class ReceivableDue(SQLModel, table=True):
    """Open amounts by agent (0: none), currency and due date: the desk's ageing reads these."""

    agent_key: int = Field(primary_key=True)
    currency: str = Field(max_length=3, primary_key=True)
    due_on: dt.date = Field(primary_key=True)
    open_minor: int = 0


class Deposit(Versioned, table=True):
    """A deposit against the B/L (H100), refunded once the shipment's invoices are paid."""

    id: int | None = Field(default=None, primary_key=True)
    shipment_id: int = Field(foreign_key="shipment.id", index=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    currency: str = Field(max_length=3)
    amount_minor: int
    received_on: dt.date
    recorded_by_id: int | None = Field(default=None, foreign_key="agent.id")
    refunded_on: dt.date | None = None
    refund_task_id: int | None = Field(default=None, foreign_key="task.id")


class Rebate(Versioned, table=True):
    """A commission rebate (退佣, H99): requested, approved by a supervisor, paid when due."""

    __table_args__ = (Index("ix_rebate_status_due", "status", "due_on"),)

    id: int | None = Field(default=None, primary_key=True)
    shipment_id: int = Field(foreign_key="shipment.id", index=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    currency: str = Field(max_length=3)
    amount_minor: int
    payee: str = Field(max_length=200)
    status: str = Field(default="requested", max_length=10)  # requested | approved | paid
    requested_by_id: int | None = Field(default=None, foreign_key="agent.id")
    approved_by_id: int | None = Field(default=None, foreign_key="agent.id")
    approved_on: dt.date | None = None
    due_on: dt.date | None = None
    paid_on: dt.date | None = None
    task_id: int | None = Field(default=None, foreign_key="task.id")


class BlHoldProposal(SQLModel, table=True):
    """An agent's proposal to hold a B/L for money owed (H56, the last resort): a supervisor holds
    it (the board's bl_held trouble) or declines it with a reason. Who, when and why are kept."""

    __table_args__ = (Index("ix_blholdproposal_status", "status", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    shipment_id: int = Field(foreign_key="shipment.id", index=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    reason: str
    proposed_by_id: int | None = Field(default=None, foreign_key="agent.id")
    proposed_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    status: str = Field(default="proposed", max_length=10)  # proposed | held | declined
    decided_by_id: int | None = Field(default=None, foreign_key="agent.id")
    decided_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    decision_note: str | None = None
    trouble_id: int | None = Field(default=None, foreign_key="trouble.id")


class BlRelease(SQLModel, table=True):
    """A B/L released to the customer: on what basis, by whom, when, and why (audited, H60)."""

    id: int | None = Field(default=None, primary_key=True)
    shipment_id: int = Field(foreign_key="shipment.id", unique=True)
    basis: str = Field(max_length=12)  # paid | within_terms | deposit | supervisor
    reason: str | None = None
    by_id: int | None = Field(default=None, foreign_key="agent.id")
    at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
