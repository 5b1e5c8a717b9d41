"""Ports as agents write them: UN/LOCODE, English and Chinese names, aliases, codes.

`PortIndex` resolves a port field ("Ningbo", "NINGBO", "宁波", "CNNGB", "宁波港"), finds the
ports a message mentions ("宁波到拉各斯", "NINGBO-LAGOS", "POL: CNNGB") and suggests the closest
ports for a name it does not know, including by pinyin ("拉哥斯" is close to 拉各斯).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path

from csdesk.rules.fastre import compile_plain
from csdesk.rules.mentions import Alias, MentionFinder, lookup_key
from csdesk.rules.names import pinyin_keys
from csdesk.rules.records import FrozenRecord
from csdesk.rules.refcsv import read_rows, split_aliases

# Codes agents type in capitals ("LOS", "JEA"): in a message only whole words in capitals count,
# so "los" in Spanish prose or "Dar" in a sentence is not a port; a locode too, whole or split
# ("MACAS", "MA CAS": never "maçãs", apples in Portuguese).
_SHORT_CODE = compile_plain(r"[A-Z]{2,4}|[A-Z]{2} ?[A-Z]{3}")
_HAS_CJK = compile_plain(r"[\u3400-\u9fff]")
_ALL_CJK = compile_plain(r"[\u3400-\u9fff]+")
_SUGGEST_CUTOFF = 0.6
# One syllable's sound off in a name of three or more ("吉布堤" jibudi for 吉布提 jibuti).
_SOUND_CUTOFF = 0.8
_SPELLING_CUTOFF = 0.85


class PortRef(FrozenRecord):
    locode: str
    name_en: str
    name_zh: str
    country: str
    lane: str
    aliases: tuple[str, ...]
    _fields = ("locode", "name_en", "name_zh", "country", "lane", "aliases")

    def __init__(
        self,
        locode: str,
        name_en: str,
        name_zh: str,
        country: str,
        lane: str,
        aliases: tuple[str, ...] = (),
    ) -> None:
        self._assign(locode, name_en, name_zh, country, lane, aliases)

    @property
    def names(self) -> tuple[str, ...]:
        """Every written form, the official ones first: locode, English, Chinese, aliases."""
        return (self.locode, self.name_en, self.name_zh, *(_plain(a) for a in self.aliases))

    def label(self, lang: str = "zh") -> str:
        name = self.name_zh if lang == "zh" and self.name_zh else self.name_en
        return f"{name} ({self.locode})"


def port_from_row(row: dict[str, str]) -> PortRef:
    """A port from a row of data/ports.csv (or the same fields from the store)."""
    return PortRef(
        locode=row["locode"].upper(),
        name_en=row["name_en"],
        name_zh=row["name_zh"],
        country=row["country"].upper(),
        lane=row["lane"],
        aliases=split_aliases(row.get("aliases", "")),
    )


def _plain(alias: str) -> str:
    return alias.removesuffix(SHARED_MARK)


# An alias ending in "?" is one the port shares with another port ("NSA?" on Nansha: NSA is
# also Nhava Sheva's code). It is claimed after every plain alias, so a whole field reading "NSA"
# still resolves as before, and the parser asks which port a message means.
SHARED_MARK = "?"


def _written_forms(port: PortRef, shared: bool = False) -> Iterator[str]:
    """The port's names plus the forms derived from them: "宁波港" for 宁波, "CN NGB"; with
    `shared`, only the forms of its shared aliases."""
    if shared:
        yield from (_plain(a) for a in port.aliases if a.endswith(SHARED_MARK))
        return
    yield from (name for name in port.names[:3])
    yield from (a for a in port.aliases if not a.endswith(SHARED_MARK))
    yield f"{port.locode[:2]} {port.locode[2:]}"
    for name in (port.name_zh, *port.aliases):
        if _ALL_CJK.fullmatch(name) and not name.endswith("港"):
            yield f"{name}港"


class PortIndex:
    def __init__(self, ports: Iterable[PortRef]) -> None:
        self._ports = tuple(ports)
        self._by_locode = {port.locode: port for port in self._ports}
        self._claims: dict[str, list[PortRef]] = {}
        # Official names claim their keys before any alias does, whatever the file order.
        for port in self._ports:
            for name in (port.locode, port.name_en, port.name_zh):
                self._claim(lookup_key(name), port)
        for shared in (False, True):
            for port in self._ports:
                for name in _written_forms(port, shared):
                    self._claim(lookup_key(name), port)

    def _claim(self, key: str, port: PortRef) -> None:
        if not key:
            return
        claimants = self._claims.setdefault(key, [])
        if port not in claimants:
            claimants.append(port)

    @classmethod
    def from_csv(cls, path: Path) -> PortIndex:
        return cls(port_from_row(row) for row in read_rows(path))

    @property
    def ports(self) -> tuple[PortRef, ...]:
        return self._ports

    def get(self, locode: str) -> PortRef | None:
        return self._by_locode.get(locode.strip().upper())

    def with_location_code(self, code: str) -> list[PortRef]:
        """The ports whose UN/LOCODE ends in `code` ("CAN" for CNCAN): what agents write in a
        route's shorthand ("CAN-COO") even where the code is also a word ("can")."""
        return [port for port in self._ports if port.locode[2:] == code]

    def ambiguous(self) -> dict[str, tuple[str, ...]]:
        """Keys written for more than one port, with the locodes that share them."""
        return {
            key: tuple(port.locode for port in claimants)
            for key, claimants in self._claims.items()
            if len(claimants) > 1
        }

    def claimants(self, text: str) -> tuple[PortRef, ...]:
        """Every port a written form names, the one `resolve` gives first."""
        return tuple(self._claims.get(lookup_key(text), ()))

    def resolve(self, text: str) -> PortRef | None:
        """The port a whole field names; case, width, spaces and punctuation never matter."""
        claimants = self._claims.get(lookup_key(text))
        return claimants[0] if claimants else None

    def by_lane(self, code: str) -> list[PortRef]:
        return [port for port in self._ports if port.lane == code]

    @cached_property
    def _finder(self) -> MentionFinder[PortRef]:
        aliases: list[Alias[PortRef]] = []
        for port in self._ports:
            for name in (*_written_forms(port), *_written_forms(port, shared=True)):
                target = self.resolve(name)
                if target is not None:
                    aliases.append(Alias(name, target, bool(_SHORT_CODE.fullmatch(name))))
        return MentionFinder(aliases, boundary="word")

    def find_all(self, text: str) -> list[tuple[int, int, PortRef]]:
        """(start, end, port) of each port a message mentions, leftmost-longest first."""
        return self._finder.find_all(text)

    @cached_property
    def _suggest_keys(self) -> dict[str, PortRef]:
        keys = {key: claimants[0] for key, claimants in self._claims.items()}
        for port in self._ports:
            for name in (port.name_zh, *map(_plain, port.aliases)):
                if _HAS_CJK.search(name):
                    keys.setdefault(pinyin_keys(name)[0], port)
        return keys

    def suggest(self, text: str, limit: int = 3) -> list[PortRef]:
        """The ports closest to a name the index does not know, best first."""
        queries = {lookup_key(text)}
        if _HAS_CJK.search(text):
            queries.add(pinyin_keys(text)[0])
        queries.discard("")
        best: dict[str, float] = {}
        for query in queries:
            for key, score in _close_keys(query, self._suggest_keys):
                locode = self._suggest_keys[key].locode
                best[locode] = max(score, best.get(locode, 0.0))
        ranked = sorted(best, key=lambda locode: -best[locode])
        return [self._by_locode[locode] for locode in ranked[:limit]]

    @cached_property
    def _sound_keys(self) -> dict[str, PortRef]:
        """The pinyin of each Chinese name, for names written with a sound-alike character."""
        return {key: ports[0] for key, ports in self._sound_claims.items()}

    @cached_property
    def _sound_claims(self) -> dict[str, tuple[PortRef, ...]]:
        """Each pinyin key with every port a Chinese name or alias of which sounds so."""
        claims: dict[str, dict[str, PortRef]] = {}
        for port in self._ports:
            for name in (port.name_zh, *map(_plain, port.aliases)):
                if _ALL_CJK.fullmatch(name) and len(name) >= 2:
                    claims.setdefault(pinyin_keys(name)[0], {}).setdefault(port.locode, port)
        return {key: tuple(ports.values()) for key, ports in claims.items()}

    @cached_property
    def _blurred_claims(self) -> dict[str, tuple[PortRef, ...]]:
        """The same keys with the sounds voice input mixes up made one (see `blur_sounds`)."""
        claims: dict[str, dict[str, PortRef]] = {}
        for port in self._ports:
            for name in (port.name_zh, *map(_plain, port.aliases)):
                if _ALL_CJK.fullmatch(name) and len(name) >= 2:
                    key = blur_sounds(_syllables(name))
                    claims.setdefault(key, {}).setdefault(port.locode, port)
        return {key: tuple(ports.values()) for key, ports in claims.items()}

    @cached_property
    def _spelling_keys(self) -> dict[str, dict[str, PortRef]]:
        """Latin names and aliases of five letters or more, by their first letter."""
        keys: dict[str, dict[str, PortRef]] = {}
        for port in self._ports:
            for name in (port.name_en, *map(_plain, port.aliases)):
                key = lookup_key(name)
                if len(key) >= 5 and key.isascii() and key.isalpha():
                    keys.setdefault(key[0], {}).setdefault(key, port)
        return keys

    def spelled_like(self, text: str) -> tuple[PortRef, float] | None:
        """The port whose Latin name is spelt closest to `text` ("Mombassa", "Jebal Ali",
        "Dar es Salam"): one or two letters off, the first letter right, None below 0.85."""
        query = lookup_key(text)
        if len(query) < 5 or not query.isascii():
            return None
        best: tuple[PortRef, float] | None = None
        from difflib import SequenceMatcher  # imported on first use, not with the parser

        matcher = SequenceMatcher(None, "", query)
        for key, port in self._spelling_keys.get(query[0], {}).items():
            if abs(len(key) - len(query)) > 2:
                continue
            matcher.set_seq1(key)
            if matcher.quick_ratio() >= _SPELLING_CUTOFF:
                score = matcher.ratio()
                if score >= _SPELLING_CUTOFF and (best is None or score > best[1]):
                    best = (port, score)
        return best

    @cached_property
    def shared_locodes(self) -> frozenset[str]:
        """Ports named by a written form that names another port too ("NSA")."""
        return frozenset(locode for locodes in self.ambiguous().values() for locode in locodes)

    def sounds_like(self, text: str) -> tuple[PortRef, float, int] | None:
        """The port whose Chinese name sounds like the start of `text` ("达累斯萨拉木 的运费",
        "吉布堤"): (port, closeness, characters it covers); closeness 1.0 for the same
        syllables, less for one sound off, None below 0.8 or under three characters."""
        heard = self.heard_as(text)
        return (heard[0][0], heard[1], heard[2]) if heard is not None else None

    def heard_as(self, text: str) -> tuple[tuple[PortRef, ...], float, int] | None:
        """Every port the start of `text` sounds like, with the closeness and the characters
        it covers: the same syllables first (longest first), then the same syllables with the
        sounds voice input confuses made one ("宁坡" ningpo, "科伦波"), then one sound off."""
        if len(text) < 2 or not _ALL_CJK.fullmatch(text):
            return None
        syllables = _syllables(text)
        lengths = range(len(syllables), 1, -1)
        for length in lengths:
            exact = self._sound_claims.get("".join(syllables[:length]))
            if exact is not None:
                return exact, 1.0, length
        for length in lengths:
            blurred = self._blurred_claims.get(blur_sounds(syllables[:length]))
            if blurred is not None:
                return blurred, 0.9, length
        for length in lengths:
            # Two syllables ("德版", "特玛") only when they sound (nearly) exactly like a name.
            near = self._near_sound("".join(syllables[:length])) if length > 2 else None
            if near is not None:
                return (near[0],), near[1], length
        return None

    @cached_property
    def _sound_keys_by_start(self) -> dict[str, dict[str, PortRef]]:
        """The sound keys by their first two letters, in the order of `_sound_keys`."""
        keys: dict[str, dict[str, PortRef]] = {}
        for key, port in self._sound_keys.items():
            keys.setdefault(key[:2], {})[key] = port
        return keys

    def _near_sound(self, query: str) -> tuple[PortRef, float] | None:
        best: tuple[PortRef, float] | None = None
        from difflib import SequenceMatcher  # imported on first use, not with the parser

        matcher = SequenceMatcher(None, "", query)
        # One sound off, not the first: names are told apart by how they begin.
        for key, port in self._sound_keys_by_start.get(query[:2], {}).items():
            if abs(len(key) - len(query)) > 2:
                continue
            matcher.set_seq1(key)
            if matcher.quick_ratio() >= _SOUND_CUTOFF:
                score = matcher.ratio()
                if score >= _SOUND_CUTOFF and (best is None or score > best[1]):
                    best = (port, score)
        return best

    @cached_property
    def _search_keys(self) -> list[tuple[PortRef, tuple[str, ...]]]:
        return [
            (port, tuple(lookup_key(name) for name in _written_forms(port))) for port in self._ports
        ]

    def search(self, text: str) -> list[PortRef]:
        """Ports whose locode, names or aliases contain `text`: the exact match first, then
        names beginning with it, then names containing it; file order within each."""
        query = lookup_key(text)
        if not query:
            # "%" or "_" (no letter or digit to look for) matches nothing, not every port.
            return [] if text.strip() else list(self._ports)
        exact = self.resolve(text)
        ranked: list[tuple[int, int, PortRef]] = []
        for position, (port, keys) in enumerate(self._search_keys):
            if port is exact:
                ranked.append((0, position, port))
            elif any(key.startswith(query) for key in keys):
                ranked.append((1, position, port))
            elif any(query in key for key in keys):
                ranked.append((2, position, port))
        return [port for _, _, port in sorted(ranked, key=lambda item: item[:2])]


