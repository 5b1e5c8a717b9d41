"""Text from the store or the user, made safe to print on a terminal.

A customer name, a note or an agent's name may hold control characters (pasted from a chat, or
put there on purpose): ESC starts sequences that clear the screen, retitle the window or set the
clipboard (OSC 52), and C1 characters do the same on some terminals. Printed, each becomes a
visible escape such as `\\x1b`, so the reader sees that it is there and nothing acts on it.
"""

from __future__ import annotations

import re

# C0 controls (but tab and newline, which the desk's own output uses), DEL and C1 controls; the
# bidirectional overrides and isolates, which reorder what a reader sees; and the line and
# paragraph separators, which some terminals break lines on.
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# Inside one line (a name in a list, a message) a line break is shown too.
_HIDDEN_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, one_line: bool = False) -> str:
    """`text` with every control character written out as an escape (`\\x1b`, `\\u202e`)."""
    pattern = _HIDDEN_IN_LINE if one_line else _HIDDEN
    return pattern.sub(_escape, text)


def strip_controls(text: str, keep_lines: bool = False) -> str:
    """`text` without control characters, for a value that is stored (a name, a cell).

    Tabs and line breaks become spaces, so words they separated stay apart; with `keep_lines`
    (a note) line breaks stay.
    """

    def replace(match: re.Match[str]) -> str:
        char = match.group()
        if char == "\n" and keep_lines:
            return char
        return " " if char in "\t\n\r" else ""

    return _CONTROL.sub(replace, text.replace("\r\n", "\n"))
