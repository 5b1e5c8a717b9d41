"""Inquiries: the contacts of the last seven days that ended in an inquiry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from csdesk.screens.activity import ActivityScreen

if TYPE_CHECKING:
    from csdesk.desk.activity import ActivityRow
    from csdesk.desk.context import Desk


class InquiriesScreen(ActivityScreen):
    SCOPE = "inquiries"
    TITLE_KEY = "screen.inquiries"
    INTRO_KEY = "activity.inquiries_intro"

    def fetch(self, desk: Desk, session: object) -> list[ActivityRow]:
        from sqlmodel import Session

        from csdesk.desk.activity import contacts_between

        assert isinstance(session, Session)
        start, end = self.day_bounds(desk, 7)
        agent_id = desk.agent.id if desk.agent else None
        return contacts_between(session, start, end, agent_id, outcome="inquiry")
