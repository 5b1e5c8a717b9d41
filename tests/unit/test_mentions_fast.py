"""What the mention finder precomputes or folds in C matches what it did step by step."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from csdesk.rules import mentions


def test_the_joining_characters_are_what_the_joining_gap_matches() -> None:
    matched = {chr(code) for code in range(0x3001) if mentions._JOINING_GAP.fullmatch(chr(code))}
    assert set(mentions._JOINING_CHARS) == matched
    assert {" ", "\u3000", "\t", "-", ".", "/", "’"} <= matched and "a" not in matched


def _reference_key(text: str) -> str:
    """lookup_key as first written: a Python step per character."""
    folded = text if text.isascii() else "".join(mentions._fold_char(char) for char in text)
    return "".join(char for char in folded.casefold() if char.isalnum())


def test_lookup_key_folds_every_port_name_and_alias_as_before() -> None:
    from csdesk.config import REPO_DATA_DIR
    from csdesk.rules.refcsv import read_rows, split_aliases

    names = [
        name
        for row in read_rows(REPO_DATA_DIR / "ports.csv")
        for name in (row["name_en"], row["name_zh"], *split_aliases(row.get("aliases", "")))
    ]
    assert len(names) > 1000
    for name in names:
        assert mentions.lookup_key(name) == _reference_key(name), name


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_lookup_key_on_any_text_is_as_before(text: str) -> None:
    assert mentions.lookup_key(text) == _reference_key(text)
