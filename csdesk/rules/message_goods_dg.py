"""Dangerous goods named by their UN number or class: "UN1133 adhesive", "硫磺颗粒 4.1类",
"pesticide UN2588", "化工品 烧碱" (split from message_goods)."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.goods_words import NOT_SLOT_GOODS
from csdesk.rules.message_scan import Scan, Span
from csdesk.rules.message_slot import ZH_STOP

_NAME_AFTER_UN = compile_fast(
    r"(?<![a-z])UN\s*\d{4}\s+([a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,}){0,3})\s*(?=[,;\n]|$)", re.I
)
_NAME_BEFORE_DG = compile_fast(
    r"(?:^|(?<=[\s,，、:：]))([\u4e00-\u9fff]{2,6})\s*"
    r"(?=(?:[1-9](?:\.[1-6])?|[一二三四五六七八九])\s*类|UN\s*\d{4}|联合国编号)",
    re.I,
)
# "pesticide UN2588 6.1类": the English name written right before the UN number.
# "baterias de íon-lítio UN3480": accented letters too.
_NAME_BEFORE_UN = compile_fast(
    r"(?:^|(?<=[\s,;:]))([a-z\u00c0-\u00ff][a-z\u00c0-\u00ff-]{2,}(?:\s+[a-z\u00c0-\u00ff][a-z\u00c0-\u00ff-]{1,}){0,3})"
    r"\s*[,(]?\s*(?=UN\s*(?:no\.?\s*)?\d{4})",
    re.I,
)
_DG_KINDS = frozenset(["危险品", "危化品", "化工品", "化学品", "危险货物", "危货"])
# "UN1993 易燃液体": the Chinese name written after the UN number.
_ZH_NAME_AFTER_UN = compile_fast(r"UN\s*\d{4}\s*([\u4e00-\u9fff]{2,8})(?=\s|[,，。;；]|$)", re.I)
# "化工品 烧碱": the kind of goods, then the goods themselves.
_KIND_THEN_NAME = compile_fast(
    r"(?:化工品|化工原料|化学品)\s+([\u4e00-\u9fff]{2,6})(?=\s|[,，。;；]|$)"
)


# "baterias de íon-lítio": the "of" joining a name in Latin languages is part of it.
_JOINING = frozenset(["de", "da", "do", "des", "du", "of"])


def _english_before_un(scan: Scan) -> re.Match[str] | None:
    named = _NAME_BEFORE_UN.search(scan.norm)
    words = named.group(1).lower().split() if named is not None else ["de"]
    if words[0] in _JOINING or any(w in NOT_SLOT_GOODS and w not in _JOINING for w in words):
        return None
    return named


def specific_after_class(scan: Scan, span: Span) -> bool:
    """Read the goods named right after their kind ("化工品 烧碱"); whether they were."""
    named = _KIND_THEN_NAME.match(scan.norm, span[0])
    if named is None or not scan.is_free(*named.span(1)):
        return False
    word = named.group(1)
    if any(ZH_STOP.match(word, index) for index in range(len(word))):
        return False
    scan.put("commodity", word, [named.span(1)], 0.65)
    return True


def named_by_dg_words(scan: Scan) -> bool:
    """The goods named by their UN number or class when no other name was read; whether they
    were."""
    named = _NAME_AFTER_UN.search(scan.norm) or _NAME_BEFORE_DG.search(scan.norm)
    # "编号UN1993": no goods' name; "危险品9类 UN3082 …": the kind of goods, not their name.
    if named is None or named.group(1).endswith("编号") or named.group(1) in _DG_KINDS:
        named = _ZH_NAME_AFTER_UN.search(scan.norm)
    if named is None:
        named = _english_before_un(scan)
    if named is None or not scan.is_free(*named.span(1)):
        return False
    # "UN1133 adhesive, 1x20GP…": the shipping name written after its UN number;
    # "硫磺颗粒 4.1类 UN 1350": the Chinese name said before its class or number.
    scan.put("commodity", named.group(1), [named.span(1)], 0.6)
    return True
