"""Scoring the parser on the corpus: which expected fields it read right, which it got wrong.

To score another set written in the corpus format (a list of (text, expected fields) as in
tests/unit/intake_corpus.py), from the repository root:

    from tests.unit.corpus_score import score_entries
    result = score_entries(entries)          # the parser over the repository's data/
    print(result.rate, result.missed, result.wrong)

or `python -m tests.unit.corpus_score path/to/file.py [LIST_NAME]` (default list name CORPUS),
which prints the rate and every miss.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from csdesk.rules.inquiry_fields import fields_to_json
from csdesk.rules.message_parser import MessageParser
from tests.unit.intake_corpus import Entry

RECEIVED = dt.date(2026, 11, 30)


def _fold(value: Any) -> str:
    return " ".join(unicodedata.normalize("NFKC", str(value)).casefold().split())


def _as_expected(name: str, value: Any) -> Any:
    """A parsed JSON value in the corpus notation."""
    if value is None:
        return None
    if name == "containers":
        return "+".join(f"{line['qty']}x{line['type']}" for line in value) or None
    if name == "dimensions_cm":
        return "x".join(f"{value[axis]:g}" for axis in ("l", "w", "h"))
    return value


def same(name: str, expected: Any, parsed: Any) -> bool:
    if parsed is None:
        return expected is None
    if name == "commodity":
        # Every name the person read is there; one more ("油漆/化工品") is not wrong.
        want = {_fold(part) for part in str(expected).split("/")}
        got = {_fold(part) for part in str(parsed).split("/")}
        return want <= got and len(got) <= len(want) + 1
    if name == "hs_code":
        # "9403.30" and "940330" are one code: the desk keeps the digits.
        return "".join(filter(str.isdigit, str(expected))) == "".join(
            filter(str.isdigit, str(parsed))
        )
    if name == "cargo_list":
        return isinstance(expected, str) and _fold(expected.lstrip("~")) in _fold(parsed)
    if isinstance(expected, int | float) and not isinstance(expected, bool):
        return isinstance(parsed, int | float) and abs(float(parsed) - expected) < 0.01
    return _fold(expected) == _fold(parsed)


@dataclass
class Score:
    right: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.right + len(self.missed) + len(self.wrong)

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 1.0


def score(parser: MessageParser, corpus: list[Entry]) -> Score:
    result = Score()
    for text, expected in corpus:
        wanted = {name: value for name, value in expected.items() if name != "received"}
        received = dt.date.fromisoformat(expected.get("received", RECEIVED.isoformat()))
        read = parser.parse(text, received)
        parsed = fields_to_json(read.values())
        dg = read.fields.get("dg")
        parsed["dg"] = dg.value if dg else None
        for name in sorted(set(wanted) | {n for n, v in parsed.items() if v not in (None, [])}):
            got = _as_expected(name, parsed.get(name))
            if same(name, wanted.get(name), got):
                result.right += 1
            elif got is None:
                result.missed.append(f"{text[:40]!r} {name}: want {wanted[name]!r}")
            else:
                result.wrong.append(f"{text[:40]!r} {name}: want {wanted.get(name)!r} got {got!r}")
    return result


def score_entries(entries: list[Entry], parser: MessageParser | None = None) -> Score:
    """`entries` scored with `parser`, by default the desk's parser over the repository's data."""
    if parser is None:
        from tests.unit.intake_fixtures import PARSER

        parser = PARSER
    return score(parser, entries)


def _main(argv: list[str]) -> int:
    import importlib.util
    import sys

    if not argv:
        print("usage: python -m tests.unit.corpus_score FILE.py [LIST_NAME]", file=sys.stderr)
        return 1
    spec = importlib.util.spec_from_file_location("scored_entries", argv[0])
    if spec is None or spec.loader is None:
        print(f"cannot read {argv[0]}", file=sys.stderr)
        return 1
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    entries = getattr(module, argv[1] if len(argv) > 1 else "CORPUS")
    result = score_entries(entries)
    print(
        f"{len(entries)} messages, {result.right}/{result.total} fields right ({result.rate:.1%})"
    )
    for line in result.missed + result.wrong:
        print("  " + line)
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(_main(sys.argv[1:]))
