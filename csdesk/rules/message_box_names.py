"""Where a message names its boxes: the catalogue's types, a size alone joined to the type said
with it ("40尺冷柜", "40ft HC", "reefer 40'"), sizes in Chinese numerals ("四十尺高柜") and feet in
Spanish, Portuguese or French ("40 pies HC"). Split from message_boxes, which counts them.
"""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.lookups import ContainerLike, ContainerLookup
from csdesk.rules.mentions import lookup_key
from csdesk.rules.message_scan import Scan, cue_words
from csdesk.rules.textnorm import CN_NUMERAL

# "40尺冷柜", "40ft HC", "40' reefer": a size alone and a type right after it are one box.
_SIZE_ONLY = compile_fast(r"(20|40|45)(?:尺|英尺|呎|ft|feet|foot)?")
# "40平" is a 40' general-purpose box (平柜), "40平米" an area.
_SQUARE_METRES = compile_fast(r"平\s*(?:米|方|m)", re.I)
_SIZE_TYPE_GAP = compile_fast(r"[\s'\-的]*")
_OF_SIZE_GAP = compile_fast(r"\s+(?:de|do|da|of)\s+", re.I)
# "40' (40RH)": the type in brackets right after a size alone is that box, named again.
_BRACKET_GAP = compile_fast(r"\s*[(（]\s*")
_KIND_COUNT_GAP = compile_fast(r"\s*(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*个\s*")
# Sizes said in Chinese numerals ("四十尺高柜", "二十尺", "四十高"), rewritten in digits at the same
# length so every span still points at what the customer wrote.
_CN_SIZE = compile_fast(
    # ...but not a side ("宽四十高四十公分").
    r"(?<![长宽])(四十五|四十|二十|四零|二零)"
    # "四十高 二十吨": a weight after 高 is not a height, the box is a 40HQ.
    r"(?=尺|英尺|呎|寸|高(?:(?=\s*[\d零一二两三四五六七八九十.点]+\s*(?:吨|公斤|千克|kg|t(?![a-z])))"
    # "两个四十高 一个装石材": a count of boxes after 高 is no height either.
    r"|(?!\s*[\d零一二两三四五六七八九十米公厘](?!\s*个)))|平(?!\s*[米方m])|冷柜|冷藏柜|冻柜|开顶|框架|的?柜"
    r"|GP|HQ|HC)"
)
# "40 pies HC", "40 pés": feet in Spanish, Portuguese or French, read as "40'" (same length).
_LATIN_FEET = compile_fast(r"(?<!\d)(20|40|45)\s*(?:pies|p[ée]s|pieds)(?![a-z])", re.I)


_LATIN_FEET_WORDS = cue_words("pies", "pés", "pieds")
# "two forty-foot high cubes", "a twenty foot": the size in English words, read as "40'".
_WORD_FEET = compile_fast(r"(?<![a-z])(twenty|forty)[\s-]*(?:foot|feet|ft)(?:er)?(?![a-z])", re.I)
_WORD_FEET_WORDS = cue_words("twenty", "forty")
_WORD_SIZES = {"twenty": "20", "forty": "40"}


def _word_feet(match: re.Match[str]) -> str:
    return f"{_WORD_SIZES[match.group(1).lower()]}'".ljust(match.end() - match.start())


# "2 contenedores", "3 contêineres", "2 conteneurs": the box word in the same languages
# (message_boxes counts them); rare, so both cues are looked for with one search.
LATIN_BOX_WORDS = cue_words(
    "contenedor", "contentor", "conteiner", "contêiner", "conteneur", " tc "
)


def _feet(match: re.Match[str]) -> str:
    return f"{match.group(1)}'".ljust(match.end() - match.start())


# "四零高柜": voice-to-text says the size digit by digit.
_CN_SIZE_DIGITS = {"四十五": "45 ", "四十": "40", "二十": "20", "四零": "40", "二零": "20"}


def _past_padding(norm: str, text: str, end: int) -> int:
    """ "20 pieds" read as "20'" padded: the box's span covers the word for feet too."""
    while (
        end < len(text)
        and text[end] == " "
        # ("twenty foot": the space inside the words padded too)
        and (norm[end] != " " or (end + 1 < len(text) and text[end + 1] == " " != norm[end + 1]))
    ):
        end += 1
    return end


