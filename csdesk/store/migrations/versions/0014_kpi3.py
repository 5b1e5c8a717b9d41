"""kpi covering indexes: a month summed from indexes alone

Revision ID: 0014_kpi3
Revises: 0013_speed3
Create Date: 2026-12-05 06:05:00

The KPI screen's tiles and charts sum a period's shipments, boxes and charge lines in SQL; with
these indexes every column they read is in the index, so no table row is fetched. The ETD index
gains agent_id (same name, same leading columns).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0014_kpi3"
down_revision: str | Sequence[str] | None = "0013_speed3"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("shipment", schema=None) as batch_op:
        batch_op.drop_index("ix_shipment_kpi_etd")
        batch_op.create_index("ix_shipment_kpi_etd", ["etd", "stage", "agent_id"], unique=False)

    with op.batch_alter_table("shipmentcontainer", schema=None) as batch_op:
        batch_op.create_index(
            "ix_shipmentcontainer_kpi_types", ["shipment_id", "type_code"], unique=False
        )

    with op.batch_alter_table("chargeline", schema=None) as batch_op:
        batch_op.create_index(
            "ix_chargeline_kpi_sums",
            ["shipment_id", "side", "currency", "amount_minor"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("chargeline", schema=None) as batch_op:
        batch_op.drop_index("ix_chargeline_kpi_sums")

    with op.batch_alter_table("shipmentcontainer", schema=None) as batch_op:
        batch_op.drop_index("ix_shipmentcontainer_kpi_types")

    with op.batch_alter_table("shipment", schema=None) as batch_op:
        batch_op.drop_index("ix_shipment_kpi_etd")
        batch_op.create_index("ix_shipment_kpi_etd", ["etd", "stage"], unique=False)
