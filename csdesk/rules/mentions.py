"""Recognising names agents write (ports, container types) exactly or inside free text.

Agents type "40'HQ", "４０ＨＱ", "40 hq", "NINGBO-LAGOS", "宁波到拉各斯". Two tools:
- `lookup_key` folds a whole field to the key an index is keyed on (width, case, accents,
  spaces and punctuation never matter), for exact look-ups;
- `MentionFinder` finds the leftmost-longest non-overlapping mentions in a message and maps
  them back to positions in the original text.

The finder cuts a message into tokens (runs of Latin letters, runs of digits, single CJK
characters) and, from each token, joins the following tokens while the joined key is still the
beginning of a known name. Tokens being maximal runs gives the boundaries for free: "LOS" is
never found inside "CLOSE" and "HC" never inside "HCM".
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, Generic, Literal, TypeVar

from csdesk.rules.fastre import compile_plain
from csdesk.rules.records import FrozenRecord

T = TypeVar("T")

_TOKEN_PATTERN = r"[A-Za-z]+|[0-9]+|[^\W_]"
# What may stand between the parts of one name: "40' HQ", "Dar-es-Salaam", "St. Petersburg".
_JOINING_GAP = compile_plain(r"[\s'’‘′`\-./]*")
# The text cut into gap, token, gap, token... in C; a gap holding only these characters (the
# joining gap's class spelled out for `str.strip`) joins the tokens either side of it.
_TOKEN_SPLIT = compile_plain(f"({_TOKEN_PATTERN})")
# (`\\s` is str.isspace in a str pattern; asking it is a few times cheaper than the pattern.)
_APOSTROPHES = "'’‘′`"
# Every character below U+3001 that str.isspace() accepts, spelled out rather than found by
# asking 12,289 characters on import (tests/unit/test_mentions_chars.py asks them).
_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_JOINING_CHARS = _SPACES + "'’‘′`-./"
# "40HQX2": a trailing X before a number is a multiplication sign, not part of the word.
_TRAILING_TIMES = compile_plain(r"[xX](?=\s*[0-9])")
_NOT_ALNUM = compile_plain(r"[\W_]+")

# "word": a Latin or digit token must not touch another Latin or digit token ("LOS2" is no
#         port), as ports are words.
# "class": letters touch digits freely ("2x40HQ", "2HQ"), as container codes are.
Boundary = Literal["word", "class"]


@lru_cache(maxsize=8192)
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
    folded = text if text.isascii() else text.translate(_FOLD)
    # `[\W_]` is what str.isalnum refuses: one substitution in C instead of a Python step per
    # character (an index of the ports folds some 20,000 names when it is built).
    return _NOT_ALNUM.sub("", folded.casefold())


class _FoldTable(dict[int, str]):
    """`str.translate` table of `_fold_char`, filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD = _FoldTable()
# A text of ASCII and the common Chinese characters (CJK Unified Ideographs) only: each folds to
# itself (tests/unit/test_mentions_chars.py asks every one), so there is nothing to translate.
_FOLDS_ITSELF = compile_plain(r"[\x00-\x7f\u4e00-\u9fff]*")


@lru_cache(maxsize=16)
def normalise_with_origin(text: str) -> tuple[str, Sequence[int]]:
    """Folded text and, for each of its characters, the index of the character it came from.
    Cached: the parser looks for ports, containers and DG words in the same message."""
    folded = text if _FOLDS_ITSELF.fullmatch(text) else text.translate(_FOLD)
    if len(folded) == len(text):  # one character for one: the usual case, no list to build
        return folded, range(len(text))
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for out in _fold_char(char):
            chars.append(out)
            origin.append(index)
    return "".join(chars), tuple(origin)


class Alias(FrozenRecord, Generic[T]):
    text: str
    target: T
    case_sensitive: bool
    _fields = ("text", "target", "case_sensitive")

    def __init__(self, text: str, target: T, case_sensitive: bool = False) -> None:
        self._assign(text, target, case_sensitive)


