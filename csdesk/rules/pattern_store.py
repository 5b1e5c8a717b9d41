"""Compiled patterns kept between runs (issue 11): a command's first message compiles some
30 of the parser's patterns, about 30 ms that `re` spends parsing and translating them; the
program `re` makes of each (the list of numbers `_sre.compile` takes) is kept in the user's
cache (csdesk.rules.user_cache), and a later run makes the pattern from it in microseconds.

The file is named by a digest of the Python build and of csdesk.rules.fastre (which decides
what is compiled), so another interpreter or a changed rule never reads one made for the
old; entries are keyed by the pattern's text and flags. A file that is missing or unreadable
is as good as empty. `save` writes what was added, once the work that compiled it is done.
Each entry is kept marshalled until it is asked for: a process holds the file's bytes (~1 MB
for every pattern of the parser), not the lists of all of them (~3 MB).
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from pathlib import Path
from typing import Any

from csdesk.rules.user_cache import cache_dir, write_atomically

Key = tuple[str, int, bool]
# Each pattern's program, marshalled on its own.
_loaded: list[dict[Key, bytes]] = []
_added: list[Key] = []


def file_path() -> Path | None:
    directory = cache_dir()
    if directory is None:
        return None
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{sys.version}|{marshal.version}".encode())
    digest.update(Path(__file__).with_name("fastre.py").read_bytes())
    return directory / f"patterns-{digest.hexdigest()}.marshal"


def _entries() -> dict[Key, bytes]:
    if not _loaded:
        entries: Any = {}
        try:
            path = file_path()
            if path is not None and path.is_file():
                entries = marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            entries = {}
        _loaded.append(entries if isinstance(entries, dict) else {})
    return _loaded[0]


def get(key: Key) -> Any:
    """The stored program of a pattern, or None."""
    kept = _entries().get(key)
    if not isinstance(kept, bytes):
        return None
    try:
        return marshal.loads(kept)
    except (ValueError, EOFError, TypeError):
        return None


def put(key: Key, entry: tuple[Any, ...]) -> None:
    try:
        _entries()[key] = marshal.dumps(entry)
    except ValueError:
        return
    _added.append(key)


def forget(key: Key) -> None:
    """An entry `_sre` refused: dropped, so that the next save leaves it out."""
    if _entries().pop(key, None) is not None:
        _added.append(key)


def save() -> None:
    """Write the patterns compiled since the last save, if any, with those already kept."""
    if not _added:
        return
    _added.clear()
    try:
        path = file_path()
        data = marshal.dumps(_entries())
    except (OSError, ValueError):
        return
    if path is not None:
        write_atomically(path, data)
