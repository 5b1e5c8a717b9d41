"""The spaces spelled out in csdesk.rules.mentions are exactly those str.isspace() accepts."""

from __future__ import annotations

from csdesk.rules import mentions


def test_spelled_out_spaces_are_every_space_below_u3001() -> None:
    asked = "".join(chr(code) for code in range(0x3001) if chr(code).isspace())
    assert asked == mentions._SPACES
    assert asked + "'’‘′`-./" == mentions._JOINING_CHARS
