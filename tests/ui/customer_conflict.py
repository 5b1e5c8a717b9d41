"""Another desk saves the customer the TUI is editing: the block the conflict tests share."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, Static

from csdesk.app import CSDeskApp
from csdesk.desk.context import open_desk
from csdesk.desk.customers import CUSTOMER_FIELDS, resolve_customer, update_customer
from tests.conftest import TODAY
from tests.ui.keys import settle

EDITED = "宁波海天国际贸易有限公司"


def another_desk_saves(db: Path, login: str | None, changes: dict[str, object]) -> None:
    """A second desk (as `login`, or with no agent) saves EDITED with `changes`."""
    other = open_desk(db, agent_login=login, today=TODAY)
    try:
        with other.session() as session:
            customer = resolve_customer(session, EDITED)
            original = {name: getattr(customer, name) for name in CUSTOMER_FIELDS}
            update_customer(session, customer.id or 0, customer.version, original, changes)
    finally:
        other.engine.dispose()


async def save_after_another_desk(
    app: CSDeskApp, pilot: Pilot[None], db: Path, login: str | None = None
) -> str:
    """Open EDITED's form on the Customers screen, let another desk set its tier to A, type a
    WeChat id and save; returns what the form says (and keeps the typed id for the caller)."""
    await settle(pilot)
    await pilot.press("f8")
    await settle(pilot)
    await pilot.press("ctrl+e")
    await settle(pilot)
    another_desk_saves(db, login, {"tier": "A"})
    app.screen.query_one("#f-wechat", Input).value = "haitian_wx"
    await pilot.press("ctrl+s")
    await settle(pilot)
    return str(app.screen.query_one("#form-errors", Static).render())
