"""Text as customers type it: full-width forms, Chinese numerals, thousands separators.

`normalize` keeps the length of the text, character for character, so a span found in the
normalized text marks the same characters in what the agent pasted.
"""

from __future__ import annotations

import re
import unicodedata

# Characters NFKC leaves alone (or would expand) that customers use as plain punctuation.
_EXTRA = {
    "×": "x",
    "✕": "x",
    "＊": "*",
    "　": " ",
    "\u00a0": " ",
    "\t": " ",
    "～": "~",
    "〜": "~",
    "—": "-",
    "–": "-",
    "－": "-",
    "→": ">",
    "’": "'",
    "‘": "'",
    "′": "'",
    "“": '"',
    "”": '"',
    "＄": "$",
    "￥": "¥",
}


def _char(ch: str) -> str:
    mapped = _EXTRA.get(ch)
    if mapped is not None:
        return mapped
    if ch.isascii():
        return ch
    if ch.isdecimal():  # "٣", "३", "３": every decimal digit is read as the ASCII one
        return str(unicodedata.decimal(ch))
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


class _FoldTable(dict[int, str]):
    """`str.translate` table filled on first sight of each character: the text is folded in
    one C-level pass, and each character's NFKC form is worked out once per process."""

    def __missing__(self, code: int) -> str:
        folded = _char(chr(code))
        self[code] = folded
        return folded


_FOLD = _FoldTable()
# A text of ASCII but the tab and of the common Chinese characters (CJK Unified Ideographs) only:
# each folds to itself (tests/unit/test_textnorm_fold.py asks every one), so there is nothing to
# translate. Most messages are (str.translate looks each character of a text outside ASCII up
# in the table one at a time).
_FOLDS_ITSELF = re.compile(r"[\x00-\x08\n-\x7f\u4e00-\u9fff]*")


def normalize(text: str) -> str:
    """Half-width ASCII digits, letters and punctuation; same length as `text`."""
    return text if _FOLDS_ITSELF.fullmatch(text) else text.translate(_FOLD)


CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "两": 2,
    "贰": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
CN_NUMERAL_CHARS = "零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万"
CN_NUMERAL = f"[{CN_NUMERAL_CHARS}]+"
# "一点八" (1.8): a Chinese numeral, 点, then its decimals one digit each.
CN_DECIMAL = f"{CN_NUMERAL}(?:点[零〇一二两三四五六七八九]+)?"
# Put first in a pattern that starts with a number: `re` then skips every other position fast.
NUMBER_AHEAD = f"(?=[\\d.{CN_NUMERAL_CHARS}])"
_CN_NUMERAL_RE = re.compile(CN_NUMERAL)


_CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}


def cn_int(text: str) -> int | None:
    """A Chinese numeral (两, 十二, 二十五, 一百二十, 两千, 三千五, 1万2), else None.

    A digit after a unit, with nothing after it, is one place lower: 三千五 is 3,500 and 一万二
    is 12,000, as people say them."""
    if not text or not _CN_NUMERAL_RE.fullmatch(text):
        return None
    high, total, current, last_unit = 0, 0, 0, 0
    for ch in text:
        if ch in CN_DIGITS:
            current = CN_DIGITS[ch]
        elif ch == "万":
            high, total, current, last_unit = (high + total + current or 1) * 10_000, 0, 0, 10_000
        else:
            last_unit = _CN_UNITS[ch]
            total += (current or 1) * last_unit
            current = 0
    if current and last_unit >= 100 and text[-1] in CN_DIGITS and text[-2] not in CN_DIGITS:
        current *= last_unit // 10
    return high + total + current


_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?|[+-]?\.\d+")


def parse_number(text: str) -> float | None:
    """18000, 18,000, 18.5, 1,5 (a decimal comma), 2.5万; None when it is not a number."""
    if text.isascii() and text.isdigit():  # the common case, without the folding below
        return float(text)
    raw = normalize(text).strip().replace(" ", "")
    factor = 1.0
    if raw.endswith("万"):
        raw, factor = raw[:-1], 10_000.0
    elif raw.lower().endswith("k") and raw[:-1].replace(".", "", 1).isdigit():
        raw, factor = raw[:-1], 1_000.0
    if _THOUSANDS.match(raw):
        raw = raw.replace(",", "")
    elif _DECIMAL_COMMA.match(raw):
        raw = raw.replace(",", ".")
    if not _PLAIN_NUMBER.fullmatch(raw):
        whole_part, _, decimals = raw.partition("点")
        whole = cn_int(whole_part)
        digits = [CN_DIGITS.get(char) for char in decimals]
        if whole is None or None in digits:
            return None
        fraction = float("0." + "".join(str(digit) for digit in digits)) if digits else 0.0
        return (whole + fraction) * factor
    return float(raw) * factor


def parse_count(text: str) -> int | None:
    """A whole count in digits or Chinese numerals (3, 两, 十二)."""
    value = parse_number(text)
    if value is None or value != int(value):
        return None
    return int(value)


EN_ONES = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_EN_TENS = {
    word: value * 10
    for value, word in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], 2
    )
}
_EN_WORD = "|".join([*_EN_TENS, *sorted(EN_ONES, key=len, reverse=True)])
# "two thousand one hundred", "three thousand", "twenty-five hundred": amounts said in words.
EN_NUMERAL = rf"(?<![a-z])(?:{_EN_WORD})(?:[\s-]+(?:{_EN_WORD}|hundred|thousand|and)(?![a-z]))*"


def en_number(text: str) -> int | None:
    """An amount written in English words ("two thousand one hundred" is 2,100), else None."""
    total = current = 0
    seen = False
    for word in re.split(r"[\s-]+", text.lower().strip()):
        if word in EN_ONES or word in _EN_TENS:
            current += EN_ONES.get(word, 0) + _EN_TENS.get(word, 0)
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0
        elif word != "and":
            return None
    return total + current if seen else None
