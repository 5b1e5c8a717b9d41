from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlmodel import Session

from csdesk.desk.agents import add_agent, agent_by_login
from csdesk.desk.context import Desk, open_desk
from csdesk.desk.customers import add_contact, create_customer
from csdesk.desk.transfer import export_customers, import_customers
from csdesk.desk.transfer import exporting as exporting_module
from csdesk.models import Customer
from tests.conftest import TODAY
from tests.sheets import HEADER_ZH

HOSTILE = ['=HYPERLINK("http://evil.example","点我")', "+1", "@SUM(A1:A9)", "-2+3", "'=A1*2"]


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def read_xlsx(path: Path) -> list[list[str]]:
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    return [[cell or "" for cell in row] for row in sheet.iter_rows(values_only=True)]


def all_customers(session: Session) -> list[Customer]:
    return list(session.execute(select(Customer)).scalars())


def export(desk: Desk, path: Path, owner_id: int | None = None) -> int:
    with desk.session() as session:
        return export_customers(session, path, owner_id)


@pytest.fixture
def book(desk: Desk) -> Desk:
    with desk.session() as session:
        li = agent_by_login(session, "li").id
        haitian = create_customer(
            session,
            {"name": "宁波海天有限公司", "kind": "direct", "tier": "A", "owner_id": li, "vip": True}
            | {"source": "own", "ownership": "private", "notes": "备注 [/] 结束 [urgent]"},
        )
        assert haitian.id is not None
        add_contact(session, haitian.id, {"name": "小李", "phone": "021-1111 2222"})
        add_contact(
            session,
            haitian.id,
            {"name": "王经理", "phone": "+86 138 1234 5678", "email": "w@ht.cn", "primary": True},
        )
        lagos = create_customer(
            session, {"name": "Lagos Freight Ltd", "kind": "agent", "wechat": "lagos_ops"}
        )
        assert lagos.id is not None
        for number, name in enumerate(HOSTILE):
            create_customer(
                session,
                {"name": name, "tier": "D", "notes": name, "kind": "peer"}
                | {"owner_id": li if number % 2 else None},
            )
    return desk


EXPECTED = [
    HEADER_ZH,
    [
        "宁波海天有限公司",
        "直客",
        "A",
        "li",
        "王经理",
        "'+86 138 1234 5678",
        "",
        "w@ht.cn",
        "自主开发",
        "民企",
        "是",
        "备注 [/] 结束 [urgent]",
    ],
    ["Lagos Freight Ltd", "外代", "D", "", "", "", "lagos_ops", "", "", "", "否", ""],
    [
        '\'=HYPERLINK("http://evil.example","点我")',
        "同行",
        "D",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "否",
        '\'=HYPERLINK("http://evil.example","点我")',
    ],
    ["'+1", "同行", "D", "li", "", "", "", "", "", "", "否", "'+1"],
    ["'@SUM(A1:A9)", "同行", "D", "", "", "", "", "", "", "", "否", "'@SUM(A1:A9)"],
    ["'-2+3", "同行", "D", "li", "", "", "", "", "", "", "否", "'-2+3"],
    ["''=A1*2", "同行", "D", "", "", "", "", "", "", "", "否", "''=A1*2"],
]


def test_csv_export_has_the_import_headers_a_bom_and_neutralised_cells(
    book: Desk, tmp_path: Path
) -> None:
    path = tmp_path / "out.csv"
    assert export(book, path) == 7
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read_csv(path) == EXPECTED


def test_xlsx_export_holds_no_formula(book: Desk, tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    assert export(book, path) == 7
    assert read_xlsx(path) == EXPECTED


def test_one_agents_customers(book: Desk, tmp_path: Path) -> None:
    with book.session() as session:
        li = agent_by_login(session, "li").id
    path = tmp_path / "li.csv"
    assert export(book, path, owner_id=li) == 3
    assert [row[0] for row in read_csv(path)[1:]] == ["宁波海天有限公司", "'+1", "'-2+3"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_reimports_to_the_same_customers(book: Desk, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"out{suffix}"
    export(book, path)
    with book.session() as session:
        again = import_customers(session, path, on_duplicate="update")
    assert (again.created, again.updated, again.problems) == (0, 0, [])
    assert {item.action for item in again.plan} == {"same"}

    other = open_desk(tmp_path / "other.db", today=TODAY)
    try:
        with other.session() as session:
            add_agent(session, "li", "李娜")
        with other.session() as session:
            result = import_customers(session, path)
        assert result.created == 7
        with other.session() as session, book.session() as original:
            fields = ("name", "kind", "tier", "vip", "source", "ownership", "notes")
            copied = sorted(tuple(getattr(c, f) for f in fields) for c in all_customers(session))
            kept = sorted(tuple(getattr(c, f) for f in fields) for c in all_customers(original))
        assert copied == kept
        assert {name for name, *_ in copied} >= set(HOSTILE)
    finally:
        other.engine.dispose()


def test_customers_are_read_a_page_at_a_time(
    book: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporting_module, "PAGE", 2)
    pages: list[int] = []
    original = exporting_module._page

    def counting_page(*args: object) -> list[object]:
        page = original(*args)  # type: ignore[arg-type]
        pages.append(len(page))
        return page

    monkeypatch.setattr(exporting_module, "_page", counting_page)
    path = tmp_path / "paged.csv"
    assert export(book, path) == 7
    assert pages == [2, 2, 2, 1, 0]
    assert read_csv(path) == EXPECTED


def test_a_failed_export_leaves_no_file_behind(
    book: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> list[object]:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(exporting_module, "_page", broken)
    with pytest.raises(RuntimeError):
        export(book, tmp_path / "out.xlsx")
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".csdesk-*")) == []


def test_an_export_is_readable_by_its_owner_only(book: Desk, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    export(book, path)
    assert path.stat().st_mode & 0o777 == 0o600


def test_control_characters_cannot_break_an_xlsx_export(desk: Desk, tmp_path: Path) -> None:
    with desk.session() as session:
        create_customer(session, {"name": "响铃公司", "notes": "叮\x07咚\x1b[31m"})
    path = tmp_path / "out.xlsx"
    assert export(desk, path) == 1
    assert read_xlsx(path)[1][11] == "叮咚[31m"
