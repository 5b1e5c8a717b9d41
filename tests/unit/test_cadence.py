"""The call list rules: cadence over 2026's National Day week, a year without a table, attempts,
callbacks, sections and their order."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csdesk.rules.cadence import (
    Attempt,
    CallFacts,
    OpenTask,
    Reason,
    WorkdayCounter,
    build_call_list,
    c_due_before,
    customer_flags,
    is_dormant,
)
from csdesk.rules.calendar import WorkCalendar

TZ = ZoneInfo("Asia/Shanghai")
CAL = WorkCalendar()


def at(day: str, time: str = "09:00") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=TZ)


def d(day: str) -> dt.date:
    return dt.date.fromisoformat(day)


def plan(facts: list[CallFacts], day: str, time: str = "09:00", **kw: object):
    return build_call_list(facts, CAL, d(day), at(day, time), **kw)  # type: ignore[arg-type]


def one(facts: CallFacts, day: str, time: str = "09:00"):
    rows = plan([facts], day, time).rows
    return rows[0] if rows else None


# The 2026 tables as chinesecalendar 1.11 has them (State Council notice of Nov 2025):
# Mid-autumn Sep 25-27 off, Sunday Sep 20 worked; National Day Oct 1-7 off, Saturday Oct 10 worked.
@pytest.mark.parametrize(
    ("reached", "today", "workdays", "due"),
    [
        ("2026-11-23", "2026-11-24", 1, False),  # Monday -> Tuesday
        ("2026-11-23", "2026-11-25", 2, True),  # Monday -> Wednesday: due again
        ("2026-11-26", "2026-11-30", 2, True),  # Thursday -> Monday over a weekend
        ("2026-11-27", "2026-11-30", 1, False),  # Friday -> Monday
        ("2026-10-08", "2026-10-09", 1, False),  # Thursday after the holiday -> Friday
        ("2026-10-08", "2026-10-10", 2, True),  # ... -> the swapped working Saturday
        ("2026-09-30", "2026-10-08", 1, False),  # the whole holiday counts nothing
        ("2026-09-30", "2026-10-09", 2, True),
        ("2026-09-29", "2026-10-08", 2, True),
        ("2026-09-24", "2026-09-28", 1, False),  # Mid-autumn Fri-Sun off
        ("2026-09-18", "2026-09-21", 2, True),  # Sunday Sep 20 was worked
        ("2026-10-10", "2026-10-12", 1, False),  # swapped Saturday -> Monday
        # 2027 has no table: Monday-Friday, Oct 1 2027 (a Friday) is a working day.
        ("2027-09-30", "2027-10-01", 1, False),
        ("2027-09-30", "2027-10-04", 2, True),
        ("2027-10-01", "2027-10-04", 1, False),
        ("2027-10-01", "2027-10-05", 2, True),
    ],
)
def test_c_cadence_counts_working_days_after_the_reached_day(
    reached: str, today: str, workdays: int, due: bool
) -> None:
    facts = CallFacts(1, "宁波海天", "C", last_contact_at=at(reached), last_reached_at=at(reached))
    row = one(facts, today)
    assert row is not None
    assert row.workdays_since == workdays
    assert row.section == ("due" if due else "spare")
    assert (d(reached) < c_due_before(CAL, d(today))) is due


@pytest.mark.parametrize("tier", ["A", "B"])
@pytest.mark.parametrize("reached", ["2026-11-27", "2026-11-20", None])
def test_a_and_b_are_due_every_working_day(tier: str, reached: str | None) -> None:
    reached_at = at(reached) if reached else None
    row = one(CallFacts(1, "客户", tier, last_reached_at=reached_at), "2026-11-30")
    assert row is not None and row.section == "due"


def test_d_is_never_due_and_waits_in_spare_time() -> None:
    row = one(CallFacts(1, "客户", "D"), "2026-11-30")
    assert row is not None and row.section == "spare"


@pytest.mark.parametrize(
    ("facts", "reason"),
    [
        (
            CallFacts(
                1, "x", "A", last_contact_at=at("2026-11-25"), last_reached_at=at("2026-11-25")
            ),
            Reason("calls.reason.due", {"tier": "A", "days": 3}),
        ),
        (CallFacts(1, "x", "B"), Reason("calls.reason.never_contacted", {"tier": "B"})),
        (
            CallFacts(1, "x", "C", last_contact_at=at("2026-11-27")),
            Reason("calls.reason.never_reached", {"tier": "C"}),
        ),
        (
            CallFacts(1, "x", "D", last_reached_at=at("2026-11-26")),
            Reason("calls.reason.spare", {"tier": "D", "days": 2}),
        ),
        (
            CallFacts(
                1,
                "x",
                "D",
                dormant=True,
                last_shipped_on=d("2026-06-03"),
                last_contact_at=at("2026-08-03"),
            ),
            Reason("calls.reason.reactivate", {"days": 180}),
        ),
        (  # years since a shipment matter less than that no one ever called
            CallFacts(1, "x", "D", dormant=True, last_shipped_on=d("2023-02-01")),
            Reason("calls.reason.reactivate_never"),
        ),
    ],
)
def test_reasons_say_why_in_catalogue_words(facts: CallFacts, reason: Reason) -> None:
    row = one(facts, "2026-11-30")
    assert row is not None and row.reasons == (reason,)


def test_a_never_contacted_is_the_most_overdue() -> None:
    rows = plan(
        [
            CallFacts(1, "甲", "A", last_reached_at=at("2026-10-09")),
            CallFacts(2, "乙", "A"),
            CallFacts(3, "丙", "A", last_reached_at=at("2026-11-27")),
        ],
        "2026-11-30",
    ).rows
    assert [row.customer_id for row in rows] == [2, 1, 3]


A_FRESH = CallFacts(10, "阿尔法", "A", sort_name="aerfa", last_reached_at=at("2026-11-27"))


@pytest.mark.parametrize(
    ("attempts", "last_reached", "shown", "tried"),
    [
        ((), None, True, None),
        ((Attempt(at("2026-11-30", "10:05"), "no_answer"),), None, True, "10:05"),
        ((Attempt(at("2026-11-30", "10:05"), "busy"),), None, True, "10:05"),
        (
            (
                Attempt(at("2026-11-30", "10:05"), "no_answer"),
                Attempt(at("2026-11-30", "11:00"), "busy"),
            ),
            None,
            False,
            None,
        ),
        ((Attempt(at("2026-11-30", "10:05"), "reached"),), "10:05", False, None),
        ((Attempt(at("2026-11-30", "10:05"), "inquiry"),), "10:05", False, None),
        ((Attempt(at("2026-11-30", "10:05"), "visit_booked"),), "10:05", False, None),
        ((Attempt(at("2026-11-30", "10:05"), "callback_agreed"),), "10:05", False, None),
        # Reached today by another agent: the row on the customer says so.
        ((), "08:30", False, None),
    ],
)
def test_attempts_today(
    attempts: tuple[Attempt, ...], last_reached: str | None, shown: bool, tried: str | None
) -> None:
    reached_at = at("2026-11-30", last_reached) if last_reached else A_FRESH.last_reached_at
    facts = CallFacts(
        10, "阿尔法", "A", sort_name="aerfa", last_reached_at=reached_at, attempts=attempts
    )
    others = [CallFacts(11, "贝塔", "A", sort_name="beita"), CallFacts(12, "西", "C")]
    rows = plan([facts, *others], "2026-11-30", "12:00").rows
    ids = [row.customer_id for row in rows]
    assert (10 in ids) is shown
    if shown and tried:
        row = rows[-1]
        assert row.customer_id == 10, "one unanswered attempt sinks to the end of its section"
        assert row.tried_at == at("2026-11-30", tried)
        assert row.reasons[-1] == Reason("calls.reason.tried", {"time": tried})
        assert row.attempts_today == 1
    elif shown:
        assert ids[0] == 11 and ids[1] == 10


def test_sunk_rows_stay_in_their_section() -> None:
    tried = (Attempt(at("2026-11-30", "09:10"), "no_answer"),)
    rows = plan(
        [
            CallFacts(1, "甲", "A", attempts=tried),
            CallFacts(2, "乙", "B"),
            CallFacts(3, "丙", "D"),
        ],
        "2026-11-30",
        "10:00",
    ).rows
    assert [(row.customer_id, row.section) for row in rows] == [
        (2, "due"),
        (1, "due"),
        (3, "spare"),
    ]


def callback(
    task_id: int, due: dt.datetime, since: dt.datetime, kind: str = "callback"
) -> OpenTask:
    return OpenTask(task_id, kind, due, since)


def test_callbacks_by_time_those_whose_time_has_come_first() -> None:
    yesterday = at("2026-11-27", "16:00")
    facts = [
        CallFacts(1, "甲", "C", tasks=(callback(1, at("2026-11-30", "15:00"), yesterday),)),
        CallFacts(2, "乙", "A", tasks=(callback(2, at("2026-11-30", "11:00"), yesterday),)),
        CallFacts(3, "丙", "D", tasks=(callback(3, at("2026-11-30", "14:00"), yesterday),)),
        CallFacts(4, "丁", "B", tasks=(callback(4, at("2026-11-27", "17:00"), yesterday),)),
        CallFacts(5, "戊", "A"),
    ]
    rows = plan(facts, "2026-11-30", "14:30").rows
    assert [(row.customer_id, row.section, row.due_now) for row in rows] == [
        (4, "callback", True),
        (2, "callback", True),
        (3, "callback", True),
        (1, "callback", False),
        (5, "due", False),
    ]
    assert rows[0].reasons == (
        Reason("calls.reason.callback", {"time": "11-27 17:00"}),
        Reason("calls.reason.time_come"),
    )
    assert rows[3].reasons == (Reason("calls.reason.callback", {"time": "15:00"}),)


def test_a_callback_set_today_stays_after_the_call_that_set_it() -> None:
    call = at("2026-11-30", "10:00")
    facts = CallFacts(
        1,
        "甲",
        "A",
        last_contact_at=call,
        last_reached_at=call,
        attempts=(Attempt(call, "callback_agreed"),),
        tasks=(callback(7, at("2026-11-30", "15:00"), call),),
    )
    row = one(facts, "2026-11-30", "10:01")
    assert row is not None and row.section == "callback" and row.task_id == 7
    assert row.attempts_today == 1 and row.tried_at is None
    # Reached again after the callback was set: it leaves the list.
    later = at("2026-11-30", "15:02")
    reached = CallFacts(
        1,
        "甲",
        "A",
        last_reached_at=later,
        attempts=(Attempt(call, "callback_agreed"), Attempt(later, "reached")),
        tasks=(callback(7, at("2026-11-30", "15:00"), call),),
    )
    assert one(reached, "2026-11-30", "15:05") is None


def test_follow_up_tasks_come_after_callbacks_and_before_due() -> None:
    since = at("2026-11-30", "09:00")
    facts = [
        CallFacts(1, "甲", "A"),
        CallFacts(
            2, "乙", "C", tasks=(callback(1, at("2026-11-30", "14:00"), since, "quote_follow_up"),)
        ),
        CallFacts(3, "丙", "D", tasks=(callback(2, at("2026-11-30", "16:00"), since),)),
    ]
    rows = plan(facts, "2026-11-30", "09:30").rows
    assert [(row.customer_id, row.section) for row in rows] == [
        (3, "callback"),
        (2, "follow_up"),
        (1, "due"),
    ]
    assert rows[1].reasons == (
        Reason(
            "calls.reason.follow_up",
            {"time": "14:00", "task": Reason("task.quote_follow_up")},
        ),
    )


def test_tasks_due_on_a_later_day_do_not_show() -> None:
    since = at("2026-11-30", "09:00")
    facts = CallFacts(1, "甲", "D", tasks=(callback(1, at("2026-12-01", "10:00"), since),))
    row = one(facts, "2026-11-30")
    assert row is not None and row.section == "spare"


def test_full_order_of_sections_and_within_them() -> None:
    def reached(day: str) -> dt.datetime:
        return at(day)

    facts = [
        CallFacts(1, "C到期", "C", sort_name="c1", last_reached_at=reached("2026-11-20")),
        CallFacts(2, "D旧", "D", sort_name="d1", last_reached_at=reached("2026-10-12")),
        CallFacts(3, "B甲", "B", sort_name="b1", last_reached_at=reached("2026-11-27")),
        CallFacts(4, "A乙", "A", sort_name="ay", last_reached_at=reached("2026-11-27")),
        CallFacts(5, "A甲", "A", sort_name="ax", last_reached_at=reached("2026-11-27")),
        CallFacts(6, "C未到", "C", sort_name="c2", last_reached_at=reached("2026-11-27")),
        CallFacts(7, "僵尸", "D", sort_name="z", dormant=True, last_shipped_on=d("2026-01-05")),
        CallFacts(8, "A旧", "A", sort_name="az", last_reached_at=reached("2026-11-02")),
        CallFacts(9, "D新", "D", sort_name="d2", last_reached_at=reached("2026-11-26")),
        CallFacts(10, "僵尸A", "A", sort_name="za", dormant=True),
    ]
    rows = plan(facts, "2026-11-30").rows
    assert [(row.customer_id, row.section) for row in rows] == [
        (10, "due"),  # A and B stay on the daily cadence even when dormant
        (8, "due"),
        (5, "due"),  # same working days: by name
        (4, "due"),
        (3, "due"),
        (1, "due"),
        (7, "reactivate"),
        (2, "spare"),
        (9, "spare"),
        (6, "spare"),
    ]


def test_day_off_shows_only_that_days_callbacks() -> None:
    since = at("2026-09-30", "10:00")
    facts = [
        CallFacts(1, "甲", "A"),
        CallFacts(2, "乙", "D", tasks=(callback(1, at("2026-10-03", "10:00"), since),)),
        CallFacts(3, "丙", "D", tasks=(callback(2, at("2026-10-02", "10:00"), since),)),
        CallFacts(
            4, "丁", "D", tasks=(callback(3, at("2026-10-03", "09:00"), since, "quote_follow_up"),)
        ),
    ]
    rows = plan(facts, "2026-10-03", "08:00").rows
    assert [(row.customer_id, row.section) for row in rows] == [(2, "callback")]


@pytest.mark.parametrize(
    ("hidden_until", "shown"),
    [("11:00", False), ("09:59", True), (None, True)],
)
def test_skip_and_snooze_hide_until_their_time(hidden_until: str | None, shown: bool) -> None:
    until = at("2026-11-30", hidden_until) if hidden_until else None
    rows = plan([CallFacts(1, "甲", "A", hidden_until=until)], "2026-11-30", "10:00").rows
    assert bool(rows) is shown


def test_limits_cap_a_section_and_say_so() -> None:
    facts = [CallFacts(i, f"客户{i}", "D", sort_name=f"k{i:02}") for i in range(5)]
    result = plan(facts, "2026-11-30", limits={"spare": 3})
    assert [row.customer_id for row in result.rows] == [0, 1, 2]
    assert result.truncated == frozenset({"spare"})


def test_a_past_day_is_seen_from_its_end_and_a_future_day_from_its_start() -> None:
    task = (callback(1, at("2026-12-01", "15:00"), at("2026-11-30", "10:00")),)
    facts = [CallFacts(1, "甲", "D", tasks=task)]
    future = build_call_list(facts, CAL, d("2026-12-01"), at("2026-11-30", "16:00")).rows
    assert future[0].due_now is False
    past = build_call_list(facts, CAL, d("2026-12-01"), at("2026-12-05", "08:00")).rows
    assert past[0].due_now is True


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        build_call_list([], CAL, d("2026-11-30"), dt.datetime(2026, 11, 30, 9))


@given(
    st.dates(min_value=dt.date(2025, 6, 1), max_value=dt.date(2027, 12, 31)),
    st.integers(min_value=0, max_value=120),
)
def test_the_working_day_table_agrees_with_the_calendar(today: dt.date, back: int) -> None:
    start = today - dt.timedelta(days=back)
    assert WorkdayCounter(CAL, today).since(start) == CAL.workdays_after(start, today)


@pytest.mark.parametrize(
    ("ownership", "special", "inquiries", "bookings", "flags"),
    [
        ("soe", False, 0, 0, ("big_cargo",)),
        ("central_soe", False, 0, 0, ("big_cargo",)),
        ("private", True, 0, 0, ("big_cargo",)),
        ("private", False, 3, 0, ("asks_never_books",)),
        (None, False, 2, 0, ()),
        (None, False, 5, 1, ()),
        ("soe", False, 4, 0, ("big_cargo", "asks_never_books")),
    ],
)
def test_flags(
    ownership: str | None, special: bool, inquiries: int, bookings: int, flags: tuple[str, ...]
) -> None:
    assert customer_flags(ownership, special, inquiries, bookings) == flags


@pytest.mark.parametrize(
    ("shipped", "reached", "dormant"),
    [
        (None, None, False),  # never shipped: a prospect, not dormant
        ("2026-09-01", None, False),  # shipped 90 days ago is not yet 90 days
        ("2026-09-01", None, False),
        ("2026-08-31", None, True),
        ("2026-08-31", "2026-11-01", False),  # spoken to within 90 days
        ("2026-01-10", "2026-08-31", True),
    ],
)
def test_dormant(shipped: str | None, reached: str | None, dormant: bool) -> None:
    today = d("2026-11-29")
    assert (
        is_dormant(d(shipped) if shipped else None, d(reached) if reached else None, today)
        is dormant
    )
