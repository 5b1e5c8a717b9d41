"""The message parser's modules compiled with mypyc, used only while they match their sources.

`python -m csdesk.compile_parser` (run by `make dev`, `make test` and `make demo`) compiles
the parser's modules (issue 15: about 1.3 times as many messages a second) into
`csdesk/_compiled/`, beside a manifest of each source's size, mtime and SHA-256. The pure
Python modules stay the reference: the compiled ones are found only through `CompiledFinder`,
which answers for a module of the manifest only while every source it lists is as it was
built (the size and mtime, as Python checks a .pyc; a changed mtime with the same size is
hashed), for this interpreter's extension suffix. One edited source, or a source gone, and
the whole group is read from the .py files (the compiled modules call each other directly, so
they are used together or not at all). `CSDESK_PURE_PARSER=1` forces the pure modules.

Only the few names of the manifest are answered; any other import is declined at once.
"""

from __future__ import annotations

import importlib.machinery
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (not imported at run time: this module is read on every start)
    from collections.abc import Sequence
    from importlib.machinery import ModuleSpec
    from types import ModuleType

PACKAGE_DIR = Path(__file__).resolve().parent
COMPILED_DIR = PACKAGE_DIR / "_compiled"
MANIFEST = COMPILED_DIR / "manifest.txt"
# The shared library the compiled modules' shims load (mypyc's `group_name`).
GROUP = "csdesk_parser"
SHARED_LIBRARY = f"{GROUP}__mypyc"
PURE_ENV = "CSDESK_PURE_PARSER"
_FORMAT = "csdesk-compiled 1"


def abi_tag() -> str:
    """What a compiled module needs of the interpreter loading it."""
    return f"{importlib.machinery.EXTENSION_SUFFIXES[0]} {sys.hexversion:x}"


def source_hash(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_manifest(path: Path = MANIFEST) -> tuple[str, dict[str, tuple[int, int, str]]] | None:
    """(the ABI tag, {module: (size, mtime_ns, sha256)}), or None when there is none or it is
    not one this version writes."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    if len(lines) < 2 or lines[0] != _FORMAT or not lines[1].startswith("abi "):
        return None
    modules: dict[str, tuple[int, int, str]] = {}
    for line in lines[2:]:
        parts = line.split(" ")
        if len(parts) != 4:
            return None
        module, size, mtime_ns, digest = parts
        modules[module] = (int(size), int(mtime_ns), digest)
    return lines[1].removeprefix("abi "), modules


def source_path(module: str, root: Path = PACKAGE_DIR.parent) -> Path:
    return root.joinpath(*module.split(".")).with_suffix(".py")


def matches_sources(modules: dict[str, tuple[int, int, str]], root: Path) -> bool:
    """Whether every source is as it was compiled."""
    for module, (size, mtime_ns, digest) in modules.items():
        path = source_path(module, root)
        try:
            stat = path.stat()
        except OSError:
            return False
        if stat.st_size != size:
            return False
        if stat.st_mtime_ns != mtime_ns and source_hash(path) != digest:
            return False
    return True


class CompiledFinder:
    """Finds the compiled parser modules, once they are known to match their sources."""

    def __init__(self, compiled_dir: Path = COMPILED_DIR) -> None:
        self.compiled_dir = compiled_dir
        self.checked = False
        self.modules: frozenset[str] = frozenset()

    def _check(self) -> None:
        """Reads the manifest and checks the sources once, on the first import asked about."""
        self.checked = True
        manifest = read_manifest(self.compiled_dir / MANIFEST.name)
        if manifest is None or manifest[0] != abi_tag():
            return
        root = self.compiled_dir.parent.parent
        if matches_sources(manifest[1], root):
            self.modules = frozenset(manifest[1]) | {SHARED_LIBRARY}

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if not (fullname.startswith("csdesk.rules.") or fullname == SHARED_LIBRARY):
            return None
        if not self.checked:
            self._check()
        if fullname not in self.modules:
            return None
        suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
        location = self.compiled_dir.joinpath(*fullname.split(".")).with_name(
            fullname.rsplit(".", 1)[-1] + suffix
        )
        from importlib.util import spec_from_file_location

        loader = importlib.machinery.ExtensionFileLoader(fullname, str(location))
        return spec_from_file_location(fullname, location, loader=loader)


def install() -> None:
    """Puts the finder ahead of the path's (once), unless the pure modules are asked for or
    nothing was compiled."""
    if os.environ.get(PURE_ENV) or not MANIFEST.exists():
        return
    if not any(isinstance(finder, CompiledFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, CompiledFinder())


def active() -> bool:
    """Whether the parser runs compiled in this process."""
    module = sys.modules.get("csdesk.rules.message_parser")
    return module is not None and not (module.__file__ or "").endswith(".py")
