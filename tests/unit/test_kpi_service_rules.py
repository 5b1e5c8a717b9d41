"""Service measures, targets, group history and tier drift over plain rows."""

from __future__ import annotations

import datetime as dt

import pytest

from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.kpi_period import Period, workdays
from csdesk.rules.kpi_service import (
    InquiryRow,
    Rate,
    TaskRow,
    TroubleRow,
    answered_same_day,
    cadence_kept,
    complaints,
    conversion,
    follow_ups_on_time,
    reply_rate,
)
from csdesk.rules.kpi_targets import (
    GroupChangeRow,
    Progress,
    RankRow,
    elapsed_share,
    group_on,
    ranking,
    tier_drift,
)
from csdesk.rules.zone import DESK_TZ

NOV = Period(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
NOW = dt.datetime(2026, 11, 30, 18, 0, tzinfo=DESK_TZ)


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=DESK_TZ)


def inquiry(
    n: int, received: dt.datetime, answered_after: int | None, general: bool = True, **kw: bool
) -> InquiryRow:
    due = received + dt.timedelta(minutes=5) if general else None
    answered = None if answered_after is None else received + dt.timedelta(minutes=answered_after)
    return InquiryRow(n, 1, received, due, answered, **kw)


def test_reply_rate_counts_decided_general_cargo_only() -> None:
    rows = [
        inquiry(1, at(3, 9), 4),  # in time
        inquiry(2, at(3, 9), 7),  # late
        inquiry(3, at(3, 9), None),  # never answered: late
        inquiry(4, at(3, 9), 30, general=False),  # special cargo: lines dept's clock
        inquiry(5, NOW - dt.timedelta(minutes=2), None),  # still inside its 5 minutes
        inquiry(6, at(31, 9, month=10), 1),  # received in October
    ]
    assert reply_rate(rows, NOV, NOW, DESK_TZ) == Rate(1, 3)


def test_an_inquiry_at_0030_shanghai_on_the_1st_is_in_that_month() -> None:
    received = dt.datetime(2026, 10, 31, 16, 30, tzinfo=dt.UTC)  # 00:30 on 1 Nov in Shanghai
    assert reply_rate([inquiry(1, received, 1)], NOV, NOW, DESK_TZ) == Rate(1, 1)


def test_conversion_from_inquiries_to_quotes_to_bookings() -> None:
    rows = [
        inquiry(1, at(2, 9), 1, quoted=True, booked=True),
        inquiry(2, at(2, 9), 1, quoted=True),
        inquiry(3, at(2, 9), 1),
        inquiry(4, at(2, 9), 1),
    ]
    result = conversion(rows, NOV, DESK_TZ)
    assert (result.inquiries, result.quoted, result.booked) == (4, 2, 1)
    assert result.quote_rate.percent == 50.0
    assert result.booking_rate.percent == 50.0


def test_cadence_kept_is_reached_due_customers_per_working_day() -> None:
    days = [dt.date(2026, 11, 2), dt.date(2026, 11, 3)]
    reached = [
        (1, days[0]),
        (1, days[0]),  # reached twice the same day counts once
        (2, days[0]),
        (1, days[1]),
        (9, days[1]),  # a C customer: not due
        (2, dt.date(2026, 11, 7)),  # a Saturday, not a due day
    ]
    assert cadence_kept({1, 2}, reached, days) == Rate(3, 4)


def test_nothing_to_count_is_no_rate_rather_than_zero() -> None:
    assert Rate(0, 0).percent is None
    assert cadence_kept(set(), [], []).percent is None
    assert (Rate(1, 2) + Rate(2, 2)).percent == 75.0


def test_follow_ups_on_time_by_the_end_of_their_day() -> None:
    rows = [
        TaskRow(1, 1, at(3, 15), at(3, 16)),  # done later the same day: on time
        TaskRow(2, 1, at(3, 15), at(4, 9)),  # next morning: late
        TaskRow(3, 1, at(3, 15), None),  # never done: late
        TaskRow(4, 1, NOW + dt.timedelta(hours=1), None),  # not due yet
        TaskRow(5, 1, at(1, 10, month=12), None),  # due after the period
    ]
    assert follow_ups_on_time(rows, NOV, NOW, DESK_TZ) == Rate(1, 3)


