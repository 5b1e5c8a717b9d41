"""After the quote: sent (clock stopped, follow-ups in the call list), won into a booking, lost,
expired into a new offer; carrier increases and a shipper change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col

from csdesk.desk.calls import call_list
from csdesk.desk.context import Desk
from csdesk.desk.errors import DeskError, ValidationError
from csdesk.desk.gri import notice_text, record_increase
from csdesk.desk.quote_due import housekeeping_due
from csdesk.desk.quote_flow import (
    change_shipper,
    expire_due_quotes,
    follow_ups,
    lose_quote,
    send_quote,
    win_quote,
)
from csdesk.desk.quotes import QuoteRequest, new_quote
from csdesk.i18n import CATALOGUES
from csdesk.models import Inquiry, Quote, Shipment, ShipmentContainer, Task
from tests.desk.quote_fixtures import actor, add_customer, import_sheet, inquiry_for


@pytest.fixture
def rated(desk: Desk, tmp_path: Path) -> Desk:
    import_sheet(desk, tmp_path / "rates.csv")
    return desk


def _local(day: str, time: str) -> dt.datetime:
    return dt.datetime.combine(
        dt.date.fromisoformat(day),
        dt.time.fromisoformat(time),
        tzinfo=dt.timezone(dt.timedelta(hours=8)),
    )


def _sent_quote(desk: Desk, at: dt.datetime, kind: str = "peer") -> int:
    owner = "zhao" if kind == "peer" else "li"
    customer = add_customer(desk, f"客户{at.isoformat()}", kind=kind, owner=owner)
    inquiry = inquiry_for(desk, customer, owner, received_at=at - dt.timedelta(minutes=3))
    with desk.session() as session:
        quote = new_quote(
            session, inquiry, QuoteRequest(), actor=actor(desk, owner), today=desk.today,
            calendar=desk.calendar,
        )  # fmt: skip
        send_quote(session, quote.id or 0, now=at, calendar=desk.calendar)
        return quote.id or 0


def test_sending_stops_the_clock_and_books_the_follow_ups(rated: Desk) -> None:
    sent_at = _local("2026-11-30", "10:20")
    quote_id = _sent_quote(rated, sent_at)
    with rated.session() as session:
        quote = session.get(Quote, quote_id)
        assert quote is not None and quote.status == "sent"
        inquiry = session.get(Inquiry, quote.inquiry_id)
        assert inquiry is not None
        assert inquiry.status == "quoted"
        assert inquiry.first_response_at == sent_at
        tasks = follow_ups(session, quote_id)
        assert [(task.kind, task.due_at) for task in tasks] == [
            ("quote_follow_up", _local("2026-11-30", "15:00")),
            ("quote_follow_up", _local("2026-12-01", "10:00")),
        ]
        assert all(task.agent_id == quote.agent_id for task in tasks)
        assert f"#{quote_id}" in (tasks[0].note or "")


def test_an_afternoon_quote_on_friday_is_chased_on_monday(rated: Desk) -> None:
    quote_id = _sent_quote(rated, _local("2026-11-27", "16:30"))
    with rated.session() as session:
        assert [task.due_at for task in follow_ups(session, quote_id)] == [
            _local("2026-11-30", "10:00")
        ]


def test_follow_ups_appear_in_the_call_list(rated: Desk) -> None:
    quote_id = _sent_quote(rated, _local("2026-11-30", "09:40"))
    zhao = actor(rated, "zhao")
    with rated.session() as session:
        quote = session.get(Quote, quote_id)
        assert quote is not None
        today = call_list(
            session, rated.calendar, zhao.id, rated.today, _local("2026-11-30", "15:05")
        )
        tomorrow = call_list(
            session, rated.calendar, zhao.id, dt.date(2026, 12, 1), _local("2026-12-01", "09:00")
        )
    for plan in (today, tomorrow):
        rows = [row for row in plan.rows if row.customer_id == quote.customer_id]
        assert [row.section for row in rows] == ["follow_up"]


def test_a_won_quote_closes_its_follow_ups_and_becomes_a_booking(rated: Desk) -> None:
    quote_id = _sent_quote(rated, _local("2026-11-30", "10:20"))
    with rated.session() as session:
        quote, shipment = win_quote(
            session, quote_id, actor=actor(rated, "zhao"), now=_local("2026-11-30", "16:00")
        )
        assert quote.status == "won" and quote.shipment_id == shipment.id
        assert all(task.done_at is not None for task in follow_ups(session, quote_id))
        booked = session.get(Shipment, shipment.id)
        assert booked is not None
        assert (booked.carrier, booked.pol, booked.pod, booked.stage) == (
            "COSCO", "CNNGB", "NGLOS", "booked",
        )  # fmt: skip
        boxes = (
            session.execute(
                select(ShipmentContainer.type_code).where(
                    col(ShipmentContainer.shipment_id) == shipment.id
                )
            )
            .scalars()
            .all()
        )
        assert boxes == ["40HQ", "40HQ"]
        assert session.get(Inquiry, quote.inquiry_id).status == "won"  # type: ignore[union-attr]
        with pytest.raises(DeskError):
            win_quote(session, quote_id, actor=None, now=_local("2026-11-30", "16:01"))


def test_a_lost_quote_needs_a_reason(rated: Desk) -> None:
    quote_id = _sent_quote(rated, _local("2026-11-30", "10:20"))
    with rated.session() as session:
        with pytest.raises(ValidationError):
            lose_quote(session, quote_id, "weather", now=_local("2026-11-30", "16:00"))
        quote = lose_quote(
            session, quote_id, "price", note="对手便宜 100", now=_local("2026-11-30", "16:00")
        )
        assert (quote.status, quote.lost_reason) == ("lost", "price")
        assert all(task.done_at is not None for task in follow_ups(session, quote_id))


def test_expired_quotes_flag_the_customer_for_a_new_offer(rated: Desk) -> None:
    quote_id = _sent_quote(rated, _local("2026-11-30", "10:20"))
    with rated.session() as session:
        quote = session.get(Quote, quote_id)
        assert quote is not None
        last_day = quote.valid_until
        assert not housekeeping_due(session, last_day)  # the cheap check agrees with the sweep
        assert expire_due_quotes(session, last_day, now=_local("2026-12-31", "08:00")) == []
        moment = _local("2027-01-01", "08:00")
        assert housekeeping_due(session, last_day + dt.timedelta(days=1))
        assert expire_due_quotes(session, last_day + dt.timedelta(days=1), now=moment) == [quote_id]
        assert not housekeeping_due(session, last_day + dt.timedelta(days=1))
        session.refresh(quote)
        assert quote.status == "expired"
        tasks = follow_ups(session, quote_id)
        assert [task.kind for task in tasks if task.done_at is None] == ["quote_new_offer"]


def test_a_carrier_increase_lists_what_it_touches_and_tells_each_agent(rated: Desk) -> None:
    peer_quote = _sent_quote(rated, _local("2026-11-30", "10:20"))
    direct_quote = _sent_quote(rated, _local("2026-11-30", "10:30"), kind="direct")
    won = _sent_quote(rated, _local("2026-11-30", "10:40"))
    with rated.session() as session:
        _, shipment = win_quote(session, won, actor=None, now=_local("2026-11-30", "11:00"))
        direct = session.get(Quote, direct_quote)
        assert direct is not None and direct.carrier == "MSC"  # cheapest cost for a direct customer
        impact = record_increase(
            session, "cosco", ["西非"], "USD 150", dt.date(2026, 12, 15),
            actor_id=actor(rated, "lead").id, now=_local("2026-11-30", "14:00"),
        )  # fmt: skip
        touched = {(item.kind, item.ref) for item in impact.touched}
        assert touched == {("quote", peer_quote), ("booking", shipment.id)}
        tasks = session.execute(select(Task).where(col(Task.kind) == "gri_notice")).scalars().all()
        assert len(tasks) == 2 and {task.agent_id for task in tasks} == {actor(rated, "zhao").id}
        for lang in ("zh", "en"):
            text = notice_text(session, impact.increase, "Lagos Forwarding", lang)
            assert "COSCO" in text and "USD 150" in text and "2026-12-15" in text
        with pytest.raises(DeskError):
            record_increase(session, "COSCO", ["Atlantis"], "150", rated.today, now=rated.now())


def test_no_vessel_full_excuse_anywhere() -> None:
    """H58 suggests blaming an overbooked vessel; csdesk offers only the truth (H94)."""
    for catalogue in CATALOGUES.values():
        for text in catalogue.values():
            assert "爆仓" not in text
            assert "vessel full" not in text.lower() and "overbooked" not in text.lower()


def test_a_shipper_change_re_requests_the_rate(rated: Desk) -> None:
    quote_id = _sent_quote(rated, _local("2026-11-30", "10:20"))
    with rated.session() as session:
        _, shipment = win_quote(session, quote_id, actor=None, now=_local("2026-11-30", "11:00"))
        quote = change_shipper(
            session,
            shipment.id or 0,
            "新发货人有限公司",
            actor_id=None,
            now=_local("2026-12-01", "09:00"),
        )
        assert quote is not None and quote.needs_reconfirm
        kinds = (
            session.execute(
                select(Task.kind).where(
                    col(Task.source_table) == "shipment", col(Task.source_id) == shipment.id
                )
            )
            .scalars()
            .all()
        )
        assert "rate_rerequest" in kinds


def test_a_shipper_change_recorded_on_the_board_also_marks_the_quote(rated: Desk) -> None:
    from csdesk.desk.shipments.trouble import record_trouble
    from csdesk.models import Quote

    quote_id = _sent_quote(rated, _local("2026-11-30", "10:20"))
    with rated.session() as session:
        _, shipment = win_quote(session, quote_id, actor=None, now=_local("2026-11-30", "11:00"))
        record_trouble(
            session,
            shipment.id or 0,
            "shipper_changed",
            details={"new_shipper": "新发货人有限公司"},
            now=_local("2026-12-01", "09:00"),
        )
        quote = session.get(Quote, quote_id)
        assert quote is not None and quote.needs_reconfirm
