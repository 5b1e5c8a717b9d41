"""Goods listed where a reader of one name reads only part of the list: one per line after
the label ("货：\n轮毂\n刹车片\n机油滤清器"), or with 、 after a kind of goods said first
("义乌小商品 … 圣诞用品、发饰、手机壳": the list, not the kind)."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.goods_words import NOT_GOODS
from csdesk.rules.message_goods_runs import _KINDS
from csdesk.rules.message_scan import Scan, Span
from csdesk.rules.message_slot import ZH_STOP

# The label, its colon and the line's end: the goods follow one per line.
_LABEL_THEN_LINES = compile_fast(
    r"(?:货物?|货品|品名|产品|goods|cargo|commodity|commodities)[^\S\n]*[:：][^\S\n]*\n", re.I
)
# A line holding one name of goods: Chinese, or a few Latin words; no figure.
_LINE_ITEM = compile_fast(
    r"[^\S\n]*(?:[-•*·]\s*)?([\u4e00-\u9fff]{2,8}|[A-Za-z][A-Za-z -]{2,30}[A-Za-z])[^\S\n]*(?:\n|$)"
)


def goods_on_lines(scan: Scan) -> bool:
    """The goods named one per line right after their label, each line free and plain."""
    label = scan.first_free(_LABEL_THEN_LINES)
    if label is None:
        return False
    spans: list[Span] = []
    at = label.end()
    while len(spans) < 6:
        line = _LINE_ITEM.match(scan.norm, at)
        if line is None or not scan.is_free(*line.span(1)) or not _plain(line.group(1)):
            break
        spans.append(line.span(1))
        at = line.end()
    if len(spans) < 2:
        return False
    scan.claim(label.start(), spans[-1][1])
    names = [scan.norm[start:end] for start, end in spans]
    scan.put("commodity", "/".join(names), spans, 0.8)
    return True


def _plain(word: str) -> bool:
    return ZH_STOP.search(word) is None and word.lower() not in NOT_GOODS and word not in _KINDS


# Two or more names joined by 、, standing after a space or a comma.
_LISTED = compile_fast(
    r"(?:^|(?<=[\s,，:：;；]))[\u4e00-\u9fff]{2,8}(?:[^\S\n]*、[^\S\n]*[\u4e00-\u9fff]{2,8})+"
)
_ITEM = compile_fast(r"[\u4e00-\u9fff]+")
_LEAD = compile_fast(r"(?:货物?|品名|产品)?(?:都是|全是|是)")  # "货是沙发、餐桌": the label said


def goods_listed_whole(scan: Scan) -> None:
    """A known name read as one item of a list with 、: the whole list is the goods, in its
    order among the other goods read; a kind of goods said apart from it is not."""
    goods = scan.found.get("commodity")
    if goods is None or "、" not in scan.norm:
        return
    for listed in _LISTED.finditer(scan.norm):
        inside = [span for span in goods.spans if listed.start() <= span[0] < listed.end()]
        items = _items(scan, listed.start(), listed.end()) if inside else []
        if all(any(a <= item[0] < b for a, b in inside) for item in items):
            continue  # (the list read whole already: "品名：窗帘、床单")
        kept = [span for span in goods.spans if span not in inside]
        kept = [span for span in kept if not _a_kind(scan.norm[span[0] : span[1]])]
        spans = sorted([*kept, *items])[:6]
        names = [" ".join(scan.norm[start:end].split()) for start, end in spans]
        scan.found["commodity"] = goods._replace(value="/".join(names), spans=tuple(spans))
        return


def _items(scan: Scan, start: int, end: int) -> list[Span]:
    """The list's names, the last up to where the talk goes on; [] when one is no goods."""
    items: list[Span] = []
    lead = _LEAD.match(scan.norm, start, end)
    for item in _ITEM.finditer(scan.norm, lead.end() if lead is not None else start, end):
        stop = ZH_STOP.search(scan.norm, item.start() + 2, item.end())
        close = stop.start() if stop is not None else item.end()
        word = scan.norm[item.start() : close]
        if len(word) < 2 or word in NOT_GOODS or word in _KINDS or ZH_STOP.search(word):
            return []
        items.append((item.start(), close))
    return items[:6]


def _a_kind(name: str) -> bool:
    return any(name.endswith(kind) for kind in _KINDS)
