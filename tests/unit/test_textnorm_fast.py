"""normalize leaves a text of ASCII (but the tab) and CJK Unified Ideographs as it is: each of
those characters must be its own normal form."""

from __future__ import annotations

from csdesk.rules import textnorm


def test_ascii_and_chinese_characters_are_their_own_normal_form() -> None:
    for code in [*range(0x80), *range(0x4E00, 0xA000)]:
        char = chr(code)
        assert textnorm._char(char) == (" " if char == "\t" else char), hex(code)


def test_a_text_left_as_it_is_and_one_translated() -> None:
    assert textnorm.normalize("宁波到Lagos 2x40HQ") == "宁波到Lagos 2x40HQ"
    assert textnorm.normalize("宁波\t２×４０ＨＱ，") == "宁波 2x40HQ,"