def box_names(scan: Scan, catalog: ContainerLookup) -> list[tuple[int, int, ContainerLike]]:
    """The boxes named, a size alone joined to the type said right after it."""
    text = scan.norm
    if "十" in text or "零" in text:  # (in each size in Chinese numerals; most hold neither)
        text = _CN_SIZE.sub(lambda match: _CN_SIZE_DIGITS[match.group(1)], text)
    if scan.has_any(_LATIN_FEET_WORDS):
        text = _LATIN_FEET.sub(_feet, text)
    if scan.has_any(_WORD_FEET_WORDS):
        text = _WORD_FEET.sub(_word_feet, text)
    found = [
        (start, _past_padding(scan.norm, text, end), spec)
        for start, end, spec in catalog.find_all(text)
        if scan.is_free(start, end)
        and not _SQUARE_METRES.match(text, end - 1)
        # "2.2T 6.5cbm": figures run together are no ISO code (22T6).
        and "." not in text[start:end]
    ]
    merged: list[tuple[int, int, ContainerLike]] = []
    for start, end, spec in found:
        if merged:
            first_start, first_end, first = merged[-1]
            size = _SIZE_ONLY.fullmatch(lookup_key(text[first_start:first_end]))
            joined = _SIZE_TYPE_GAP.fullmatch(text, first_end, start) is not None
            if (
                size
                and first.category == "GP"
                and spec.code[:2] == size.group(1)
                and _BRACKET_GAP.fullmatch(text, first_end, start) is not None
            ):
                merged[-1] = (first_start, end, spec)  # "40' (40RH)": one reefer
                continue
            if size and joined and first.category == "GP" and spec.category != "GP":
                typed = catalog.resolve(f"{size.group(1)}{spec.category}") or spec
                merged[-1] = (first_start, end, typed)
                continue
            later = _SIZE_ONLY.fullmatch(lookup_key(text[start:end]))
            # "contenedores refrigerados de 20'": the kind, then "of" its size.
            joined = joined or _OF_SIZE_GAP.fullmatch(text, first_end, start) is not None
            if later and joined and first.category != "GP" and spec.category == "GP":
                # "冷柜 40尺 两个", "框架 20尺": the kind first, then its size alone.
                kind = text[first_start:first_end]
                sized = catalog.resolve(f"{later.group(1)}{first.category}")
                if sized is not None and not any(ch.isdigit() for ch in kind):
                    merged[-1] = (first_start, end, sized)
                    continue
            counted = _KIND_COUNT_GAP.fullmatch(text, first_end, start) is not None
            if later and counted and first.category != "GP" and spec.category == "GP":
                # "RF柜 2个20尺": the kind, then the count and size; the count stays before
                # the box it counts.
                sized = catalog.resolve(f"{later.group(1)}{first.category}")
                if sized is not None and not any(
                    ch.isdigit() for ch in text[first_start:first_end]
                ):
                    merged[-1] = (start, end, sized)
                    continue
            if joined and {first.category, spec.category} == {"RF", "HQ"}:
                # "40' reefer high cube", "40HC 冷柜": a high-cube reefer is one reefer.
                merged[-1] = (first_start, end, first if first.category == "RF" else spec)
                continue
        merged.append((start, end, spec))
    return merged


# "之前两个小柜 客户又加了一个高柜 一共两个20GP加一个40HQ": the boxes counted after 一共 are
# the whole order, those said before it already in it.
_TOTAL_WORDS = cue_words("一共", "总共", "合计", "共计", "total", "altogether")
_TOTAL_OF_BOXES = compile_fast(
    r"(?:一共|总共|合计|共计|(?<![a-z])(?:in total|total|altogether))"
    r"\s*[:：]?\s*(?:是|有|就是)?\s*$",
    re.I,
)


def counted_in_total(scan: Scan, starts: list[int]) -> int:
    """The index of the first box said right after a total (一共, in total), else 0."""
    if len(starts) < 2 or not scan.has_any(_TOTAL_WORDS):
        return 0
    for index, start in enumerate(starts):
        if index and _TOTAL_OF_BOXES.search(scan.before(start, 10)):
            return index
    return 0


# "please cancel the reefer request": a box named in a request being cancelled.
CANCELLED = compile_fast(
    r"(?<![a-z])(?:cancel|withdraw)\s+(?:the\s+|our\s+|my\s+|\S+'s\s+)?$"
    r"|取消(?:之前|昨天|上次|前面)?的?$",
    re.I,
)
# "ISO tank …, 3 units": units of tanks are tanks.
# A count of boxes, in digits, Chinese or English words.
BOX_COUNT = rf"\d{{1,3}}|{CN_NUMERAL}|one|two|three|four|five|six|ten"
_TANK_UNITS = compile_fast(
    r"(?<![\d.])(\d{1,2})\s*(?:units?|tanks?)(?![a-z])"
    # "三个罐", "2罐": tanks counted by the tank word; "罐柜 … 两个 …": a count standing alone.
    rf"|(?<![每单一\d])({CN_NUMERAL}|\d{{1,2}})\s*(?:个|只)?\s*罐(?![箱柜子头])"
    rf"|(?<=\s)({CN_NUMERAL}|\d{{1,2}})\s*个(?=\s)",
    re.I,
)
# "箱量从2个改成3个", "柜量改为4个": the count changed to is the one meant.
_QTY_LABEL = compile_fast(
    r"(?:箱量|柜量|箱数|柜数|数量|qty|quantity)\s*[:：]?\s*"
    rf"(?:(?:从\s*(?:{BOX_COUNT})\s*个?\s*)?(?:改成|改为|变成|换成|加到|减到|增加到|减少到)\s*)?"
    rf"({BOX_COUNT})(?![\d.])",
    re.I,
)
# "之前报的3个柜客户减到2个了": the count of boxes changed to, said before the type.
_CHANGE_WORDS = cue_words("减到", "加到", "增加到", "减少到", "改成", "改为", "变成")
_CHANGED_QTY = compile_fast(
    rf"(?:减到|加到|增加到|减少到|改成|改为|变成)\s*({BOX_COUNT})\s*个(?:柜子?)?(?!\s*[\d一二两三四五六七八九十])"
)


