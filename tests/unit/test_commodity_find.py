"""Commodity names found in free text: the Chinese and English names searched apart find
exactly what one pattern for both finds (leftmost, none overlapping, Chinese first)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from csdesk.rules.fastre import compile_fast
from csdesk.rules.textnorm import normalize
from csdesk.rules.trie_pattern import trie_pattern
from tests.unit.intake_fixtures import COMMODITIES

_NAMES = sorted(COMMODITIES._by_name)
_ONE_PATTERN = compile_fast(
    rf"{trie_pattern(name for name in _NAMES if not name.isascii())}"
    rf"|(?<![A-Za-z]){trie_pattern(name for name in _NAMES if name.isascii())}(?![A-Za-z])",
    re.IGNORECASE,
)
_PIECES = st.one_of(
    st.sampled_from(_NAMES),
    st.sampled_from(["a", "s", " ", "x", "电", "钢", "PVC", "，", "1", "-"]),
    st.text(max_size=3),
)


def _with_one_pattern(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0).casefold()) for m in _ONE_PATTERN.finditer(text)]


def _found(text: str) -> list[tuple[int, int, str]]:
    return [
        (start, end, text[start:end].casefold()) for start, end, _ in COMMODITIES.find_all(text)
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_PIECES, st.booleans()), max_size=8))
def test_names_found_apart_are_the_names_one_pattern_finds(pieces: list[tuple[str, bool]]) -> None:
    text = normalize("".join(piece.upper() if upper else piece for piece, upper in pieces))
    assert _found(text) == _with_one_pattern(text)


def test_a_chinese_name_wins_where_an_english_one_begins_too() -> None:
    # "steel pipes" and "钢管" side by side, and a name inside a longer English word is no name.
    text = normalize("钢管 steel pipes, pipelines and 电池")
    assert _found(text) == _with_one_pattern(text)
    assert any(name == "电池" for _, _, name in _found(text))
