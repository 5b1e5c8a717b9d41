"""How the goods are said around their name: fillers before or after it ("那个瓷砖", "I have
LED lights", "gypsum board again"), a list of items ("窗帘、床单、枕头", "shoes, bags, belts"), and
the goods taken back for others ("不是苹果是梨"). Split from message_goods.
"""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.goods_words import NOT_SLOT_GOODS, has_stop_word
from csdesk.rules.message_scan import Scan, Span
from csdesk.rules.message_slot import ZH_STOP

# "那个瓷砖", "I have LED lights", "晋江做鞋子", "出的是浴室柜": a filler, the sender, the place
# they work in, or the shipping said before the goods; "gypsum board again", "crane parts -": a
# word or a dash after them.
_FILLER_BEFORE = compile_fast(
    r"(?:那个|这个|就是|(?:[出走发运]的)?是(?=[\u4e00-\u9fff]{2})"
    r"|(?:con|com|avec|with)\s+(?=[a-z\u00c0-\u00ff])"
    # "pour des carreaux", "non-DG food grade glycerin": what the quote is for, or a remark.
    r"|(?:pour|para)\s+(?:des|du|de\s+la|les|los|las|el|os|as|o)\s+(?=[a-z\u00c0-\u00ff])"
    r"|non[- ]?(?:DG|haz(?:ardous)?)\s+(?=[a-z])"
    r"|(?:(?:i|we)\s+)?(?:have|got)\s+(?:some\s+)?|[\u4e00-\u9fff]{2,3}做(?=[\u4e00-\u9fff]{2}))",
    re.I,
)
_FILLER_AFTER = compile_fast(r"(?:\s+(?:again|too|also)|\s*[-–—:：,，]+)\s*$", re.I)


def bare(norm: str, span: Span) -> Span:
    """The span of the goods without a filler before them or a word or dash after them."""
    start, end = span
    lead = _FILLER_BEFORE.match(norm, start, end)
    if lead is not None and end - lead.end() >= 2:
        start = lead.end()
    tail = _FILLER_AFTER.search(norm, start, end)
    if tail is not None and tail.start() - start >= 2:
        end = tail.start()
    return start, end


# "窗帘、床单、枕头", "文具+玩具+饰品", "shoes, bags, belts": the next item of a list of goods.
# "电钻、角磨机7吨": the last item runs into its figure.
_ZH_NEXT = compile_fast(r"\s*[、+＋/]\s*([\u4e00-\u9fff]{2,4})(?=$|[\s,，、+＋/。.\d])")
_EN_NEXT = compile_fast(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*[+/]\s*)([a-z]{3,}(?:\s+[a-z]{3,})?)(?=\s*(?:$|[,.;+/]|\s+and\s))",
    re.I,
)


# Words that close a message or a reply, never an item of its goods ("…, rest unchanged.").
_NOT_ITEMS = frozenset(
    [
        "rest",
        "unchanged",
        "same",
        "thanks",
        "thank",
        "please",
        "pls",
        "need",
        "ready",
        "regards",
        "asap",
        "urgent",
        "etc",
        "total",
        "cargo",
        "goods",
        "commodity",
        "mixed",
        "weight",
        # A figure's label after the goods ("maçãs frescas, temperatura +1°C").
        "temperature",
        "temperatura",
        "température",
        "peso",
        "poids",
        "gross",
    ]
)


def listed_on(scan: Scan) -> None:
    """The items of a list of goods after the first one the reading found."""
    goods = scan.found.get("commodity")
    if goods is None or not goods.spans:
        return
    spans = list(goods.spans)
    names = str(goods.value).split("/")
    english = str(goods.value).isascii()
    pattern = _EN_NEXT if english else _ZH_NEXT
    while len(names) < 6:
        item = pattern.match(scan.norm, spans[-1][1])
        if item is None or not scan.is_free(*item.span(1)):
            break
        word = item.group(1)
        parts = [part.casefold() for part in word.split()]
        if ZH_STOP.search(word) or any(p in NOT_SLOT_GOODS or p in _NOT_ITEMS for p in parts):
            break
        spans.append(item.span(1))
        names.append(" ".join(word.split()))
    if len(spans) > len(goods.spans):
        scan.found["commodity"] = goods._replace(value="/".join(names), spans=tuple(spans))


def said_instead(scan: Scan) -> None:
    """ "哦不是苹果是梨": the goods read, taken back, and the one said in their place."""
    goods = scan.found.get("commodity")
    if goods is None or "不是" not in scan.norm:
        return
    instead = re.compile(
        rf"不是\s*{re.escape(str(goods.value))}\s*[,，]?\s*(?:而是|是|换成|改成)\s*"
        r"([\u4e00-\u9fff]{1,6}?)(?=$|[\s,，。.!！、]|的|了|啊|哈|吧)"
    ).search(scan.norm)
    if instead is not None and not ZH_STOP.search(instead.group(1)):
        scan.found["commodity"] = goods._replace(value=instead.group(1), spans=(instead.span(1),))


