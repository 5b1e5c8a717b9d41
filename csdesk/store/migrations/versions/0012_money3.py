"""money3: the B/L number, hold proposals, the owner on the account rows

Revision ID: 0012_money3
Revises: 0011_team
Create Date: 2026-12-05 05:50:00

- `shipment.bl_no`: the B/L number, given when the B/L is issued; statements and invoices list it.
- `blholdproposal`: an agent proposes a hold (H56, the last resort); a supervisor decides.
- `customeraccount.owner_key`: the customer's owner copied onto its account rows, kept by a
  trigger on `customer` (every writer: the ORM, imports, reassignments), so one agent's ageing
  page reads its own stretch of an index instead of a join scattered over every customer.
  A batch migration that rebuilds `customer` on SQLite drops the trigger; it must call
  `create_owner_trigger` again (tests/desk/test_money_owner_key.py checks the head).
- A partial index of the account rows holding a credit.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import csdesk.models.base

revision: str = "0012_money3"
down_revision: str | Sequence[str] | None = "0011_team"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGER = "customeraccount_owner"
_SQLITE_TRIGGER = (
    f"CREATE TRIGGER IF NOT EXISTS {TRIGGER} AFTER UPDATE OF owner_id ON customer"
    " BEGIN UPDATE customeraccount SET owner_key = COALESCE(NEW.owner_id, 0)"
    " WHERE customer_id = NEW.id; END"
)
_PG_FUNCTION = (
    f"CREATE OR REPLACE FUNCTION {TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN"
    " UPDATE customeraccount SET owner_key = COALESCE(NEW.owner_id, 0)"
    " WHERE customer_id = NEW.id; RETURN NULL; END $fn$"
)
_PG_TRIGGER = (
    f"CREATE OR REPLACE TRIGGER {TRIGGER} AFTER UPDATE OF owner_id ON customer"
    f" FOR EACH ROW EXECUTE FUNCTION {TRIGGER}()"
)


def create_owner_trigger(connection: sa.Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(sa.text(_PG_FUNCTION))
        connection.execute(sa.text(_PG_TRIGGER))
    else:
        connection.execute(sa.text(_SQLITE_TRIGGER))


def upgrade() -> None:
    op.add_column(
        "shipment",
        sa.Column("bl_no", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    )
    op.add_column(
        "customeraccount",
        sa.Column("owner_key", sa.Integer(), nullable=False, server_default="0"),
    )
    op.execute(
        "UPDATE customeraccount SET owner_key = COALESCE("
        "(SELECT owner_id FROM customer WHERE customer.id = customeraccount.customer_id), 0)"
    )
    op.create_index(
        "ix_customeraccount_owner_oldest",
        "customeraccount",
        ["owner_key", "currency", "oldest_due_on", "customer_id"],
    )
    op.create_index(
        "ix_customeraccount_credit",
        "customeraccount",
        ["customer_id", "currency", "credit_minor"],
        sqlite_where=sa.text("credit_minor > 0"),
        postgresql_where=sa.text("credit_minor > 0"),
    )
    op.create_table(
        "blholdproposal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shipment_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("proposed_by_id", sa.Integer(), nullable=True),
        sa.Column("proposed_at", csdesk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", csdesk.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("decision_note", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("trouble_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_blholdproposal_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"], ["agent.id"], name=op.f("fk_blholdproposal_decided_by_id_agent")
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by_id"], ["agent.id"], name=op.f("fk_blholdproposal_proposed_by_id_agent")
        ),
        sa.ForeignKeyConstraint(
            ["shipment_id"], ["shipment.id"], name=op.f("fk_blholdproposal_shipment_id_shipment")
        ),
        sa.ForeignKeyConstraint(
            ["trouble_id"], ["trouble.id"], name=op.f("fk_blholdproposal_trouble_id_trouble")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blholdproposal")),
    )
    op.create_index(
        op.f("ix_blholdproposal_customer_id"), "blholdproposal", ["customer_id"], unique=False
    )
    op.create_index(
        op.f("ix_blholdproposal_shipment_id"), "blholdproposal", ["shipment_id"], unique=False
    )
    op.create_index("ix_blholdproposal_status", "blholdproposal", ["status", "id"], unique=False)
    bind = op.get_bind()
    create_owner_trigger(bind)
    if bind.dialect.name == "postgresql":
        from csdesk.store.team_watch import install_change_triggers

        install_change_triggers(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER} ON customer")
        op.execute(f"DROP FUNCTION IF EXISTS {TRIGGER}()")
    else:
        op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER}")
    op.drop_index("ix_blholdproposal_status", table_name="blholdproposal")
    op.drop_index(op.f("ix_blholdproposal_shipment_id"), table_name="blholdproposal")
    op.drop_index(op.f("ix_blholdproposal_customer_id"), table_name="blholdproposal")
    op.drop_table("blholdproposal")
    op.drop_index("ix_customeraccount_credit", table_name="customeraccount")
    op.drop_index("ix_customeraccount_owner_oldest", table_name="customeraccount")
    # Plain DROP COLUMN (SQLite 3.35+), not a batch rebuild: rebuilding `shipment` would drop
    # its search triggers.
    op.drop_column("customeraccount", "owner_key")
    op.drop_column("shipment", "bl_no")