def trouble(
    n: int, kind: str, status: str, opened: dt.datetime, changed: dt.datetime | None
) -> TroubleRow:
    return TroubleRow(n, 100 + n, 1, kind, status, opened, changed)


def test_troubles_answered_the_same_day_and_complaints() -> None:
    rows = [
        trouble(1, "rolled", "handled", at(5, 9), at(5, 17)),
        trouble(2, "rolled", "closed", at(5, 9), at(6, 9)),
        trouble(3, "complaint", "open", at(6, 10), None),
        trouble(4, "complaint", "closed", at(28, 10, month=10), at(2, 10)),  # opened in October
        trouble(5, "cutoff_near", "closed", at(7, 10), at(7, 11)),  # raised by the desk itself
        trouble(6, "complaint", "closed", at(8, 10), at(8, 12)),
    ]
    assert answered_same_day(rows, NOV, DESK_TZ) == Rate(2, 4)
    result = complaints(rows, NOV, DESK_TZ)
    assert (result.opened, result.closed, result.still_open) == (2, 2, 1)


CHANGES = [GroupChangeRow(7, "direct", "peer", dt.date(2026, 11, 16))]


@pytest.mark.parametrize(
    ("agent", "day", "group"),
    [
        (7, dt.date(2026, 11, 15), "direct"),  # the day before the move
        (7, dt.date(2026, 11, 16), "peer"),  # the move takes effect that day
        (7, dt.date(2026, 12, 1), "peer"),
        (8, dt.date(2026, 11, 15), "direct"),  # no history: today's group
    ],
)
def test_an_agent_who_changed_group_mid_month(agent: int, day: dt.date, group: str) -> None:
    assert group_on(agent, day, "peer" if agent == 7 else "direct", CHANGES) == group


def test_two_moves_back_and_forth() -> None:
    changes = [
        GroupChangeRow(7, "direct", "peer", dt.date(2026, 11, 10)),
        GroupChangeRow(7, "peer", "direct", dt.date(2026, 11, 20)),
    ]
    groups = [group_on(7, dt.date(2026, 11, d), "direct", changes) for d in (9, 10, 19, 20)]
    assert groups == ["direct", "peer", "peer", "direct"]


def test_progress_against_target_and_working_days_gone() -> None:
    calendar = WorkCalendar()
    month = dt.date(2026, 11, 1)
    total = len(workdays(calendar, Period(month, dt.date(2026, 11, 30))))
    share = elapsed_share(calendar, NOV, dt.date(2026, 11, 13))
    assert share == pytest.approx(10 / total)  # 2-6 and 9-13 November
    progress = Progress(actual=60, target=100, elapsed_share=share)
    assert progress.percent == 60.0
    assert progress.expected == round(100 * 10 / total)
    assert progress.on_pace is True
    assert Progress(10, 100, share).on_pace is False
    assert Progress(10, None, share).percent is None
    assert elapsed_share(calendar, NOV, dt.date(2026, 10, 31)) == 0.0
    assert elapsed_share(calendar, NOV, dt.date(2026, 12, 5)) == 1.0


def test_october_progress_skips_the_national_day_holiday() -> None:
    calendar = WorkCalendar()
    # 1-8 October 2026 are holidays (one swapped working Sunday or Saturday around them).
    first_week = elapsed_share(
        calendar, Period(dt.date(2026, 10, 1), dt.date(2026, 10, 31)), dt.date(2026, 10, 8)
    )
    assert first_week < 2 / 20


def test_tier_drift_counted_per_owner() -> None:
    rows = [
        (1, "A", "B", 3),
        (1, "B", "B", 5),
        (2, "C", "A", 1),
        (None, "D", "C", 2),
        (1, "D", "C", 1),
    ]
    assert tier_drift(rows) == {1: 4, 2: 1, None: 2}


def test_ranking_puts_missing_rates_last() -> None:
    rows = [RankRow(1, 100, 4, 30), RankRow(2, None, 9, None), RankRow(3, 200, 2, 50)]
    assert [row.agent_id for row in ranking(rows, "profit")] == [3, 1, 2]
    assert [row.agent_id for row in ranking(rows, "teu")] == [2, 1, 3]
