"""Dangerous-goods hints in a commodity or a message (handbook H41: check DG before booking).

`DGKeywords.hints("锂电池 UN3480, 第9类")` gives ["锂电池", "UN3480", "class 9"]: the words of
data/dg_keywords.csv the text contains, its UN numbers and the IMDG classes it names. A hint
asks the agent to check the MSDS and the class; it never decides that goods are DG.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from csdesk.rules.fastre import compile_plain
from csdesk.rules.mentions import Alias, MentionFinder, normalise_with_origin
from csdesk.rules.records import FrozenRecord
from csdesk.rules.refcsv import read_rows

H = TypeVar("H")

# "UN1263", "UN 3480", "UN-1170", "UN NO. 1993", "UN#1950", "UN号1263", "UN编号：3480",
# "联合国编号 1263".
_UN_NUMBER = compile_plain(
    r"(?:(?<![A-Za-z])UN\s*(?:NO\.?|NR\.?|NUMBER|#|号|编号)?|联合国(?:危险品|危规)?编号)"
    r"\s*[:：\-.#]?\s*([0-9]{4})(?![0-9])",
    re.IGNORECASE,
)
# "class 3", "Class 4.1", "CLASS:9", "第3类", "3类", "6.1类".
_CLASS = compile_plain(
    r"(?<![A-Za-z])class\s*[:：]?\s*([1-9](?:\.[1-6])?)(?![0-9.])"
    r"|(?<![0-9.])(?:第\s*)?([1-9](?:\.[1-6])?)\s*类",
    re.IGNORECASE,
)
IMDG_CLASSES = frozenset(
    ("1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2", "2.1", "2.2", "2.3", "3", "4", "4.1",
     "4.2", "4.3", "5", "5.1", "5.2", "6", "6.1", "6.2", "7", "8", "9")
)  # fmt: skip
# "IMO 9321483" is a ship's number, not an IMO-class cargo.
_SHIP_NUMBER_AFTER = compile_plain(r"\s*[:：]?\s*[0-9]{7}(?![0-9])")
_SHORT_CODE = compile_plain(r"[A-Z]{2,5}")
# Codes that are also ordinary words ("un" in French, "imo" in chat) count only in capitals;
# "dg" and "msds" typed in lower case still count.
_CAPITALS_ONLY = frozenset({"UN", "IMO"})


class DGKeyword(FrozenRecord):
    keyword: str
    lang: str
    class_hint: str
    note: str
    _fields = ("keyword", "lang", "class_hint", "note")

    def __init__(self, keyword: str, lang: str, class_hint: str, note: str) -> None:
        self._assign(keyword, lang, class_hint, note)


class DGScan(FrozenRecord):
    """What a text says about dangerous goods, each list in the order the text says it."""

    keywords: tuple[DGKeyword, ...]
    un_numbers: tuple[str, ...]
    classes: tuple[str, ...]
    hints: tuple[str, ...]
    _fields = ("keywords", "un_numbers", "classes", "hints")

    def __init__(
        self,
        keywords: tuple[DGKeyword, ...],
        un_numbers: tuple[str, ...],
        classes: tuple[str, ...],
        hints: tuple[str, ...],
    ) -> None:
        self._assign(keywords, un_numbers, classes, hints)

    @property
    def found(self) -> bool:
        return bool(self.hints)

    @property
    def class_hints(self) -> tuple[str, ...]:
        """Classes named outright first, then the classes the keywords usually mean."""
        named = list(self.classes)
        for keyword in self.keywords:
            if keyword.class_hint and keyword.class_hint not in named:
                named.append(keyword.class_hint)
        return tuple(named)


def _forms(keyword: DGKeyword) -> Iterator[str]:
    """A word and, in English, its plural, so "batteries" and "paints" count."""
    word = keyword.keyword
    yield word
    if keyword.lang != "en":
        return
    if _SHORT_CODE.fullmatch(word):
        return
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        yield word[:-1] + "ies"
    elif word.endswith(("s", "x", "ch", "sh")):
        yield word + "es"
    else:
        yield word + "s"


class DGKeywords:
    def __init__(self, keywords: Iterable[DGKeyword]) -> None:
        self._keywords = tuple(keywords)
        aliases = [
            Alias(form, keyword, form in _CAPITALS_ONLY)
            for keyword in self._keywords
            for form in _forms(keyword)
        ]
        self._finder = MentionFinder(aliases, boundary="word")

    @classmethod
    def from_csv(cls, path: Path) -> DGKeywords:
        return cls(
            DGKeyword(row["keyword"], row["lang"], row.get("class_hint", ""), row.get("note", ""))
            for row in read_rows(path)
        )

    @property
    def keywords(self) -> tuple[DGKeyword, ...]:
        return self._keywords

    def hints(self, text: str) -> list[str]:
        """Matched keywords, UN numbers ("UN1263") and classes ("class 3"), in text order."""
        return list(self.scan(text).hints)

    def scan(self, text: str) -> DGScan:
        numbers, classes, keywords = self._mentions(text)
        ordered = sorted(
            [(start, keyword.keyword) for start, _, keyword in keywords]
            + [(start, label) for start, _, label in numbers + classes]
        )
        return DGScan(
            keywords=_unique(keyword for _, _, keyword in keywords),
            un_numbers=_unique(label for _, _, label in numbers),
            classes=_unique(label.removeprefix("class ") for _, _, label in classes),
            hints=_unique(label for _, label in ordered),
        )

    def keyword_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the keywords sit in `text`, first mention of each, for a reader to mark."""
        seen: set[str] = set()
        spans: list[tuple[int, int]] = []
        found = self._finder.find_all(text)
        if not found:  # most messages: no numbers and classes to set the keywords apart from
            return spans
        for start, end, keyword in self._mentions(text, found)[2]:
            if keyword.keyword not in seen:
                seen.add(keyword.keyword)
                spans.append((start, end))
        return spans

    def _mentions(
        self, text: str, found: list[tuple[int, int, DGKeyword]] | None = None
    ) -> tuple[list[_Labelled], list[_Labelled], list[tuple[int, int, DGKeyword]]]:
        normalised, origin = normalise_with_origin(text)

        def span(match: re.Match[str], label: str) -> _Labelled:
            return origin[match.start()], origin[match.end() - 1] + 1, label

        numbers = [span(m, f"UN{m.group(1)}") for m in _UN_NUMBER.finditer(normalised)]
        classes = [
            span(m, f"class {m.group(1) or m.group(2)}")
            for m in _CLASS.finditer(normalised)
            if (m.group(1) or m.group(2)) in IMDG_CLASSES
        ]
        keywords = [
            (start, end, keyword)
            for start, end, keyword in (self._finder.find_all(text) if found is None else found)
            if not _inside(start, end, numbers + classes) and not _ship_number(keyword, text, end)
        ]
        return numbers, classes, keywords


_Labelled = tuple[int, int, str]


def _inside(start: int, end: int, spans: list[_Labelled]) -> bool:
    """The bare "UN" of "UN 3480" is part of the number, not a hint of its own."""
    return any(span_start <= start and end <= span_end for span_start, span_end, _ in spans)


def _ship_number(keyword: DGKeyword, text: str, end: int) -> bool:
    return keyword.keyword == "IMO" and _SHIP_NUMBER_AFTER.match(text, end) is not None


def _unique(items: Iterable[H]) -> tuple[H, ...]:
    return tuple(dict.fromkeys(items))
