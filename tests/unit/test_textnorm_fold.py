"""The characters normalize leaves a text of as it is are exactly those that fold to themselves."""

from __future__ import annotations

from csdesk.rules import textnorm


def test_ascii_but_the_tab_and_chinese_characters_fold_to_themselves() -> None:
    for code in [*range(0x80), *range(0x4E00, 0xA000)]:
        char = chr(code)
        itself = textnorm._char(char) == char
        assert itself == (textnorm._FOLDS_ITSELF.fullmatch(char) is not None), hex(code)


def test_a_text_of_them_is_left_as_it_is_and_any_other_is_folded() -> None:
    text = "宁波到Lagos 2x40HQ\n20吨"
    assert textnorm.normalize(text) is text
    assert textnorm.normalize("宁波，Lagos\t２x40ＨＱ") == "宁波,Lagos 2x40HQ"
