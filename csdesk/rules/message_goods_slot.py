"""Where the goods stand in a message, read by position: after the boxes, the mode or the
pieces, or a Chinese word closing the message after its figures (split from message_slot,
whose readers of one place it uses)."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_countries import COUNTRY_NAMES
from csdesk.rules.message_scan import Scan, Span
from csdesk.rules.message_slot import _CJK, ZH_STOP, _en_slot, _has_cjk, _is_cjk, _zh_slot


def goods_slot(scan: Scan) -> Span | None:
    """Where the goods stand in a message, read by position, or None."""
    anchors: list[int] = []
    boxes = scan.found.get("containers")
    if boxes is not None:
        anchors.extend(end for _, end in boxes.spans)
        if scan.corrections:  # "3个小柜 不对 是两个小柜 瓷砖": after the box said again
            anchors.extend(end for _, end, _ in scan.box_mentions)
    for name in ("mode", "pieces"):
        found = scan.found.get(name)
        if found is not None:
            anchors.extend(end for _, end in found.spans)
    if "的是" in scan.norm:  # "…走到釜山装的是冷冻鳕鱼片": what is loaded, said in passing
        anchors.extend(said.end() for said in scan.free_matches(_LOADED))
    for anchor in sorted(set(anchors)):
        if anchor < len(scan.norm) and _has_cjk(scan.norm[anchor:]):
            span = _zh_slot(scan, anchor)
            # "有没有", "现在啥价", "船期发我": a question, not the goods; "拼箱到马来西亚巴生港":
            # the country the port is in.
            asked = span is not None and _ASKED.search(scan.norm, *span) is not None
            if span is not None and not asked and not _COUNTRY.fullmatch(scan.norm, *span):
                return span
        span = _en_slot(scan, anchor) if not _has_cjk(scan.norm[anchor : anchor + 40]) else None
        if span is None and _LATIN_NEXT.match(scan.norm, anchor):
            # "3x40HQ lamp 6T/each 下周一货好": English goods before the Chinese goes on.
            cjk = _CJK.search(scan.norm, anchor)
            span = _en_slot(scan, anchor, cjk.start() if cjk is not None else None)
        if span is not None:
            return span
    pieces = scan.found.get("pieces")
    if pieces is not None:  # "天津到拉各斯 压路机 4台": the machines named before their count
        named = _BEFORE_COUNT.search(scan.norm, max(0, pieces.spans[0][0] - 12), pieces.spans[0][0])
        if named is not None and scan.is_free(*named.span(1)):
            word = named.group(1)
            if not any(ZH_STOP.match(word, index) for index in range(len(word))):
                return named.span(1)
    return _trailing_goods(scan) if anchors else None


_LOADED = compile_fast(r"[装放]的是")
_LATIN_NEXT = compile_fast(r"[ \t]+[A-Za-z]{3}")
_COUNTRY = compile_fast(f"(?:{COUNTRY_NAMES})")
_ASKED = compile_fast(r"有没有|啥|什么|多少钱|船期|发我|报个|几天")
_BEFORE_COUNT = compile_fast(r"(?:^|(?<=[\s,，、]))([\u4e00-\u9fff]{2,6})\s*$")


# "拼箱 2托 每托600公斤 阀门": a Chinese word closing the message, after the figures.
_TRAILING_WORD = compile_fast(
    # "重量四百五十公斤 是注塑机模具": the 是 says the goods, it is not part of them.
    # "LED屏", "PVC管": Latin letters leading a Chinese name are part of it.
    # "五千吨的钢坯", "…出的是厨房用品": the goods after the figure's 的, or after 的是.
    r"(?:^|(?<=[\s,，、])(?:是(?=[\u4e00-\u9fff]{2}))?|(?<=[吨斤克方件托]是)|(?<=[吨方件托]的)|(?<=的是))"
    r"([A-Za-z]{2,5}[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{2,6})\s*[。.!！]?\s*$"
)


_CLOSING = compile_fast(
    r"回复|在线|等|吗|呢|吧|哈|啊|呀|了|好的|可以|没问题|联系|电话|微信|感谢|多谢|辛苦|加急|急|出发"
)


# "每柜26吨 石英砂 下周四前货好": a word standing alone after the figures, more said after it.
# "共200kg 手袋 本周五货好", "1.2cbm 雨伞 …": after a figure in Latin units too.
_WORD_AFTER_FIGURE = compile_fast(
    r"(?:(?<=[吨斤克方件托])|(?<=\dkg)|(?<=\dkgs)|(?<=\dcbm))\s+([\u4e00-\u9fff]{2,6})(?=\s)", re.I
)


def _trailing_goods(scan: Scan) -> Span | None:
    for pattern in (_TRAILING_WORD, _WORD_AFTER_FIGURE):
        match = pattern.search(scan.norm)
        if match is None or not scan.is_free(*match.span(1)):
            continue
        if _closing_word(match.group(1)):
            continue  # "谢谢", "尽快", "等回复": a closing word, not goods
        return match.span(1)
    return _word_after_weight(scan)


def _closing_word(word: str) -> bool:
    return bool(_CLOSING.search(word)) or any(ZH_STOP.match(word, i) for i in range(len(word)))


# "每托三百公斤编织袋", "各二十二吨铝锭下周一", "每件250公斤 阀": the goods run on from the
# weight read before them, up to the message's end or what another reader took (a date).
_AFTER_WEIGHT = compile_fast(r"(?<=[吨斤克])(\s?)[\u4e00-\u9fff]")
_NOT_AFTER_WEIGHT = compile_fast(r"以[内上下]|上下|多|样子|的")


def _word_after_weight(scan: Scan) -> Span | None:
    norm, claimed = scan.norm, scan.claimed
    tail = len(norm.rstrip(" 。.!！"))
    for match in _AFTER_WEIGHT.finditer(norm):
        start = end = match.start() + len(match.group(1))
        if not claimed[start - len(match.group(1)) - 1]:
            continue  # not after a weight another reader took
        if norm.startswith("是", start):  # "十八吨是铝型材": 是 says the goods
            start = end = start + 1
        while end < tail and end - start < 6 and _is_cjk(norm[end]) and not claimed[end]:
            if end > start and ZH_STOP.match(norm, end):
                break
            end += 1
        closed = end == tail or (end < tail and claimed[end]) or ZH_STOP.match(norm, end)
        short = end - start >= 2 or (match.group(1) and end == tail)
        word = norm[start:end]
        if closed and short and not _closing_word(word) and not _NOT_AFTER_WEIGHT.match(word):
            return start, end
    return None
