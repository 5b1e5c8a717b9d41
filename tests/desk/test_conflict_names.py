"""A save refused because another agent saved first names that agent and the time of their
save (desk time), at the desk and in an import; a save by no named agent keeps the old words."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import Session

from csdesk.desk.context import Desk, open_desk
from csdesk.desk.customers import resolve_customer, update_customer
from csdesk.desk.errors import ConflictError, DeskError
from csdesk.desk.transfer import importing as importing_module
from csdesk.screens.customer_form import CUSTOMER_FIELDS
from tests.conftest import TODAY
from tests.desk.test_import import STORE_DUPLICATES, run, stored_haitian  # noqa: F401
from tests.sheets import HEADER_ZH, write_csv


def _save_as(db: Path, login: str | None, customer_id: int, changes: dict[str, object]) -> None:
    other = open_desk(db, agent_login=login, today=TODAY)
    try:
        with other.session() as session:
            customer = resolve_customer(session, customer_id)
            original = {name: getattr(customer, name) for name in CUSTOMER_FIELDS}
            update_customer(session, customer_id, customer.version, original, changes)
    finally:
        other.engine.dispose()


@pytest.mark.parametrize("login", ["zhao", None], ids=["named", "unknown"])
def test_the_conflict_names_the_agent_and_the_time(
    desk: Desk,
    db_path: Path,
    stored_haitian: int,  # noqa: F811
    login: str | None,
) -> None:
    with desk.session() as session:
        loaded = resolve_customer(session, stored_haitian)
        original = {name: getattr(loaded, name) for name in CUSTOMER_FIELDS}
        version = loaded.version
    _save_as(db_path, login, stored_haitian, {"tier": "A"})
    with pytest.raises(ConflictError) as caught, desk.session() as session:
        update_customer(session, stored_haitian, version, original, {"wechat": "new_wx"})
    message = caught.value.message()
    if login:
        assert "已被 赵强 (zhao) 在 10:30 修改" in message  # the desk clock of the tests
        assert "changed by 赵强 (zhao) at 10:30" in caught.value.message("en")
    else:
        assert "已被他人修改" in message


def test_an_import_names_the_agent_who_saved_meanwhile(
    desk: Desk,
    db_path: Path,
    tmp_path: Path,
    stored_haitian: int,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    load_matched = importing_module.load_matched

    def another_agent_saves_first(session: Session, ids: object) -> object:
        matched = load_matched(session, ids)  # type: ignore[arg-type]
        _save_as(db_path, "zhao", stored_haitian, {"tier": "B"})
        return matched

    monkeypatch.setattr(importing_module, "load_matched", another_agent_saves_first)
    rows = [HEADER_ZH, STORE_DUPLICATES[1]]
    with pytest.raises(DeskError) as caught:
        run(desk, write_csv(tmp_path / "d.csv", rows), on_duplicate="update")
    message = caught.value.message()
    assert "已被 赵强 (zhao) 在 10:30 修改" in message and "等级改为 B" in message
