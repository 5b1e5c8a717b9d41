"""`csdesk serve` in headless Chromium (Debian's, driven by Playwright; nothing downloaded):
the Calls screen comes up, F6 shows the inquiry queue, and a screenshot is kept."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from csdesk.desk.agents import add_agent
from csdesk.desk.context import open_desk
from tests.conftest import TODAY

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PATIENCE_MS = 60_000
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][A-Z0-9]|\x1b[=>]")

# Collects what the page's terminal receives, so the test reads the screen's text.
RECORD_TERMINAL = """
window.__screen = '';
const decoder = new TextDecoder();
const Native = window.WebSocket;
window.WebSocket = function (url, protocols) {
  const socket = new Native(url, protocols);
  socket.addEventListener('message', (event) => {
    if (typeof event.data !== 'string') {
      window.__screen += decoder.decode(new Uint8Array(event.data), {stream: true});
    }
  });
  return socket;
};
window.WebSocket.prototype = Native.prototype;
"""

pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed (make system-deps)"
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    store = tmp_path / "served.db"
    desk = open_desk(store)
    with desk.session() as session:
        add_agent(session, "li", "李娜")
    desk.engine.dispose()
    port = free_port()
    command = [sys.executable, "-m", "csdesk", "--db", str(store), "--agent", "li", "--lang", "en",
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


def screen_text(page) -> str:  # type: ignore[no-untyped-def]
    return ANSI.sub("", page.evaluate("window.__screen"))


def test_the_desk_in_a_browser_tab(served: str) -> None:
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.add_init_script(RECORD_TERMINAL)
            page.goto(served, wait_until="domcontentloaded")
            page.wait_for_function('window.__screen.includes("call list")', timeout=PATIENCE_MS)
            assert "li" in screen_text(page) or "李娜" in screen_text(page)
            page.locator(".xterm-helper-textarea").focus()
            page.keyboard.press("F6")
            page.wait_for_function(
                'window.__screen.includes("no open inquiries")', timeout=PATIENCE_MS
            )
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "serve-inquiries.png"))
        finally:
            browser.close()
    assert (ARTIFACTS / "serve-inquiries.png").stat().st_size > 0
