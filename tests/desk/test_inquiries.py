from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlmodel import Session

from csdesk.desk.agents import agent_by_login
from csdesk.desk.context import DESK_TZ, Desk
from csdesk.desk.customers import create_customer
from csdesk.desk.drafts import discard_draft, draft_key, load_draft, save_draft
from csdesk.desk.errors import ConflictError, NotFoundError, ValidationError
from csdesk.desk.inquiries import (
    create_inquiry,
    inquiry_detail,
    inquiry_snapshot,
    mark_responded,
    save_inquiry,
    set_status,
)
from csdesk.desk.inquiry_add import add_from_text
from csdesk.desk.inquiry_queue import (
    OLD_OVERDUE,
    OPEN,
    OVERDUE_TODAY,
    RUNNING,
    list_inquiries,
    recent_inquiry_count,
    sla_hit_rate,
)
from csdesk.models import Inquiry, InquiryContainer
from csdesk.rules.inquiry_fields import ContainerLine

NOW = dt.datetime(2026, 11, 30, 10, 0, tzinfo=DESK_TZ)
COMPLETE = {
    "mode": "FCL",
    "pol": "宁波",
    "pod": "Lagos",
    "containers": [{"type": "40HQ", "qty": 2}],
    "commodity": "家具",
    "weight_kg": 18000,
}


def _customer(session: Session, name: str = "宁波海天贸易", kind: str = "direct") -> int:
    return create_customer(session, {"name": name, "kind": kind}).id or 0


def _li(session: Session) -> int:
    return agent_by_login(session, "li").id or 0


def test_a_complete_inquiry_is_open_with_its_lines_and_clock(desk: Desk) -> None:
    with desk.session() as session:
        inquiry = create_inquiry(session, _customer(session), _li(session), NOW, COMPLETE)
        lines = session.execute(select(InquiryContainer)).scalars().all()
        assert (inquiry.status, inquiry.missing, inquiry.pol, inquiry.pod) == (
            "open",
            "",
            "CNNGB",
            "NGLOS",
        )
        assert [(line.type_code, line.quantity) for line in lines] == [("40HQ", 2)]
        assert inquiry.sla_due_at == NOW + dt.timedelta(minutes=5)


def test_an_incomplete_inquiry_is_kept_with_its_missing_list(desk: Desk) -> None:
    with desk.session() as session:
        fields = {"pol": "Ningbo", "pod": "Lagoss", "weight_kg": -3}
        inquiry = create_inquiry(session, _customer(session), None, NOW, fields, "宁波到Lagoss")
        assert inquiry.status == "incomplete"
        assert inquiry.missing.split("|") == ["mode", "pod", "commodity"]
        assert (inquiry.pod, inquiry.pod_text, inquiry.weight_kg) == (None, "Lagoss", -3)
        assert inquiry.raw_text == "宁波到Lagoss"


def test_special_cargo_runs_no_five_minute_clock(desk: Desk) -> None:
    with desk.session() as session:
        fields = {**COMPLETE, "containers": [{"type": "40RF", "qty": 1}]}
        inquiry = create_inquiry(session, _customer(session), None, NOW, fields)
        assert inquiry.sla_due_at is None
        assert "temperature_c" in inquiry.missing


def test_unreadable_values_are_refused_and_unknown_customers_too(desk: Desk) -> None:
    with desk.session() as session:
        customer = _customer(session)
        with pytest.raises(ValidationError) as refused:
            create_inquiry(session, customer, None, NOW, {"weight_kg": "abc"})
        assert "weight_kg" in refused.value.problems
        with pytest.raises(NotFoundError):
            create_inquiry(session, 999, None, NOW, COMPLETE)


def test_a_pasted_message_is_stored_with_its_fields_awaiting_confirmation(desk: Desk) -> None:
    text = "宁波到拉各斯 2x40HQ 家具 每柜18吨 12月10号出货 目标价USD1500"
    with desk.session() as session:
        added = add_from_text(session, _customer(session), _li(session), NOW, text)
        detail = inquiry_detail(session, added.id, NOW.date())
        parsed = added.parsed
        assert detail.fields.weight_kg == 36000
        assert detail.fields.containers == [ContainerLine("40HQ", 2)]
        assert detail.fields.cargo_ready == dt.date(2026, 12, 10)
        assert set(detail.pending) == set(parsed.fields) and "weight_kg" in detail.pending
        assert detail.inquiry.raw_text == text and detail.inquiry.channel == "wechat"


def test_save_checks_the_version_and_names_what_changed(desk: Desk) -> None:
    with desk.session() as session:
        inquiry = create_inquiry(session, _customer(session), None, NOW, COMPLETE)
        inquiry_id, version = inquiry.id or 0, inquiry.version
        read = inquiry_snapshot(inquiry)
    with desk.session() as session:
        saved = save_inquiry(session, inquiry_id, version, {**COMPLETE, "weight_kg": 20000})
        assert (saved.version, saved.weight_kg) == (version + 1, 20000)
    with desk.session() as session, pytest.raises(ConflictError) as conflict:
        save_inquiry(session, inquiry_id, version, {**COMPLETE, "pieces": 3}, original=read)
    assert ("weight_kg", 20000) in conflict.value.changes


