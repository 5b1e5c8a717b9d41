"""What a command builds from reference data, kept on disk between its runs (issue 11).

The port index (csdesk.rules.port_cache), the dangerous-goods keywords and the commodity table
are built from data that rarely changes, and a command that reads one message builds them
all: read back from a pickle they cost a tenth of building. A file is named by a digest of
everything the object is built from: the data exactly as read, and the source of the modules
that build it (so a changed rule never reads an object built by the old one). A file that is
missing, unreadable, of another type or from another Python is built again. The directory is
the user's cache (csdesk.rules.user_cache); `CSDESK_CACHE_DIR=""` builds in memory every time.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import pickle
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import TypeVar

from csdesk import compiled
from csdesk.rules.user_cache import cache_dir, write_atomically

T = TypeVar("T")
# Files kept of each kind, for desks on different stores or data used in turn.
KEPT = 3


def file_name(prefix: str, data: bytes, built_by: Sequence[ModuleType]) -> str:
    digest = hashlib.blake2b(digest_size=16)
    digest.update(repr(sys.version_info[:2]).encode())
    for module in built_by:
        digest.update(_source_digest(*_source_of(module)))
    digest.update(data)
    return f"{prefix}{digest.hexdigest()}.pickle"


def _source_of(module: ModuleType) -> tuple[str, bool]:
    """The module's source file, and whether it runs compiled (csdesk.compiled): a compiled
    module's file is a loader that stays the same when its source changes, and a class
    compiled by mypyc pickles otherwise than the same class run from its source."""
    path = str(module.__file__)
    if path.endswith(".py"):
        return path, False
    return str(compiled.source_path(module.__name__)), True


@functools.lru_cache(maxsize=32)
def _source_digest(path: str, compiled_module: bool) -> bytes:
    """A module's source, digested once per process (several kinds are built by the same)."""
    digest = hashlib.blake2b(Path(path).read_bytes(), digest_size=16)
    if compiled_module:
        digest.update(b"compiled")
    return digest.digest()


def kept(
    prefix: str,
    data: bytes,
    built_by: Sequence[ModuleType],
    build: Callable[[], T],
    kind: type[T],
    directory: Path | None = None,
) -> T:
    """What `build` makes from `data`, read from the cache when a file there was made from the
    same data by the same modules, else built and stored (files named `prefix` + digest)."""
    directory = directory if directory is not None else cache_dir()
    if directory is None:
        return build()
    try:
        path = directory / file_name(prefix, data, built_by)
    except OSError:
        return build()
    found = _read(path, kind)
    if found is None:
        found = build()
        _write(path, found, prefix)
    return found


def _read(path: Path, kind: type[T]) -> T | None:
    # Tens of thousands of new strings, tuples and sets: with the collector on, each batch of
    # them sets off a collection that walks every object of the process (SQLAlchemy's too),
    # which costs a command 5x the reading itself. None of them is garbage.
    collecting = gc.isenabled()
    gc.disable()
    try:
        # The file is the user's own, written by this module under a name only it makes.
        found = pickle.loads(path.read_bytes())
    except Exception:
        return None
    finally:
        if collecting:
            gc.enable()
    return found if isinstance(found, kind) else None


def _drop_old(directory: Path, prefix: str) -> None:
    """Files of data or code no longer current; the last few stay."""
    files = sorted(directory.glob(f"{prefix}*.pickle"), key=lambda path: path.stat().st_mtime)
    for stale in files[: max(len(files) - KEPT + 1, 0)]:
        stale.unlink(missing_ok=True)


def _write(path: Path, found: object, prefix: str) -> None:
    try:
        data = pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True)
        _drop_old(path.parent, prefix)
    except (OSError, pickle.PicklingError):
        return  # a read-only or full disk: what was built still serves this run
    write_atomically(path, data)
