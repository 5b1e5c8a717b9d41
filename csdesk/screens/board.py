"""Board: the customers who shipped in the last 30 days."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from csdesk.desk.activity import ActivityRow, recent_shippers
from csdesk.desk.context import Desk
from csdesk.screens.activity import ActivityScreen


class BoardScreen(ActivityScreen):
    SCOPE = "board"
    TITLE_KEY = "screen.board"
    INTRO_KEY = "activity.board_intro"

    def fetch(self, desk: Desk, session: object) -> list[ActivityRow]:
        assert isinstance(session, Session)
        since = desk.today - dt.timedelta(days=30)
        return recent_shippers(session, since, desk.agent.id if desk.agent else None)
