"""The spaces spelled out in csdesk.rules.mentions are exactly those str.isspace() accepts."""

from __future__ import annotations

from csdesk.rules import mentions


def test_spelled_out_spaces_are_every_space_below_u3001() -> None:
    asked = "".join(chr(code) for code in range(0x3001) if chr(code).isspace())
    assert asked == mentions._SPACES
    assert asked + "'’‘′`-./" == mentions._JOINING_CHARS


def test_ascii_and_chinese_characters_fold_to_themselves() -> None:
    # Why normalise_with_origin leaves a text of them as it is.
    for code in [*range(0x80), *range(0x4E00, 0xA000)]:
        assert mentions._fold_char(chr(code)) == chr(code), hex(code)
    assert mentions._FOLDS_ITSELF.fullmatch("宁波到Lagos 2x40HQ")
    assert not mentions._FOLDS_ITSELF.fullmatch("宁波，Lomé")
