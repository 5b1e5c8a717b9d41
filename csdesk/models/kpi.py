"""What the supervisor's desk keeps besides the records it measures: monthly targets per agent
(H1), the month's exchange rates into CNY, and agents' moves between groups.

The indexes at the bottom belong to other aggregates' tables but serve only the KPI queries: a
month's measures read that month's rows through them, however long the history.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

# The tables its foreign keys name: a command that imports only this module can then
# write (the unit of work orders inserts by those keys; tests/unit/test_model_modules).
import csdesk.models.agent  # noqa: F401
from csdesk.models.activity import Interaction, Task
from csdesk.models.base import UTCDateTime, Versioned, utcnow
from csdesk.models.shipment import ChargeLine, Shipment, ShipmentContainer, StageChange, Trouble


class KpiTarget(Versioned, table=True):
    """An agent's targets for one month; a measure left empty has no target."""

    agent_id: int = Field(foreign_key="agent.id", primary_key=True)
    month: dt.date = Field(primary_key=True)  # the 1st of the month
    revenue_cny_minor: int | None = None
    teu: int | None = None
    profit_cny_minor: int | None = None
    set_by_id: int | None = Field(default=None, foreign_key="agent.id")


class FxRate(Versioned, table=True):
    """CNY per one unit of `currency` for a month, as the supervisor entered it; kept as an
    integer of millionths (7.12 -> 7120000) so sums stay exact."""

    month: dt.date = Field(primary_key=True)  # the 1st of the month
    currency: str = Field(primary_key=True, max_length=3)
    cny_per_unit_micros: int
    set_by_id: int | None = Field(default=None, foreign_key="agent.id")


class GroupChange(SQLModel, table=True):
    """An agent moved from one group to another, in effect from a day: group KPIs before that
    day count for the old group."""

    __table_args__ = (Index("ix_groupchange_agent_effective", "agent_id", "effective_on"),)

    id: int | None = Field(default=None, primary_key=True)
    agent_id: int = Field(foreign_key="agent.id")
    old_group: str = Field(max_length=20)
    new_group: str = Field(max_length=20)
    effective_on: dt.date
    changed_by_id: int | None = Field(default=None, foreign_key="agent.id")
    changed_at: dt.datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


# Sailed shipments of a month by their ETD, with the columns the measures read. The KPI screen
# sums a month in SQL from these indexes alone (covering: no table row is read), so its first
# paint costs about what the Customers screen's does, however long the history.
_shipment, _box, _line = (
    model.__table__.c  # type: ignore[attr-defined,union-attr]
    for model in (Shipment, ShipmentContainer, ChargeLine)
)
Index("ix_shipment_kpi_etd", _shipment.etd, _shipment.stage, _shipment.agent_id)
Index("ix_shipmentcontainer_kpi_types", _box.shipment_id, _box.type_code)
Index("ix_chargeline_kpi_sums", _line.shipment_id, _line.side, _line.currency, _line.amount_minor)
# Shipments moved to sailed without an ETD are found by the day of the move.
Index("ix_stagechange_kpi_to_at", StageChange.__table__.c.to_stage, StageChange.__table__.c.at)  # type: ignore[attr-defined]
Index("ix_trouble_kpi_opened", Trouble.__table__.c.opened_at)  # type: ignore[attr-defined]
Index("ix_trouble_kpi_status_at", Trouble.__table__.c.status_at)  # type: ignore[attr-defined]
Index("ix_task_kpi_kind_due", Task.__table__.c.kind, Task.__table__.c.due_at)  # type: ignore[attr-defined]
Index("ix_interaction_kpi_at", Interaction.__table__.c.at)  # type: ignore[attr-defined]