class _Tokens:
    """The tokens of a text as parallel lists (a list per attribute is several times cheaper
    to build than an object per token, and a message has dozens of tokens)."""

    __slots__ = ("end", "folded", "joined", "start", "text")

    def __init__(
        self, start: list[int], end: list[int], text: list[str], joined: list[bool]
    ) -> None:
        self.start, self.end, self.text = start, end, text
        self.folded = list(map(str.casefold, text))
        # Only joining characters (or nothing) since the previous token.
        self.joined = joined

    def __len__(self) -> int:
        return len(self.start)


@lru_cache(maxsize=16)
def _tokens(text: str, boundary: Boundary) -> _Tokens:
    """Tokens of `text`; cached, as three finders look through the same message. With the
    "class" boundary a trailing x before a number is a token of its own ("40HQX2")."""
    words = _word_tokens(text)
    if boundary != "class" or ("x" not in text and "X" not in text):
        return words
    # Tokens ending in the x of "40HQX2", found from where each x stands.
    cuts = []
    for times in _TRAILING_TIMES.finditer(text):
        x_end = times.end()
        index = bisect.bisect_left(words.end, x_end)
        # The x closes a token longer than itself ("HQX", not the "x" of "2x40").
        if index < len(words) and words.end[index] == x_end and x_end - words.start[index] > 1:
            cuts.append(index)
    if not cuts:
        return words
    start, end, texts, joined = (
        list(words.start),
        list(words.end),
        list(words.text),
        list(words.joined),
    )
    for index in reversed(cuts):
        word = texts[index]
        start[index + 1 : index + 1] = [end[index] - 1]
        end[index : index + 1] = [end[index] - 1, end[index]]
        texts[index : index + 1] = [word[:-1], word[-1]]
        joined[index + 1 : index + 1] = [True]
    return _Tokens(start, end, texts, joined)


@lru_cache(maxsize=16)
def _word_tokens(text: str) -> _Tokens:
    parts = _TOKEN_SPLIT.split(text)
    # Where each token starts and ends, from one pass over the parts (gap, token, gap...):
    # compiled (csdesk.compiled), a loop of native lengths and appends, several times cheaper
    # than `accumulate` over them and a slice of each list.
    starts: list[int] = []
    ends: list[int] = []
    joined: list[bool] = []
    joining = _JOINING_CHARS
    offset = 0
    for index in range(0, len(parts) - 1, 2):
        gap = parts[index]
        # A token is joined to the one before when only joining characters (or none) stand
        # between them (for the first token: between it and the start of the text).
        joined.append(not gap or not gap.strip(joining))
        offset += len(gap)
        starts.append(offset)
        offset += len(parts[index + 1])
        ends.append(offset)
    return _Tokens(starts, ends, parts[1::2], joined)


