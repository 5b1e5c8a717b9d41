"""Text read off a screenshot by OCR, or typed on a phone: the letter O for the digit 0 and l for
1 in figures ("1x4OHQ", "2O tons", "l8 tons", "8,5OO KGS"), and the digit 0 or the letter l in
words ("Qingda0", "NlNGBO", "FURNlTURE"). The parser reads the text with each slip put right,
one character for one, so every span still marks what was written.
"""

from __future__ import annotations

import re

# O (the capital: OCR's slip) after a digit, before a digit, a box's letters, a foot mark or a
# unit ("2x2OGP", "2O tons", "8,5OO KGS"); never a word after a figure ("12Oct" is a day).
_O_IN_FIGURE = re.compile(
    r"(?:(?<=\d)|(?<=\d[,.]))(?-i:O{1,3})(?=[\d,.]|[Oo]?(?:HQ|HC|GP|RF|FR|TK|OT|GH)|'|\"|\s+t\b"
    r"|\s*(?:tons?|tonnes?|mt\b|kgs?|cbm|吨|公斤|方|尺|柜))",
    re.I,
)
# l before a figure or a count ("l8 tons", "l个高柜", "lx40HQ").
_L_IN_FIGURE = re.compile(r"(?<![A-Za-z])l(?=\d|个|\s*[xX*]\s*\d)")
# 0 in a word ("Qingda0", "Shangha0"), l in a word in capitals ("NlNGBO", "SHANGHAl").
_ZERO_IN_WORD = re.compile(r"(?<=[a-z]{3})0(?![\d.,:/])|(?<=[A-Z]{3})0(?![\d.,:/a-z])")
_L_IN_CAPITALS = re.compile(
    r"(?<=[A-Z])l(?=[A-Z]{2})|(?<=[A-Z]{2})l(?=[A-Z])|(?<=[A-Z]{3})l(?![A-Za-z\d])"
)
# Any of the slips: one search in C tells the few messages holding one. Each branch begins with
# its letter or digit, so `re` skips straight to the rare places where one stands.
ANY_SLIP = re.compile(
    r"O(?<=\dO)|l(?:(?<![A-Za-z]l)(?:\d|个|\s*[xX*]\s*\d)|(?<=[A-Z]l)[A-Z]|(?<=[A-Z]{3}l)(?![A-Za-z\d]))"
    r"|0(?<=[A-Za-z]{3}0)(?![\d.,:/])"
)


def _figure_o(match: re.Match[str]) -> str:
    return "0" * len(match.group())


def _word_zero(match: re.Match[str]) -> str:
    return "O" if match.string[match.start() - 1].isupper() else "o"


def unslipped(text: str) -> str:
    """`text` with the OCR and typing slips put right, the same length; `text` itself when it
    holds none."""
    if ANY_SLIP.search(text) is None:
        return text
    # (twice: "5O,OOO" rights its thousands once the digit before the comma is one)
    text = _O_IN_FIGURE.sub(_figure_o, _O_IN_FIGURE.sub(_figure_o, text))
    text = _L_IN_FIGURE.sub("1", text)
    text = _ZERO_IN_WORD.sub(_word_zero, text)
    return _L_IN_CAPITALS.sub("I", text)
