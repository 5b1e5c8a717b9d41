"""Container types as agents write them, and ISO 6346 container numbers (箱号).

The catalogue resolves "40'HC", "40hc", "４０ＨＱ", "高柜" to 40HQ and finds every container
type mentioned in a message ("2x40HQ + 1*20GP", "3个高柜"). Canonical codes, ISO 6346 size-type
codes (45G1) and the aliases of data/container_types.csv are all keys.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path

from csdesk.rules.fastre import compile_plain
from csdesk.rules.mentions import Alias, MentionFinder, lookup_key
from csdesk.rules.records import FrozenRecord
from csdesk.rules.refcsv import flag, read_rows, split_aliases


class ContainerSpec(FrozenRecord):
    code: str
    iso_code: str
    category: str
    teu: int
    max_payload_kg: int
    volume_m3: float
    special: bool
    aliases: tuple[str, ...]
    _fields = (
        "code", "iso_code", "category", "teu", "max_payload_kg", "volume_m3", "special", "aliases"
    )  # fmt: skip

    def __init__(
        self,
        code: str,
        iso_code: str,
        category: str,
        teu: int,
        max_payload_kg: int,
        volume_m3: float,
        special: bool,
        aliases: tuple[str, ...] = (),
    ) -> None:
        self._assign(code, iso_code, category, teu, max_payload_kg, volume_m3, special, aliases)

    @property
    def names(self) -> tuple[str, ...]:
        """Every way this type is written: its code, its ISO size-type code, its aliases."""
        return (self.code, self.iso_code, *self.aliases)


# The order agents read container types in: plain boxes, high cubes, then special equipment.
CATEGORY_ORDER = ("GP", "HQ", "RF", "OT", "FR", "TK")


def catalogue_order(spec: ContainerSpec) -> tuple[int, int, str]:
    """Sort key giving 20GP 40GP 40HQ 45HQ 20RF 40RF 20OT 40OT 20FR 40FR 20TK."""
    rank = CATEGORY_ORDER.index(spec.category) if spec.category in CATEGORY_ORDER else 99
    return rank, spec.teu, spec.code


def spec_from_row(row: dict[str, str]) -> ContainerSpec:
    """A spec from a row of data/container_types.csv (or the same fields from the store)."""
    return ContainerSpec(
        code=row["code"],
        iso_code=row["iso_code"],
        category=row["category"],
        teu=int(row["teu"]),
        max_payload_kg=int(row["max_payload_kg"]),
        volume_m3=float(row["volume_m3"]),
        special=flag(row["special"]),
        aliases=split_aliases(row.get("aliases", "")),
    )


class ContainerCatalog:
    def __init__(self, specs: Iterable[ContainerSpec]) -> None:
        self._specs = tuple(specs)
        self._by_key: dict[str, ContainerSpec] = {}
        # Canonical codes first, so an alias can never take over another type's code.
        for spec in self._specs:
            self._by_key[lookup_key(spec.code)] = spec
        for spec in self._specs:
            for name in spec.names:
                self._by_key.setdefault(lookup_key(name), spec)

    @classmethod
    def from_csv(cls, path: Path) -> ContainerCatalog:
        return cls(spec_from_row(row) for row in read_rows(path))

    @property
    def specs(self) -> tuple[ContainerSpec, ...]:
        return self._specs

    def codes(self) -> list[str]:
        return [spec.code for spec in self._specs]

    def resolve(self, text: str) -> ContainerSpec | None:
        """The type a whole field names: "40'HC", "40hc", "４０ＨＱ", "高柜" give 40HQ.

        Apostrophes are optional, so a field reading just "40" is the plain 40-foot box (40GP);
        in free text `find_all` wants the apostrophe ("40'") before taking a number as a size.
        """
        key = lookup_key(text)
        return self._by_key.get(key) if key else None

    @cached_property
    def _finder(self) -> MentionFinder[ContainerSpec]:
        aliases = [
            Alias(name, self._by_key[lookup_key(name)])
            for spec in self._specs
            for name in spec.names
            if lookup_key(name) in self._by_key
        ]
        return MentionFinder(aliases, boundary="class")

    def find_all(self, text: str) -> list[tuple[int, int, ContainerSpec]]:
        """(start, end, spec) of each container type in a message, leftmost-longest first."""
        return self._finder.find_all(text)


# ISO 6346: owner code (3 letters), category (U freight container, J detachable equipment,
# Z trailer or chassis), serial number (6 digits), check digit.
# Compiled on first use (a parse never checks a container number).
_CONTAINER_NUMBER = compile_plain(r"[A-Z]{3}[UJZ][0-9]{6}[0-9]")
_NUMBER_NOISE = compile_plain(r"[\s\-./]+")


def _letter_values() -> dict[str, int]:
    """A=10 upwards, skipping 11 and its multiples (ISO 6346 Annex A)."""
    values: dict[str, int] = {}
    value = 10
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if value % 11 == 0:
            value += 1
        values[letter] = value
        value += 1
    return values


_LETTER_VALUES = _letter_values()


def iso6346_check_digit(first10: str) -> int:
    """The check digit of owner code, category and serial number ("CSQU305438" gives 3)."""
    if len(first10) != 10:
        raise ValueError(f"need the first 10 characters of a container number, got {first10!r}")
    total = 0
    for position, char in enumerate(first10.upper()):
        if char.isdigit():
            value = int(char)
        elif char in _LETTER_VALUES:
            value = _LETTER_VALUES[char]
        else:
            raise ValueError(f"not a container number character: {char!r}")
        total += value * 2**position
    return total % 11 % 10


def normalise_container_number(text: str) -> str:
    """ "csqu 305438-3" and "ＣＳＱＵ３０５４３８３" become "CSQU3054383"."""
    return _NUMBER_NOISE.sub("", unicodedata.normalize("NFKC", text)).upper()


def check_container_number(text: str) -> tuple[bool, int | None]:
    """(check digit right, expected check digit); a malformed number gives (False, None)."""
    number = normalise_container_number(text)
    if not _CONTAINER_NUMBER.fullmatch(number):
        return False, None
    expected = iso6346_check_digit(number[:10])
    return int(number[10]) == expected, expected
