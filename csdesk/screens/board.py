"""Board: the customers who shipped in the last 30 days."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from csdesk.screens.activity import ActivityScreen

if TYPE_CHECKING:
    from csdesk.desk.activity import ActivityRow
    from csdesk.desk.context import Desk


class BoardScreen(ActivityScreen):
    SCOPE = "board"
    TITLE_KEY = "screen.board"
    INTRO_KEY = "activity.board_intro"

    def fetch(self, desk: Desk, session: object) -> list[ActivityRow]:
        from sqlmodel import Session

        from csdesk.desk.activity import recent_shippers

        assert isinstance(session, Session)
        since = desk.today - dt.timedelta(days=30)
        return recent_shippers(session, since, desk.agent.id if desk.agent else None)
