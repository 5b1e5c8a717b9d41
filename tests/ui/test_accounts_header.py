"""The Accounts list has column titles, drawn at the list's width in the desk's language, the
amount's title ending where every row's amounts end (a row with two currencies or a held B/L
included); the list had none."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from csdesk.app import CSDeskApp
from csdesk.i18n import t
from csdesk.screens.accounts import AccountsScreen
from csdesk.widgets.accounts_view import AgeingHeader, render_ageing_row
from csdesk.widgets.row_list import RowList
from tests.conftest import TODAY
from tests.ui.test_money_screen import HOSTILE, money_db, open_accounts  # noqa: F401


def _end_of(line: str, part: str) -> int:
    return cell_len(line[: line.rindex(part) + len(part)])


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_ageing_list_has_titles_over_its_columns(
    money_db: Path,  # noqa: F811
    lang: str,
    size: tuple[int, int],
) -> None:
    app = CSDeskApp(db=money_db, agent="lead", today=TODAY, lang=lang)
    async with app.run_test(size=size) as pilot:
        await open_accounts(pilot)
        assert isinstance(app.screen, AccountsScreen)
        header = app.screen.query_one(AgeingHeader)
        rows = app.screen.query_one(RowList)
        title = header.render().plain
        assert title.startswith(t("accounts.col.customer")), title
        assert t("accounts.col.amount") in title, title
        width = rows.scrollable_content_region.width
        amount_end = _end_of(title, t("accounts.col.amount"))
        names = [row.name for row in rows.rows]
        assert HOSTILE in names and len(names) == 2, names
        for row in rows.rows:
            line = render_ageing_row(row, width).plain
            assert cell_len(line) <= width, line
            last_amount = line.rstrip().removesuffix(t("accounts.held_mark").strip()).rstrip()
            assert cell_len(last_amount) == amount_end, (title, line)
