"""The call list and call logging over a real SQLite store."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlmodel import col

from csdesk.desk.agents import agent_by_login
from csdesk.desk.call_log import log_call, session_summary, skip_customer, snooze_customer
from csdesk.desk.calls import call_list
from csdesk.desk.context import DESK_TZ, AgentInfo, Desk, open_desk
from csdesk.desk.customers import create_customer
from csdesk.desk.errors import DeskError
from csdesk.desk.words import say_all
from csdesk.models import Customer, Interaction, Task
from csdesk.rules.cadence import Reason
from tests.conftest import TODAY


def at(day: dt.date | str, time: str) -> dt.datetime:
    day = dt.date.fromisoformat(day) if isinstance(day, str) else day
    return dt.datetime.combine(day, dt.time.fromisoformat(time), tzinfo=DESK_TZ)


NOON = at(TODAY, "12:00")


def agent(desk: Desk, login: str) -> AgentInfo:
    with desk.session() as session:
        return AgentInfo.of(agent_by_login(session, login))


def customer(desk: Desk, name: str, tier: str, owner: str = "li", **columns: Any) -> int:
    with desk.session() as session:
        owner_id = agent_by_login(session, owner).id
        created = create_customer(
            session,
            {
                "name": name,
                "tier": tier,
                "owner_id": owner_id,
                "ownership": columns.pop("ownership", None),
            },
        )
        if columns:
            session.execute(
                update(Customer).where(col(Customer.id) == created.id).values(**columns)
            )
        assert created.id is not None
        return created.id


def listing(
    desk: Desk, login: str = "li", now: dt.datetime = NOON, day: dt.date = TODAY, **kw: Any
):
    with desk.session() as session:
        return call_list(session, desk.calendar, agent(desk, login).id, day, now, **kw)


def ids(result: Any) -> list[tuple[int, str]]:
    return [(row.customer_id, row.section) for row in result.rows]


def log(desk: Desk, customer_id: int, outcome: str, when: dt.datetime, **kw: Any) -> int:
    with desk.session() as session:
        interaction = log_call(
            session,
            customer_id,
            agent(desk, kw.pop("login", "li")).id,
            outcome,
            when,
            calendar=desk.calendar,
            now=kw.pop("now", when),
            **kw,
        )
        assert interaction.id is not None
        return interaction.id


def test_sections_and_order_from_indexed_columns(desk: Desk) -> None:
    reached = at("2026-11-26", "10:00")  # Thursday: 2 working days before Monday
    a_old = customer(desk, "阿里巴巴", "A", last_reached_at=at("2026-11-20", "10:00"))
    a_new = customer(desk, "百度", "A", last_reached_at=at("2026-11-27", "10:00"))
    b = customer(desk, "腾讯", "B")
    c_due = customer(desk, "京东", "C", last_reached_at=reached, last_contact_at=reached)
    c_not = customer(desk, "美团", "C", last_reached_at=at("2026-11-27", "10:00"))
    d = customer(desk, "拼多多", "D")
    dormant = customer(desk, "网易", "D", last_shipped_on=dt.date(2026, 3, 1))
    customer(desk, "赵的客户", "A", owner="zhao")
    result = listing(desk)
    assert result.working_day and result.day_off is None
    assert ids(result) == [
        (a_old, "due"),
        (a_new, "due"),
        (b, "due"),
        (c_due, "due"),
        (dormant, "reactivate"),
        (d, "spare"),
        (c_not, "spare"),
    ]
    doc = result.to_json()
    assert set(doc) == {"date", "working_day", "calendar_warning", "items"}
    item = doc["items"][3]
    assert set(item) == {
        "customer_id",
        "customer",
        "tier",
        "section",
        "reason",
        "last_contact_at",
        "attempts_today",
        "flags",
    }
    assert item["reason"] == "C类 2个工作日未联系"
    assert item["last_contact_at"] == reached


def test_a_logged_call_is_in_the_store_for_a_new_session(desk: Desk, db_path: Any) -> None:
    target = customer(desk, "宁波海天 [/] 贸易", "A")
    call_at = at(TODAY, "10:15")
    interaction_id = log(desk, target, "reached", call_at, note="备注 [/] 结束 [urgent]")
    other = open_desk(desk.url, agent_login="li", today=TODAY)
    try:
        with other.session() as session:
            saved = session.get(Interaction, interaction_id)
            row = session.get(Customer, target)
            assert saved is not None and saved.note == "备注 [/] 结束 [urgent]"
            assert row is not None and row.last_contact_at == call_at
            assert row.last_reached_at == call_at
            assert row.version == 1, "bookkeeping columns do not bump the version"
    finally:
        other.engine.dispose()


def test_unanswered_attempts_sink_then_leave(desk: Desk) -> None:
    first = customer(desk, "甲公司", "A", name_pinyin="a")
    second = customer(desk, "乙公司", "A")
    assert [cid for cid, _ in ids(listing(desk))] == [first, second]
    log(desk, first, "no_answer", at(TODAY, "09:05"))
    result = listing(desk)
    assert [cid for cid, _ in ids(result)] == [second, first]
    assert result.rows[1].attempts_today == 1
    assert say_all(result.rows[1].reasons) == "A类 从未接通, 09:05 已拨未通"
    log(desk, first, "busy", at(TODAY, "10:40"))
    assert [cid for cid, _ in ids(listing(desk))] == [second]
    with desk.session() as session:
        row = session.get(Customer, first)
        assert row is not None and row.last_contact_at == at(TODAY, "10:40")
        assert row.last_reached_at is None


def test_callback_set_today_shows_tomorrow_and_closes_when_reached(desk: Desk) -> None:
    target = customer(desk, "上海港务", "C", last_reached_at=at("2026-11-27", "10:00"))
    tomorrow = TODAY + dt.timedelta(days=1)
    log(
        desk,
        target,
        "约定回电",
        at(TODAY, "10:00"),
        callback_at=at(tomorrow, "10:00"),
        note="明天上午再打",
    )
    assert target not in [cid for cid, _ in ids(listing(desk))]
    morning = listing(desk, now=at(tomorrow, "09:00"), day=tomorrow)
    assert ids(morning)[0] == (target, "callback")
    assert say_all(morning.rows[0].reasons) == "10:00 回电"
    later = listing(desk, now=at(tomorrow, "10:30"), day=tomorrow)
    assert later.rows[0].due_now
    assert say_all(later.rows[0].reasons) == "10:00 回电, 已到时间"
    log(desk, target, "reached", at(tomorrow, "10:31"), now=at(tomorrow, "10:31"))
    with desk.session() as session:
        task = session.execute(select(Task).where(col(Task.customer_id) == target)).scalar_one()
        assert task.done_at == at(tomorrow, "10:31") and task.kind == "callback"
    after = listing(desk, now=at(tomorrow, "10:35"), day=tomorrow)
    assert target not in [cid for cid, _ in ids(after)]


@pytest.mark.parametrize(
    ("callback", "message"),
    [
        (at(TODAY, "09:00"), "2026-11-30 09:00 已经过去了, 请给一个将来的时间"),
        (at("2026-12-05", "10:00"), "2026-12-05 (周六) 不是工作日, 请换一个工作日"),
        (None, "约定回电需要回电时间 (例如 --callback 明天上午)"),
    ],
)
def test_bad_callbacks_are_refused_in_words(
    desk: Desk, callback: dt.datetime | None, message: str
) -> None:
    target = customer(desk, "客户", "A")
    with pytest.raises(DeskError) as caught:
        log(desk, target, "callback_agreed", at(TODAY, "10:00"), callback_at=callback)
    assert str(caught.value) == message
    with desk.session() as session:
        assert session.execute(select(Interaction)).first() is None, "nothing half-written"


@pytest.mark.parametrize(
    ("outcome", "saved"),
    [
        ("reached", "reached"),
        ("有询价", "inquiry"),
        ("无人接听", "no_answer"),
        ("Visit-Booked", "visit_booked"),
    ],
)
def test_outcomes_in_english_or_chinese(desk: Desk, outcome: str, saved: str) -> None:
    target = customer(desk, "客户", "B")
    interaction_id = log(desk, target, outcome, at(TODAY, "10:00"))
    with desk.session() as session:
        row = session.get(Interaction, interaction_id)
        assert row is not None and row.outcome == saved


def test_unknown_outcome_and_future_call_are_refused(desk: Desk) -> None:
    target = customer(desk, "客户", "B")
    with pytest.raises(DeskError, match="通话结果 maybe 无法识别"):
        log(desk, target, "maybe", at(TODAY, "10:00"))
    with pytest.raises(DeskError, match="还没到"):
        log(desk, target, "reached", at(TODAY, "11:00"), now=at(TODAY, "10:00"))


def test_skip_and_snooze(desk: Desk) -> None:
    skipped = customer(desk, "甲", "A")
    snoozed = customer(desk, "乙", "A")
    li = agent(desk, "li")
    with desk.session() as session:
        skip_customer(session, li.id, skipped, "老板出差", at(TODAY, "09:00"))
        snooze_customer(
            session, li.id, snoozed, at(TODAY, "15:00"), at(TODAY, "09:00"), desk.calendar
        )
    assert ids(listing(desk, now=at(TODAY, "12:00"))) == []
    assert ids(listing(desk, now=at(TODAY, "15:01"))) == [(snoozed, "due")]
    tomorrow = TODAY + dt.timedelta(days=1)
    assert len(listing(desk, now=at(tomorrow, "09:00"), day=tomorrow).rows) == 2
    with desk.session() as session, pytest.raises(DeskError):
        skip_customer(session, li.id, skipped, "  ", at(TODAY, "09:00"))


def test_agents_see_their_own_list_and_supervisors_any(desk: Desk) -> None:
    customer(desk, "赵的客户", "A", owner="zhao")
    li, lead = agent(desk, "li"), agent(desk, "lead")
    zhao_id = agent(desk, "zhao").id
    with desk.session() as session:
        with pytest.raises(DeskError, match="只能查看自己的"):
            call_list(session, desk.calendar, zhao_id, TODAY, NOON, viewer=li)
        seen = call_list(session, desk.calendar, zhao_id, TODAY, NOON, viewer=lead)
    assert [row.name for row in seen.rows] == ["赵的客户"]


def test_day_off_shows_only_that_days_callbacks(desk: Desk) -> None:
    customer(desk, "甲", "A")
    target = customer(desk, "乙", "D")
    day_off = dt.date(2026, 10, 3)
    with desk.session() as session:
        session.add(
            Task(
                customer_id=target,
                agent_id=agent(desk, "li").id,
                kind="callback",
                due_at=at(day_off, "10:00"),
                created_at=at("2026-09-30", "10:00"),
            )
        )
    result = listing(desk, now=at(day_off, "08:00"), day=day_off)
    assert not result.working_day
    assert ids(result) == [(target, "callback")]
    assert result.to_json()["working_day"] is False
    assert result.day_off == Reason("holiday.national_day")


def test_flags_big_cargo_and_asks_never_books(desk: Desk) -> None:
    soe = customer(desk, "中国远洋", "B", ownership="central_soe")
    asker = customer(desk, "小贸易", "B")
    for hour in ("09:00", "10:00", "11:00"):
        log(desk, asker, "inquiry", at("2026-11-20", hour), now=NOON)
    flags = {row.customer_id: row.flags for row in listing(desk).rows}
    assert flags[soe] == ("big_cargo",)
    assert flags[asker] == ("asks_never_books",)


def test_a_capped_section_stays_capped(desk: Desk) -> None:
    for number in range(8):
        customer(desk, f"D客户{number}", "D")
    result = listing(desk, limits={"spare": 3})
    assert len(result.rows) == 3 and result.truncated == frozenset({"spare"})


def test_session_summary(desk: Desk) -> None:
    first, second, third = (customer(desk, name, "A") for name in ("甲", "乙", "丙"))
    log(desk, first, "reached", at(TODAY, "09:00"))
    log(desk, second, "no_answer", at(TODAY, "09:10"))
    log(desk, third, "inquiry", at(TODAY, "09:20"))
    log(desk, second, "callback_agreed", at(TODAY, "09:30"), callback_at=at(TODAY, "16:00"))
    fourth = customer(desk, "丁", "A")
    log(desk, fourth, "busy", at(TODAY, "09:40"))
    li = agent(desk, "li").id
    with desk.session() as session:
        skip_customer(session, li, fourth, "老板出差", at(TODAY, "09:45"))
        snooze_customer(session, li, first, at(TODAY, "15:00"), at(TODAY, "09:50"), desk.calendar)
    with desk.session() as session:
        summary = session_summary(session, li, at(TODAY, "08:00"), NOON)
    assert summary.to_json() == {
        "calls": 5, "reached": 3, "unanswered": 2, "inquiries": 1, "callbacks": 1,
        "skipped": 1, "snoozed": 1,
    }  # fmt: skip
