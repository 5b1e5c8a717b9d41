"""The goods of each line of a mixed order, read by where they stand: "1x40HQ chairs 8T +
1x20GP tables 5T", "the FR for a press machine …, the HQs for parts" (split from message_slot,
whose readers of one place it uses)."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.goods_words import NOT_GOODS, has_stop_word
from csdesk.rules.message_scan import Scan, Span
from csdesk.rules.message_slot import (
    _EN_WORDS,
    ZH_STOP,
    _before_stop_word,
    _en_slot,
    _has_cjk,
    _zh_slot,
)

# "1x20GP（钢丝 25吨）+ 1x40HQ（电缆 20吨）": the goods of one line of the order, in brackets.
_LINE_OPEN = compile_fast(r"\s*[（(]?\s*")


def goods_by_line(scan: Scan) -> list[Span]:
    """Each line of a mixed order followed by its own goods ("1x40HQ chairs 8T + 1x20GP tables
    5T"): one span per line, or [] when a line has none of its own."""
    boxes = scan.found.get("containers")
    if boxes is None or len(boxes.spans) < 2:
        return []
    spans = sorted(boxes.spans)
    limits = [start for start, _ in spans[1:]] + [len(scan.norm)]
    found: list[Span] = []
    for (_, anchor), limit in zip(spans, limits, strict=True):
        anchor = _LINE_OPEN.match(scan.norm, anchor).end()  # type: ignore[union-attr]
        if _has_cjk(scan.norm[anchor : anchor + 2]):
            span = _zh_slot(scan, anchor)
            span = span if span is not None and span[1] <= limit else None
        else:
            span = _en_slot(scan, anchor, limit)
        if span is None:
            return []
        found.append(span)
    return found


# "the FR for a press machine …, the HQs for parts": the goods of each type, said by the type.
_TYPE_FOR = compile_fast(
    r"(?<![a-z])the\s+(?:\d{2}\s*'?\s*)?(?:fr|hq|hc|gp|ot|rf|dc|flat\s*racks?|reefers?"
    r"|open\s*tops?)s?\s+(?:is\s+|are\s+|will\s+be\s+)?(?:for|with)\s+(?:a\s+|an\s+|the\s+)?",
    re.I,
)


def _goods_by_type(scan: Scan) -> list[Span]:
    found: list[Span] = []
    for said in _TYPE_FOR.finditer(scan.norm):
        words = _EN_WORDS.match(scan.norm, said.end())
        if words is None or not words.group(1):
            continue
        start, end = words.span(1)
        end = _before_stop_word(scan.norm, start, end)
        if end > start and scan.is_free(start, end):
            found.append((start, end))
    return found


def put_goods_by_line(scan: Scan) -> bool:
    """Each line of a mixed order with goods of its own: all of them, joined."""
    found = goods_by_line(scan)
    if not found and "the " in scan.norm and "containers" in scan.found:
        found = _goods_by_type(scan)
    names = list(dict.fromkeys(" ".join(scan.norm[start:end].split()) for start, end in found))
    if len(names) < 2:
        return False
    scan.put("commodity", "/".join(names[:3]), found[:3], 0.7)
    return True


# "窗帘，床单，毛巾 11吨": more goods listed after the first with commas (， read as ,).
_COMMA_ITEM = compile_fast(r",[^\S\n]?([\u4e00-\u9fff]{2,5})(?=[,。\s]|$)")

# "轮胎，等一下，目的港是…", "家具，麻烦…": the talk going on after the goods.
_TALK_START = compile_fast(r"[等麻请谢我你他她这那不要没还就也都在是有给帮另再先]")


# "\nsofas, dining tables\n": a line of goods listed with commas, in plain lower-case words.
_COMMA_WORDS = compile_fast(r",[^\S\n]?([a-z]{3,}(?:[^\S\n][a-z]{3,}){0,2})(?=,|[^\S\n]*(?:\n|$))")


def comma_listed(scan: Scan, first: Span) -> list[Span]:
    """The goods listed after the first (a Chinese name, or English words opening a line) with
    commas, each free, no stop word and none said by a reader already; [] when none follows."""
    found: list[Span] = []
    end = first[1]
    latin = scan.norm[first[0] : first[0] + 1].isascii()
    if latin and scan.norm[first[0] - 1 : first[0]] not in ("\n", ""):
        return found
    while len(found) < 4:
        item = (_COMMA_WORDS if latin else _COMMA_ITEM).match(scan.norm, end)
        if item is None or not scan.is_free(*item.span(1)):
            break
        word = item.group(1)
        if ZH_STOP.search(word) or word in NOT_GOODS or _TALK_START.match(word):
            break
        if latin and has_stop_word(word):
            break
        found.append(item.span(1))
        end = item.end()
    return found


def a_trade(norm: str, span: Span) -> bool:
    """ "我们是做五金的": the goods word names the writer's trade (做…的)."""
    return norm[span[0] - 1 : span[0]] == "做" and norm.startswith("的", span[1])
