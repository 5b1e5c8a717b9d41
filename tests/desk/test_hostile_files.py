"""Issue 10: every importer meets the hostile-file corpus of tests/data/hostile/.

Each file is refused in one line (a DeskError, or row problems with nothing written) with the
store unchanged, or imported whole. No other exception, ever.
"""

from __future__ import annotations

import csv
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from sqlmodel import Session

from csdesk.desk.context import Desk
from csdesk.desk.errors import DeskError
from csdesk.desk.money import import_payments
from csdesk.desk.rate_import import import_rates
from csdesk.desk.reference import import_calendar
from csdesk.desk.transfer import export_customers, import_customers, problem_message
from csdesk.models import CalendarDay, Contact, Customer, Payment, Rate
from csdesk.rules.visible import visible
from tests.conftest import TODAY

CORPUS = Path(__file__).resolve().parent.parent / "data" / "hostile"
FILES = sorted(path.name for path in CORPUS.iterdir() if path.suffix in {".csv", ".xlsx"})
MADE = ["big_cell.csv", "many_columns.csv", "many_bad_payments.csv"]


def hostile_file(name: str, tmp_path: Path) -> Path:
    """A corpus file copied into tmp_path, or one of the two made here (too big to keep)."""
    path = tmp_path / name
    if name == "big_cell.csv":
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([["客户名称", "备注"], ["大格子公司", "字" * 5_000_000]])
    elif name == "many_bad_payments.csv":
        # Finance's sheet where every row is wrong: the refusal must still be one short line.
        rows = [[f"\x1b[2J无此客户{n}", "-5", "XYZ", "0001-01-01", ""] for n in range(20_000)]
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([["客户", "金额", "币种", "到账日期", "流水号"], *rows])
    elif name == "many_columns.csv":
        header = ["客户名称", *(f"未知列{number}" for number in range(20_000))]
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([header, ["多列公司"]])
    else:
        shutil.copy(CORPUS / name, path)
    return path


def store_state(desk: Desk) -> tuple[int, ...]:
    with desk.session() as session:
        return tuple(
            int(session.execute(select(func.count()).select_from(model)).scalar_one())
            for model in (Customer, Contact, Rate, CalendarDay, Payment)
        )


def one_clean_line(message: str) -> None:
    assert "\n" not in message and "Traceback" not in message
    assert visible(message, one_line=True) == message, "a control character would reach the tty"
    assert len(message) < 1000


Importer = Callable[[Session, Path], list[str]]


def _customers(session: Session, path: Path) -> list[str]:
    result = import_customers(session, path)
    for warning in result.warning_messages():
        one_clean_line(warning)
    return [problem_message(problem) for problem in result.problems]


def _rates(session: Session, path: Path) -> list[str]:
    return import_rates(session, path, TODAY).problem_lines()


def _calendar(session: Session, path: Path) -> list[str]:
    import_calendar(session, path)
    return []


def _payments(session: Session, path: Path) -> list[str]:
    import_payments(session, path, today=TODAY, actor=None)
    return []


IMPORTERS: dict[str, Importer] = {
    "customers": _customers,
    "payments": _payments,
    "rates": _rates,
    "calendar": _calendar,
}


@pytest.mark.parametrize("importer", sorted(IMPORTERS))
@pytest.mark.parametrize("name", FILES + MADE)
def test_every_importer_refuses_in_one_line_or_imports_whole(
    desk: Desk, tmp_path: Path, name: str, importer: str
) -> None:
    path = hostile_file(name, tmp_path)
    before = store_state(desk)
    try:
        with desk.session() as session:
            problems = IMPORTERS[importer](session, path)
    except DeskError as refusal:
        one_clean_line(refusal.message())
        assert store_state(desk) == before
        return
    for problem in problems:
        one_clean_line(problem)
    if problems:
        assert store_state(desk) == before


