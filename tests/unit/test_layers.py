"""rules/ and desk/ never import Textual: they are shared by the CLI, the TUI and tests."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "csdesk"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", ["rules", "desk", "models", "store"])
def test_lower_layers_never_import_textual_or_screens(layer: str) -> None:
    offenders = []
    for path in (PACKAGE / layer).rglob("*.py"):
        for module in _imported_modules(path):
            if module.split(".")[0] == "textual" or module.startswith(
                ("csdesk.screens", "csdesk.widgets", "csdesk.app")
            ):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert offenders == []


def test_rules_never_touch_the_database_or_the_clock() -> None:
    offenders = []
    for path in (PACKAGE / "rules").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for module in _imported_modules(path):
            if module.split(".")[0] in {"sqlalchemy", "sqlmodel"} or module.startswith(
                ("csdesk.desk", "csdesk.store", "csdesk.models")
            ):
                offenders.append(f"{path.name} imports {module}")
        for clock in ("date.today(", "datetime.now(", "time.time("):
            if clock in source:
                offenders.append(f"{path.name} reads the clock with {clock}")
    assert offenders == []


def test_only_the_desk_clock_reads_the_wall_clock() -> None:
    """Every date and time the desk takes comes from csdesk.store.clock, which CSDESK_CLOCK and
    the tests set (durations on time.monotonic or perf_counter are not dates)."""
    reads = ("date.today(", "datetime.now(", "datetime.utcnow(", "time.time(", "time.localtime(",
             "time.gmtime(", "time.strftime(", "time.ctime(")  # fmt: skip
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "store" / "clock.py":
            continue
        source = path.read_text(encoding="utf-8")
        offenders += [f"{path.relative_to(PACKAGE)}: {read}" for read in reads if read in source]
    assert offenders == []
