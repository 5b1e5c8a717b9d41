"""Commodities the desk sees often, with the density range a shipment of them plausibly has."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from csdesk.rules.fastre import compile_fast
from csdesk.rules.records import FrozenRecord
from csdesk.rules.trie_pattern import trie_pattern


class Commodity(FrozenRecord):
    code: str
    names_zh: tuple[str, ...]
    names_en: tuple[str, ...]
    min_kg_m3: float
    max_kg_m3: float
    _fields = ("code", "names_zh", "names_en", "min_kg_m3", "max_kg_m3")

    def __init__(
        self,
        code: str,
        names_zh: tuple[str, ...],
        names_en: tuple[str, ...],
        min_kg_m3: float,
        max_kg_m3: float,
    ) -> None:
        self._assign(code, names_zh, names_en, min_kg_m3, max_kg_m3)


# The characters outside ASCII that IGNORECASE matches with an ASCII letter.
_ASCII_TWINS = "\u0130\u0131\u017f\u212a"


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


class CommodityTable:
    """Finds commodity names in free text: Chinese names anywhere, English ones as whole words."""

    def __init__(self, commodities: list[Commodity]) -> None:
        self.commodities = commodities
        names: list[tuple[str, Commodity]] = []
        for commodity in commodities:
            names.extend((name, commodity) for name in commodity.names_zh + commodity.names_en)
        # Longest first so 锂电池 wins over 电池 and "steel pipes" over "steel".
        names.sort(key=lambda item: -len(item[0]))
        self._by_name = {name.casefold(): commodity for name, commodity in names}
        chinese_names = [name for name in self._by_name if not name.isascii()]
        chinese = trie_pattern(chinese_names)
        # A text of ASCII alone holds none of the Chinese names when each has a character no
        # ASCII one matches under IGNORECASE (all but dotted and dotless i, long s and the
        # Kelvin sign): the pattern is not run on an English message.
        self._chinese_in_ascii = any(
            all(char.isascii() or char in _ASCII_TWINS for char in name) for name in chinese_names
        )
        english = trie_pattern(name for name in self._by_name if name.isascii())
        # Found in width-folded text (the parser's), where compile_fast holds. Two patterns,
        # each skipping in C to the characters its names begin with (one pattern for both
        # tries every letter and every character of a Chinese name at each position).
        self._chinese = compile_fast(chinese, re.IGNORECASE)
        self._english = compile_fast(rf"(?<![A-Za-z]){english}(?![A-Za-z])", re.IGNORECASE)

    @classmethod
    def from_csv(cls, path: Path) -> CommodityTable:
        with path.open(encoding="utf-8", newline="") as handle:
            lines = (line for line in handle if line.strip() and not line.startswith("#"))
            rows = list(csv.DictReader(lines))
        return cls(
            [
                Commodity(
                    code=row["code"].strip(),
                    names_zh=_split(row["names_zh"]),
                    names_en=_split(row["names_en"]),
                    min_kg_m3=float(row["min_kg_m3"]),
                    max_kg_m3=float(row["max_kg_m3"]),
                )
                for row in rows
            ]
        )

    def find_all(self, text: str) -> list[tuple[int, int, Commodity]]:
        """Leftmost names, none overlapping, a Chinese name first where both begin: what
        `chinese|english` as one pattern finds, from the next match of each."""
        found: list[tuple[int, int, Commodity]] = []
        english = self._english.search(text)
        ascii_only = text.isascii() and not self._chinese_in_ascii
        chinese = None if ascii_only else self._chinese.search(text)
        while True:
            if chinese is not None and (english is None or chinese.start() <= english.start()):
                match = chinese
            elif english is not None:
                match = english
            else:
                return found
            found.append((match.start(), match.end(), self._by_name[match.group(0).casefold()]))
            end = match.end()
            if chinese is not None and chinese.start() < end:
                chinese = self._chinese.search(text, end)
            if english is not None and english.start() < end:
                english = self._english.search(text, end)

    def match(self, text: str) -> Commodity | None:
        """The commodity a description names first, or None."""
        found = self.find_all(text)
        return found[0][2] if found else None
