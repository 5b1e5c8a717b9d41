"""Quotes from an inquiry: rates best first, the price per customer kind, the minimum guard,
ALL IN, the text, provisional quotes and the new-staff review."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col

from csdesk.desk.context import Desk
from csdesk.desk.errors import DeskError, ValidationError
from csdesk.desk.quote_due import housekeeping_due
from csdesk.desk.quote_flow import (
    approve_quote,
    ensure_update_tasks,
    return_quote,
    send_quote,
)
from csdesk.desk.quote_list import quote_charges, quote_document, review_queue
from csdesk.desk.quote_options import quote_options
from csdesk.desk.quotes import QuoteRequest, new_quote, reprice_quote
from csdesk.desk.rates import set_customer_margin
from csdesk.models import Quote, Task
from tests.desk.quote_fixtures import (
    MINIMUMS,
    actor,
    add_customer,
    import_sheet,
    inquiry_for,
)

NOW = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def rated(desk: Desk, tmp_path: Path) -> Desk:
    import_sheet(desk, tmp_path / "rates.csv")
    return desk


def _quote(desk: Desk, inquiry_id: int, login: str = "li", **request: object) -> Quote:
    with desk.session() as session:
        quote = new_quote(
            session,
            inquiry_id,
            QuoteRequest(**request),  # type: ignore[arg-type]
            actor=actor(desk, login),
            today=desk.today,
            calendar=desk.calendar,
        )
        session.flush()
        session.expunge(quote)
        return quote


@pytest.mark.parametrize(
    ("band", "price", "expected"),
    [
        (None, 160_501, ("in_review", "near_minimum")),  # a cent above the minimum (issue 10)
        (None, 162_105, ("in_review", "near_minimum")),  # the default band: 1% of the minimum
        (None, 162_106, ("draft", "")),
        ("5", 168_000, ("in_review", "near_minimum")),
        ("0", 160_501, ("draft", "")),  # a desk that wants no band
    ],
)
def test_a_price_just_above_the_minimum_needs_a_supervisor(
    rated: Desk, band: str | None, price: int, expected: tuple[str, str]
) -> None:
    from csdesk.desk.settings import MINIMUM_BAND_SETTING, set_value

    if band is not None:
        with rated.session() as session:
            set_value(session, MINIMUM_BAND_SETTING, band)
    inquiry = inquiry_for(rated, add_customer(rated, "宁波远航贸易"))
    quote = _quote(rated, inquiry, rate_id=1, price_minor=price)
    assert (quote.status, quote.review_reasons) == expected
    by_lead = _quote(rated, inquiry, "lead", rate_id=1, price_minor=price)
    assert (by_lead.status, by_lead.review_reasons) == ("draft", "")


def test_options_are_the_valid_rates_best_first(rated: Desk) -> None:
    peer = add_customer(rated, "Lagos Forwarding Ltd", kind="peer", owner="zhao")
    inquiry = inquiry_for(rated, peer, "zhao", containers=(("40HQ", 2), ("20GP", 1)))
    with rated.session() as session:
        options = quote_options(session, inquiry, rated.today)
    # Peers see company sell prices; PIL is self-sourced and not approved (H10).
    assert [(o.carrier, o.container, o.offered_minor) for o in options] == [
        ("CMA", "20GP", 115_000),
        ("COSCO", "40HQ", 185_000),
        ("MSC", "40HQ", 190_000),
    ]
    assert options[1].units == 2 and options[1].transit_days == 35
    assert "minimum" not in str(options[1].as_json())


def test_direct_customers_get_cost_plus_their_margin(rated: Desk) -> None:
    direct = add_customer(rated, "宁波远航贸易")
    inquiry = inquiry_for(rated, direct)
    with rated.session() as session:
        options = quote_options(session, inquiry, rated.today)
        # MSC's cost 1,450 + 10% beats COSCO's 1,500 + 10%: best first for a direct customer.
        assert [(o.carrier, o.offered_minor) for o in options] == [
            ("MSC", 159_500),
            ("COSCO", 165_000),
        ]
        set_customer_margin(session, direct, 20)
        assert quote_options(session, inquiry, rated.today)[0].offered_minor == 174_000


def test_a_quote_takes_the_best_rate_with_charge_lines(rated: Desk) -> None:
    peer = add_customer(rated, "Lagos Forwarding Ltd", kind="peer", owner="zhao")
    inquiry = inquiry_for(rated, peer, "zhao")
    quote = _quote(rated, inquiry, "zhao")
    assert (quote.carrier, quote.price_minor, quote.units, quote.status) == (
        "COSCO",
        185_000,
        2,
        "draft",
    )
    with rated.session() as session:
        lines = [
            (c.side, c.name, c.amount_minor, c.per) for c in quote_charges(session, quote.id or 0)
        ]
    assert lines == [
        ("receivable", "O/F", 185_000, "unit"),
        ("receivable", "THC", 110_000, "unit"),
        ("receivable", "DOC", 45_000, "shipment"),
        ("payable", "O/F", 150_000, "unit"),
    ]
    assert "USD 1,850/柜 x 2" in quote.text
    assert "THC: CNY 1,100/柜" in quote.text and "DOC: CNY 450/票" in quote.text
    assert "1,500" not in quote.text  # the cost is not the customer's business either


def test_the_minimum_guard(rated: Desk) -> None:
    direct = add_customer(rated, "宁波远航贸易")
    inquiry = inquiry_for(rated, direct)
    cosco = 1
    with pytest.raises(DeskError) as caught:
        _quote(rated, inquiry, rate_id=cosco, price_minor=160_500)
    assert caught.value.key == "quote.error.price_at_minimum"
    below = _quote(rated, inquiry, rate_id=cosco, price_minor=160_000)
    assert (below.status, below.review_reasons) == ("in_review", "below_minimum")
    # A supervisor pricing below the minimum is the approval.
    by_lead = _quote(rated, inquiry, "lead", rate_id=cosco, price_minor=160_000)
    assert (by_lead.status, by_lead.review_reasons) == ("draft", "")
    with rated.session() as session, pytest.raises(DeskError) as caught:
        send_quote(session, below.id or 0, now=NOW, calendar=rated.calendar)
    assert caught.value.key == "quote.error.needs_review"


def test_all_in_lists_what_it_covers(rated: Desk) -> None:
    direct = add_customer(rated, "宁波远航贸易")
    inquiry = inquiry_for(rated, direct)
    quote = _quote(rated, inquiry, rate_id=1, all_in=True)
    # Cost plus margin, with the same-currency per-container charges folded in: none here (CNY).
    assert quote.covers == "O/F|THC|DOC"
    assert "ALL IN USD 1,650/柜, 含: O/F, THC, DOC" in quote.text
    assert "THC: CNY" not in quote.text
    with rated.session() as session, pytest.raises(ValidationError):
        reprice_quote(
            session, quote.id or 0, 170_000, actor=actor(rated, "li"), today=rated.today,
            all_in=True, covers=" , ",
        )  # fmt: skip


def test_text_in_english_for_email(rated: Desk) -> None:
    direct = add_customer(rated, "Ace Trading")
    inquiry = inquiry_for(rated, direct)
    quote = _quote(rated, inquiry, lang="en", channel="email")
    assert quote.text.splitlines()[0] == "Dear Ace Trading,"
    assert "Ningbo -> Lagos" in quote.text
    assert "Valid until 2026-12-20" in quote.text  # MSC's validity
    assert quote.text.rstrip().endswith("李娜")


def test_lcl_is_priced_per_freight_ton(rated: Desk) -> None:
    direct = add_customer(rated, "宁波远航贸易")
    inquiry = inquiry_for(rated, direct, mode="LCL", containers=(), weight_kg=1800, volume_cbm=3.2)
    quote = _quote(rated, inquiry)
    assert (quote.container, quote.units, quote.price_minor) == ("LCL", 3.2, 4_400)
    assert "USD 44/W/M x 3.2" in quote.text


def test_a_provisional_quote_when_no_rate_is_valid(desk: Desk, tmp_path: Path) -> None:
    # Last month's rate only: the basis for a provisional quote (H62).
    old = [["COSCO", "CNNGB", "NGLOS", "40HQ", "1500", "1850", "1725", "USD", "2026-10-01",
            "2026-11-20", "company", "", "", "35"]]  # fmt: skip
    import_sheet(desk, tmp_path / "old.csv", old, today=dt.date(2026, 10, 1))
    peer = add_customer(desk, "Lagos Forwarding Ltd", kind="peer", owner="zhao")
    inquiry = inquiry_for(desk, peer, "zhao")
    quote = _quote(desk, inquiry, "zhao", sailing_on=dt.date(2026, 12, 4))
    assert quote.provisional and quote.rate_id is None
    assert (quote.carrier, quote.price_minor) == ("COSCO", 185_000)
    assert "暂定价" in quote.text and "2026-12-04" in quote.text
    with desk.session() as session:
        [task] = session.execute(select(Task).where(col(Task.kind) == "quote_update")).scalars()
        assert task.due_at == dt.datetime(2026, 12, 1, 10, 0, tzinfo=desk.tz)
        # Done today: the next working day's reminder is made.
        assert not housekeeping_due(session, dt.date(2026, 12, 1))
        task.done_at = NOW
        session.add(task)
        session.flush()
        assert housekeeping_due(session, dt.date(2026, 12, 1))  # the reminder is missing
        assert ensure_update_tasks(session, dt.date(2026, 12, 1), desk.calendar) == 1
        assert not housekeeping_due(session, dt.date(2026, 12, 1))
        assert ensure_update_tasks(session, dt.date(2026, 12, 1), desk.calendar) == 0
    # The real rate arrives: a quote on it replaces the provisional one and its reminders.
    import_sheet(
        desk, tmp_path / "new.csv", [[*old[0][:8], "2026-11-30", "2026-12-31", *old[0][10:]]]
    )
    real = _quote(desk, inquiry, "zhao")
    with desk.session() as session:
        assert not real.provisional
        assert session.get(Quote, quote.id).status == "replaced"
        open_updates = session.execute(
            select(Task).where(col(Task.kind) == "quote_update", col(Task.done_at).is_(None))
        ).all()
        assert open_updates == []


def test_no_rate_and_no_price_is_refused(desk: Desk) -> None:
    direct = add_customer(desk, "宁波远航贸易")
    inquiry = inquiry_for(desk, direct)
    with pytest.raises(DeskError) as caught:
        _quote(desk, inquiry)
    assert caught.value.key == "quote.error.no_rate_no_price"
    quote = _quote(desk, inquiry, price_minor=160_000)
    assert quote.provisional and quote.carrier is None


def test_new_staff_quotes_wait_for_a_supervisor(rated: Desk) -> None:
    direct = add_customer(rated, "新客户贸易", owner="xin")
    inquiry = inquiry_for(rated, direct, "xin")
    quote = _quote(rated, inquiry, "xin")
    assert (quote.status, quote.review_reasons) == ("in_review", "new_staff")
    with rated.session() as session:
        assert [row.id for row in review_queue(session)] == [quote.id]
        with pytest.raises(DeskError):
            approve_quote(session, quote.id or 0, actor=actor(rated, "li"), now=NOW)
        with pytest.raises(ValidationError):
            return_quote(session, quote.id or 0, " ", actor=actor(rated, "lead"), now=NOW)
        returned = return_quote(
            session, quote.id or 0, "价格再确认", actor=actor(rated, "lead"), now=NOW
        )
        assert returned.status == "returned"
        with pytest.raises(DeskError):
            send_quote(session, quote.id or 0, now=NOW, calendar=rated.calendar)
        approve_quote(session, quote.id or 0, actor=actor(rated, "lead"), now=NOW)
        sent = send_quote(session, quote.id or 0, now=NOW, calendar=rated.calendar)
        assert sent.status == "sent"
        assert review_queue(session) == []


def test_new_staff_days_are_configurable(rated: Desk) -> None:
    direct = add_customer(rated, "新客户贸易", owner="xin")
    inquiry = inquiry_for(rated, direct, "xin")
    with rated.session() as session:
        quote = new_quote(
            session, inquiry, QuoteRequest(), actor=actor(rated, "xin"), today=rated.today,
            calendar=rated.calendar, new_staff_days=30,
        )  # fmt: skip
        assert quote.status == "draft"


def test_the_document_never_names_the_minimum(rated: Desk) -> None:
    direct = add_customer(rated, "宁波远航贸易")
    quote = _quote(rated, inquiry_for(rated, direct), rate_id=1, price_minor=170_000)
    with rated.session() as session:
        document = str(quote_document(session, quote.id or 0))
    assert "min" not in document.replace("minimum'", "")
    for minimum in MINIMUMS:
        assert f"{minimum}.0" not in document and f"{minimum}00" not in document


def test_the_review_queue_pages_oldest_first(rated: Desk) -> None:
    """Pages in SQL, oldest first: it read the newest 200 and sorted them, so the quotes that
    had waited longest were the ones left out once more than a page waited."""
    direct = add_customer(rated, "新客户贸易", owner="xin")
    waiting = [_quote(rated, inquiry_for(rated, direct, "xin"), "xin").id for _ in range(5)]
    with rated.session() as session:
        first = review_queue(session, limit=2)
        assert [row.id for row in first] == waiting[:2]
        second = review_queue(session, first[-1].id, limit=2)
        third = review_queue(session, second[-1].id, limit=2)
    assert [row.id for row in second + third] == waiting[2:]
