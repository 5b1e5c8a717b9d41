"""The end-of-session summary and the supervisor's choice of whose list to work."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from csdesk import keymap
from csdesk.i18n import t
from csdesk.widgets.customer_rows import fit
from csdesk.widgets.guard import Guarded
from csdesk.widgets.literal import literal
from csdesk.widgets.row_list import RowList

if TYPE_CHECKING:
    from csdesk.desk.call_log import CallSummary
    from csdesk.models import Agent

MODAL_CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{
    width: 64; height: auto; max-height: 80%; border: round $accent; background: $panel;
    padding: 0 1;
}}
"""


class SummaryModal(Guarded, ModalScreen[None]):
    SCOPE = "calls.summary"
    DEFAULT_CSS = MODAL_CSS.format(name="SummaryModal")
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("calls.summary")

    def __init__(self, summary: CallSummary, since: dt.datetime, until: dt.datetime) -> None:
        super().__init__()
        keymap.localize(self)
        self.summary = summary
        self.since, self.until = since, until

    def compose(self) -> ComposeResult:
        body = Text()
        body.append(
            t(
                "calls.summary.span",
                since=self.since.strftime("%H:%M"),
                until=self.until.strftime("%H:%M"),
            )
            + "\n\n"
        )
        for key, value in self.summary.to_json().items():
            body.append(f"  {t(f'calls.summary.{key}')}: ", style="bold")
            body.append(f"{value}\n")
        with Vertical() as box:
            box.border_title = literal(t("calls.summary.title"))
            box.border_subtitle = literal(t("calls.summary.hint"))
            yield Static(body, id="summary-body", markup=False)

    def action_close(self) -> None:
        self.dismiss(None)


def _render_agent(agent: Agent, width: int) -> Text:
    line = Text(no_wrap=True, overflow="crop")
    line.append(fit(agent.login, 12), style="bold")
    line.append(fit(agent.name, 14))
    line.append(f"{t('role.' + agent.role)}  {t('group.' + agent.group)}", style="dim")
    return line


class AgentPickModal(Guarded, ModalScreen[tuple[int, str] | None]):
    """Returns (agent id, name) of the chosen agent, or None."""

    SCOPE = "calls.agents"
    DEFAULT_CSS = MODAL_CSS.format(name="AgentPickModal") + "AgentPickModal RowList { height: 16; }"
    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings_for("calls.agents")

    def __init__(self) -> None:
        super().__init__()
        keymap.localize(self)

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = literal(t("calls.agents.title"))
            box.border_subtitle = literal(t("calls.agents.hint"))
            yield RowList(_render_agent, t("calls.agents.none"), id="agent-list")

    def on_mount(self) -> None:
        self.query_one(RowList).focus()
        self.load()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        from csdesk.app import CSDeskApp
        from csdesk.desk.agents import list_agents

        app = self.app
        assert isinstance(app, CSDeskApp)
        if app.desk is None:
            return
        with app.desk.session() as session:
            agents = [agent for agent in list_agents(session) if agent.active]
        app.call_from_thread(self.query_one(RowList).set_rows, agents)

    @on(RowList.Selected, "#agent-list")
    def _chosen(self, event: RowList.Selected) -> None:
        agent: Agent = event.row
        assert agent.id is not None
        self.dismiss((agent.id, agent.name))

    def action_cancel(self) -> None:
        self.dismiss(None)