# "we want to ship wall putty from …": the goods between the verb and the origin; "Kitchen
# cabinets, 7 tons, …": the goods opening a message, before their weight.
_SHIPPED = compile_fast(
    r"(?<![a-z])(?:ship|send|export|move)\s+(?:some\s+|our\s+)?([a-z][a-z -]{2,30}?)\s+from\s"
    r"|^\s*([a-z][a-z -]{2,30}?)\s*,\s*(?:about\s+|approx\.?\s+)?\d[\d.,]*\s*"
    r"(?:tons?|t|mt|kgs?)(?![a-z])"
    # "we import from China ceiling fans.": the goods after the country they come from.
    r"|(?<![a-z])(?:import|buy|purchase|source)\s+from\s+[a-z]+\s+([a-z][a-z -]{2,30}?)\s*[.,;\n]"
    # "3 cartons (0.45 cbm, 60 kg) of phone cases from Guangzhou": the packages' goods.
    r"|(?<![a-z])(?:cartons?|ctns|boxes|pallets?|packages|pkgs|bags|crates|cases)"
    r"(?:\s*\([^()\n]{0,40}\))?\s+of\s+([a-z][a-z -]{2,30}?)\s*(?=\s(?:from|to|by|for)\s|[.,;\n])",
    re.I,
)


def shipped_goods(scan: Scan) -> None:
    """English goods said before their origin or their weight, where no reader found goods."""
    if "commodity" in scan.found:
        return
    shipped = _SHIPPED.search(scan.norm)
    if shipped is None:
        return
    group = next(index for index in (1, 2, 3, 4) if shipped.group(index))
    words = shipped.group(group)
    if has_stop_word(words) or not scan.is_free(*shipped.span(group)):
        return
    scan.put("commodity", " ".join(words.split()), [shipped.span(group)], 0.6)


# "瓷砖不是瓷砖是大理石", "冻鸡爪？不是，是方便面": the goods taken back, then the ones meant.
# "冷冻鸡爪不对不对是那个塑料拖鞋": 不对 takes them back too, the one meant after a filler.
_GOODS_MEANT = compile_fast(
    r"(?<=[\u4e00-\u9fff?？])\s*[,，]?\s*(?:不是|(不对)(?:\s*[,，]?\s*不对)?)\s*[,，]?\s*"
    r"(?:(?P<back>[\u4e00-\u9fff]{1,6}?)\s*[,，]?\s*)?"
    r"(?:而是|是|应该是)\s*(?:那个|这个)?(?![一二两三四五六七八九十百千零几到去从出走在发的])"
    r"(?P<said>[\u4e00-\u9fff]{2,8}?)"
    r"(?=[\s,，。;；!！每各\d一二两三四五六七八九十]|然后|就是|大概|大约|左右|那个|$)"
)
_NOT_GOODS = compile_fast(r"[个柜吨尺箱托港]|价格|运费")


def goods_meant(scan: Scan) -> bool:
    """The goods said in place of ones taken back, put as the commodity; whether any were."""
    taken_back = "不是" in scan.norm or "不对" in scan.norm
    for match in scan.free_matches(_GOODS_MEANT) if taken_back else ():
        span = match.span("said")
        said = match.group("said")
        back = match.group("back") or ""
        if back.endswith("的") and "的" in said[:-1]:
            # "冷冻的不是冷冻的是常温的大米": a kind taken back, the goods named after the one meant
            cut = said.index("的") + 1
            span, said = (span[0] + cut, span[1]), said[cut:]
        if match.group(1) and ZH_STOP.search(said):
            continue  # "不对 是下周": a date corrected, not the goods
        if not _NOT_GOODS.search(said):
            scan.put("commodity", said, [span], 0.7)
            scan.claim(*span)
            return True
    return False


# "稀释剂+油漆": goods listed with a plus; one of them known is enough to read the other.
_PLUS_BEFORE = compile_fast(r"(?:^|(?<=[\s,，:：]))([\u4e00-\u9fff]{2,6})\s*[+＋]\s*$")
_PLUS_AFTER = compile_fast(r"\s*[+＋]\s*([\u4e00-\u9fff]{2,6})(?=[\s,，。;；]|$)")


def plus_joined(scan: Scan, spans: list[Span]) -> list[Span]:
    """`spans` with the Chinese goods written beside one of them with a plus."""
    if len(spans) != 1 or ("+" not in scan.norm and "＋" not in scan.norm):
        return spans
    start, end = spans[0]
    before = _PLUS_BEFORE.search(scan.norm, max(0, start - 10), start)
    after = _PLUS_AFTER.match(scan.norm, end)
    found = [
        match.span(1)
        for match in (before, after)
        if match is not None
        and scan.is_free(*match.span(1))
        and not ZH_STOP.search(match.group(1))
        and match.group(1) not in NOT_SLOT_GOODS
    ]
    return sorted([*spans, *found])
