"""Each browser tab is its own agent: on a team desk a tab signs in with its own database login,
and two tabs signed in as two agents each show themselves (headless Debian Chromium).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.test_team_cli import run, shown_password
from tests.conftest import TODAY, pg_only
from tests.ui.test_serve_browser import ARTIFACTS, CHROMIUM, RECORD_TERMINAL, free_port, screen_text

pytestmark = [
    pg_only,
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed (make system-deps)"
    ),
]
PATIENCE_MS = 60_000


@pytest.fixture
def team_passwords(db_path: Path) -> dict[str, str]:
    """A team desk on the test's database: lead (supervisor), li and zhao, with their passwords."""
    admin = str(db_path)
    done = run(admin, "db", "init-team", admin, "--supervisor", "lead", "--name", "王主管")
    assert done.exit_code == 0, done.output
    passwords = {"lead": shown_password(done.stdout)}
    from tests.cli.test_team_cli import as_login

    lead = as_login(admin, "lead", passwords["lead"])
    for login, name in (("li", "李娜"), ("zhao", "赵强")):
        added = run(lead, "agent", "add", login, "--name", name, "--json")
        assert added.exit_code == 0, added.output
        passwords[login] = json.loads(added.stdout)["password"]
    return passwords


@pytest.fixture
def served_team(db_path: Path, team_passwords: dict[str, str]) -> Iterator[str]:
    """`csdesk serve` started by the database's owner: no tab may work as the owner."""
    port = free_port()
    command = [sys.executable, "-m", "csdesk", "--db", str(db_path), "--lang", "en",
               "--today", TODAY.isoformat(), "serve", "--port", str(port)]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=20)


def open_tab(browser, url: str):  # type: ignore[no-untyped-def]
    page = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
    page.add_init_script(RECORD_TERMINAL)
    page.goto(url, wait_until="domcontentloaded")
    wait_for_text(page, "Password")
    return page


def wait_for_text(page, text: str) -> None:  # type: ignore[no-untyped-def]
    """Until the tab's terminal has shown `text` (escape sequences left out)."""
    try:  # the screenshot shows what the tab showed instead
        page.wait_for_function(
            "(wanted) => window.__screen.replace(/\\x1b\\[[0-9;?]*[ -\\/]*[@-~]/g, '').includes(wanted)",
            arg=text,
            timeout=PATIENCE_MS,
        )
    except Exception:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "serve-tab-waiting.png"))
        raise


def sign_in(page, *fields: str) -> None:  # type: ignore[no-untyped-def]
    """Login, Enter, password, Enter, typed at a fast typist's pace (a retry keeps the login).

    At machine speed (every key of a field within a millisecond) a loaded machine lost a key now
    and then between xterm.js, textual-serve's websocket and the tab's app, and the login was
    refused; no person types like that, so the test types 25 keys a second.
    """
    page.evaluate("window.__screen = ''")
    page.locator(".xterm-helper-textarea").focus()
    for field in fields:
        page.keyboard.type(field, delay=40)
        page.keyboard.press("Enter")
        page.wait_for_timeout(300)


def test_two_tabs_signed_in_as_two_agents_each_see_themselves(
    served_team: str, team_passwords: dict[str, str]
) -> None:
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        try:
            li_tab, zhao_tab = open_tab(browser, served_team), open_tab(browser, served_team)
            assert "call list" not in screen_text(li_tab)  # nothing opens before signing in
            sign_in(li_tab, "li", "not-li's-password")
            wait_for_text(li_tab, "refused this login")
            sign_in(li_tab, team_passwords["li"])  # the login field kept "li"
            sign_in(zhao_tab, "zhao", team_passwords["zhao"])
            for tab in (li_tab, zhao_tab):
                wait_for_text(tab, "call list")
                wait_for_text(tab, "(agent)")
            assert "李娜 (agent)" in screen_text(li_tab)
            assert "赵强 (agent)" in screen_text(zhao_tab)
            assert "赵强" not in screen_text(li_tab) and "李娜" not in screen_text(zhao_tab)
            ARTIFACTS.mkdir(exist_ok=True)
            zhao_tab.screenshot(path=str(ARTIFACTS / "serve-signed-in-zhao.png"))
        finally:
            browser.close()
