"""The Accounts screen (F9): ageing by customer, the detail, recording a payment, a release."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from csdesk.app import CSDeskApp
from csdesk.desk.context import Desk
from csdesk.desk.shipments import move_shipment
from csdesk.screens.accounts import AccountsScreen
from csdesk.screens.accounts_forms import PaymentModal, ReleaseModal
from csdesk.widgets.row_list import RowList
from tests.conftest import TODAY
from tests.desk.money_fixtures import NOW, customer, sail
from tests.ui.test_shell_and_customers import settle

HOSTILE = "备注 [/] [bold]x 公司"


@pytest.fixture
def money_db(db_path: Path, desk: Desk) -> Path:
    mine = customer(desk, HOSTILE, owner="li")
    other = customer(desk, "Lagos Freight Services Ltd", owner="zhao")
    with desk.session() as session:
        sail(session, mine, "OLD1", [("O/F", 80000, "USD")], now=NOW - dt.timedelta(days=40))
        shipment = sail(session, mine, "NEW1", [("THC", 50000, "CNY")], number="MSCU1234566")
        move_shipment(session, shipment.id or 0, "bl_issued", now=NOW)
        sail(session, other, "LOS1", [("O/F", 30000, "USD")], number="TEMU6138040")
    return db_path


def _text(app: CSDeskApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def open_accounts(pilot: Pilot[None]) -> None:
    """F9 is the lead's key for Accounts, but today's Calls, Board, Inquiries and Customers
    screens still bind F9 themselves (the keymap rewrite reconciles that); the digit 5 works
    from the Customers screen, where no digit is a screen key."""
    await settle(pilot)
    await pilot.press("f8", "5")
    await settle(pilot)


async def test_5_shows_my_ageing_and_the_customer_verbatim(money_db: Path) -> None:
    app = CSDeskApp(db=money_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_accounts(pilot)
        await settle(pilot)
        assert isinstance(app.screen, AccountsScreen)
        names = [row.name for row in app.screen.query_one(RowList).rows]
        assert names == [HOSTILE]  # zhao's customer is not in li's list
        totals = _text(app, "#accounts-totals")
        usd = next(line for line in totals.splitlines() if line.startswith("USD"))
        assert "31-60天" in totals and usd.split()[1:4] == ["0.00", "0.00", "800.00"]
        body = _text(app, "#accounts-body")
        assert HOSTILE in body and "OLD1-USD" in body
        await pilot.press("ctrl+o")  # an agent sees only their own
        await settle(pilot)
        assert len(app.screen.query_one(RowList).rows) == 1


async def test_a_supervisor_sees_everyone(money_db: Path) -> None:
    app = CSDeskApp(db=money_db, agent="lead", today=TODAY, lang="en")
    async with app.run_test(size=(120, 36)) as pilot:
        await open_accounts(pilot)
        rows = app.screen.query_one(RowList).rows
        assert {row.name for row in rows} == {HOSTILE, "Lagos Freight Services Ltd"}
        assert "31-60" in _text(app, "#accounts-totals")


async def test_record_a_payment_from_the_screen(money_db: Path) -> None:
    app = CSDeskApp(db=money_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_accounts(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert isinstance(app.screen, PaymentModal)
        assert app.focused is app.screen.query_one("#money-amount", Input)
        for key in "USD 800":
            await pilot.press("space" if key == " " else key)
        await pilot.press("tab", "2", "0", "2", "6", "-", "1", "2", "-", "0", "1")
        await pilot.press("tab", "F", "1")
        await pilot.press("ctrl+s")
        await settle(pilot)
        # The date is in the future: one line on the form, nothing saved, the form stays.
        assert isinstance(app.screen, PaymentModal)
        assert "2026-12-01" in _text(app, "#form-errors")
        date = app.screen.query_one("#money-date", Input)
        date.value = ""
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, AccountsScreen)
        body = _text(app, "#accounts-body")
        assert "F1" in body and "已结" in body


async def release_through_the_palette(pilot) -> None:  # type: ignore[no-untyped-def]
    """Releasing a B/L is rare and weighty: it has no chord, the palette finds it by its name."""
    await pilot.press("ctrl+p")
    await settle(pilot)
    await pilot.press(*"放单")
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)


async def test_release_refused_for_an_agent_says_why(money_db: Path) -> None:
    app = CSDeskApp(db=money_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_accounts(pilot)
        await release_through_the_palette(pilot)
        assert isinstance(app.screen, ReleaseModal)
        for key in "NEW1":
            await pilot.press(key)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ReleaseModal)
        assert "NEW1" in _text(app, "#form-errors")


async def test_the_release_step_on_a_shipment_at_bl_issued(money_db: Path) -> None:
    from sqlalchemy import select

    from csdesk.desk.context import open_desk
    from csdesk.desk.shipments import resolve_shipment
    from csdesk.models import BlRelease
    from csdesk.screens.shipment import ShipmentScreen

    store = open_desk(money_db, today=TODAY)
    with store.session() as session:
        shipment_id = resolve_shipment(session, "NEW1").id or 0
    app = CSDeskApp(db=money_db, agent="lead", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        app.push_screen(ShipmentScreen(shipment_id))
        await settle(pilot)
        await app.screen.run_action("release_bl")  # the palette entry, as on Accounts
        await settle(pilot)
        assert isinstance(app.screen, ReleaseModal)
        assert app.screen.query_one("#money-shipment", Input).value == "NEW1"
        await pilot.press("ctrl+s")  # no reason yet: the desk asks for it in the form's words
        await settle(pilot)
        said = _text(app, "#form-errors")
        assert "「原因」一栏" in said and "--reason" not in said, said
        await pilot.press("tab", *"经理担保", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ShipmentScreen)
    with store.session() as session:
        release = session.execute(select(BlRelease)).scalar_one()
        assert (release.basis, release.reason) == ("supervisor", "经理担保")
    store.engine.dispose()


async def test_an_agent_proposes_a_hold_and_a_supervisor_declines_it(money_db: Path) -> None:
    from csdesk.desk.context import open_desk
    from csdesk.desk.money import open_proposals
    from csdesk.screens.accounts_forms import DecideHoldModal, HoldModal

    app = CSDeskApp(db=money_db, agent="li", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_accounts(pilot)
        await app.screen.run_action("hold_bl")  # the palette entry "propose a hold"
        await settle(pilot)
        assert isinstance(app.screen, HoldModal)
        assert app.screen.query_one("#money-shipment", Input).value == ""
        await pilot.press(*"OLD1", "tab", *"逾期40天", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, AccountsScreen)
        assert "#1 OLD1 (li) 逾期40天" in _text(app, "#accounts-body")
    lead = CSDeskApp(db=money_db, agent="lead", today=TODAY, lang="en")
    async with lead.run_test(size=(120, 36)) as pilot:
        await open_accounts(pilot)
        assert "Hold proposals" in _text(lead, "#accounts-body")
        await lead.screen.run_action("hold_bl")
        await settle(pilot)
        assert isinstance(lead.screen, DecideHoldModal)
        await pilot.press("down", "enter")  # the decision: decline
        await settle(pilot)
        reason = lead.screen.query_one("#money-reason", Input)
        reason.value = ""
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(lead.screen, DecideHoldModal)  # a decline needs its reason
        reason.value = "pays next week"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(lead.screen, AccountsScreen)
    store = open_desk(money_db, today=TODAY)
    with store.session() as session:
        assert open_proposals(session) == []
    store.engine.dispose()


async def test_accounts_at_80x24_fits_without_wrapping(money_db: Path) -> None:
    from rich.cells import cell_len

    app = CSDeskApp(db=money_db, agent="lead", today=TODAY, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_accounts(pilot)
        box = app.screen.query_one("#accounts-totals", Static)
        totals = _text(app, "#accounts-totals")
        lines = totals.splitlines()
        assert all(cell_len(line) <= box.content_region.width for line in lines)
        usd = next(line for line in lines if line.startswith("USD"))
        assert "800.00" in usd  # whole, in its currency's row
        rows = app.screen.query_one(RowList)
        rendered = [str(rows.render_line(y).text) for y in range(2)]
        assert any("USD 800.00" in line for line in rendered)
        nav = str(app.screen.query_one("NavLine").render())
        assert "F9 Acct" in nav and "Money" not in nav
