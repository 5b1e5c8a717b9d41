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
        self._shown: tuple[str, str, str, str, str | None] | None = None

    def show(
        self, screen_title: str, agent: str, day: str, database: str, warning: str | None
    ) -> None:
        self._shown = (screen_title, agent, day, database, warning)
        self.set_class(bool(warning), "-warning")
        # One line docked at the top whatever it says: a repaint, no layout pass of the screen.
        self.update(self._line(), layout=False)

    def on_resize(self) -> None:
        if self._shown is not None:
            self.update(self._line(), layout=False)

    def _line(self) -> Text:
        """The header at the width it has: where all of it does not fit (80 columns, English),
        the app's name goes first, then the database's, so the day ("working day") still shows."""
        assert self._shown is not None
        screen_title, agent, day, database, warning = self._shown
        room = self.content_region.width
        line = Text()
        for keep_title, keep_database in ((True, True), (False, True), (False, False)):
            line = Text()
            if keep_title:
                line.append(t("app.title") + "  ", style="bold")
            line.append(screen_title, style="bold")
            line.append(f"  |  {agent}  |  {day}")
            if keep_database:
                line.append(f"  |  {database}")
            if warning:
                line.append(f"  |  {warning}", style="bold")
            if room <= 0 or cell_len(line.plain) <= room:
                break
        return line


class NavLine(Guarded, Static):
    """The main screens' keys under the header: in full where it fits, else in short (80 cols)."""

    def __init__(self) -> None:
        super().__init__(markup=False, classes="nav muted")

    def render(self) -> Text:
        full = t("nav.hint")
        return Text(full if cell_len(full) <= self.size.width else t("nav.hint_short"))
