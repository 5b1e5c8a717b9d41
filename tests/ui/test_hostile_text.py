"""Hostile customer text through every screen and modal: nothing crashes, nothing typed is lost.

Names, notes, vessels and booking references mixing markup (`[/]`, `[bold]`, `[urgent]`),
control characters, ANSI escapes, RTL marks, emoji and 2,000 characters are stored, then shown
on the four main screens, the customer card and its forms, contacts, search, help, the palette,
the board's trouble, note and shipment screens, the intake form and the quote screen. Text typed
into a form must be stored as typed (the store may drop control characters, nothing else), and
no handler may fail: with the desk's guard an error becomes a toast and a line in the error log,
so the log must stay empty.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlmodel import col
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from csdesk.app import CSDeskApp
from csdesk.desk.agents import add_agent, agent_by_login
from csdesk.desk.context import DESK_TZ, open_desk
from csdesk.desk.customers import add_contact, create_customer
from csdesk.desk.shipments import record_trouble
from csdesk.models import Contact, Customer, ShipmentNote, Trouble
from csdesk.rules.shipments import _BOOKING_NO as BOOKING_NO
from csdesk.screens.board import BoardScreen
from csdesk.screens.customers import CustomersScreen
from csdesk.screens.inquiries import InquiriesScreen
from csdesk.store.engine import database_url
from csdesk.store.errorlog import log_path
from tests.conftest import TODAY
from tests.desk.quote_fixtures import add_inquiry, import_sheet
from tests.desk.shipment_fixtures import NOW, book
from tests.ui.test_shell_and_customers import settle

FRAGMENTS = [
    "备注 [/] [bold]x",
    "[urgent]",
    "[/]",
    "[b]粗[/b]",
    "\x1b[31m红\x1b[0m",
    "\x07\x08\x00",
    "\u202e\u200f阿拉伯\u202c",
    "🚢📦👨‍👩‍👧",
    "宁波海天",
    "Lagos Ltd.",
    "\t制表",
    "$(rm -rf ~)",
    "\\[escaped\\]",
]
hostile = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), min_size=1, max_size=5).map(
    "".join
)


def comparable(text: str) -> str:
    """The text without control characters and whitespace: the store may drop control characters
    (C0, DEL and C1, as rules.visible does) or turn a tab or line break into a space, and a
    TextArea reads a form feed or a U+2028 as a line break; no visible character may change."""
    return "".join(
        char
        for char in text
        if ord(char) >= 32 and not 0x7F <= ord(char) <= 0x9F and not char.isspace()
    )


def kept(stored: str | None, typed: str) -> bool:
    return stored is not None and comparable(stored) == comparable(typed)


def seed(db: Path, name: str, note: str, vessel: str, reference: str) -> None:
    """The store refuses a name over 200 characters and a booking number that is not one: the
    seed keeps to what it accepts; the forms are then given the hostile text itself."""
    name = name[:200] if name[:200].strip() else "客户"
    reference = reference if BOOKING_NO.fullmatch(reference) else "COSU6300001"
    desk = open_desk(db, today=TODAY)
    with desk.session() as session:
        add_agent(session, "lead", "王主管", role="supervisor", hired_on=dt.date(2015, 3, 1))
        add_agent(session, "li", "李娜", group="direct", hired_on=dt.date(2020, 5, 6))
    import_sheet(desk, db.parent / "rates.csv")
    with desk.session() as session:
        li = agent_by_login(session, "li").id
        customer = create_customer(session, {"name": name, "notes": note, "owner_id": li})
        add_contact(session, customer.id or 0, {"name": name, "phone": "13800001111"})
        received = dt.datetime.combine(TODAY, dt.time(9, 0), tzinfo=DESK_TZ)
        add_inquiry(session, customer.id or 0, li, commodity=note, received_at=received)
        shipment = book(
            session, customer.id or 0, reference, agent_id=li, vessel=vessel[:80],
            shipper=note[:200],
        )  # fmt: skip
        record_trouble(session, shipment.id or 0, "complaint", note=note[:500], now=NOW)
    desk.engine.dispose()


def stored_texts(db: Path) -> dict[str, list[str | None]]:
    desk = open_desk(db, today=TODAY)
    with desk.session() as session:
        texts = {
            "customers": list(session.execute(select(col(Customer.name))).scalars()),
            "notes": list(session.execute(select(col(Customer.notes))).scalars()),
            "contacts": list(session.execute(select(col(Contact.name))).scalars()),
            "trouble": list(session.execute(select(col(Trouble.note))).scalars()),
            "shipment_notes": list(session.execute(select(col(ShipmentNote.text))).scalars()),
        }
    desk.engine.dispose()
    return texts


def screen_controls(app: CSDeskApp) -> list[str]:
    """Control characters in what the screen sends to the terminal (an ESC would be obeyed)."""
    strips = app.screen._compositor.render_strips()
    drawn = "".join(segment.text for strip in strips for segment in strip)
    return sorted({repr(char) for char in drawn if ord(char) < 32 or 127 <= ord(char) < 160})


async def step(pilot: Pilot[None]) -> None:
    await settle(pilot)
    assert screen_controls(pilot.app) == [], type(pilot.app.screen).__name__  # type: ignore[arg-type]


async def save_form(pilot: Pilot[None], values: dict[str, str]) -> bool:
    """Fill a form and save it: True when it saved and closed; when the desk refused the values
    (too long, say) the form must still hold every one of them, and is closed unsaved."""
    app = pilot.app
    form = app.screen
    for selector, value in values.items():
        widget = form.query_one(selector)
        if isinstance(widget, TextArea):
            widget.text = value
        else:
            assert isinstance(widget, Input)
            widget.value = value
    await form.run_action("save")
    await step(pilot)
    if app.screen is not form:
        return True
    for selector, value in values.items():
        widget = form.query_one(selector)
        shown = widget.text if isinstance(widget, TextArea) else widget.value  # type: ignore[attr-defined]
        assert shown == value, selector
    app.pop_screen()
    await step(pilot)
    return False


async def visit(pilot: Pilot[None], *actions: str) -> None:
    for action in actions:
        await pilot.app.run_action(action)
        await step(pilot)


async def walk(db: Path, size: tuple[int, int], text: dict[str, str]) -> list[tuple[str, str]]:
    """Every screen and modal with the hostile text; what was saved, as (table, typed text)."""
    name, note, vessel = text["name"], text["note"], text["vessel"]
    saved: list[tuple[str, str]] = []
    app = CSDeskApp(db=db, agent="li", today=TODAY)
    async with app.run_test(size=size, notifications=True) as pilot:
        await step(pilot)
        await visit(pilot, "goto('inquiries')", "goto('board')", "goto('customers')")
        customers = app.screen
        assert isinstance(customers, CustomersScreen)
        await customers.run_action("new_customer")
        await step(pilot)
        if await save_form(pilot, {"#f-name": name + " 2", "#f-notes": note}):
            saved += [("customers", name + " 2"), ("notes", note)]
        await customers.run_action("edit_contacts")
        await step(pilot)
        await pilot.press("enter")  # add a contact
        await step(pilot)
        if await save_form(pilot, {"#f-name": note, "#f-role": vessel}):
            saved.append(("contacts", note))
        for action in ("search", "command_palette"):
            await visit(pilot, action)
            app.screen.query_one(Input).value = name
            await step(pilot)
            await pilot.press("escape")
            await step(pilot)
        await visit(pilot, "help")
        await pilot.press("escape")
        await visit(pilot, "goto('board')")
        board = app.screen
        assert isinstance(board, BoardScreen)
        # Enter filters at once (typing waits FILTER_PAUSE for the next key, a timer settle
        # does not wait for: under load record_trouble then found no card and opened nothing).
        board_filter = board.query_one("#board-filter", Input)
        board_filter.value = text["reference"]
        await board_filter.action_submit()
        await step(pilot)
        board_filter.value = ""
        await board_filter.action_submit()
        await step(pilot)
        await board.run_action("record_trouble")
        await step(pilot)
        values = {"#d-reason": note, "#d-new_vessel": vessel, "#f-note": note}
        if await save_form(pilot, values):
            saved.append(("trouble", note))
        await board.run_action("add_note")
        await step(pilot)
        if await save_form(pilot, {"#f-text": note}):
            saved.append(("shipment_notes", note))
        await board.run_action("open_card")
        await step(pilot)
        await pilot.press("escape")
        await visit(pilot, "goto('inquiries')")
        inquiries = app.screen
        assert isinstance(inquiries, InquiriesScreen)
        await inquiries.run_action("quote")
        await step(pilot)
        await pilot.press("escape")
        await step(pilot)
        await inquiries.run_action("new_inquiry")
        await step(pilot)
        app.screen.query_one("#f-commodity", Input).value = note
        await step(pilot)
        assert app.screen.query_one("#f-commodity", Input).value == note
        await pilot.press("escape")
        await step(pilot)
        assert app.is_running
    return saved


@settings(
    max_examples=2,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # a UI example is slow to shrink
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=hostile, note=hostile, vessel=hostile, reference=hostile, wide=st.booleans())
@example(
    name="备注 [/] [bold]x", note="[urgent] \x1b[31m红", vessel="[/]", reference="[b]", wide=False
)
@example(  # a line break or ESC in a search or palette query (Textual's Input draws it raw)
    name="9\x03\x84F\n#\x1b[31m\t",
    note="nZ*5\u202e\u200f阿拉伯",
    vessel="[b]粗[/b]",
    reference="k",
    wide=False,
)
@example(name="中" * 2000, note="\u202e🚢" * 300, vessel="x" * 200, reference="A" * 60, wide=True)
def test_hostile_text_through_every_screen(
    name: str, note: str, vessel: str, reference: str, wide: bool
) -> None:
    text = {"name": name, "note": note, "vessel": vessel, "reference": reference}
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "desk.db"
        log = log_path(database_url(str(db)))  # the store's own private error log
        before = log.read_text(encoding="utf-8") if log.exists() else ""
        seed(db, name, note, vessel, reference.upper())
        saved = asyncio.run(walk(db, (120, 36) if wide else (80, 24), text))
        texts = stored_texts(db)
        after = log.read_text(encoding="utf-8") if log.exists() else ""
    assert after == before, after[len(before) :][-3000:]  # no handler failed
    lost = [
        (table, typed)
        for table, typed in saved
        if not any(kept(stored, typed) for stored in texts[table])
    ]
    assert lost == []