def test_save_marks_confirmed_fields_and_recomputes_the_status(desk: Desk) -> None:
    with desk.session() as session:
        inquiry = create_inquiry(session, _customer(session), None, NOW, {"pol": "宁波"})
        assert inquiry.status == "incomplete"
        saved = save_inquiry(session, inquiry.id or 0, inquiry.version, COMPLETE, ["pod"])
        assert (saved.status, saved.pending) == ("open", "pod")


def _seed_queue(session: Session) -> dict[str, int]:
    customer, li = _customer(session), _li(session)
    ids = {}
    minutes = {"overdue": -30, "running": -2, "special": -60, "quoted": -90, "old": -3 * 24 * 60}
    for name, delta in minutes.items():
        fields = COMPLETE
        if name == "special":
            fields = {**COMPLETE, "containers": [{"type": "40OT", "qty": 1}]}
        inquiry = create_inquiry(session, customer, li, NOW + dt.timedelta(minutes=delta), fields)
        ids[name] = inquiry.id or 0
    quoted = session.get(Inquiry, ids["quoted"])
    assert quoted is not None
    set_status(session, ids["quoted"], quoted.version, "quoted", NOW - dt.timedelta(minutes=88))
    return ids


def test_the_queue_puts_running_clocks_on_top_and_old_overdue_ones_apart(desk: Desk) -> None:
    with desk.session() as session:
        ids = _seed_queue(session)
        queue = list_inquiries(session, NOW)
        order = ["running", "overdue", "special", "old"]
        assert [row.id for row in queue] == [ids[name] for name in order]
        assert [row.rank for row in queue] == [RUNNING, OVERDUE_TODAY, OPEN, OLD_OVERDUE]
        everything = list_inquiries(session, NOW, statuses=None)
        assert [row.rank for row in everything] == [0, 1, 2, 3, 4]
        assert everything[-1].id == ids["quoted"]
        second_page = list_inquiries(session, NOW, after=queue[1].key)
        assert [row.id for row in second_page] == [ids["special"], ids["old"]]


def test_the_queue_pages_by_key_without_losing_or_repeating_rows(desk: Desk) -> None:
    with desk.session() as session:
        customer = _customer(session)
        for minute in range(23):
            at = NOW - dt.timedelta(minutes=minute % 8, seconds=minute)
            create_inquiry(session, customer, None, at, COMPLETE)
        full = list_inquiries(session, NOW, statuses=None)
        seen: list[int] = []
        after = None
        while True:
            page = list_inquiries(session, NOW, statuses=None, after=after, limit=5)
            if not page:
                break
            seen += [row.id for row in page]
            after = page[-1].key
        assert seen == [row.id for row in full] and len(seen) == 23


def test_the_queue_of_one_agent(desk: Desk) -> None:
    with desk.session() as session:
        customer = _customer(session)
        create_inquiry(session, customer, _li(session), NOW, COMPLETE)
        zhao = agent_by_login(session, "zhao").id
        create_inquiry(session, customer, zhao, NOW, COMPLETE)
        assert [row.agent_login for row in list_inquiries(session, NOW, agent_id=zhao)] == ["zhao"]


def test_a_response_stops_the_clock_once_and_the_day_has_a_hit_rate(desk: Desk) -> None:
    with desk.session() as session:
        ids = _seed_queue(session)
        in_time = NOW - dt.timedelta(minutes=27)
        assert mark_responded(session, ids["overdue"], in_time)
        assert not mark_responded(session, ids["overdue"], NOW)
        overdue = session.get(Inquiry, ids["overdue"])
        assert overdue is not None
        assert (overdue.first_response_at, overdue.version) == (in_time, 1)
        start = dt.datetime(2026, 11, 30, tzinfo=DESK_TZ)
        rate = sla_hit_rate(session, start, start + dt.timedelta(days=1), NOW, None)
        # overdue answered in time, quoted 2 minutes after arrival, running still undecided
        assert (rate.answered_in_time, rate.counted) == (2, 2)
        late = NOW + dt.timedelta(minutes=10)
        rate = sla_hit_rate(session, start, start + dt.timedelta(days=1), late, None)
        assert (rate.answered_in_time, rate.counted) == (2, 3)


def test_recent_inquiry_count(desk: Desk) -> None:
    with desk.session() as session:
        customer = _customer(session)
        for days in (1, 30, 120):
            create_inquiry(session, customer, None, NOW - dt.timedelta(days=days), COMPLETE)
        assert recent_inquiry_count(session, customer, NOW - dt.timedelta(days=90)) == 2


def test_the_draft_survives_and_is_discarded(desk: Desk) -> None:
    key = draft_key(7)
    with desk.session() as session:
        save_draft(session, key, {"fields": {"commodity": "家具 [/]"}, "pending": ["pol"]})
        save_draft(session, key, {"fields": {"commodity": "灯具"}})
    with desk.session() as session:
        assert load_draft(session, key) == {"fields": {"commodity": "灯具"}}
        discard_draft(session, key)
    with desk.session() as session:
        assert load_draft(session, key) is None


def test_a_dg_inquiry_gets_no_general_cargo_clock_or_advice(desk: Desk) -> None:
    with desk.session() as session:
        fields = {**COMPLETE, "dg": True, "un_number": "1263", "dg_class": "3"}
        inquiry = create_inquiry(session, _customer(session), None, NOW, fields)
        assert inquiry.sla_due_at is None
        advice = [
            item.code for item in inquiry_detail(session, inquiry.id or 0, NOW.date()).check.advice
        ]
    assert "answer_in_5_minutes" not in advice and "dg_fees" in advice
