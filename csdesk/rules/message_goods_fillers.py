"""The particles and fillers of a voice message turned into text, left on the edges of
the goods read ("陶瓷餐具啊嗯", "啊轮胎", "锂电池啊就"), and goods said again after such a
filler ("化肥啊尿素": the goods named last, after the filler, are the ones meant; "家具啊沙发
这些": examples of the goods named first). Only a Chinese name holding one of the
particles is looked at.
"""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.goods_words import NOT_GOODS, has_stop_word
from csdesk.rules.message_scan import Scan
from csdesk.rules.message_slot import ZH_STOP

_PARTICLES = frozenset("啊嗯呀哦呢吧哈呃额")
# "元旦前后有一票冻虾": when the goods come, said before them.
_LEAD = compile_fast(
    r"(?:[\u4e00-\u9fff]{0,4}有一[票批]|[啊嗯呀哦呢吧哈呃额]|就是|就|那个|装的是|是)+"
)
_TAIL = compile_fast(r"(?:[啊嗯呀哦呢吧哈呃额]|就是|就|这些|那些|之类的?|什么的|等等)+$")
# "沙发这些", "桌椅之类的": examples of the goods named before them, not other goods.
_EXAMPLES = compile_fast(r"(?:这些|那些|之类的?|什么的|等等)$")
_SPLIT = compile_fast(r"[啊嗯呀哦呢吧哈呃]+(?:就是|就)?")


def _edges(value: str, start: int, end: int) -> tuple[int, int]:
    lead = _LEAD.match(value, start, end)
    if lead is not None and end - lead.end() >= 2:
        start = lead.end()
    tail = _TAIL.search(value, start, end)
    if tail is not None and tail.start() - start >= 2:
        end = tail.start()
    return start, end


def trim_goods_fillers(scan: Scan) -> None:
    goods = scan.found.get("commodity")
    if goods is None or len(goods.spans) != 1:
        return
    value = str(goods.value)
    if value.isascii() or (
        # ("太阳能板就是十四吨": the filler before the figure, no particle in the name)
        _PARTICLES.isdisjoint(value) and "有一" not in value and not value.endswith("就是")
    ):
        return
    first, last = goods.spans[0]
    if scan.norm[first:last] != value:
        return
    start, end = _edges(value, 0, len(value))
    cut = _SPLIT.search(value, start + 2, end - 2)
    if cut is not None:
        tail_examples = _EXAMPLES.search(value, cut.end(), len(value)) is not None
        left = _edges(value, start, cut.start())
        right = _edges(value, cut.end(), end)
        chosen = left if tail_examples else right
        if chosen[1] - chosen[0] >= 2 and not ZH_STOP.search(value[chosen[0] : chosen[1]]):
            start, end = chosen
    if (start, end) == (0, len(value)) or end - start < 2:
        return
    span = (first + start, first + end)
    scan.found["commodity"] = goods._replace(value=value[start:end], spans=(span,))


# "砂糖橘 一个40尺冷柜…", "烟花 1.4G UN0336…", "双氧水50% UN2014…", "TAO-MBA 编织袋 2x40HQ": the
# goods said first, a bare Chinese word before the figures, the equipment or the DG class.
_SAID_FIRST = compile_fast(
    r"(?:(?:[A-Za-z]{2,5}[-–>][A-Za-z]{2,5}|[\u4e00-\u9fff]{2,5}[出到—-][\u4e00-\u9fff]{2,6})[^\S\n]+)?"
    r"([\u4e00-\u9fff]{2,6})(?:\d{1,2}%)?[^\S\n]+"
    r"(?=\d|[一两二三四五六七八九十小大]|UN|危险品|[A-Za-z]{1,3}\d)"
)
_NOT_FIRST = frozenset(
    [
        "询价",
        "你好",
        "您好",
        "老板",
        "同行",
        "拼箱",
        "整柜",
        "散货",
        "散杂货",
        "急",
        "麻烦",
        "报价",
        "请问",
        "谢谢",
        "领导好",
        "更新",
        "更正",
        "补充",
        "冷柜",
        "框架柜",
        "平板柜",
        "开顶柜",
        "高柜",
        "小柜",
        "大柜",
        "罐箱",
        "危险品",
        "普货",
        "门到门",
        "订舱",
        "海运",
        "空运",
    ]
)


