"""Reading the reference CSVs of data/: `#` source lines, a header row, then rows.

Pure (no database), so the rules that index ports and containers can load the same files the
desk loads into the store.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from pathlib import Path

# The files whose content the store's reference tables hold (desk.reference loads them).
REFERENCE_FILES = ("lanes.csv", "container_types.csv", "ports.csv")


def fingerprint(data_dir: Path) -> str:
    """What the store notes after loading the reference files: a new one means reload them."""
    digest = hashlib.sha256()
    for name in REFERENCE_FILES:
        path = data_dir / name
        if path.is_file():
            digest.update(name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


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
