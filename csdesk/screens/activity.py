"""A main screen showing recent activity from the store, until its own issue builds the real one."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.widgets import Footer, Static

from csdesk.i18n import t
from csdesk.rules.zone import DESK_TZ
from csdesk.screens.base import DeskScreen
from csdesk.widgets.customer_rows import fit
from csdesk.widgets.header import DeskHeader
from csdesk.widgets.row_list import RowList

if TYPE_CHECKING:
    from csdesk.desk.activity import ActivityRow
    from csdesk.desk.context import Desk


def render_activity(row: ActivityRow, width: int) -> Text:
    line = Text(no_wrap=True, overflow="crop")
    when = row.at.astimezone(DESK_TZ).strftime("%m-%d %H:%M") if row.at else ""
    line.append(fit(when, 12), style="dim")
    line.append(f" {row.tier} ", style="bold")
    line.append(fit(row.customer, 36))
    line.append(" ")
    line.append(fit(t(row.what), 10), style="bold")
    line.append(fit(row.agent_login or "", 10))
    line.append(row.note)
    return line


class ActivityScreen(DeskScreen):
    """Subclasses name their title, intro text and `fetch(desk, session)`."""

    INTRO_KEY: ClassVar[str] = ""

    def compose(self) -> ComposeResult:
        yield DeskHeader()
        yield Static(Text(t("nav.hint")), classes="nav muted", markup=False)
        yield Static(Text(t(self.INTRO_KEY)), classes="pane-title", markup=False)
        yield RowList(render_activity, t("activity.empty"), id="activity-list")
        yield Footer()

    def desk_ready(self) -> None:
        self.load()
        self.query_one(RowList).focus()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        desk = self.desk
        if desk is None:
            return
        with desk.session() as session:
            rows = self.fetch(desk, session)
        self.app.call_from_thread(self.query_one(RowList).set_rows, rows)

    def fetch(self, desk: Desk, session: object) -> list[ActivityRow]:
        return []

    def day_bounds(self, desk: Desk, days_back: int) -> tuple[dt.datetime, dt.datetime]:
        start_day = desk.today - dt.timedelta(days=days_back)
        start = dt.datetime.combine(start_day, dt.time(), tzinfo=DESK_TZ)
        end = dt.datetime.combine(desk.today + dt.timedelta(days=1), dt.time(), tzinfo=DESK_TZ)
        return start, end

    @on(RowList.Selected)
    def _open(self, event: RowList.Selected) -> None:
        self.desk_app._open_found_customer(event.row.customer_id)
