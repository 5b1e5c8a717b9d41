"""The user's cache directory, for what a command would otherwise rebuild on every run (the
port index, csdesk.rules.port_cache; compiled patterns, csdesk.rules.fastre).

`CSDESK_CACHE_DIR` names it (an empty value turns caching off), else `$XDG_CACHE_HOME/csdesk`,
else ~/.cache/csdesk. A file is written under a temporary name and renamed into place, so a
reader never sees half of one; a read-only or full disk only means nothing is kept.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def cache_dir() -> Path | None:
    """Where cached files go; None when caching is turned off (CSDESK_CACHE_DIR="")."""
    chosen = os.environ.get("CSDESK_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "csdesk"


def write_atomically(path: Path, data: bytes) -> bool:
    """`data` as the whole of `path`, or nothing at all; whether it was written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return False
    return True
