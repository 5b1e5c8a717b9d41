"""An open quote screen follows the store: a customer renamed by another desk (or the CLI), or
on the Customers screen of the same desk, shows under the new name, and a price being typed
stays in its box."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from csdesk.app import CSDeskApp
from csdesk.desk.context import open_desk
from csdesk.desk.customers import resolve_customer, update_customer
from csdesk.screens.customer_form import CUSTOMER_FIELDS
from csdesk.screens.quote import QuoteScreen
from tests.conftest import TODAY
from tests.ui.test_money_screen import HOSTILE, money_db  # noqa: F401
from tests.ui.test_quote_screen import (  # noqa: F401
    CUSTOMER,
    _fixed_clock,
    open_quote,
    quote_db,
    settle,
    shown,
)

RENAMED = "Lagos Shipping [b] Ltd"
PATIENCE_SECONDS = 10


def _rename_elsewhere(db: Path) -> None:
    other = open_desk(db, agent_login="lead", today=TODAY)
    try:
        with other.session() as session:
            customer = resolve_customer(session, CUSTOMER)
            original = {name: getattr(customer, name) for name in CUSTOMER_FIELDS}
            changes = {"name": RENAMED}
            update_customer(session, customer.id or 0, customer.version, original, changes)
    finally:
        other.engine.dispose()


@pytest.mark.parametrize("typed", ["1999", None], ids=["typing", "not-typing"])
async def test_a_customer_renamed_elsewhere_shows_and_the_typed_price_stays(
    quote_db: Path,  # noqa: F811
    typed: str | None,
) -> None:
    app = CSDeskApp(db=quote_db, agent="zhao", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_quote(pilot)
        box = screen.query_one("#quote-price", Input)
        offered = box.value
        if typed is not None:
            box.value = typed
        _rename_elsewhere(quote_db)
        deadline = time.monotonic() + PATIENCE_SECONDS
        while RENAMED not in shown(screen, "#quote-title") and time.monotonic() < deadline:
            await pilot.pause(0.1)
        await settle(pilot)
        assert RENAMED in shown(screen, "#quote-title")
        assert CUSTOMER not in shown(screen, "#quote-title")
        assert box.value == (typed or offered)


async def test_a_rename_on_the_customers_screen_shows_when_the_quote_is_back(
    quote_db: Path,  # noqa: F811
) -> None:
    app = CSDeskApp(db=quote_db, agent="zhao", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_quote(pilot)
        screen.query_one("#quote-price", Input).value = "1999"
        await pilot.press("f8")
        await settle(pilot)
        await pilot.press("ctrl+e")
        await settle(pilot)
        app.screen.query_one("#f-name", Input).value = RENAMED
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("f6")
        deadline = time.monotonic() + PATIENCE_SECONDS
        while RENAMED not in shown(screen, "#quote-title") and time.monotonic() < deadline:
            await pilot.pause(0.1)
        await settle(pilot)
        assert app.screen is screen and isinstance(screen, QuoteScreen)
        assert RENAMED in shown(screen, "#quote-title")
        assert screen.query_one("#quote-price", Input).value == "1999"


async def test_an_open_shipment_shows_its_customer_renamed_elsewhere(money_db: Path) -> None:  # noqa: F811
    from csdesk.desk.shipments import resolve_shipment
    from csdesk.screens.shipment import ShipmentScreen

    store = open_desk(money_db, agent_login="lead", today=TODAY)
    with store.session() as session:
        shipment_id = resolve_shipment(session, "NEW1").id or 0
    app = CSDeskApp(db=money_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        app.push_screen(ShipmentScreen(shipment_id))
        await settle(pilot)
        with store.session() as session:
            customer = resolve_customer(session, HOSTILE)
            original = {name: getattr(customer, name) for name in CUSTOMER_FIELDS}
            update_customer(
                session, customer.id or 0, customer.version, original, {"name": RENAMED}
            )
        deadline = time.monotonic() + PATIENCE_SECONDS
        summary = app.screen.query_one("#shipment-summary", Static)
        while RENAMED not in str(summary.render()) and time.monotonic() < deadline:
            await pilot.pause(0.1)
        assert RENAMED in str(summary.render())
    store.engine.dispose()
