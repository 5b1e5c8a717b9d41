"""At 80x24 the call list's "why now" column is wide enough to say why: the last contact shows
its day only there, and a callback reads "09:30 callback", not "09:30"; at 120x36 both show
in full."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.cells import cell_len

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


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_a_long_name_gives_way_to_the_reason(
    calls_book: Path,  # noqa: F811
    size: tuple[int, int],
) -> None:
    """The reason column was cut at 80 columns beside names cut anyway ("A类 2个工作日未联");
    a row's name now gives way to its reason, and the last contact keeps its column, also with
    a name renamed to markup-like text."""
    from sqlalchemy import update

    from csdesk.desk.context import open_desk
    from csdesk.models import Customer

    desk = open_desk(calls_book, today=TODAY)
    with desk.session() as session:
        session.execute(
            update(Customer)
            .where(Customer.name == "宁波海天国际贸易有限公司")  # type: ignore[arg-type]
            .values(name="备注 [/] [bold]x 宁波海天国际贸易有限公司")
        )
    desk.engine.dispose()
    app = CSDeskApp(db=calls_book, agent="li", today=TODAY, lang="zh")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        lines = list_lines(app.screen.query_one(CallRows)).splitlines()
        for reason in ("09:30 回电, 已到时间", "A类 2个工作日未联系", "B类 1个工作日未联系"):
            assert any(reason in line for line in lines), (reason, lines)
        assert any("备注 [/]" in line for line in lines), lines
        days = [cell_len(line[: line.index("11-2")]) for line in lines if "11-2" in line]
        assert len(days) >= 3 and len(set(days)) == 1, lines
