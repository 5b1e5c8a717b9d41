"""Rows pasted from a spreadsheet: a header row of labels ("POL\tPOD\tCNTR\tQTY\tGW(KG)") over rows
of values separated by tabs. The labels say what a bare figure is (a count of boxes, kilos,
tons, a weight per box), which the figure alone does not; the header's words are no goods. The
goods and the shipper are read from the cell under their label.

Read for the first row under the header (several rows are several lines of one order only
when they share the route; a row's own figures are read by the other readers then)."""

from __future__ import annotations

import itertools
import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.inquiry_fields import ContainerLine
from csdesk.rules.message_scan import Scan, Span
from csdesk.rules.textnorm import parse_number

_WEIGHT = r"gw|g\.w\.|gross\s*weight|weight|毛重|重量"
# A header cell and what its column holds.
_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "qty",
        compile_fast(
            r"qty|quantity|no\.?\s*of\s*(?:cntrs?|containers?)|数量|箱量|柜量|箱数|柜数", re.I
        ),
    ),
    (
        "per_box",
        compile_fast(
            r"(?:单柜|每柜)(?:重量|毛重)?|(?:gw|g\.w\.|weight)\s*(?:/|per)\s*(?:cntr|container|box)",
            re.I,
        ),
    ),
    (
        "tons",
        compile_fast(r"(?:gw|g\.w\.|weight|毛重|重量)\s*[(（]\s*(?:t|mt|tons?|吨)\s*[)）]", re.I),
    ),
    (
        "kilos",
        compile_fast(
            r"(?:gw|g\.w\.|gross\s*weight|weight|毛重|重量)(?:\s*[(（]\s*(?:kgs?|公斤)\s*[)）])?",
            re.I,
        ),
    ),
    (
        "cbm",
        compile_fast(r"(?:cbm|volume|vol\.?|体积|方数)(?:\s*[(（]\s*(?:cbm|m3|方)\s*[)）])?", re.I),
    ),
    ("pieces", compile_fast(r"pkgs?|packages|pcs|pieces|cartons|ctns|件数|箱数\(件\)", re.I)),
    (
        "other",
        compile_fast(
            r"pol|pod|from|to|origin|destination|cntr|container|equipment|type|size|goods|commodity"
            r"|cargo|description|ready|crd|etd|remarks?|shipper|起运港|目的港|箱型|柜型|品名|货物|货好"
            r"|日期|备注|出货日期|装港|卸港",
            re.I,
        ),
    ),
)
_FIGURE = compile_fast(r"\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*")
_MIN_LABELS = 3


def _cells(scan: Scan, line: str, start: int) -> list[tuple[str, Span]]:
    """The cells of a line of the text as written (the normal form has no tabs), each as the
    normal form reads it, with its span."""
    cells, at = [], start
    for cell in line.split("\t"):
        cells.append((scan.norm[at : at + len(cell)], (at, at + len(cell))))
        at += len(cell) + 1
    return cells


def _column(cell: str) -> str | None:
    said = cell.strip()
    return next((name for name, label in _LABELS if label.fullmatch(said)), None)


def read_table(scan: Scan) -> None:
    """The figures of a pasted row whose header says what they are; the header is claimed."""
    if "\t" not in scan.text:
        return
    lines, at = [], 0
    for line in scan.text.split("\n"):
        lines.append((line, at))
        at += len(line) + 1
    for index, (line, start) in enumerate(lines[:-1]):
        if line.count("\t") < 2:
            continue
        header = _cells(scan, line, start)
        columns = [_column(cell) for cell, _ in header]
        if sum(column is not None for column in columns) < _MIN_LABELS:
            continue
        row = _cells(scan, *lines[index + 1])
        if len(row) != len(header):
            return
        scan.claim(start, start + len(line))
        _read_row(scan, dict(zip(columns, row, strict=True)))
        return


def _read_row(scan: Scan, row: dict[str | None, tuple[str, Span]]) -> None:
    boxes = scan.found.get("containers")
    qty = row.get("qty")
    count = _figure(qty[0]) if qty is not None else None
    single = boxes is not None and len(boxes.value) == 1 and boxes.confidence < 0.95
    if boxes is not None and qty is not None and count and single and 1 <= count <= 99:
        # "40HQ\t2": the type, its count in a column apart
        line = ContainerLine(boxes.value[0].type, int(count))
        scan.put("containers", [line], [boxes.spans[0], qty[1]], 0.9)
        scan.claim(*qty[1])
    for column, factor, name in (
        ("tons", 1000.0, "weight_kg"),
        ("kilos", 1.0, "weight_kg"),
        ("cbm", 1.0, "volume_cbm"),
        ("pieces", 1.0, "pieces"),
    ):
        cell = row.get(column)
        said = _figure(cell[0]) if cell is not None else None
        if cell is not None and said and scan.is_free(*cell[1]):
            value = int(said) if name == "pieces" else said * factor
            scan.claim(*cell[1])
            scan.put(name, value, [cell[1]], 0.85)
    _weight_per_box(scan, row.get("per_box"))


def _weight_per_box(scan: Scan, cell: tuple[str, Span] | None) -> None:
    """ "单柜重量\t12吨": each box's weight, times the boxes."""
    boxes = scan.found.get("containers")
    if cell is None or boxes is None or not scan.is_free(*cell[1]):
        return
    said = _figure(_TONS_AFTER.sub("", cell[0]))
    if said is None:
        return
    kilos = said * 1000 if said < 100 else said  # (a figure under 100 per box is tons)
    scan.claim(*cell[1])
    scan.put(
        "weight_kg", kilos * sum(line.qty for line in boxes.value), [cell[1], *boxes.spans], 0.85
    )


_TONS_AFTER = compile_fast(r"\s*(?:吨|t|mt|tons?|kgs?|公斤)\s*$", re.I)


def _figure(cell: str) -> float | None:
    match = _FIGURE.fullmatch(cell)
    return parse_number(match.group(1).replace(",", "")) if match is not None else None


# The header cells whose column holds a free-text field.
_COLUMNS = {
    "commodity": compile_fast(
        r"(?:品名|货名|货物|货物名称|产品|commodity|goods|description|cargo|product|mercanc[ií]a"
        r"|mercadoria|marchandise)",
        re.I,
    ),
    "shipper": compile_fast(r"(?:发货人|托运人|shipper|supplier|factory|工厂|厂家)", re.I),
}


def _tab_cells(text: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    position = start
    while position <= end:
        tab = text.find("\t", position, end)
        stop = end if tab < 0 else tab
        spans.append((position, stop))
        position = stop + 1
    return spans


def read_table_columns(scan: Scan) -> None:
    """The goods and the shipper under their labels in a pasted header and row."""
    text = scan.text
    lines: list[Span] = []
    position = 0
    while position <= len(text):
        newline = text.find("\n", position)
        stop = len(text) if newline < 0 else newline
        lines.append((position, stop))
        position = stop + 1
    for header, row in itertools.pairwise(lines):
        if text.count("\t", *header) < 2 or text.count("\t", *row) != text.count("\t", *header):
            continue
        header_cells, row_cells = _tab_cells(text, *header), _tab_cells(text, *row)
        for name, label in _COLUMNS.items():
            for (start, end), cell in zip(header_cells, row_cells, strict=True):
                if label.fullmatch(text[start:end].strip()) is None:
                    continue
                value = " ".join(scan.norm[cell[0] : cell[1]].split())
                if len(value) >= 2 and scan.is_free(*cell):
                    scan.claim(start, end)
                    scan.claim(*cell)
                    scan.put(name, value, [cell], 0.9)
                break
        return
