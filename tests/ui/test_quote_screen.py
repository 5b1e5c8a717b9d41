"""Through Pilot: inquiry -> quote -> copy -> sent -> the follow-up in the call list at the right
time -> won -> booking; the minimum on screen only; a price below it waits for the supervisor."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col
from textual.pilot import Pilot
from textual.widgets import Input, Static

from csdesk.app import CSDeskApp
from csdesk.desk.context import DESK_TZ, Desk, open_desk
from csdesk.models import Inquiry, Quote, Rate, Shipment, Task
from csdesk.screens.calls import CallsScreen
from csdesk.screens.inquiries import InquiriesScreen
from csdesk.screens.quote import QuoteScreen
from csdesk.screens.quote_review import QuoteReviewScreen
from csdesk.screens.rate_import import RateImportModal
from csdesk.widgets.calls_list import CallRows
from csdesk.widgets.quote_rows import render_review
from csdesk.widgets.row_list import RowList
from tests.conftest import TODAY
from tests.desk.quote_fixtures import SHEET, add_customer, import_sheet, inquiry_for, write_sheet
from tests.ui.keys import palette, wait_for_workers

# A Monday morning: the quote goes out before noon, so it is chased at 15:00 the same day.
FIXED_NOW = dt.datetime(2026, 11, 30, 10, 20, tzinfo=DESK_TZ)
CUSTOMER = "Lagos Freight [/] Ltd [urgent]"


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(Desk, "now", lambda self: FIXED_NOW)
    yield


@pytest.fixture
def quote_db(desk: Desk, db_path: Path, tmp_path: Path) -> Path:
    import_sheet(desk, tmp_path / "rates.csv")
    peer = add_customer(desk, CUSTOMER, kind="peer", owner="zhao")
    inquiry_for(desk, peer, "zhao", received_at=FIXED_NOW - dt.timedelta(minutes=2))
    direct = add_customer(desk, "新客户贸易", owner="xin")
    inquiry_for(desk, direct, "xin", received_at=FIXED_NOW - dt.timedelta(minutes=1))
    return db_path


async def settle(pilot: Pilot[None]) -> None:
    for _ in range(4):
        await pilot.pause()
        await wait_for_workers(pilot)
    await pilot.pause()


def shown(screen: QuoteScreen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def stored(db: Path, model: type, *where: object) -> list:  # type: ignore[type-arg]
    desk = open_desk(db, today=TODAY)
    try:
        with desk.session() as session:
            rows = session.execute(select(model).where(*where)).scalars().all()  # type: ignore[call-overload]
            for row in rows:
                session.expunge(row)
            return list(rows)
    finally:
        desk.engine.dispose()


async def open_quote(pilot: Pilot[None], answered: bool = False) -> QuoteScreen:
    await settle(pilot)
    await pilot.press("f6")
    await settle(pilot)
    assert isinstance(pilot.app.screen, InquiriesScreen)
    if answered:  # a quoted inquiry leaves the open queue: show them all
        await pilot.press("ctrl+o")
        await settle(pilot)
    await pilot.press("f11")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, QuoteScreen)
    return screen


async def test_inquiry_to_quote_to_booking(quote_db: Path) -> None:
    app = CSDeskApp(db=quote_db, agent="zhao", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_quote(pilot)
        assert CUSTOMER in shown(screen, "#quote-title")  # customer text is never markup
        options = screen.query_one("#quote-options", RowList)
        assert [option.carrier for option in options.rows] == ["COSCO", "MSC"]
        assert screen.query_one("#quote-price", Input).value == "1850"
        prices = shown(screen, "#quote-prices")
        assert "USD 1,605" in prices and "仅限电话" in prices  # on screen, marked phone only

        await pilot.press("f4")  # copy: saves the quote and puts its text on the clipboard
        await settle(pilot)
        assert "USD 1,850/柜 x 2" in app.clipboard
        assert "1,605" not in app.clipboard and "1605" not in app.clipboard
        [quote] = stored(quote_db, Quote)
        assert (quote.status, quote.text) == ("draft", app.clipboard)

        await pilot.press("ctrl+t", "enter")  # status: sent (the first choice)
        await settle(pilot)
        [inquiry] = stored(quote_db, Inquiry, col(Inquiry.id) == quote.inquiry_id)
        assert inquiry.first_response_at == FIXED_NOW and inquiry.status == "quoted"
        tasks = stored(quote_db, Task, col(Task.source_table) == "quote")
        assert sorted(task.due_at for task in tasks) == [
            dt.datetime(2026, 11, 30, 15, 0, tzinfo=DESK_TZ),
            dt.datetime(2026, 12, 1, 10, 0, tzinfo=DESK_TZ),
        ]

        await pilot.press("escape")
        await pilot.press("f5")  # the call list: today's follow-up is there
        await settle(pilot)
        await pilot.press("ctrl+r")  # the list was drawn before the quote went out
        await settle(pilot)
        assert isinstance(app.screen, CallsScreen)
        rows = app.screen.query_one(CallRows).call_rows
        assert [(row.name, row.section) for row in rows if row.name == CUSTOMER] == [
            (CUSTOMER, "follow_up")
        ]

        screen = await open_quote(pilot, answered=True)
        await pilot.press("ctrl+t", "down", "enter")  # status: won
        await settle(pilot)
        [shipment] = stored(quote_db, Shipment)
        assert (shipment.booking_no, shipment.carrier, shipment.stage) == (
            "Q000001", "COSCO", "booked",
        )  # fmt: skip
        [won] = stored(quote_db, Quote)
        assert (won.status, won.shipment_id) == ("won", shipment.id)
        open_tasks = stored(
            quote_db, Task, col(Task.source_table) == "quote", col(Task.done_at).is_(None)
        )
        assert open_tasks == []
        assert "已成交" in shown(screen, "#quote-status")


async def test_language_toggle_and_all_in(quote_db: Path) -> None:
    app = CSDeskApp(db=quote_db, agent="zhao", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_quote(pilot)
        await pilot.press("f2")
        await settle(pilot)
        await pilot.press("f12")  # English
        await settle(pilot)
        assert "Ocean freight 40HQ: USD 1,850/container x 2" in shown(screen, "#quote-text")
        await palette(pilot, "all in")
        await settle(pilot)
        text = shown(screen, "#quote-text")
        assert "ALL IN USD 1,850/container, including: O/F, THC, DOC" in text
        [quote] = stored(quote_db, Quote)
        assert quote.all_in and quote.text_lang == "en"


async def test_below_the_minimum_goes_to_the_supervisor(quote_db: Path) -> None:
    app = CSDeskApp(db=quote_db, agent="zhao", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_quote(pilot)
        price = screen.query_one("#quote-price", Input)
        price.value = "1600"
        await pilot.press("f2")
        await settle(pilot)
        assert "低于最低卖价" in shown(screen, "#quote-status")
        await pilot.press("ctrl+t", "enter")
        await settle(pilot)
        [quote] = stored(quote_db, Quote)
        assert quote.status == "in_review"  # not sent without the supervisor
        price.value = "1605"
        await pilot.press("f2")
        await settle(pilot)
        [quote] = stored(quote_db, Quote)
        assert quote.price_minor == 160_000  # the minimum itself is never written


async def test_the_supervisor_reviews_a_new_colleagues_quote(quote_db: Path) -> None:
    app = CSDeskApp(db=quote_db, agent="xin", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_quote(pilot)
        await pilot.press("f2")
        await settle(pilot)
    [quote] = stored(quote_db, Quote)
    assert quote.status == "in_review"
    app = CSDeskApp(db=quote_db, agent="lead", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("f6")
        await settle(pilot)
        await palette(pilot, "bjshh")  # 报价审核, the review queue, from the inquiry queue
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuoteReviewScreen)
        text = str(screen.query_one("#review-text", Static).render())
        assert "USD 1,595/柜 x 2" in text and "送审原因: 新员工报价" in text
        # A long name is cut before its column ends: the lane never runs into it, and the
        # reason is still on the line (it was cropped off at 120 columns).
        rows = screen.query_one(RowList)
        long_name = dataclasses.replace(rows.current, customer="Durban Summit Clearing & Co FZE")
        line = render_review(long_name, rows.scrollable_content_region.width).plain
        assert "Durban" in line and "新人" in line, line
        lane = line.index(f"{long_name.pol}-")
        assert line[lane - 1] == " ", line
        await pilot.press("ctrl+u")  # return, with a comment
        await settle(pilot)
        for char in "价格偏低":
            await pilot.press(char)
        await pilot.press("enter")
        await settle(pilot)
        [quote] = stored(quote_db, Quote)
        assert (quote.status, quote.review_comment) == ("returned", "价格偏低")


async def test_a_rate_sheet_imported_from_the_quote_screen(
    desk: Desk, db_path: Path, tmp_path: Path
) -> None:
    peer = add_customer(desk, CUSTOMER, kind="peer", owner="zhao")
    inquiry_for(desk, peer, "zhao", received_at=FIXED_NOW - dt.timedelta(minutes=2))
    sheet = write_sheet(tmp_path / "十二月.csv", SHEET)
    bad = write_sheet(tmp_path / "bad.csv", [[*SHEET[0][:4], "abc", *SHEET[0][5:]]])
    app = CSDeskApp(db=db_path, agent="zhao", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_quote(pilot)
        assert screen.query_one("#quote-options", RowList).rows == []
        await palette(pilot, "daoru")  # 导入运价表
        modal = app.screen
        assert isinstance(modal, RateImportModal)
        modal.query_one("#rate-file", Input).value = str(bad)
        await pilot.press("enter")
        await settle(pilot)
        assert "第 2 行 buy" in str(modal.query_one("#rate-report", Static).render())
        await pilot.press("ctrl+s")  # a dry run again: this file never ran clean
        await settle(pilot)
        assert stored(db_path, Rate) == []
        modal.query_one("#rate-file", Input).value = str(sheet)
        await pilot.press("enter")
        await settle(pilot)
        assert "试导入: 5 条运价都没问题" in str(modal.query_one("#rate-report", Static).render())
        await pilot.press("f2")  # the same file ran clean: now the import
        await settle(pilot)
        assert "已导入 5 条运价" in str(modal.query_one("#rate-report", Static).render())
        await pilot.press("escape")
        await settle(pilot)
        options = screen.query_one("#quote-options", RowList).rows
        assert [option.carrier for option in options] == ["COSCO", "MSC"]


async def test_f12_shows_a_sent_quote_in_the_other_language(quote_db: Path) -> None:
    app = CSDeskApp(db=quote_db, agent="zhao", today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_quote(pilot)
        await pilot.press("f2")
        await settle(pilot)
        await pilot.press("ctrl+t", "enter")  # sent
        await settle(pilot)
        assert "海运费" in shown(screen, "#quote-text") or "USD" in shown(screen, "#quote-text")
        await pilot.press("f12")
        await settle(pilot)
        assert "Ocean freight 40HQ: USD 1,850/container x 2" in shown(screen, "#quote-text")
        [quote] = stored(quote_db, Quote)
        assert quote.status == "sent" and quote.text_lang == "zh"  # what went out stays
        await pilot.press("f12")
        await settle(pilot)
        assert "Ocean freight" not in shown(screen, "#quote-text")
