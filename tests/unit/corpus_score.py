"""Scoring the parser on the corpus: which expected fields it read right, which it got wrong."""

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
        parsed = fields_to_json(parser.parse(text, received).values())
        parsed["dg"] = parser.parse(text, received).fields.get("dg")
        parsed["dg"] = parsed["dg"].value if parsed["dg"] else None
        for name in sorted(set(wanted) | {n for n, v in parsed.items() if v not in (None, [])}):
            got = _as_expected(name, parsed.get(name))
            if same(name, wanted.get(name), got):
                result.right += 1
            elif got is None:
                result.missed.append(f"{text[:40]!r} {name}: want {wanted[name]!r}")
            else:
                result.wrong.append(f"{text[:40]!r} {name}: want {wanted.get(name)!r} got {got!r}")
    return result