class MentionFinder(Generic[T]):
    """Leftmost-longest, non-overlapping mentions of known aliases in free text."""

    def __init__(self, aliases: Iterable[Alias[T]], boundary: Boundary) -> None:
        self._boundary = boundary
        # key -> (target, needs an apostrophe after it); case-folded and exact-case tables.
        self._folded: dict[str, tuple[T, bool]] = {}
        self._exact: dict[str, tuple[T, bool]] = {}
        for alias in aliases:
            key = lookup_key(alias.text)
            # A name of digits alone ("20'") is found only with its apostrophe: a bare 20 in a
            # message is a weight or a count far more often than a container size.
            needs_apostrophe = key.isdigit()
            if not key or (needs_apostrophe and not _has_apostrophe(alias.text)):
                continue
            entry = (alias.target, needs_apostrophe)
            if alias.case_sensitive:
                exact = "".join(_fold_char(char) for char in alias.text if char.isalnum())
                self._exact.setdefault(exact, entry)
            else:
                self._folded.setdefault(key, entry)
        self._folded_prefixes = _prefixes(self._folded)
        self._exact_prefixes = _prefixes(self._exact)
        # What a token a name can begin with folds to: one look-up a token picks the few to
        # follow (a name in its exact capitals is folded too, so a token folding the same way
        # in other capitals is followed and found to begin none).
        self._begins = self._folded_prefixes | {key.casefold() for key in self._exact_prefixes}

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its tables (the port index is kept on disk with its finder): compiled by
        mypyc (csdesk.compiled), the class has no __dict__ to restore, and making it calls
        `__init__`."""
        tables = (self._folded, self._exact, self._folded_prefixes, self._exact_prefixes)
        return (_restored, (self._boundary, *tables, self._begins))

    def find_all(self, text: str) -> list[tuple[int, int, T]]:
        if not text or not (self._folded or self._exact):
            return []
        normalised, origin = normalise_with_origin(text)
        tokens = _tokens(normalised, self._boundary)
        found: list[tuple[int, int, T]] = []
        folded, begins = tokens.folded, self._begins
        # Most messages hold no DG word, many no container or port name: asked in C first.
        if begins.isdisjoint(folded):
            return found
        # The tokens a name can begin with, picked out in one pass in C-speed comprehension
        # rather than one Python step per token (most tokens of a message begin no name).
        candidates = [index for index, word in enumerate(folded) if word in begins]
        words = self._boundary == "word"
        texts, ends, starts, joined = tokens.text, tokens.end, tokens.start, tokens.joined
        count = len(starts)
        folded_table, folded_prefixes = self._folded, self._folded_prefixes
        exact_table, exact_prefixes = self._exact, self._exact_prefixes
        any_exact = bool(exact_prefixes)
        resume = 0  # mentions do not overlap: the next one begins after the last one found
        # The longest name starting at each candidate token `first`, found here rather than in
        # a method called for each (its set-up cost more than the search for most candidates).
        for first in candidates:
            if first < resume:
                continue
            # The "word" boundary does not pass between Latin or digit runs with nothing
            # between them ("LOS2" is no port).
            if (
                words
                and first
                and ends[first - 1] == starts[first]
                and texts[first - 1].isascii()
                and texts[first].isascii()
            ):
                continue
            best: tuple[int, int, T] | None = None
            folded_key = exact_key = ""
            # Each prefix followed only while some name still begins with it.
            folded_alive, exact_alive = True, any_exact
            for last in range(first, count):
                if last > first and not joined[last]:
                    break
                if folded_alive:
                    folded_key += folded[last]
                    folded_alive = folded_key in folded_prefixes
                if exact_alive:
                    exact_key += texts[last]
                    exact_alive = exact_key in exact_prefixes
                if not (folded_alive or exact_alive):
                    break
                # A name in its exact capitals ("NSA") wins over the same letters folded.
                entry = exact_table.get(exact_key) if exact_alive else None
                if entry is None and folded_alive:
                    entry = folded_table.get(folded_key)
                if entry is None:
                    continue
                # Not a name when the token after it runs on as a word ("LOS2").
                if (
                    words
                    and last + 1 < count
                    and ends[last] == starts[last + 1]
                    and texts[last].isascii()
                    and texts[last + 1].isascii()
                ):
                    continue
                end = _end_with_apostrophe(normalised, tokens, last) if entry[1] else ends[last]
                if end is not None:
                    best = (last, end, entry[0])
            if best is None:
                continue
            last, end, target = best
            found.append((origin[starts[first]], origin[end - 1] + 1, target))
            resume = last + 1
        return found


def _restored(
    boundary: Boundary,
    folded: dict[str, tuple[T, bool]],
    exact: dict[str, tuple[T, bool]],
    folded_prefixes: frozenset[str],
    exact_prefixes: frozenset[str],
    begins: frozenset[str],
) -> MentionFinder[T]:
    """A pickled finder made again from its tables, without working them out again."""
    finder: MentionFinder[T] = MentionFinder((), boundary)
    finder._folded, finder._exact = folded, exact
    finder._folded_prefixes, finder._exact_prefixes = folded_prefixes, exact_prefixes
    finder._begins = begins
    return finder


def _has_apostrophe(alias: str) -> bool:
    return any(char in _APOSTROPHES for char in unicodedata.normalize("NFKC", alias))


def _end_with_apostrophe(text: str, tokens: _Tokens, index: int) -> int | None:
    """The offset just past the apostrophe after token `index`, or None when there is none."""
    stop = tokens.start[index + 1] if index + 1 < len(tokens) else len(text)
    end = tokens.end[index]
    gap = text[end:stop]
    stripped = gap.lstrip()
    if stripped and stripped[0] in _APOSTROPHES:
        return end + (len(gap) - len(stripped)) + 1
    return None


def _prefixes(keys: Iterable[str]) -> frozenset[str]:
    return frozenset(key[:length] for key in keys for length in range(1, len(key) + 1))
