"""The document sweep reads only documents the calendar can make overdue: its date bound agrees
with H67's rule for every day, across weekends and the long holidays."""

from __future__ import annotations

import datetime as dt

from csdesk.desk.context import Desk
from csdesk.desk.shipments.automatic import latest_overdue_sent_on
from csdesk.rules.trouble import document_overdue


def test_the_bound_is_exactly_the_rule_on_every_day_of_a_year(desk: Desk) -> None:
    calendar = desk.calendar
    start = dt.date(2026, 1, 1)
    for offset in range(365):
        today = start + dt.timedelta(days=offset)
        latest = latest_overdue_sent_on(today, calendar)
        for back in range(1, 40):
            sent_on = today - dt.timedelta(days=back)
            assert document_overdue(sent_on, None, today, calendar) == (sent_on <= latest), (
                today,
                sent_on,
            )
