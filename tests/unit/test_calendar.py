from __future__ import annotations

import datetime as dt

import pytest

from csdesk.rules.calendar import WorkCalendar

D = dt.date


@pytest.mark.parametrize(
    ("day", "workday"),
    [
        (D(2026, 9, 30), True),  # Wednesday before National Day
        (D(2026, 10, 1), False),  # National Day
        (D(2026, 10, 7), False),
        (D(2026, 10, 8), True),  # Thursday after the holiday
        (D(2026, 10, 10), True),  # swapped working Saturday
        (D(2026, 10, 11), False),  # ordinary Sunday
        (D(2026, 11, 30), True),  # ordinary Monday
    ],
)
def test_2026_national_day_week(day: dt.date, workday: bool) -> None:
    assert WorkCalendar().is_workday(day) is workday


def test_year_without_table_falls_back_to_weekdays_with_a_warning() -> None:
    calendar = WorkCalendar()
    assert calendar.warning(D(2027, 1, 4)) == "calendar.no_table"
    assert calendar.is_workday(D(2027, 1, 1)) is True  # Friday: no table says otherwise
    assert calendar.is_workday(D(2027, 1, 2)) is False
    assert calendar.warning(D(2026, 12, 31)) is None


def test_imported_table_covers_its_year() -> None:
    calendar = WorkCalendar(
        overrides={D(2027, 1, 1): False, D(2027, 2, 20): True}, names={D(2027, 1, 1): "元旦"}
    )
    assert calendar.warning(D(2027, 6, 1)) is None
    assert calendar.is_workday(D(2027, 1, 1)) is False
    assert calendar.is_workday(D(2027, 2, 20)) is True  # a Saturday made a working day
    assert calendar.is_workday(D(2027, 2, 21)) is False
    assert calendar.holiday_name(D(2027, 1, 1)) == "元旦"


def test_workdays_after_counts_days_after_start_up_to_and_including_end() -> None:
    calendar = WorkCalendar()
    # Reached Monday 2026-11-23: Tuesday and Wednesday make two working days by Wednesday.
    assert calendar.workdays_after(D(2026, 11, 23), D(2026, 11, 25)) == 2
    # Thursday 2026-10-09 to the swapped working Saturday 2026-10-10 and Monday 10-12.
    assert calendar.workdays_after(D(2026, 10, 8), D(2026, 10, 10)) == 2
    assert calendar.workdays_after(D(2026, 9, 30), D(2026, 10, 8)) == 1
    assert calendar.workdays_after(D(2026, 11, 30), D(2026, 11, 30)) == 0


def test_next_and_previous_workday_skip_the_holiday() -> None:
    calendar = WorkCalendar()
    assert calendar.next_workday(D(2026, 9, 30)) == D(2026, 10, 8)
    assert calendar.previous_workday(D(2026, 10, 8)) == D(2026, 9, 30)