# Sounds voice input and dialects mix up: n/l, zh/z, ch/c, sh/s, b/p, d/t, g/k at the start of
# a syllable; -ng/-n at its end. A test checks no two ports of data/ports.csv become one.
_BLUR_INITIAL = (
    ("zh", "z"),
    ("ch", "c"),
    ("sh", "s"),
    ("n", "l"),
    ("p", "b"),
    ("t", "d"),
    ("k", "g"),
)


def blur_sounds(syllables: list[str]) -> str:
    """The syllables with the confusable sounds made one ("ningpo" and "ningbo": "linbo")."""
    blurred = []
    for syllable in syllables:
        for written, heard in _BLUR_INITIAL:
            if syllable.startswith(written):
                syllable = heard + syllable[len(written) :]
                break
        if syllable.endswith("ng"):
            syllable = syllable[:-1]
        blurred.append(syllable)
    return "".join(blurred)


def _syllables(text: str) -> list[str]:
    """The pinyin of each character of a Chinese text, in one call."""
    from pypinyin import Style, lazy_pinyin  # loaded when the desk first needs pinyin

    return [syllable for syllable in lazy_pinyin(text, style=Style.NORMAL) if syllable.isalpha()]


def _close_keys(query: str, keys: Iterable[str]) -> Iterator[tuple[str, float]]:
    """Keys scoring at least the cutoff: 1 for the same key, just under 1 when the query begins
    the key, else difflib's ratio (its cheap upper bounds first, as get_close_matches does)."""
    from difflib import SequenceMatcher  # imported on first use, not with the parser

    matcher = SequenceMatcher()
    matcher.set_seq2(query)
    for key in keys:
        if key == query:
            yield key, 1.0
        elif len(query) >= 3 and key.startswith(query):
            yield key, 0.9 + 0.09 * len(query) / len(key)
        elif 2 * min(len(key), len(query)) >= _SUGGEST_CUTOFF * (len(key) + len(query)):
            matcher.set_seq1(key)
            if matcher.quick_ratio() >= _SUGGEST_CUTOFF and matcher.ratio() >= _SUGGEST_CUTOFF:
                yield key, matcher.ratio()
