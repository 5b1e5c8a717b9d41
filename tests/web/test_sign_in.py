"""A browser tab's desk on a team store signs in first: the database decides who the agent is."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url
from textual.widgets import Static

from csdesk.web.sign_in import SignInModal
from csdesk.web.tab import BrowserDeskApp, server_only
from tests.cli.test_team_cli import team
from tests.conftest import TODAY, pg_only
from tests.ui.test_calls_screen import settle

__all__ = ["team"]


def test_a_tab_starts_from_the_server_alone() -> None:
    url = "postgresql+psycopg://deskowner:s3cret@db.example:5433/desk?sslmode=require"
    bare = server_only(url)
    assert bare == "postgresql+psycopg://db.example:5433/desk?sslmode=require"
    assert make_url(bare).password is None and make_url(bare).username is None


async def sign_in(app: BrowserDeskApp, pilot, login: str, password: str) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(app.screen, SignInModal)
    for key in [*login, "enter", *password, "enter"]:
        await pilot.press(key)
    await settle(pilot)
    await app.workers.wait_for_complete()
    await pilot.pause(0.2)


@pg_only
async def test_a_wrong_password_asks_again_and_the_right_one_is_the_agent(
    team: dict[str, str], db_path: Path
) -> None:
    li_password = make_url(team["li"]).password or ""
    app = BrowserDeskApp(server_only(str(db_path)), TODAY, "en")
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause(0.2)
        assert app.desk is None
        await sign_in(app, pilot, "li", "wrong")
        assert app.desk is None and app.is_running
        problem = app.screen.query_one("#sign-in-problem", Static)
        assert "refused this login" in str(problem.render())
        assert "wrong" not in str(app.db)  # the password typed does not stay behind
        app.screen.query_one("#sign-in-password").clear()  # type: ignore[attr-defined]
        await sign_in(app, pilot, "", li_password)  # the login is kept from the first try
        assert app.desk is not None and app.desk.agent is not None
        assert app.desk.agent.login == "li"


async def test_before_signing_in_esc_and_the_screen_keys_leave_the_sign_in_open() -> None:
    app = BrowserDeskApp("postgresql+psycopg://127.0.0.1:1/desk", TODAY, "en")
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause(0.2)
        for key in ("escape", "f6", "f8"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, SignInModal), key
        assert app.current_mode == "calls" and app.desk is None
