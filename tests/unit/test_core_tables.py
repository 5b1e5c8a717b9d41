"""The Core reads (opening a desk, listings) name columns the tables have, typed the same way."""

from __future__ import annotations

import pytest
from sqlalchemy import TableClause
from sqlalchemy.types import TypeDecorator, TypeEngine

from csdesk import models
from csdesk.desk import identity, opening
from csdesk.store import core_tables
from csdesk.store.coltypes import UTCDateTime

CORE_TABLES = [
    core_tables.customer,
    core_tables.contact,
    core_tables.agent,
    core_tables.inquiry,
    core_tables.inquiry_row,
    core_tables.inquiry_container,
    core_tables.quote,
    core_tables.interaction,
    core_tables.task,
    core_tables.call_mark,
    core_tables.call_claim,
    core_tables.customer_account,
    core_tables.invoice,
    core_tables.deposit,
    core_tables.rebate,
    core_tables.receivable_due,
    core_tables.shipment,
    core_tables.trouble,
    core_tables.bl_hold_proposal,
    core_tables.lane,
    core_tables.port,
    core_tables.container_type,
    core_tables.audit_entry,
    core_tables.rate,
    core_tables.ship_month,
    core_tables.kpi_shipment,
    core_tables.kpi_trouble,
    core_tables.stage_change,
    core_tables.shipment_container,
    core_tables.charge_line,
    core_tables.fx_rate,
    core_tables.group_change,
    core_tables.kpi_target,
    identity._AGENT,
    opening._SETTING,
    opening._CALENDAR,
]


def _kind(column_type: TypeEngine[object]) -> type:
    """The type a column reads as: SQLModel's AutoString is a decorated String."""
    if isinstance(column_type, TypeDecorator) and not isinstance(column_type, UTCDateTime):
        return type(column_type.impl_instance)
    return type(column_type)


@pytest.mark.parametrize("core", CORE_TABLES, ids=lambda core: core.name)
def test_core_columns_match_the_tables(core: TableClause) -> None:
    models.load_all()
    table = models.metadata.tables[core.name]
    for column in core.columns:
        assert column.name in table.columns, f"{core.name}.{column.name}"
        stored = table.columns[column.name].type
        assert issubclass(_kind(stored), type(column.type)), (
            f"{core.name}.{column.name}: {stored!r}"
        )


@pytest.mark.parametrize(
    "core", [core_tables.inquiry_row, core_tables.inquiry_container], ids=lambda core: core.name
)
def test_a_core_write_names_every_column_of_its_table(core: TableClause) -> None:
    """`csdesk inquiry add` inserts these rows with Core: a column added to the table class and
    not here would be left to its database default instead of the class's."""
    models.load_all()
    table = models.metadata.tables[core.name]
    assert {column.name for column in core.columns} == {column.name for column in table.columns}
