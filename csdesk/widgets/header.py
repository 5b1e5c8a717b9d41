"""The desk's header: who is working, on which day (working day or not), on which database."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Static

from csdesk.i18n import t
from csdesk.widgets.guard import Guarded


class DeskHeader(Guarded, Static):
    DEFAULT_CSS = """
    DeskHeader { dock: top; height: 1; background: $primary; color: $text; padding: 0 1; }
    DeskHeader.-warning { background: $warning 60%; }
    """

    def __init__(self) -> None:
        super().__init__(Text(t("header.opening")), markup=False, id="header")

    def show(
        self, screen_title: str, agent: str, day: str, database: str, warning: str | None
    ) -> None:
        line = Text()
        line.append(t("app.title"), style="bold")
        line.append(f"  {screen_title}", style="bold")
        line.append(f"  |  {agent}  |  {day}  |  {database}")
        if warning:
            line.append(f"  |  {warning}", style="bold")
        self.set_class(bool(warning), "-warning")
        # One line docked at the top whatever it says: a repaint, no layout pass of the screen.
        self.update(line, layout=False)


class NavLine(Guarded, Static):
    """The main screens' keys under the header: in full where it fits, else in short (80 cols)."""

    def __init__(self) -> None:
        super().__init__(markup=False, classes="nav muted")

    def render(self) -> Text:
        full = t("nav.hint")
        return Text(full if cell_len(full) <= self.size.width else t("nav.hint_short"))
