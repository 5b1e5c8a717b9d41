"""Callback times as people say them, refusals in words, and free text that never crashes."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csdesk.rules.cadence import Reason
from csdesk.rules.calendar import WorkCalendar
from csdesk.rules.when import parse_when

TZ = ZoneInfo("Asia/Shanghai")
CAL = WorkCalendar()
MONDAY = dt.datetime(2026, 11, 30, 10, 30, tzinfo=TZ)
BEFORE_NATIONAL_DAY = dt.datetime(2026, 9, 29, 14, 0, tzinfo=TZ)  # a Tuesday
NO_TABLE_YEAR = dt.datetime(2027, 9, 30, 10, 0, tzinfo=TZ)  # a Thursday, no holiday table


def local(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=TZ)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15:00", "2026-11-30 15:00"),
        ("15：00", "2026-11-30 15:00"),
        ("１５:００", "2026-11-30 15:00"),
        ("15点", "2026-11-30 15:00"),
        ("15点半", "2026-11-30 15:30"),
        ("15点20分", "2026-11-30 15:20"),
        ("3点一刻 pm", "2026-11-30 15:15"),
        ("下午3点", "2026-11-30 15:00"),
        ("下午三点", "2026-11-30 15:00"),
        ("下午 3:30", "2026-11-30 15:30"),
        ("下午", "2026-11-30 15:00"),
        ("晚上8点", "2026-11-30 20:00"),
        ("中午12点", "2026-11-30 12:00"),
        ("中午1点", "2026-11-30 13:00"),
        ("十一点", "2026-11-30 11:00"),
        ("3pm", "2026-11-30 15:00"),
        ("明天上午", "2026-12-01 10:00"),
        ("明天下午", "2026-12-01 15:00"),
        ("明天", "2026-12-01 10:00"),
        ("明早", "2026-12-01 10:00"),
        ("明天下午4点半", "2026-12-01 16:30"),
        ("后天", "2026-12-02 10:00"),
        ("周五 10点", "2026-12-04 10:00"),
        ("星期五下午", "2026-12-04 15:00"),
        ("礼拜3", "2026-12-02 10:00"),
        ("周一 15:00", "2026-11-30 15:00"),  # today is Monday and 15:00 is still ahead
        ("下周一", "2026-12-07 10:00"),
        ("下个星期二 9:30", "2026-12-08 09:30"),
        ("下周", "2026-12-07 10:00"),
        ("+2d", "2026-12-02 10:30"),
        ("+3h", "2026-11-30 13:30"),
        ("+30m", "2026-11-30 11:00"),
        ("＋1w", "2026-12-07 10:30"),
        ("2小时后", "2026-11-30 12:30"),
        ("半小时后", "2026-11-30 11:00"),
        ("3天后", "2026-12-03 10:30"),
        ("12月3日 9:30", "2026-12-03 09:30"),
        ("12月3号", "2026-12-03 10:00"),
        ("3号 下午", "2026-12-03 15:00"),
        ("12/3 9:30", "2026-12-03 09:30"),
        ("2026-12-03 09:30", "2026-12-03 09:30"),
        ("2026-12-03T09:30", "2026-12-03 09:30"),
        ("2026/12/3", "2026-12-03 10:00"),
        ("2026年12月3日 14点", "2026-12-03 14:00"),
        ("1月5日", "2027-01-05 10:00"),  # already past this year: next year's
        ("  明天  上午 ", "2026-12-01 10:00"),
    ],
)
def test_readable_times(text: str, expected: str) -> None:
    result = parse_when(text, MONDAY, CAL)
    assert result.refusal is None, result.refusal
    assert result.at == local(expected)
    assert result.at is not None and result.at.tzinfo is not None


def refusal(text: str, now: dt.datetime = MONDAY) -> Reason | None:
    result = parse_when(text, now, CAL)
    assert result.at is None or result.refusal is None
    return result.refusal


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("9:00", "when.past"),
        ("上午", "when.past"),  # 10:00 today, and it is 10:30
        ("这周一 9点", "when.past"),
        ("2026-11-01", "when.past"),
        ("asdf", "when.unreadable"),
        ("", "when.empty"),  # nothing typed: what to type, not "cannot read 「」"
        ("回头再说", "when.unreadable"),
        ("10", "when.unreadable"),
        ("周", "when.unreadable"),
        ("明天 下午 下午", "when.unreadable"),
        ("2月30日", "when.bad_date"),
        ("25:00", "when.bad_date"),
        ("15:75", "when.bad_date"),
        ("周六", "when.day_off"),
        ("+5d", "when.day_off"),
    ],
)
def test_refusals(text: str, key: str) -> None:
    reason = refusal(text)
    assert reason is not None and reason.key == key


def test_past_names_the_time() -> None:
    assert refusal("9:00") == Reason("when.past", {"when": "2026-11-30 09:00"})


@pytest.mark.parametrize(
    ("text", "date", "weekday", "holiday"),
    [
        ("10月3日", "2026-10-03", 5, "national_day"),
        ("10月1日 10点", "2026-10-01", 3, "national_day"),
        ("后天", "2026-10-01", 3, "national_day"),
        ("下周一", "2026-10-05", 0, "national_day"),
        ("10月11日", "2026-10-11", 6, None),  # an ordinary Sunday
    ],
)
def test_national_day_week_is_refused_by_name(
    text: str, date: str, weekday: int, holiday: str | None
) -> None:
    reason = refusal(text, BEFORE_NATIONAL_DAY)
    params: dict[str, object] = {"date": date, "weekday": Reason(f"weekday.{weekday}")}
    if holiday:
        params["holiday"] = Reason(f"holiday.{holiday}")
    assert reason == Reason("when.holiday" if holiday else "when.day_off", params)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("明天", "2026-09-30 10:00"),
        ("10月8日", "2026-10-08 10:00"),  # first working day after the holiday
        ("10月10日 9点", "2026-10-10 09:00"),  # the swapped working Saturday
    ],
)
def test_working_days_around_national_day(text: str, expected: str) -> None:
    assert parse_when(text, BEFORE_NATIONAL_DAY, CAL).at == local(expected)


def test_a_year_without_a_table_falls_back_to_monday_to_friday() -> None:
    assert parse_when("明天", NO_TABLE_YEAR, CAL).at == local("2027-10-01 10:00")
    reason = refusal("10月2日", NO_TABLE_YEAR)
    assert reason == Reason("when.day_off", {"date": "2027-10-02", "weekday": Reason("weekday.5")})


def test_imported_holiday_names_show_as_written() -> None:
    calendar = WorkCalendar({dt.date(2027, 10, 1): False}, {dt.date(2027, 10, 1): "国庆节"})
    result = parse_when("明天", NO_TABLE_YEAR, calendar)
    assert result.refusal is not None and result.refusal.params["holiday"] == "国庆节"


def test_naive_now_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        parse_when("明天", dt.datetime(2026, 11, 30, 10), CAL)


WORDS = st.sampled_from(
    [
        "明天",
        "后天",
        "下周",
        "周",
        "五",
        "上午",
        "下午",
        "点",
        "半",
        ":",
        "+",
        "d",
        "h",
        "月",
        "日",
        "号",
        "年",
        "-",
        "/",
        "十",
        "两",
        " ",
        "T",
        "pm",
        "9",
        "12",
        "99",
        "0",
        "2026",
        "后",
        "小时",
    ]
)


@settings(max_examples=400)
@given(st.one_of(st.text(max_size=40), st.lists(WORDS, max_size=8).map("".join)))
def test_free_text_never_raises(text: str) -> None:
    result = parse_when(text, MONDAY, CAL)
    assert (result.at is None) != (result.refusal is None)
    if result.at is not None:
        assert result.at > MONDAY and CAL.is_workday(result.at.date())


@pytest.mark.parametrize("text", ["  ", "\u3000"])
def test_nothing_typed_says_what_to_type(text: str) -> None:
    """Spaces alone are nothing typed too (not 'cannot read the time 「」')."""
    result = parse_when(text, MONDAY, CAL)
    assert result.at is None and result.refusal == Reason("when.empty", {"text": ""})
