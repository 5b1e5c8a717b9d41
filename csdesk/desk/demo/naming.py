"""Unique company names with their search keys, people's names, phones and WeChat ids.

pypinyin needs about 0.2 ms a name, 20 s for 100,000 customers; names are built from a few
hundred distinct parts, so each part's pinyin is computed once (with the same `search_keys` the
desk uses on save) and the keys of a name are the parts' keys joined. The word lists avoid the
one case where that differs (a phrase straddling two parts); a test compares every demo
customer's keys with `search_keys(name)`.
"""

from __future__ import annotations

import random
import string
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from csdesk.desk.customers import search_keys
from csdesk.desk.demo import words
from csdesk.rules.names import name_key

# Tries before a repeated name becomes a branch office, which always makes it unique.
_TRIES = 4
_ALNUM = string.ascii_lowercase + string.digits
T = TypeVar("T")


@dataclass(frozen=True)
class CompanyName:
    name: str
    name_pinyin: str
    name_initials: str
    name_key: str
    # Latin letters for WeChat ids and mail domains ("haitian", "lagosstar").
    handle: str


class NameMaker:
    """Draws names from one seeded RNG; every name, phone and WeChat id it returns is new."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._part_keys: dict[str, tuple[str, str]] = {}
        self._form_keys: dict[str, str] = {}
        self._name_keys: set[str] = set()
        self._phones: set[str] = set()
        self._wechats: set[str] = set()
        self._trade_names = words.TRADE_NAMES + tuple(
            first + second
            for first in words.TRADE_FIRST
            for second in words.TRADE_SECOND
            if first != second
        )

    def _pick(self, items: Sequence[T]) -> T:
        """random.choice, four times faster (it matters at a million draws)."""
        return items[int(self._rng.random() * len(items))]

    def _keys(self, part: str) -> tuple[str, str]:
        keys = self._part_keys.get(part)
        if keys is None:
            computed = search_keys(part)
            keys = (computed["name_pinyin"], computed["name_initials"])
            self._part_keys[part] = keys
        return keys

    def _key(self, parts: list[str]) -> str:
        """name_key of the joined parts; a Chinese head passes through name_key unchanged and
        only the legal form at the end is stripped, so the form's remains are cached ("某"
        stands in for any head). A test compares every demo key with name_key(name)."""
        if parts[0].isascii():
            return name_key("".join(parts))
        form = parts[-1]
        tail = self._form_keys.get(form)
        if tail is None:
            tail = self._form_keys[form] = name_key("某" + form)[1:]
        return "".join(parts[:-1]) + tail

    def _claim(self, parts: list[str]) -> CompanyName | None:
        name = "".join(parts)
        key = self._key(parts)
        if key in self._name_keys:
            return None
        self._name_keys.add(key)
        if parts[0].isascii():
            # Latin names are one pinyin "word" to pypinyin; part keys would not join up.
            pinyin, initials = self._keys(name)
            handle = "".join(ch for ch in pinyin if ch.isalpha())[:12]
        else:
            pairs = [self._keys(part) for part in parts]
            pinyin = "".join(full for full, _ in pairs)
            initials = "".join(short for _, short in pairs)
            handle = pairs[1][0]
        return CompanyName(name, pinyin, initials, key, handle)

    def company(self, kind: str, ownership: str) -> CompanyName:
        """A new name: Chinese for direct customers and most peers, foreign for agents."""
        draw = self._foreign_parts if ownership == "foreign" else self._chinese_parts
        for _ in range(_TRIES):
            claimed = self._claim(draw(kind, ownership))
            if claimed is not None:
                return claimed
        while True:
            claimed = self._claim(self._branch(draw(kind, ownership), ownership))
            if claimed is not None:
                return claimed

    def _chinese_parts(self, kind: str, ownership: str) -> list[str]:
        choice, rng = self._pick, self._rng
        trade = choice(self._trade_names)
        if ownership == "central_soe":
            return ["中国", trade, choice(words.INDUSTRIES), choice(words.CENTRAL_GROUPS)]
        if ownership == "soe":
            place = choice(words.CITIES).removesuffix("市") + "市"
            if rng.random() < 0.3:
                place = choice(words.PROVINCES) + "省"
            return [place, trade, choice(words.INDUSTRIES), choice(words.LOCAL_SOE_FORMS)]
        if kind == "peer":
            return [choice(words.CITIES), trade, choice(words.FORWARDER_FORMS)]
        if rng.random() < 0.4:
            place = choice(words.PROVINCES) if rng.random() < 0.2 else choice(words.CITIES)
            return [place, trade, choice(words.TRADE_FORMS)]
        return [choice(words.CITIES), trade, choice(words.INDUSTRIES), choice(words.DIRECT_FORMS)]

    def _foreign_parts(self, kind: str, ownership: str) -> list[str]:
        choice = self._pick
        if self._rng.random() < 0.25:
            template = choice(words.LATIN_NAMES)
            return [template.format(word=choice(words.LATIN_WORDS))]
        place, _code = choice(words.FOREIGN_PLACES)
        word = choice(words.FOREIGN_WORDS)
        kind_word = choice(words.FOREIGN_TYPES)
        suffix = choice(words.FOREIGN_SUFFIXES)
        if self._rng.random() < 0.3:
            return [f"{word} {kind_word} {suffix}"]
        return [f"{place} {word} {kind_word} {suffix}"]

    def _branch(self, parts: list[str], ownership: str) -> list[str]:
        """The same company's branch office: 宁波海天进出口有限公司杭州分公司."""
        if ownership == "foreign":
            place, _code = self._pick(words.FOREIGN_PLACES + words.LATIN_PLACES)
            return [f"{parts[0]} ({place} Branch)"]
        city = self._pick(words.CITIES).removesuffix("市")
        return [*parts, city, "分公司"]

    def place_code(self) -> str:
        """The dialling code of a foreign place, for an agent's contacts."""
        _place, code = self._pick(words.FOREIGN_PLACES + words.LATIN_PLACES)
        return code

    def person_zh(self) -> tuple[str, str]:
        """(name, Latin handle): 张伟 / zhangwei, or 王总 / wang, the way agents save them."""
        rng = self._rng
        surname, surname_py = self._pick(words.SURNAMES)
        if rng.random() < 0.25:
            return surname + self._pick(words.TITLES), surname_py
        given = [self._pick(words.GIVEN_CHARS) for _ in range(1 if rng.random() < 0.4 else 2)]
        name = surname + "".join(char for char, _ in given)
        return name, surname_py + "".join(py for _, py in given)

    def person_foreign(self) -> tuple[str, str]:
        name = self._pick(words.FOREIGN_PEOPLE)
        return name, name.split()[0].lower().replace("-", "")

    def mobile(self) -> tuple[str, str]:
        """(phone as written, digits): a new mainland mobile, 1[3-9]x xxxx xxxx."""
        rng = self._rng
        while True:
            digits = self._pick(words.MOBILE_PREFIXES) + f"{int(rng.random() * 1e8):08d}"
            if digits not in self._phones:
                self._phones.add(digits)
                break
        style = rng.random()
        if style < 0.7:
            return digits, digits
        sep = " " if style < 0.9 else "-"
        return f"{digits[:3]}{sep}{digits[3:7]}{sep}{digits[7:]}", digits

    def foreign_phone(self, code: str) -> tuple[str, str]:
        rng = self._rng
        while True:
            local = f"{rng.randrange(700_000_000, 999_999_999)}"
            digits = code + local
            if digits not in self._phones:
                self._phones.add(digits)
                return f"+{code} {local[:3]} {local[3:6]} {local[6:]}", digits

    def wechat(self, handle: str) -> str:
        """A new WeChat id: the handle with a number people pick, or a generated wxid_."""
        rng = self._rng
        while True:
            if rng.random() < 0.7:
                candidate = f"{handle}{self._pick(('', '_'))}{rng.randrange(1, 9999)}"
            else:
                candidate = "wxid_" + "".join(self._pick(_ALNUM) for _ in range(10))
            if candidate not in self._wechats:
                self._wechats.add(candidate)
                return candidate

    def email(self, handle: str, company: CompanyName) -> str:
        if company.name.isascii():
            domain = company.handle[:16] + ".com"
        elif self._rng.random() < 0.5:
            domain = self._pick(words.EMAIL_DOMAINS)
        else:
            domain = f"{company.handle}-{self._pick(('trade', 'group', 'intl'))}.com"
        return f"{handle}{self._rng.randrange(1, 99)}@{domain}"
