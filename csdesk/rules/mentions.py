"""Recognising names agents write (ports, container types) exactly or inside free text.

Agents type "40'HQ", "４０ＨＱ", "40 hq", "NINGBO-LAGOS", "宁波到拉各斯". Two tools:
- `lookup_key` folds a whole field to the key an index is keyed on (width, case, spaces and
  punctuation never matter), for exact look-ups;
- `MentionFinder` finds the leftmost-longest non-overlapping mentions in a message and maps
  them back to positions in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Generic, Literal, TypeVar

T = TypeVar("T")

# What may stand between the parts of a name: "40' HQ", "Dar-es-Salaam", "St. Petersburg".
_SEPARATOR = r"[\s'’‘′`\-./]*"
_APOSTROPHE = r"['’‘′`]"
_SEGMENT = re.compile(r"[A-Za-z]+|[0-9]+|[^\W_]")
_LATIN = re.compile(r"[A-Za-z]+")
_DIGITS = re.compile(r"[0-9]+")

# "word": a Latin name is a whole word ("LOS" never inside "CLOSE"), digits count as word chars.
# "class": letters must not touch letters and digits not digits, so "2x40HQ", "HQ*2" and
#          "40HQX2" (quantity after an X) are found while "HCM" is not an "HC".
Boundary = Literal["word", "class"]


def _fold_char(char: str) -> str:
    """Full-width to half-width; accents dropped from Latin letters ("Lomé", "Paranaguá")."""
    folded = unicodedata.normalize("NFKC", char)
    if folded.isascii():
        return folded
    bare = "".join(
        part for part in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(part)
    )
    return bare if bare and bare.isascii() else folded


def lookup_key(text: str) -> str:
    """Width, case, accents, spaces and punctuation folded away: letters, digits and CJK stay."""
    folded = "".join(_fold_char(char) for char in text).casefold()
    return "".join(char for char in folded if char.isalnum())


def normalise_with_origin(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each of its characters, the index of the character it came from."""
    if text.isascii():
        return text, list(range(len(text)))
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for out in _fold_char(char):
            chars.append(out)
            origin.append(index)
    return "".join(chars), origin


def _is_ascii_word(segment: str) -> bool:
    return bool(_LATIN.fullmatch(segment) or _DIGITS.fullmatch(segment))


def _start_guard(segment: str, boundary: Boundary) -> str:
    if boundary == "word":
        return r"(?<![A-Za-z0-9])" if _is_ascii_word(segment) else ""
    if _LATIN.fullmatch(segment):
        return r"(?<![A-Za-z])"
    return r"(?<![0-9])" if _DIGITS.fullmatch(segment) else ""


def _end_guard(segment: str, boundary: Boundary) -> str:
    if boundary == "word":
        return r"(?![A-Za-z0-9])" if _is_ascii_word(segment) else ""
    if _LATIN.fullmatch(segment):
        return r"(?:(?![A-Za-z])|(?=[xX]\s*[0-9]))"
    return r"(?![0-9])" if _DIGITS.fullmatch(segment) else ""


def alias_pattern(alias: str, boundary: Boundary, case_sensitive: bool = False) -> str | None:
    """A regex for one alias, or None for an alias too bare to find in prose.

    A name of digits alone ("20'") is found only with its apostrophe: a bare "20" in a message
    is a weight or a count far more often than a container size.
    """
    text = "".join(_fold_char(char) for char in alias).strip()
    segments = _SEGMENT.findall(text)
    if not segments:
        return None
    body = []
    for index, segment in enumerate(segments):
        if index and (_is_ascii_word(segment) or _is_ascii_word(segments[index - 1])):
            body.append(_SEPARATOR)
        body.append(re.escape(segment))
    pattern = "".join(body)
    if not case_sensitive:
        pattern = f"(?i:{pattern})"
    start = _start_guard(segments[0], boundary)
    if all(_DIGITS.fullmatch(segment) for segment in segments):
        if not re.search(_APOSTROPHE + r"\s*$", text):
            return None
        return f"{start}{pattern}\\s*{_APOSTROPHE}"
    return f"{start}{pattern}{_end_guard(segments[-1], boundary)}"


@dataclass(frozen=True)
class Alias(Generic[T]):
    text: str
    target: T
    case_sensitive: bool = False


class MentionFinder(Generic[T]):
    """Leftmost-longest, non-overlapping mentions of known aliases in free text."""

    def __init__(self, aliases: Iterable[Alias[T]], boundary: Boundary) -> None:
        self._boundary = boundary
        self._targets: dict[str, T] = {}
        self._patterns: list[tuple[int, str]] = []
        seen: set[str] = set()
        for alias in aliases:
            key = lookup_key(alias.text)
            pattern = alias_pattern(alias.text, boundary, alias.case_sensitive)
            if not key or pattern is None or pattern in seen:
                continue
            seen.add(pattern)
            self._targets.setdefault(key, alias.target)
            self._patterns.append((len(key), pattern))

    @cached_property
    def _regex(self) -> re.Pattern[str] | None:
        if not self._patterns:
            return None
        # Alternation takes the first branch that matches at the leftmost position: longest first.
        ordered = sorted(self._patterns, key=lambda item: -item[0])
        return re.compile("|".join(pattern for _, pattern in ordered))

    def find_all(self, text: str) -> list[tuple[int, int, T]]:
        regex = self._regex
        if regex is None or not text:
            return []
        normalised, origin = normalise_with_origin(text)
        found: list[tuple[int, int, T]] = []
        for match in regex.finditer(normalised):
            target = self._targets.get(lookup_key(match.group()))
            if target is not None and match.end() > match.start():
                found.append((origin[match.start()], origin[match.end() - 1] + 1, target))
        return found
