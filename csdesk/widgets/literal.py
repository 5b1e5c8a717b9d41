"""Customer and user text shown as typed: never read as markup, control characters made visible.

Textual reads a plain `str` given to a border title, a `Label`, a `Select` option or a toast as
content markup, so a customer called `备注 [/] [bold]x` ends the app with a MarkupError and one
called `[urgent]` loses its name. Every such surface takes `literal(text)` instead (a rich `Text`,
which no widget parses), and `tests/ui/test_literal_text.py` fails when a new raw call appears.
"""

from __future__ import annotations

import re

from rich.segment import Segment
from rich.text import Text
from textual.color import Color
from textual.filter import LineFilter

# C0 controls become their "control picture" (U+2400 block, single width), DEL becomes U+2421 and
# C1 controls a plain "?": an escape sequence in a note must not move the cursor or recolour the
# terminal, and the agent still sees that something odd was typed there.
_CONTROL_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)}
_CONTROL_PICTURES[0x7F] = "\u2421"
_CONTROL_PICTURES.update({code: "?" for code in range(0x80, 0xA0)})
_KEEP_NEWLINES = {code: pic for code, pic in _CONTROL_PICTURES.items() if code not in (0x0A,)}


def visible(text: str, *, multiline: bool = False) -> str:
    """`text` with its control characters replaced by visible stand-ins (newlines kept if asked)."""
    return text.translate(_KEEP_NEWLINES if multiline else _CONTROL_PICTURES)


def literal(text: str | Text, *, multiline: bool = False, style: str = "") -> Text:
    """A `Text` that shows `text` exactly: no markup, control characters visible."""
    if isinstance(text, Text):
        return text
    return Text(visible(text, multiline=multiline), style=style)


def drop_controls_from_rendered_text() -> None:
    """Make every Rich `Text` and Textual `Content` drop control characters, not only the five
    Rich and Textual drop themselves (BEL, BS, VT, FF, CR): an ESC in a customer's note otherwise
    reaches the terminal as an escape sequence from any list row or card that shows the note.

    Both libraries strip through one module-level translate table each, so extending the tables
    covers every surface at once; textual and rich are pinned, and the hostile-text walk fails if
    a control character ever reaches the screen again.
    """
    import rich.control
    import textual.content

    dropped = {code: None for code in _CONTROL_PICTURES if code not in (0x09, 0x0A)}
    rich.control._CONTROL_STRIP_TRANSLATE.update(dropped)
    textual.content._CONTROL_STRIP_TRANSLATE.update(dropped)


_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


class DropControls(LineFilter):
    """The last guard before the terminal: no control character in any drawn line.

    `drop_controls_from_rendered_text` cleans text as Rich and Textual build it, but a widget may
    still hand a raw line to the compositor (Textual's `Input` draws its value as it is, so a
    pasted or typed line break or ESC went out to the terminal). A control character has no cell
    width, so dropping it here changes no layout.
    """

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        search = _CONTROLS.search
        if not any(search(segment.text) for segment in segments):
            return segments
        return [
            Segment(_CONTROLS.sub("", text), style, control) if search(text) else segment
            for segment in segments
            for text, style, control in (segment,)
        ]
