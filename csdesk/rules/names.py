"""Customer names: search keys (pinyin, initials) and the key that finds the same company twice."""

from __future__ import annotations

import re
import unicodedata

from csdesk.rules.fastre import compile_plain

# Longest first, so 股份有限公司 goes before 有限公司 and 公司.
_ZH_SUFFIXES = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "集团公司",
    "公司",
)
# Compiled on first use, from the programs kept between runs (csdesk.rules.fastre).
_EN_SUFFIX = compile_plain(
    r"(?:\b(?:co|company|corp|corporation|inc|incorporated|ltd|limited|llc|plc|gmbh|sa|srl|"
    r"pte|pvt|private)\b[\s.,]*)+$"
)
_NOT_WORD = compile_plain(r"[\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Full-width to half-width, case folded, spaces collapsed."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(folded.split())


def name_key(name: str) -> str:
    """The same company written differently gives the same key.

    "宁波海天 有限责任公司", "宁波海天有限公司" and "ＡＢＣ Trading Co., Ltd." vs "abc trading"
    collide; punctuation and spaces never matter.
    """
    text = fold(name)
    for _ in range(3):
        stripped = _EN_SUFFIX.sub("", text).strip(" .,")
        for suffix in _ZH_SUFFIXES:
            if stripped.endswith(suffix) and len(stripped) > len(suffix):
                stripped = stripped[: -len(suffix)]
                break
        if stripped == text:
            break
        text = stripped
    return _NOT_WORD.sub("", text)


def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials): 中国银行 gives ("zhongguoyinhang", "zgyh"); Latin passes through."""
    # pypinyin loads a large phrase dictionary on import (~0.5 s): only when a name is keyed.
    from pypinyin import Style, lazy_pinyin

    chunks = lazy_pinyin(fold(name), style=Style.NORMAL, errors=lambda chars: chars)
    # Runs of non-Chinese text come back as one chunk: split them into words.
    words = [_NOT_WORD.sub("", word) for chunk in chunks for word in chunk.split()]
    words = [word for word in words if word]
    return "".join(words), "".join(word[0] for word in words)


def phone_digits(phone: str | None) -> str | None:
    if not phone:
        return None
    digits = "".join(ch for ch in unicodedata.normalize("NFKC", phone) if ch.isdigit())
    return digits or None
