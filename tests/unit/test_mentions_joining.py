"""The joining gap's characters, listed for str.strip, are the ones its pattern matches."""

from __future__ import annotations

from csdesk.rules import mentions


def test_the_joining_characters_are_what_the_joining_gap_matches() -> None:
    matched = {chr(code) for code in range(0x3001) if mentions._JOINING_GAP.fullmatch(chr(code))}
    assert set(mentions._JOINING_CHARS) == matched
    assert {" ", "\u3000", "\t", "-", ".", "/", "’"} <= matched and "a" not in matched
