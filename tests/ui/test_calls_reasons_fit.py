"""At 80x24 the call list's "why now" column is wide enough to say why: the last contact shows
its day only there, and a callback reads "09:30 callback", not "09:30"; at 120x36 both show
in full."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from csdesk.app import CSDeskApp
from csdesk.desk.context import Desk
from csdesk.widgets.calls_list import CallRows
from csdesk.widgets.columns import ListHeader
from tests.conftest import TODAY
from tests.ui.calls_data import FIXED_NOW, calls_book  # noqa: F401
from tests.ui.keys import settle
from tests.ui.test_shell_and_customers import list_lines


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(Desk, "now", lambda self: FIXED_NOW)
    yield


@pytest.mark.parametrize(
    ("lang", "size", "words"),
    [
        ("en", (80, 24), ("callback", "last")),
        ("zh", (80, 24), ("回电", "上次")),
        ("en", (120, 36), ("callback", "contacted")),
        ("zh", (120, 36), ("回电", "上次联系")),
    ],
)
async def test_the_reason_reads_whole(
    calls_book: Path,  # noqa: F811
    lang: str,
    size: tuple[int, int],
    words: tuple[str, str],
) -> None:
    app = CSDeskApp(db=calls_book, agent="li", today=TODAY, lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        rows = app.screen.query_one(CallRows)
        callback, title = words
        assert f"09:30 {callback}" in list_lines(rows), list_lines(rows)
        header = str(app.screen.query_one("#calls-header", ListHeader).render())
        assert title in header, header
        shown = list_lines(rows)
        assert "11-27" in shown  # the last contact's day, at both sizes; its time at 120
        assert ("11-27 10:30" in shown) is (size[0] >= 120)
