"""Reading the reference CSVs of data/: `#` source lines, a header row, then rows.

Pure (no database), so the rules that index ports and containers can load the same files the
desk loads into the store.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path


def read_rows(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a reference CSV, skipping its `#` source header and blank lines."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.lstrip().startswith("#"))
        for row in csv.DictReader(lines):
            yield {key.strip(): (value or "").strip() for key, value in row.items() if key}


def flag(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "y"}


def split_aliases(value: str) -> tuple[str, ...]:
    """`|`-separated aliases, blanks dropped, order kept."""
    return tuple(part.strip() for part in value.split("|") if part.strip())
