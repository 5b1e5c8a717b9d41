"""The desk's day, followed: a desk left open past midnight (agents on the Latin America lanes
work evenings, a supervisor leaves the KPI screen up) moves on to the new day's lists by itself.

Once a minute the app compares the desk's day with the one its screens show; only when it has
changed does it read the working calendar again (a holiday table imported meanwhile) and each
screen that shows the day reload (its `day_changed`), keeping its cursor and whatever is being
typed. A screen of another mode catches up when it is switched to.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from textual import work
from textual.message import Message

from csdesk.widgets.guard import report_unexpected

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

    from csdesk.desk.handle import Desk

    _Base = App[None]
else:
    _Base = object

# How often the desk looks whether its day has changed: the new day shows within about this.
DAY_CHECK_SECONDS = 60


class DayChanged(Message):
    """The desk's clock passed into another day (see FollowsDeskDay.check_day)."""

    def __init__(self, day: dt.date) -> None:
        super().__init__()
        self.day = day


class FollowsDeskDay(_Base):
    """The app's part that follows the desk's day; `desk_day` is the day the screens show."""

    desk: Desk | None
    desk_day: dt.date | None = None

    if TYPE_CHECKING:  # the app's own

        def refresh_header(self, screen: Screen[Any] | None = None) -> None: ...

    def follow_day(self) -> None:
        """From the desk's opening: the screens show its day, and the day is checked from now."""
        if self.desk is not None and self.desk_day is None:
            self.desk_day = self.desk.today
            self.set_interval(DAY_CHECK_SECONDS, self.check_day)

    def check_day(self) -> None:
        """Post DayChanged when the desk's day is not the one the screens show; on the same day
        nothing is redrawn."""
        desk = self.desk
        if desk is None or self.desk_day is None:
            return
        day = desk.today
        if day != self.desk_day:
            self.desk_day = day
            self.reread_calendar(day)

    @work(thread=True, exclusive=True, group="desk-day")
    def reread_calendar(self, day: dt.date) -> None:
        """The calendar read again, then the new day shown with it (due dates, the header)."""
        from sqlalchemy.exc import SQLAlchemyError

        desk = self.desk
        try:
            if desk is not None:
                desk.reread_calendar()
        except (SQLAlchemyError, OSError):
            pass  # the store is away for now: the calendar read before serves this day
        self.call_from_thread(self.post_message, DayChanged(day))

    def on_day_changed(self, _message: DayChanged) -> None:
        """The screens of the mode in view show the new day (one under a form or a modal too);
        the other modes' catch up when switched to (day_catch_up_stack)."""
        for screen in self.screen_stack:
            self.refresh_header(screen)
        self.day_catch_up_stack()

    def day_catch_up_stack(self) -> None:
        for screen in self.screen_stack:
            self._day_catch_up(screen)

    def _day_catch_up(self, screen: Screen[Any]) -> None:
        """A screen that shows the desk's day (its `day_changed` and `shown_day`) reloads once
        for a day it has not shown yet; a failed reload is reported and the desk carries on."""
        follow = getattr(screen, "day_changed", None)
        shown = getattr(screen, "shown_day", None)
        if not callable(follow) or shown is None or self.desk_day in (None, shown):
            return
        screen.shown_day = self.desk_day  # type: ignore[attr-defined]
        try:
            follow()
        except Exception as error:
            report_unexpected(self, error)
