"""Spreadsheet files in and out: .csv (UTF-8 or GBK) and .xlsx, read whole, written atomically.

Agents' lists come from Excel on Chinese Windows, which saves CSV in GBK unless told otherwise,
so a CSV is read as UTF-8 (with or without BOM) and else as GB18030 (a superset of GBK). Exports
write UTF-8 with a BOM, which Excel needs to show Chinese in a CSV.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from csdesk.desk.errors import DeskError, cannot_write
from csdesk.i18n import t
from csdesk.rules.customer_import import cell_text, neutralise_cell

SUFFIXES = (".csv", ".xlsx")
# Long work reports (stage as a catalogue key, done, total).
Progress = Callable[[str, int, int], None]


@dataclass
class Sheet:
    """The first non-empty row as the header, then the non-empty rows with their numbers."""

    header_row: int
    header: list[object]
    rows: list[tuple[int, Sequence[object]]]


def file_kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise DeskError("transfer.file.type", path=str(path), suffix=suffix or "-")
    return suffix


def read_sheet(path: Path, progress: Progress | None = None) -> Sheet:
    """The rows of `path`, numbered as a spreadsheet numbers them; empty rows left out."""
    kind = file_kind(path)
    if not path.is_file():
        raise DeskError("error.file_missing", path=str(path))
    rows = read_csv_rows(path) if kind == ".csv" else _read_xlsx(path, progress)
    filled = [(number, cells) for number, cells in rows if any(cell_text(c) for c in cells)]
    if not filled:
        raise DeskError("transfer.header.none", path=str(path))
    header_row, header = filled[0]
    return Sheet(header_row, list(header), filled[1:])


def _decode(path: Path, raw: bytes) -> str:
    # Excel's "Unicode text" is UTF-16 with a byte-order mark: read it.
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DeskError("transfer.file.encoding", path=str(path)) from exc
    # Text files hold no NUL byte; an .xlsx or a picture renamed to .csv does.
    if b"\x00" in raw:
        raise DeskError("transfer.file.not_text", path=str(path))
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DeskError("transfer.file.encoding", path=str(path))


def _delimiter(text: str) -> str:
    """A comma, or a tab for a tab-separated file (what Excel saves as Unicode text)."""
    first = text.split("\n", 1)[0]
    return "\t" if "\t" in first and "," not in first else ","


def read_csv_rows(path: Path) -> list[tuple[int, Sequence[object]]]:
    """The records of a CSV file (UTF-8, GBK, UTF-16; comma or tab), numbered from 1.

    Every importer reads CSV through here, so each refuses the same hostile files the same way.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DeskError("transfer.file.unreadable", path=str(path), reason=exc.strerror) from exc
    text = _decode(path, raw)
    # Record numbers, not line numbers: a cell with a line break stays one row, as in Excel.
    # Strict, so a quote never closed is refused instead of swallowing the rest of the file.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    rows: list[tuple[int, Sequence[object]]] = []
    line = 1
    try:
        for number, cells in enumerate(reader, start=1):
            rows.append((number, cells))
            line = reader.line_num + 1
    except csv.Error as exc:
        reason = str(exc)
        key = "transfer.file.csv_error"
        if "end of data" in reason:
            key = "transfer.file.unclosed_quote"
        elif "field larger" in reason:
            key = "transfer.file.cell_too_big"
        raise DeskError(key, path=str(path), row=len(rows) + 1, line=line, reason=reason) from exc
    return rows


def _read_xlsx(path: Path, progress: Progress | None) -> list[tuple[int, Sequence[object]]]:
    """The first worksheet's values (cached results of formulas, never the formulas).

    openpyxl parses some 3,000 rows a second here, so a long sheet shows its progress.
    """
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged or foreign file
        raise _unreadable(path, exc) from exc
    try:
        sheet = workbook.worksheets[0]
        expected = sheet.max_row or 0
        # Some programs write a wrong sheet size; without this, rows past it would be dropped.
        sheet.reset_dimensions()  # type: ignore[union-attr]
        rows: list[tuple[int, Sequence[object]]] = []
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            rows.append((number, cells))
            if progress and number % 1000 == 0:
                progress("transfer.stage.read", number, max(expected, number))
        return rows
    except Exception as exc:
        raise _unreadable(path, exc) from exc
    finally:
        workbook.close()


def _unreadable(path: Path, exc: Exception) -> DeskError:
    return DeskError("transfer.file.unreadable", path=str(path), reason=xlsx_reason(exc))


def xlsx_reason(exc: Exception) -> str:
    """Why a workbook cannot be read, in the user's language: the library's own words ("File
    is not a zip file", "unclosed token: line 1") tell an agent nothing."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return t("transfer.file.not_xlsx")


RowWriter = Callable[[Sequence[str]], None]


@contextmanager
def table_writer(path: Path) -> Iterator[RowWriter]:
    """Rows into `path` (.csv or .xlsx), every cell neutralised against formulas.

    The file is written beside its destination and renamed at the end, so a failure never
    leaves half an export; like the database, it is readable by its owner only.
    """
    kind = file_kind(path)
    path = path.expanduser().resolve()
    if not path.parent.is_dir():  # the folder, not a file, is what is missing
        raise DeskError("error.folder_missing", path=str(path.parent))
    temporary = _temporary_beside(path, kind)
    try:
        writer = _write_csv if kind == ".csv" else _write_xlsx
        with writer(Path(temporary)) as write:
            yield lambda cells: write([neutralise_cell(cell) for cell in cells])
        os.replace(temporary, path)
    finally:
        with suppress(FileNotFoundError):
            os.unlink(temporary)


def _temporary_beside(path: Path, suffix: str) -> str:
    """A private temporary file in `path`'s folder; a folder that cannot be written is told
    as `path`, the name the user gave."""
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".csdesk-", suffix=suffix)
    except OSError as error:
        raise cannot_write(path, error) from error
    os.close(handle)
    return temporary


def save_private(path: Path, save: Callable[[Path], object]) -> None:
    """`save` writes a whole file; it lands at `path` readable by its owner only, and all at once
    (written beside it, then renamed), as every export does."""
    path = path.expanduser().resolve()
    temporary = _temporary_beside(path, path.suffix)
    try:
        save(Path(temporary))
        os.replace(temporary, path)
    finally:
        with suppress(FileNotFoundError):
            os.unlink(temporary)


@contextmanager
def _write_csv(path: Path) -> Iterator[RowWriter]:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        yield csv.writer(handle).writerow


@contextmanager
def _write_xlsx(path: Path) -> Iterator[RowWriter]:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(t("transfer.sheet"))
    try:
        # A worksheet cannot hold control characters; they carry nothing a reader sees.
        yield lambda cells: sheet.append([ILLEGAL_CHARACTERS_RE.sub("", cell) for cell in cells])
    except BaseException:
        sheet.close()  # finish the sheet's own temporary file instead of leaving it open
        raise
    workbook.save(path)