_BOXES_COUNTED = compile_fast(
    rf"(?<![\d.])({BOX_COUNT})\s*个\s*(?:柜子?|货柜)(?=\s|[,，。;；]|$|每)", re.I
)
# ...or a bare count closing the clause right after a figure per box.
_BARE_COUNT = compile_fast(rf"(?<=[,，\s])({BOX_COUNT})\s*个(?=\s*(?:[,，。;；\n]|$))", re.I)
_COUNT_THEN_EACH = compile_fast(
    rf"(?<=[\u4e00-\u9fff\s])(?<![每一])({BOX_COUNT})\s*个(?!柜)(?=\s*"
    rf"(?:(?:零下|-)?(?:零|\d{{1,2}}|{CN_NUMERAL})\s*(?:度|℃)\s*)?[,，]?\s*每个?柜?\s*"
    rf"(?:约|大概)?\s*(?:\d|{CN_NUMERAL})[^,，。;；\n]{{0,4}}(?:吨|公斤|t(?![a-z])))",
    re.I,
)
_PER_BOX_FIGURE = compile_fast(r"每个?柜[^,，。;；\n]{1,8}[,，\s]\s*$")


# "先按3个报", "按四个柜算", "quote for 3 first": the count of a range the customer asks to quote.
_QUOTE_FOR = compile_fast(
    rf"(?:先|就)?按\s*({BOX_COUNT})\s*(?:个|只)?\s*(?:柜子?)?\s*(?:来)?(?:报|算)"
    rf"|quote\s+(?:for\s+)?({BOX_COUNT})\s*(?:x\s*)?(?:units?|cntrs?|containers?|boxes)?\s+first",
    re.I,
)


def count_to_quote(scan: Scan, end: int) -> str | None:
    """The count said after `end` that the customer asks to be quoted, as written."""
    if "按" not in scan.norm and "quote" not in scan.norm.lower():
        return None
    quoted = _QUOTE_FOR.search(scan.norm, end)
    return (quoted.group(1) or quoted.group(2)) if quoted is not None else None


# "之前问的…三个柜，客户说先走一个": a count said of the earlier request is not the order.
_EARLIER = compile_fast(r"之前|上次|原来|本来|previous|earlier", re.I)


def _count_alone(scan: Scan) -> re.Match[str] | None:
    counted = scan.first_free(_BOXES_COUNTED)
    if counted is not None and _EARLIER.search(scan.before(counted.start(), 16)):
        return None
    if counted is None and "每" in scan.norm:
        bare = scan.first_free(_BARE_COUNT)
        if bare is not None and _PER_BOX_FIGURE.search(scan.before(bare.start(), 14)):
            return bare
        # "苹果两个零度每个二十四吨": the count said after the goods, then a figure per box.
        return scan.first_free(_COUNT_THEN_EACH)
    return counted


def count_said_apart(scan: Scan, code: str) -> re.Match[str] | None:
    """The count of the one box named without one, said elsewhere: after a label (箱量: 3),
    as a change ("减到2个"), or in units of an ISO tank; its group 1 is the count."""
    label = scan.first_free(_QTY_LABEL)
    if label is None and scan.has_any(_CHANGE_WORDS):
        # "3个柜客户减到2个了 … 40HQ": the count now, though said with the past it changes.
        label = _CHANGED_QTY.search(scan.norm)
    if label is None and "个" in scan.norm:
        # "40尺高柜 家具 两个柜 每柜9吨", "40HQ…每柜12吨，2个": the count said on its own.
        label = _count_alone(scan)
    if label is None and code.endswith("TK"):
        label = scan.first_free(_TANK_UNITS)  # "ISO tank …, 3 units": units of tanks are tanks
    return label


def said_count(label: re.Match[str]) -> str:
    """The count a match of count_said_apart read, whichever of its groups holds it."""
    return next(group for group in label.groups() if group)


# "plastic water tanks", "stainless steel tanks": a tank named by what it is made of or holds
# is goods; "ISO tanks", "2 x tanks", "need tanks" are the boxes.
_GOODS_TANK = compile_fast(
    r"(?<![a-z])(?!(?:iso|x|and|or|of|the|for|need|needs|quote|in|per|by|with|a|two|three|four"
    r"|five|six|some|more|empty|our|your|[0-9]+)\s)[a-z]{3,}\s+$",
    re.I,
)


def goods_tank(scan: Scan, start: int, end: int) -> bool:
    """A bare "tank(s)" after what it is made of or holds: a kind of goods, not a box."""
    return scan.norm[start:end].lower().startswith("tank") and (
        _GOODS_TANK.search(scan.before(start, 16)) is not None
    )
