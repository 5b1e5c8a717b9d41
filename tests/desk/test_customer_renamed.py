"""A customer renamed outside the desk (raw SQL: another tool, a PostgreSQL admin) is found by
its new name's pinyin once a desk opens the store (0022_polish2 marks the row, the desk spells
its keys again); a rename by the desk that keeps its keys is spelled at once; the migration
upgrades and downgrades on both stores."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from csdesk.desk.context import Desk, open_desk
from csdesk.desk.customers import create_customer, search_customers, update_customer
from csdesk.store.migrate import HEAD_REVISION
from tests.conftest import TODAY
from tests.desk.test_search4_migration import _migrate, _revision
from tests.desk.test_search5_migration import _tables


def _found(desk: Desk, query: str) -> list[str]:
    with desk.session() as session:
        return [row.name for row in search_customers(session, query)]


def _rename_raw(desk: Desk, old: str, new: str) -> None:
    with desk.engine.begin() as connection:
        connection.execute(
            text("UPDATE customer SET name = :new WHERE name = :old"), {"new": new, "old": old}
        )


def _keys(desk: Desk, name: str) -> tuple[str, str]:
    with desk.engine.connect() as connection:
        row = connection.execute(
            text("SELECT name_pinyin, name_initials FROM customer WHERE name = :name"),
            {"name": name},
        ).one()
    return row[0], row[1]


def _noted(desk: Desk) -> int:
    with desk.engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM customer_respell")).scalar_one())


def test_a_raw_rename_is_found_by_its_new_pinyin_once_a_desk_opens(
    desk: Desk, db_path: Path
) -> None:
    with desk.session() as session:
        create_customer(session, {"name": "宁波海天贸易", "tier": "B"})
        create_customer(session, {"name": "中国银行", "tier": "A"})
    _rename_raw(desk, "宁波海天贸易", "杭州远航物流")
    assert _found(desk, "hangzhouyuanhang") == []  # the pinyin is the old name's
    assert _noted(desk) == 1
    reopened = open_desk(db_path, agent_login="li", today=TODAY)
    try:
        assert _found(reopened, "hangzhouyuanhang") == ["杭州远航物流"]
        assert _found(reopened, "hzyh") == ["杭州远航物流"]
        assert _found(reopened, "ningbohaitian") == []
        assert _keys(reopened, "中国银行")[1] == "zgyh"  # the others untouched
        assert _noted(reopened) == 0
    finally:
        reopened.engine.dispose()


def test_a_rename_by_the_desk_that_keeps_its_keys_is_spelled_at_once(desk: Desk) -> None:
    with desk.session() as session:
        customer = create_customer(session, {"name": "宁波海天贸易", "tier": "B"})
        original = {"name": customer.name}
        update_customer(session, customer.id or 0, 1, original, {"name": "宁波海天 贸易"})
    assert _keys(desk, "宁波海天 贸易")[1] == "nbhtmy"
    assert _noted(desk) == 0


def test_0022_upgrades_from_0021_and_back(desk: Desk) -> None:
    assert HEAD_REVISION >= "0022_polish2"
    with desk.session() as session:
        create_customer(session, {"name": "宁波海天贸易", "tier": "B"})
    _migrate(desk, "0021_polish")
    assert _revision(desk) == "0021_polish" and "customer_respell" not in _tables(desk)
    _rename_raw(desk, "宁波海天贸易", "杭州远航物流")
    assert _keys(desk, "杭州远航物流")[1] == "nbhtmy"  # no trigger: stale, as before
    _migrate(desk, "head")
    assert _revision(desk) == HEAD_REVISION
    _rename_raw(desk, "杭州远航物流", "宁波海天贸易")
    assert _noted(desk) == 1
