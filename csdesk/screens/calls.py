"""Calls: today's logged contacts of the working agent."""

from __future__ import annotations

from sqlmodel import Session

from csdesk.desk.activity import ActivityRow, contacts_between
from csdesk.desk.context import Desk
from csdesk.screens.activity import ActivityScreen


class CallsScreen(ActivityScreen):
    SCOPE = "calls"
    TITLE_KEY = "screen.calls"
    INTRO_KEY = "activity.calls_intro"

    def fetch(self, desk: Desk, session: object) -> list[ActivityRow]:
        assert isinstance(session, Session)
        start, end = self.day_bounds(desk, 0)
        return contacts_between(session, start, end, desk.agent.id if desk.agent else None)
