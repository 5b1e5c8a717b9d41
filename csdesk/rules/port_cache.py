"""The port index with its finder, kept on disk between runs of a command (issue 11).

Building the index and the finder from the store's ~450 ports costs a command that reads one
message (`csdesk inquiry add`) 40-60 ms; reading them back from a pickle costs about 12. The
file is named by a digest of everything the index is built from: the ports exactly as read
(so a changed data/ports.csv, once refreshed into the store, or a port edited in the store,
names another file) and the source of the modules that build it (so a changed rule never
reads an index built by the old one). A file that is missing, unreadable or from another
Python is rebuilt. The directory is the user's cache (csdesk.rules.user_cache); set
`CSDESK_CACHE_DIR` to an empty string to build in memory every time.
"""

from __future__ import annotations

import gc
import hashlib
import pickle
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from csdesk.rules import mentions, names, ports
from csdesk.rules.ports import PortIndex, PortRef
from csdesk.rules.user_cache import cache_dir, write_atomically

# What the pickled index is built by: a change to any of these is a change of the file's name.
_BUILT_BY = (ports, mentions, names)
_PREFIX = "ports-"
_KEPT = 3


def cache_key(rows: Sequence[tuple[Any, ...]]) -> str:
    """The file's name for ports given as rows: each port's fields in PortRef's order."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(repr(sys.version_info[:2]).encode())
    for module in _BUILT_BY:
        digest.update(Path(str(module.__file__)).read_bytes())
    digest.update(repr(list(rows)).encode())
    return digest.hexdigest()


def port_index(refs: Sequence[PortRef], directory: Path | None = None) -> PortIndex:
    """The index of `refs` with its finder built, read from the cache when it holds one built
    from the same ports by the same code, else built and stored."""
    return port_index_of_rows([PortRef._values(ref) for ref in refs], directory, lambda: refs)


def port_index_of_rows(
    rows: Sequence[tuple[Any, ...]],
    directory: Path | None = None,
    refs: Callable[[], Sequence[PortRef]] | None = None,
) -> PortIndex:
    """The same for ports as rows (each port's fields in PortRef's order, as the store gives
    them): the PortRefs are made only when the index is built (they are in the file)."""
    ports = refs or (lambda: [PortRef(*row) for row in rows])
    directory = directory if directory is not None else cache_dir()
    if directory is None:
        return _built(ports())
    try:
        path = directory / f"{_PREFIX}{cache_key(rows)}.pickle"
    except OSError:
        return _built(ports())
    index = _read(path)
    if index is None:
        index = _built(ports())
        _write(path, index)
    return index


def _built(refs: Sequence[PortRef]) -> PortIndex:
    index = PortIndex(refs)
    index.find_all("")  # the finder, built now so that it is stored with the index
    return index


def _read(path: Path) -> PortIndex | None:
    # Tens of thousands of new strings, tuples and sets: with the collector on, each batch of
    # them sets off a collection that walks every object of the process (SQLAlchemy's too),
    # which costs a command 5x the reading itself. None of them is garbage.
    collecting = gc.isenabled()
    gc.disable()
    try:
        # The file is the user's own, written by this module under a name only it makes.
        index = pickle.loads(path.read_bytes())
    except Exception:
        return None
    finally:
        if collecting:
            gc.enable()
    return index if isinstance(index, PortIndex) else None


def _drop_old(directory: Path) -> None:
    """Indexes of ports or code no longer current; the last few stay, for desks on different
    stores used in turn."""
    kept = sorted(directory.glob(f"{_PREFIX}*.pickle"), key=lambda path: path.stat().st_mtime)
    for stale in kept[: max(len(kept) - _KEPT + 1, 0)]:
        stale.unlink(missing_ok=True)


def _write(path: Path, index: PortIndex) -> None:
    try:
        data = pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True)
        _drop_old(path.parent)
    except (OSError, pickle.PicklingError):
        return  # a read-only or full disk: the index still serves this run
    write_atomically(path, data)
