"""Cutting a list cell to its width: whole Latin words, no dangling bracket or comma."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from csdesk.widgets.columns import fit_words


@pytest.mark.parametrize(
    ("text", "cells", "shown"),
    [
        ("08:15 booking trouble", 11, "08:15"),
        ("09:00 overdue: chase (H55)", 22, "09:00 overdue: chase"),
        ("09:00 overdue: chase (H55)", 26, "09:00 overdue: chase (H55)"),
        ("09:00 逾期, 催款 (H55)", 16, "09:00 逾期, 催款"),
        ("09:00 逾期15天, 告知主管", 16, "09:00 逾期15天"),
        ("A类 2个工作日未联系", 10, "A类 2个工"),
        ("客户说「明天」再打", 8, "客户说"),
        # a remark the cut opens and never closes is left out whole, not "(last"
        ("30d overdue: B/L hold proposed (last resort)", 37, "30d overdue: B/L hold proposed"),
        ("逾期30天: 建议扣单 (最后手段)", 24, "逾期30天: 建议扣单"),
        ("chase (H55) then hold (last resort)", 30, "chase (H55) then hold"),
        ("(a remark longer than the column)", 12, "(a remark"),
        ("(H55)", 3, "(H5"),
    ],
)
def test_a_cut_cell_ends_on_a_word(text: str, cells: int, shown: str) -> None:
    out = fit_words(text, cells)
    assert cell_len(out) == cells
    assert out.rstrip(" ") == shown