def goods_said_first(scan: Scan) -> None:
    if "commodity" in scan.found:
        return
    first = _SAID_FIRST.match(scan.norm)
    if first is None or not scan.is_free(*first.span(1)):
        return
    word = first.group(1)
    if word in _NOT_FIRST or ZH_STOP.search(word) or "到" in word or "出" in word:
        return
    scan.put("commodity", word, [first.span(1)], 0.6)


# "We are exporting desiccated coconut from Davao": the goods between the trade and the origin;
# "kindly quote 1*40RF frozen peas Qingdao to Doha": between the equipment and the route.
_TRADED = compile_fast(
    r"\b(?:exporting|importing|export|import)\s+(?:of\s+)?([a-z][a-z -]{2,40}?)\s+(?:from|to)\b"
    r"|\bquote\s+\d{1,2}\s*[x*×]\s*\d{2}'?\s?[a-z]{2,3}\s+([a-z][a-z -]{2,40}?)\s+[a-z]+\s+to\b",
    re.I,
)


def goods_traded(scan: Scan) -> None:
    if "commodity" in scan.found or ("port" not in scan.norm and "uote" not in scan.norm):
        return
    traded = _TRADED.search(scan.norm)
    group = 1 if traded is not None and traded.group(1) else 2
    if traded is None or not scan.is_free(*traded.span(group)):
        return
    words = traded.group(group).split()
    if not words or any(word.lower() in NOT_GOODS for word in words):
        return
    scan.put("commodity", " ".join(words), [traded.span(group)], 0.6)


# "从胡志明进口腰果到黄埔", "货就是鸡翅膀从青岛去迪拜": in run-on voice text, the goods between
# the trade verb and where they go, or after 就是 and before where they come from.
_MID_RUN = compile_fast(
    r"(?:进口|出口)(?![从到去往])([\u4e00-\u9fff]{2,6}?)(?:到|去|往)"
    r"|就是(?![从到去往这那])([\u4e00-\u9fff]{2,6}?)[啊呀嗯哦]?[,，\s]*从"
)


def goods_mid_run(scan: Scan) -> None:
    if "commodity" in scan.found or ("口" not in scan.norm and "就是" not in scan.norm):
        return
    for match in scan.free_matches(_MID_RUN):
        group = 1 if match.group(1) else 2
        word = match.group(group)
        if ZH_STOP.search(word) or word in _NOT_FIRST or word in NOT_GOODS:
            continue
        scan.put("commodity", word, [match.span(group)], 0.6)
        return


# "de Shanghai à Dakar : peinture industrielle, classe 3", "from Mundra to Qingdao: guar gum
# powder, 4x20GP": in an e-mail the goods follow the route after a colon, up to the next comma.
_AFTER_ROUTE = compile_fast(
    # "Shanghai – Conakry : groupe électrogène 38 t": the route written with a dash, and the
    # goods ending at their figure.
    r"(?:(?<![a-z])(?:to|à|a|para|hasta|até)\s+|\s[–—-]\s*)[A-Z][A-Za-z\u00c0-\u00ff]+(?:\s[A-Z][a-z]+)?"
    r"[^\S\n]?:[^\S\n]*([a-z\u00e0-\u00ff][a-z\u00e0-\u00ff -]{2,40}?)[^\S\n]*"
    r"(?=[,.;\n]|$|\d+(?:[.,]\d+)?\s*(?:t|tons?|tonnes?|mt|kgs?|cbm|m3)(?![a-z]))"
)


def goods_after_route(scan: Scan) -> None:
    if "commodity" in scan.found or ":" not in scan.norm:
        return
    after = _AFTER_ROUTE.search(scan.norm)
    if after is None or not scan.is_free(*after.span(1)):
        return
    words = after.group(1).split()
    if not words or has_stop_word(after.group(1)) or words[0] in NOT_GOODS:
        return
    scan.put("commodity", " ".join(words), [after.span(1)], 0.6)
