"""A second look at the goods once every reader has had its say: the goods read short of how
the customer wrote them ("手机壳和充电线" read as 手机壳/电线; "一个：发饰，化妆包，手机支架"
read as the last item; "发一些小家电" read with the talk before it), a category said before
the goods ("一批建材 … 水管和电线"), or a list with 、 no reader read ("圣诞用品、假花、发饰")."""

from __future__ import annotations

from csdesk.rules.fastre import compile_fast
from csdesk.rules.goods_words import NOT_GOODS
from csdesk.rules.message_goods_listed import _LISTED, _items
from csdesk.rules.message_goods_placed import _plain, goods_before_boxes
from csdesk.rules.message_goods_runs import _KINDS
from csdesk.rules.message_scan import Scan

# A broad kind said before the goods themselves.
_CATEGORIES = _KINDS | {"建材", "材料", "产品", "货物"}
# Goods joined by a word, in a clause of their own after the category: "，水管和电线，".
_JOINED_CLAUSE = compile_fast(
    r"[,，][^\S\n]*([\u4e00-\u9fff]{2,6}(?:和|及|与|跟)[\u4e00-\u9fff]{2,6})[^\S\n]*(?=[,，。]|$)"
)
# The talk before a little of the goods: "想从义乌发一些小家电" (read whole, or 家电 inside).
_SOME_BEFORE = compile_fast(r"(?:一些|一点)([\u4e00-\u9fff]{2,6})")
_SENT_SOME = compile_fast(r"(?:发|运|寄|买|走)一些([\u4e00-\u9fff]{2,6}?)(?=[^\S\n]|[,，。]|$)")
# The sender's trade: a name said before the company or the factory.
_TRADE_AFTER = compile_fast(r"的?(?:贸易)?(?:公司|工厂|厂|店|商行)")
# The item before another in a list with commas: "发饰，" (read backwards from the name).
_ITEM_BEFORE = compile_fast(r"(?:^|(?<=[:：,，\s]))([\u4e00-\u9fff]{2,6})[,，][^\S\n]*$")


def goods_second_look(scan: Scan) -> None:
    goods = scan.found.get("commodity")
    if goods is not None and "、" in scan.norm:
        # "我们是汕头的玩具公司 积木、遥控车", "温州的鞋厂 凉鞋、拖鞋": the trade, then the list
        kept = [span for span in goods.spans if _TRADE_AFTER.match(scan.norm, span[1]) is None]
        if not kept:
            del scan.found["commodity"]
            goods = None
        elif len(kept) < len(goods.spans):
            names = "/".join(scan.norm[a:b] for a, b in kept)
            goods = scan.found["commodity"] = goods._replace(value=names, spans=tuple(kept))
    if goods is None:
        goods_before_boxes(scan)
        if "commodity" not in scan.found and "、" in scan.norm:
            _listed_alone(scan)
        if "commodity" not in scan.found and "一些" in scan.norm:
            some = scan.first_free(_SENT_SOME)
            if some is not None and _plain(some[1]):  # "想从义乌运一些厨房用品"
                scan.put("commodity", some[1], [some.span(1)], 0.6)
        return
    value = str(goods.value)
    if len(goods.spans) == 2 and "/" in value:
        (start, first_end), (_, end) = sorted(goods.spans)
        gap = scan.norm[first_end:end]
        if gap[:1] in "和及与跟" and _plain(scan.norm[start:end].replace(gap[:1], "", 1)):
            joined = scan.norm[start:end]  # "手机壳和充电线": goods joined by a word stay whole
            scan.found["commodity"] = goods._replace(value=joined, spans=((start, end),))
            return
    start, end = max(goods.spans)
    if len(goods.spans) == 1 and value in _CATEGORIES:
        clause = _JOINED_CLAUSE.search(scan.norm, end)
        if clause is not None and scan.is_free(*clause.span(1)) and _plain(clause.group(1)):
            scan.found["commodity"] = goods._replace(value=clause[1], spans=(clause.span(1),))
        return
    some_said = "一些" in scan.norm or "一点" in scan.norm
    some = _SOME_BEFORE.search(scan.norm, max(0, start - 6), end) if some_said else None
    if len(goods.spans) == 1 and some is not None and some.end() == end:
        after_some = (some.start(1), end)  # "想从义乌发一些小家电": the goods after 一些
        scan.found["commodity"] = goods._replace(value=some[1], spans=(after_some,))
        return
    if "," not in scan.norm[max(0, start - 3) : start]:
        return  # (no item with a comma right before the name)
    spans = [(start, end)]
    while len(spans) < 6:
        before = _ITEM_BEFORE.search(scan.norm, max(0, spans[0][0] - 10), spans[0][0])
        if before is None or not scan.is_free(*before.span(1)) or not _plain(before[1]):
            break
        spans.insert(0, before.span(1))
    opened = spans[0][0] > 0 and scan.norm[spans[0][0] - 1] in ":："
    if opened and len(spans) > 1 and spans[0][0] <= min(goods.spans)[0]:
        # "40HQ 一个：发饰，化妆包，手机支架": the list after the colon, known names or not
        names = "/".join(scan.norm[a:b] for a, b in spans)
        scan.found["commodity"] = goods._replace(value=names, spans=tuple(spans))


def _listed_alone(scan: Scan) -> None:
    """No goods read: names listed with 、, free and plain, are the goods."""
    for listed in scan.free_matches(_LISTED):
        items = _items(scan, listed.start(), listed.end())
        words = [scan.norm[a:b] for a, b in items]
        if len(items) >= 2 and all(_plain(word) and word not in NOT_GOODS for word in words):
            scan.put("commodity", "/".join(words), items, 0.6)
            return
