"""Compiles the message parser's modules with mypyc into csdesk/_compiled (see
csdesk.compiled): `python -m csdesk.compile_parser`. Nothing is done while the manifest
matches the sources; a failed build leaves no manifest, so the pure modules run.

The build runs in a temporary directory, outside the source tree: `git status` stays clean,
and setuptools never reads the project's pyproject.toml (mypy reads its [tool.mypy]).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from csdesk import compiled

ROOT = compiled.PACKAGE_DIR.parent
# The readers and what they call for every message (mentions: the port, container and DG
# finders, a quarter of a compiled parse while it ran interpreted); the rest of csdesk.rules
# (dynamic classes such as fastre's lazy patterns and records' base) stays interpreted.
HELPERS = (
    "cue_keys",
    "goods_words",
    "hanzi",
    "lookups",
    "mentions",
    "ocr_slips",
    "textnorm",
    "trie_pattern",
)


def parser_modules() -> list[str]:
    rules = ROOT / "csdesk" / "rules"
    names = sorted(path.stem for path in rules.glob("message_*.py")) + list(HELPERS)
    return [f"csdesk.rules.{name}" for name in names]


def manifest_text(modules: list[str]) -> str:
    lines = ["csdesk-compiled 1", f"abi {compiled.abi_tag()}"]
    for module in modules:
        path = compiled.source_path(module, ROOT)
        stat = path.stat()
        lines.append(f"{module} {stat.st_size} {stat.st_mtime_ns} {compiled.source_hash(path)}")
    return "\n".join(lines) + "\n"


def up_to_date(modules: list[str]) -> bool:
    manifest = compiled.read_manifest()
    return (
        manifest is not None
        and manifest[0] == compiled.abi_tag()
        and set(manifest[1]) == set(modules)
        and compiled.matches_sources(manifest[1], ROOT)
    )


def build(modules: list[str], out: Path) -> None:
    """The extension modules for `modules`, made under `out` (mypyc's C and gcc's objects in a
    temporary directory)."""
    from mypyc.build import mypycify
    from setuptools import Distribution

    with tempfile.TemporaryDirectory(prefix="csdesk-mypyc-") as temp:
        os.chdir(ROOT)  # mypy reads the project's [tool.mypy] and finds csdesk from here
        paths = [str(compiled.source_path(module, ROOT).relative_to(ROOT)) for module in modules]
        extensions = mypycify(
            ["--cache-dir", str(Path(temp) / "mypy"), *paths],
            opt_level="3",
            group_name=compiled.GROUP,
            target_dir=str(Path(temp) / "c"),
        )
        command = Distribution({"name": "csdesk-parser", "ext_modules": extensions})
        build_ext = command.get_command_obj("build_ext")
        build_ext.build_lib = str(out)
        build_ext.build_temp = str(Path(temp) / "objects")
        build_ext.parallel = 2
        build_ext.ensure_finalized()
        build_ext.run()


def main() -> int:
    modules = parser_modules()
    if up_to_date(modules):
        print("compiled parser: up to date")
        return 0
    started = time.monotonic()
    manifest = manifest_text(modules)  # the sources as they are when the build starts
    shutil.rmtree(compiled.COMPILED_DIR, ignore_errors=True)
    staging = compiled.COMPILED_DIR.with_name("_compiled.building")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        build(modules, staging)
    except (Exception, SystemExit) as error:  # setuptools reports a failed gcc as SystemExit
        shutil.rmtree(staging, ignore_errors=True)
        print(f"compiled parser: not built ({error}); the parser runs as pure Python")
        return 1
    (staging / compiled.MANIFEST.name).write_text(manifest, encoding="utf-8")
    staging.rename(compiled.COMPILED_DIR)
    print(f"compiled parser: {len(modules)} modules in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