CUSTOMER_OUTCOMES = {
    "formula_control_prefix.csv": 4,
    "utf8_bom.csv": 2,
    "gbk.csv": 2,
    "utf16le_tab.csv": 1,
    "utf16be.csv": 1,
    "header_only.csv": 0,
    "many_columns.csv": 1,
    "binary.csv": "transfer.file.not_text",
    "png_renamed.csv": "transfer.file.not_text",
    "nul_bytes.csv": "transfer.file.not_text",
    "empty.csv": "transfer.header.none",
    "only_blank_lines.csv": "transfer.header.none",
    "unclosed_quote.csv": "transfer.file.unclosed_quote",
    "empty.xlsx": "transfer.file.unreadable",
    "text_renamed.xlsx": "transfer.file.unreadable",
    "zip_junk.xlsx": "transfer.file.unreadable",
    "no_name_column.csv": "transfer.header.no_name",
    "formula_cells.xlsx": "problems",
    "big_cell.csv": "transfer.file.cell_too_big",
    "many_bad_payments.csv": "transfer.header.no_name",
}


def test_the_corpus_outcomes_are_all_listed() -> None:
    assert set(CUSTOMER_OUTCOMES) == set(FILES + MADE)


@pytest.mark.parametrize("name", sorted(CUSTOMER_OUTCOMES))
def test_what_a_customer_import_makes_of_each_hostile_file(
    desk: Desk, tmp_path: Path, name: str
) -> None:
    expected = CUSTOMER_OUTCOMES[name]
    path = hostile_file(name, tmp_path)
    try:
        with desk.session() as session:
            result = import_customers(session, path)
    except DeskError as refusal:
        assert refusal.key == expected
        return
    if expected == "problems":
        assert result.problems and not result.written
    else:
        assert (result.created, result.written) == (expected, True)
        assert store_state(desk)[0] == expected


def test_an_unclosed_quote_names_its_line(desk: Desk, tmp_path: Path) -> None:
    with desk.session() as session, pytest.raises(DeskError) as refused:
        import_customers(session, hostile_file("unclosed_quote.csv", tmp_path))
    assert "第 2 行" in refused.value.message()


def test_twenty_thousand_unknown_columns_make_a_short_warning(desk: Desk, tmp_path: Path) -> None:
    with desk.session() as session:
        result = import_customers(session, hostile_file("many_columns.csv", tmp_path))
    (warning,) = result.warning_messages()
    assert len(warning) < 400 and "20000" in warning and "未知列0" in warning


def test_utf16_and_gbk_names_arrive_as_written(desk: Desk, tmp_path: Path) -> None:
    for name in ("utf16le_tab.csv", "utf16be.csv", "gbk.csv"):
        with desk.session() as session:
            import_customers(session, hostile_file(name, tmp_path))
    with desk.session() as session:
        names = set(session.execute(select(Customer.name)).scalars())
    assert names == {"深圳国际贸易", "天津实业", "青岛恒通物流", "厦门联运"}


def test_control_prefixed_formulas_import_clean_and_export_inert(
    desk: Desk, tmp_path: Path
) -> None:
    with desk.session() as session:
        import_customers(session, hostile_file("formula_control_prefix.csv", tmp_path))
    out = tmp_path / "out.xlsx"
    with desk.session() as session:
        names = set(session.execute(select(Customer.name)).scalars())
        export_customers(session, out)
    assert all(visible(name, one_line=True) == name for name in names)
    sheet = load_workbook(out).worksheets[0]
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert cells and all(cell.data_type != "f" for cell in cells)
    assert all(not str(cell.value or "").startswith(("=", "+", "-", "@")) for cell in cells)


@pytest.mark.parametrize("importer", sorted(IMPORTERS))
@pytest.mark.parametrize("name", ["empty.xlsx", "text_renamed.xlsx", "zip_junk.xlsx"])
def test_a_broken_workbook_is_named_in_the_users_words(
    desk: Desk, tmp_path: Path, name: str, importer: str
) -> None:
    if importer == "calendar":
        pytest.skip("the calendar reads CSV only")
    with pytest.raises(DeskError) as refused, desk.session() as session:
        IMPORTERS[importer](session, hostile_file(name, tmp_path))
    message = refused.value.message()
    assert "不是完好的 Excel" in message, message
    assert "not a zip file" not in message and "token" not in message  # not the library's words
