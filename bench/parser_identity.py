"""Whether a change to the parser leaves every reading as it was: a canonical dump of all it
reads (each field's value, spans and confidence, the unresolved ports, the questions) for the
messages of the corpus, of every held-out set and of the pattern tests' tables.

    python -m bench.parser_identity --write /tmp/parse-before.txt   # on the untouched tree
    python -m bench.parser_identity --check /tmp/parse-before.txt   # after each step

A speed change is kept only when the check finds no difference. The dump is not committed: it
is made from the tree the change starts from.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import CodeType
from typing import Any

RECEIVED = dt.date(2026, 11, 30)
UNIT = Path(__file__).resolve().parent.parent / "tests" / "unit"
# Strings of the pattern tables that are field names or expected values rather than messages
# are parsed too (cheaply, and harmlessly); these few are plainly not messages.
_SHORTEST = 2


def _entries(module_name: str, attribute: str) -> Iterator[tuple[str, dt.date]]:
    module = importlib.import_module(module_name)
    for text, expected in getattr(module, attribute):
        received = expected.get("received") if isinstance(expected, dict) else None
        yield text, dt.date.fromisoformat(received) if received else RECEIVED


def _strings(value: Any, seen: set[int]) -> Iterator[str]:
    """Every string inside `value` (lists, tuples, dicts, pytest's param sets), depth first."""
    if isinstance(value, str):
        if len(value) >= _SHORTEST:
            yield value
        return
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key, seen)
            yield from _strings(item, seen)
    elif isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=repr) if isinstance(value, set | frozenset) else value
        for item in items:
            yield from _strings(item, seen)
    elif type(value).__name__ == "ParameterSet":
        yield from _strings(tuple(value.values), seen)


def _code_strings(code: CodeType) -> Iterator[str]:
    """The strings written in a test's body ("assert _read('...') == ..."), nested code too."""
    for constant in code.co_consts:
        if isinstance(constant, CodeType):
            yield from _code_strings(constant)
        elif isinstance(constant, str) and len(constant) >= _SHORTEST:
            yield constant


def _table_strings(module_name: str) -> Iterator[str]:
    """The strings of a pattern test module: its constants, its tests' parametrize tables and
    the strings written in its functions."""
    module = importlib.import_module(module_name)
    seen: set[int] = set()
    for name, value in sorted(vars(module).items()):
        if name.startswith("__"):
            continue
        if callable(value):
            for mark in getattr(value, "pytestmark", ()):
                if mark.name == "parametrize" and len(mark.args) > 1:
                    yield from _strings(mark.args[1], seen)
            code = getattr(value, "__code__", None)
            if code is not None and value.__module__ == module_name:
                yield from _code_strings(code)
        elif getattr(value, "__module__", module_name) == module_name:
            yield from _strings(value, seen)


def messages() -> list[tuple[str, dt.date]]:
    """Every message to check, each once, in a fixed order."""
    found: list[tuple[str, dt.date]] = list(_entries("tests.unit.intake_corpus", "CORPUS"))
    held_out = sorted(UNIT.glob("heldout_*.py"), key=lambda path: int(path.stem.split("_")[1]))
    for path in held_out:
        found.extend(_entries(f"tests.unit.{path.stem}", "ENTRIES"))
    for path in sorted(UNIT.glob("test_message_patterns*.py")):
        found.extend((text, RECEIVED) for text in _table_strings(f"tests.unit.{path.stem}"))
    return list(dict.fromkeys(found))


def _field(parsed: Any) -> list[Any]:
    return [repr(parsed.value), [list(span) for span in parsed.spans], repr(parsed.confidence)]


def reading(parser: Any, text: str, received: dt.date) -> str:
    """One line holding everything the parser read from `text`, in its own order."""
    try:
        result = parser.parse(text, received)
    except Exception as error:  # the parser must never raise; a change that makes it is shown
        return json.dumps({"raised": repr(error)}, ensure_ascii=False)
    return json.dumps(
        {
            "fields": [[name, *_field(parsed)] for name, parsed in result.fields.items()],
            "unresolved": [[name, *_field(parsed)] for name, parsed in result.unresolved.items()],
            "questions": [
                [q.name, [list(span) for span in q.spans], repr(q.readings), q.reason]
                for q in result.questions
            ],
        },
        ensure_ascii=False,
    )


def dump() -> list[str]:
    from tests.unit.intake_fixtures import PARSER

    lines = []
    for text, received in messages():
        head = json.dumps([text, received.isoformat()], ensure_ascii=False)
        lines.append(f"{head}\n{reading(PARSER, text, received)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = options.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="write the dump to this file")
    mode.add_argument("--check", type=Path, help="compare with the dump in this file")
    args = options.parse_args(argv)
    lines = dump()
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} messages written to {args.write}")
        return 0
    before = args.check.read_text(encoding="utf-8").rstrip("\n").split("\n")
    after = "\n".join(lines).split("\n")
    differing = [
        index
        for index in range(0, max(len(before), len(after)), 2)
        if before[index : index + 2] != after[index : index + 2]
    ]
    for index in differing[:5]:
        print(f"message {index // 2}: {before[index] if index < len(before) else after[index]}")
        print(f"  before: {before[index + 1] if index + 1 < len(before) else '-'}")
        print(f"  after:  {after[index + 1] if index + 1 < len(after) else '-'}")
    print(f"{len(lines)} messages, {len(differing)} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
