"""Writing spreadsheet files for import tests: CSV in any encoding, .xlsx with typed cells."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

HEADER_ZH = [
    "客户名称",
    "类型",
    "等级",
    "客服",
    "联系人",
    "电话",
    "微信",
    "邮箱",
    "来源",
    "性质",
    "VIP",
    "备注",
]
HEADER_EN = [
    "Name",
    "Kind",
    "Tier",
    "Owner",
    "Contact",
    "Phone",
    "WeChat",
    "Email",
    "Source",
    "Ownership",
    "vip",
    "Note",
]


def write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path
