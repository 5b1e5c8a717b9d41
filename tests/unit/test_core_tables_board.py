"""The board's Core tables name columns the tables have, typed the same way."""

from __future__ import annotations

import pytest
from sqlalchemy import TableClause

from csdesk import models
from csdesk.desk.shipments import board
from csdesk.models.money import ALL_CURRENCIES
from csdesk.store import core_tables
from tests.unit.test_core_tables import test_core_columns_match_the_tables as columns_match

BOARD_TABLES = [
    core_tables.shipment,
    core_tables.trouble,
    core_tables.customer_account,
    core_tables.documentdispatch,
]


@pytest.mark.parametrize("core", BOARD_TABLES, ids=lambda core: core.name)
def test_board_columns_match_the_tables(core: TableClause) -> None:
    columns_match(core)


def test_the_board_reads_the_all_currencies_account_row() -> None:
    models.load_all()
    assert board.ALL_CURRENCIES == ALL_CURRENCIES
