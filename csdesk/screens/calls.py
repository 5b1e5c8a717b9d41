"""Calls: today's logged contacts of the working agent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from csdesk.screens.activity import ActivityScreen

if TYPE_CHECKING:
    from csdesk.desk.activity import ActivityRow
    from csdesk.desk.context import Desk


class CallsScreen(ActivityScreen):
    SCOPE = "calls"
    TITLE_KEY = "screen.calls"
    INTRO_KEY = "activity.calls_intro"

    def fetch(self, desk: Desk, session: object) -> list[ActivityRow]:
        from sqlmodel import Session

        from csdesk.desk.activity import contacts_between

        assert isinstance(session, Session)
        start, end = self.day_bounds(desk, 0)
        return contacts_between(session, start, end, desk.agent.id if desk.agent else None)
