"""Goods listed item by item, each with its own count: one a line, numbered or not, or with
commas ("1. 保温杯 40箱\\n2. 雨伞 25箱", "假花 30箱，塑料花盆 45箱"), or in English one a line
after a bullet ("- 40 ctns thermos cups"). The goods are the items joined with "/", the pieces
the sum of their counts (or the total said for them, which wins); a count is never a name."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.goods_words import NOT_GOODS, has_stop_word
from csdesk.rules.message_goods_runs import _KINDS
from csdesk.rules.message_scan import Scan, Span
from csdesk.rules.message_slot import ZH_STOP

# A unit counting packages or pieces (never a weight, a volume or a container).
_COUNT_UNIT = (
    r"(?:箱|个|件|包|托|卷|袋|桶|套|台|捆|支|把|盒|扎|卡板|托盘|木箱|纸箱"
    r"|ctns?|cartons?|pcs|pieces|pkgs|packages|pallets?|plts?|bags?|rolls?|sets?|cases?"
    r"|cajas?|caixas?|bultos?)"
)
# One item: its name, its count; it stands after a line's start or a comma and ends the same way.
_ITEM = compile_fast(
    r"(?:^|(?<=[\n,，:：;；]))[^\S\n]*(?:\d{1,2}[.、)）][^\S\n]*|[-•*·][^\S\n]*)?"
    r"(?P<name>[\u4e00-\u9fff]{2,10})[^\S\n]*[:：xX×*]?[^\S\n]*(?P<count>\d{1,5})[^\S\n]*"
    + _COUNT_UNIT
    + r"(?![A-Za-z\d])(?=[^\S\n]*(?:[\n,，;；。]|$))",
    re.I,
)
# In English, one a line after a bullet or a number: "- 40 ctns thermos cups".
_EN_ITEM = compile_fast(
    r"(?:^|(?<=\n))[^\S\n]*(?:\d{1,2}[.)][^\S\n]*|[-•*·][^\S\n]*)(?P<count>\d{1,5})[^\S\n]*"
    + _COUNT_UNIT
    + r"[^\S\n]+(?:of[^\S\n]+)?(?P<name>[A-Za-z][A-Za-z -]{1,40}?[A-Za-z])[^\S\n]*[,.;]?(?=\n|$)",
    re.I,
)
# What a message needs before the items are looked for (each a fast scan from a digit or a
# line's end): two counts closing their clause, or a bulleted line opening with a figure.
# (searched in the folded text, every Latin unit in lower case)
_COUNTED = compile_fast(r"\d[^\S\n]*" + _COUNT_UNIT + r"(?![a-z\d])(?=[^\S\n]*(?:[\n,，;；。]|$))")
_EN_BULLET = compile_fast(r"\n[^\S\n]*(?:\d{1,2}[.)]|[-•*·])[^\S\n]*\d")
# A total said after the items: "总共125箱", "合计 80件", "total 125 ctns".
_TOTAL = compile_fast(
    r"[\s,，;；。]*(?:总共|合计|共计|一共|总计|总件数|共|total)[^\S\n]*[:：]?[^\S\n]*(\d{1,5})[^\S\n]*"
    + _COUNT_UNIT,
    re.I,
)
# What a count names when it is no item: a total, a count for each.
_NO_ITEM = ("总", "合计", "共", "一共", "每", "各", "约", "大概", "数量", "件数", "包装")


def _a_name(word: str) -> bool:
    if word.isascii():
        return not has_stop_word(word) and word.split()[0].lower() not in NOT_GOODS
    return (
        not word.startswith(_NO_ITEM)
        and ZH_STOP.search(word) is None
        and word not in NOT_GOODS
        and word not in _KINDS
    )


def _item_run(scan: Scan, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The longest run of two items or more standing one after the other."""
    best: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for item in pattern.finditer(scan.norm):
        if not _a_name(item.group("name")) or not scan.is_free(*item.span("name")):
            run = []
            continue
        gap = scan.norm[run[-1].end() : item.start()] if run else ""
        if run and gap.strip(" \t\n,，;；。"):
            run = []
        run.append(item)
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= 2 else []


def goods_itemized(scan: Scan) -> bool:
    """Two items or more with a count each: the goods joined, the pieces summed."""
    if "pieces" not in scan.found:
        return False  # (the pieces reader reads the first count of any list)
    first = _COUNTED.search(scan.folded)
    twice = first is not None and _COUNTED.search(scan.folded, first.end()) is not None
    items = _item_run(scan, _ITEM) if twice else []
    if not items and "\n" in scan.norm and _EN_BULLET.search(scan.norm) is not None:
        items = _item_run(scan, _EN_ITEM)
    if not items:
        return False
    spans: list[Span] = [item.span("name") for item in items]
    names = list(dict.fromkeys(" ".join(item.group("name").split()) for item in items))
    scan.put("commodity", "/".join(names[:6]), spans, 0.85)
    counted = sum(int(item.group("count")) for item in items)
    total = _TOTAL.match(scan.norm, items[-1].end())
    if total is not None and int(total.group(1)) > 0:
        counted = int(total.group(1))  # (the total said wins)
    said = [item.span("count") for item in items]
    pieces = scan.found.get("pieces")
    if pieces is None:
        scan.put("pieces", counted, said, 0.8)
    else:
        scan.found["pieces"] = pieces._replace(value=counted, spans=tuple(said))
    scan.claim(items[0].start(), items[-1].end())
    return True
