"""One browser tab's desk on a team store: `python -m csdesk.web.tab --db URL` (run by serve).

The URL names the server and the database only. The tab asks who is there (SignInModal) and
connects as that login, so the database, not serve's own user, decides who the agent is; a
refused login, a disabled agent or a login that is no agent is told and asked again.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from csdesk.app import CSDeskApp, DeskFailed
from csdesk.store.engine import describe
from csdesk.web.sign_in import SignInModal


def server_only(url: str) -> str:
    """`url` without a login or password: what every tab starts from."""
    parsed = make_url(url)
    bare = URL.create(parsed.drivername, None, None, parsed.host, parsed.port, parsed.database)
    return bare.update_query_dict(dict(parsed.query)).render_as_string(hide_password=False)


def as_login(url: str, login: str, password: str) -> str:
    return make_url(url).set(username=login, password=password).render_as_string(False)


class BrowserDeskApp(CSDeskApp):
    """The desk as whoever signs in at this tab."""

    # Textual reads a relative CSS_PATH beside the subclass's module: the desk's own sheet.
    CSS_PATH = str(Path(__file__).resolve().parents[1] / "app.tcss")

    def __init__(self, server_url: str, today: dt.date | None = None, lang: str = "zh") -> None:
        super().__init__(db=server_url, agent=None, today=today, lang=lang)
        self.server_url = server_url
        self._sign_in_problem: str | None = None
        self._last_login = ""

    def open_store(self) -> None:  # type: ignore[override]
        """Ask who is there first; the store opens as them (the base class's worker)."""
        self.push_screen(
            SignInModal(describe(self.server_url), self._sign_in_problem, self._last_login),
            self._signed_in,
        )

    def _signed_in(self, credentials: tuple[str, str] | None) -> None:
        if credentials is None:
            return
        login, password = credentials
        self._last_login = login
        self.db = as_login(self.server_url, login, password)
        self.refresh_header()
        CSDeskApp.open_store(self)

    # Before signing in there is no desk: Esc must not close the sign-in (nothing would open the
    # store then), and the screen keys would leave it behind on the Calls screen.
    async def action_back(self) -> None:
        if not isinstance(self.screen, SignInModal):
            await super().action_back()

    def action_goto(self, mode: str) -> None:
        if self.desk is not None:
            super().action_goto(mode)

    def on_desk_failed(self, message: DeskFailed) -> None:
        """Not this login: say why and ask again (the password never stays in `db`)."""
        message.prevent_default()  # the base class would end the app
        self.db = self.server_url
        self._sign_in_problem = message.reason
        self.refresh_header()
        self.open_store()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="csdesk.web.tab")
    parser.add_argument("--db", required=True)
    parser.add_argument("--lang", default="zh")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None)
    options = parser.parse_args(argv)
    BrowserDeskApp(server_only(options.db), options.today, options.lang).run()


if __name__ == "__main__":
    main()
