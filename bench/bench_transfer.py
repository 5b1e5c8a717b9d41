"""Importing and exporting 10,000 customers, against the bare cost of CSV rows into SQLite.

The baseline reads the same file with the csv module and inserts its raw rows with sqlite3's
executemany: what any import costs at the least on this machine.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from bench.common import Result, timed

if TYPE_CHECKING:
    from csdesk.desk.context import Desk

ROWS = 10_000
HEADER = [
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
CITIES = ("宁波", "上海", "深圳", "青岛", "天津", "厦门", "广州", "义乌")
WORDS = ("海天", "远洋", "恒通", "联运", "国际", "贸易", "实业", "进出口", "物流", "机电")


def _write_list(path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for number in range(ROWS):
            name = f"{CITIES[number % 8]}{WORDS[number % 10]}{WORDS[number % 7]}{number}有限公司"
            kind = ("直客", "同行", "外代")[number % 3]
            owner = ("li", "zhao", "")[number % 3]
            contact = [
                f"联系人{number}",
                f"139{number:08d}",
                f"wx{number}",
                f"c{number}@example.com",
            ]
            rest = ["自主开发", "民企", "否", "每月 2 柜"]
            writer.writerow([name, kind, "ABCD"[number % 4], owner, *contact, *rest])


def _baseline(source: Path, workdir: Path) -> None:
    target = workdir / "baseline.db"
    target.unlink(missing_ok=True)
    connection = sqlite3.connect(target)
    with source.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    connection.execute(f"CREATE TABLE raw ({', '.join(f'c{i}' for i in range(len(HEADER)))})")
    connection.executemany(f"INSERT INTO raw VALUES ({', '.join('?' * len(HEADER))})", rows)
    connection.commit()
    connection.close()


def _fresh_desk(workdir: Path, name: str) -> Desk:
    from csdesk.desk.agents import add_agent
    from csdesk.desk.context import open_desk

    path = workdir / name
    path.unlink(missing_ok=True)
    desk = open_desk(path)
    with desk.session() as session:
        add_agent(session, "li", "李娜")
        add_agent(session, "zhao", "赵强", group="peer")
    return desk


def run(workdir: Path) -> list[Result]:
    from csdesk.desk.transfer import export_customers, import_customers

    source = workdir / "customers-10k.csv"
    _write_list(source)
    baseline = timed(lambda: _baseline(source, workdir), repeat=3)
    desk = _fresh_desk(workdir, "transfer.db")

    def import_all() -> None:
        with desk.session() as session:
            assert import_customers(session, source).created == ROWS

    def export_to(name: str) -> None:
        with desk.session() as session:
            assert export_customers(session, workdir / name) == ROWS

    results = [
        Result("import 10k rows (.csv)", timed(import_all), "csv+sqlite3 baseline", baseline)
    ]
    for name in ("export-10k.csv", "export-10k.xlsx"):
        seconds = timed(lambda name=name: export_to(name))
        results.append(
            Result(
                f"export 10k rows ({Path(name).suffix})", seconds, "csv+sqlite3 baseline", baseline
            )
        )

    def dry_run_again() -> None:
        with desk.session() as session:
            result = import_customers(
                session, workdir / "export-10k.xlsx", dry_run=True, on_duplicate="update"
            )
            assert result.count("same") == ROWS

    seconds = timed(dry_run_again)
    results.append(
        Result(
            "re-import check 10k rows (.xlsx, update)", seconds, "csv+sqlite3 baseline", baseline
        )
    )
    desk.engine.dispose()
    return results
