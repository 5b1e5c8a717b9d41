"""A save refused because another agent saved first names that agent and the time of their
save (desk time), at the desk and in an import; a save by no named agent keeps the old words."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlmodel import Session, select

from csdesk.desk.context import Desk, open_desk
from csdesk.desk.customers import add_contact, resolve_customer, update_contact, update_customer
from csdesk.desk.errors import ConflictError, DeskError
from csdesk.desk.transfer import importing as importing_module
from csdesk.models import Contact
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


def test_a_save_is_one_update_that_names_the_agent(
    desk: Desk,
    stored_haitian: int,  # noqa: F811
) -> None:
    """The version check, the changes and who saved go in one statement (0021_polish had a
    second UPDATE per save)."""
    sent: list[str] = []

    def record(*args: object) -> None:
        sent.append(str(args[2]))

    event.listen(desk.engine, "before_cursor_execute", record)
    try:
        with desk.session() as session:
            loaded = resolve_customer(session, stored_haitian)
            original = {name: getattr(loaded, name) for name in CUSTOMER_FIELDS}
            update_customer(session, stored_haitian, loaded.version, original, {"tier": "B"})
    finally:
        event.remove(desk.engine, "before_cursor_execute", record)
    updates = [statement for statement in sent if statement.lstrip().upper().startswith("UPDATE")]
    assert len(updates) == 1 and "updated_by" in updates[0], updates
    with desk.engine.connect() as connection:
        row = connection.execute(
            text("SELECT updated_by, version FROM customer WHERE id = :id"), {"id": stored_haitian}
        ).one()
    assert tuple(row) == ("li", 2)


def test_a_version_moved_on_by_another_save_names_its_agent(
    desk: Desk,
    db_path: Path,
    stored_haitian: int,  # noqa: F811
) -> None:
    """Making a new contact primary moves the old primary's version in an ORM flush: the agent
    who did it is named, not whoever saved the old contact before."""
    with desk.session() as session:
        old = session.exec(select(Contact).where(Contact.customer_id == stored_haitian)).one()
        original = {"name": old.name, "primary": old.primary}
        contact_id, version = int(old.id or 0), old.version
        update_contact(session, contact_id, version, original, {"role": "采购"})
        version += 1
    other = open_desk(db_path, agent_login="zhao", today=TODAY)
    try:
        with other.session() as session:
            add_contact(
                session, stored_haitian, {"name": "陈总", "phone": "139 0000 1111", "primary": True}
            )
    finally:
        other.engine.dispose()
    with pytest.raises(ConflictError) as caught, desk.session() as session:
        update_contact(session, contact_id, version, original, {"role": "老板"})
    assert "已被 赵强 (zhao) 在 10:30 修改" in caught.value.message()
