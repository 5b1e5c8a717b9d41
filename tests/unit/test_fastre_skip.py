"""The characters compile_fast tells `re` to skip to are every character a match can begin
with: under IGNORECASE too, asked of all of Unicode (a character missing from them would be
stepped over, and a match there lost)."""

from __future__ import annotations

import re
import string

import pytest

from csdesk.rules import fastre
from tests.unit.test_fastre import PATTERNS

_UNICODE = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)


def test_every_case_of_a_letter_is_scanned_for() -> None:
    for letter in string.ascii_letters:
        scanned = fastre._scanned_chars({letter}, re.I)
        assert scanned is not None
        assert set(re.findall(f"[{letter}]", _UNICODE, re.I)) <= scanned, letter


def test_a_letter_with_cases_outside_ascii_is_not_scanned_for() -> None:
    assert fastre._scanned_chars({"é"}, re.I) is None
    assert fastre._scanned_chars({"é"}, 0) == {"é"}


def test_the_parser_patterns_scan_for_every_character_they_begin_with() -> None:
    checked = 0
    for pattern in PATTERNS:
        if not pattern.pattern.startswith("(?=["):
            continue
        opening = "[" + pattern.pattern.removeprefix("(?=[").split("])(?:", 1)[0] + "]"
        first = set(re.findall(opening, _UNICODE))
        scanned = fastre._scanned_chars(first, pattern.flags)
        if scanned is None:
            continue
        assert set(re.findall(opening, _UNICODE, pattern.flags)) <= scanned, pattern.pattern
        checked += 1
    assert checked >= 20


def test_a_skipping_pattern_finds_what_re_finds() -> None:
    text = "x 12吨 3 kg 4吨 KG 18 \u212aG 5 ſ 9t"
    for source, flags in [(r"(?<![\d.])(\d+)\s*吨", 0), (r"(?<![\d.])(\d+)\s*(?:kg|s|t)", re.I)]:
        fast = fastre._compile(source, flags)
        assert fast.pattern.startswith("(?=[")
        plain = re.compile(source, flags)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_no_character_folds_onto_one_without_cases() -> None:
    # Why `_scanned_chars` may take a character without cases (Chinese, digits) alone: under
    # IGNORECASE, `re` matches it only with itself.
    casefix = pytest.importorskip("re._casefix")
    sre = pytest.importorskip("_sre")

    def caseless(char: str) -> bool:
        return not char.isascii() and char.lower() == char == char.upper()

    for code in range(0x110000):
        lower = sre.unicode_tolower(code)
        assert lower == code or not caseless(chr(lower)), hex(code)
    assert not [code for code in casefix._EXTRA_CASES if caseless(chr(code))]
