"""Rows pasted from a spreadsheet: a header line of labels and a line of values, the cells
apart by tabs ("POL\tPOD\tCNTR\tCOMMODITY\tGW" then "Qingdao\tJeddah\t1x20GP\tsteel pipes\t…").
The goods and the shipper are read from the cell under their label; the other cells carry
their own units and names, which the other readers find.
"""

from __future__ import annotations

import itertools
import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan, Span

# The header cells whose column holds a free-text field.
_COLUMNS = {
    "commodity": compile_fast(
        r"(?:品名|货名|货物|货物名称|产品|commodity|goods|description|cargo|product|mercanc[ií]a"
        r"|mercadoria|marchandise)",
        re.I,
    ),
    "shipper": compile_fast(r"(?:发货人|托运人|shipper|supplier|factory|工厂|厂家)", re.I),
}


def _cells(text: str, start: int, end: int) -> list[Span]:
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
        header_cells, row_cells = _cells(text, *header), _cells(text, *row)
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
