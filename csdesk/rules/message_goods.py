"""Reading the goods of a message: what follows a label (品名, 货都是, goods are), else the
commodity names the desk knows, each widened to the whole word or phrase the customer wrote.
Break bulk counted in units is read in message_units.
"""

from __future__ import annotations

import re

from csdesk.rules.commodities import CommodityTable
from csdesk.rules.fastre import compile_fast, compile_plain
from csdesk.rules.goods_words import NOT_GOODS
from csdesk.rules.message_goods_dg import named_by_dg_words, specific_after_class
from csdesk.rules.message_goods_fillers import (
    goods_after_route,
    goods_mid_run,
    goods_said_first,
    goods_traded,
    trim_goods_fillers,
)
from csdesk.rules.message_goods_lines import a_trade, comma_listed, put_goods_by_line
from csdesk.rules.message_goods_listed import goods_listed_whole, goods_on_lines
from csdesk.rules.message_goods_more import and_one_more
from csdesk.rules.message_goods_placed import goods_set_out
from csdesk.rules.message_goods_runs import box_by_box_goods, goods_in_runs
from csdesk.rules.message_goods_said import (
    bare,
    goods_meant,
    listed_on,
    plus_joined,
    said_instead,
    shipped_goods,
)
from csdesk.rules.message_goods_second import goods_second_look
from csdesk.rules.message_goods_slot import goods_slot
from csdesk.rules.message_goods_tail import DANGLING, PACKED_IN, name_tail, packing_cut
from csdesk.rules.message_scan import Scan, Span, cue_words
from csdesk.rules.message_slot import ZH_STOP
from csdesk.rules.message_terms import FILLER, read_labelled

_ENGLISH_JOIN = compile_fast(r"\s+|\s+(?:and|&|for)\s+", re.I)  # ("parts for sewing machines")

# (a sentence's full-width stop or comma ends a token too: "青岛到拉各斯，轮胎。")
_TOKEN_REST = compile_plain(r"[^\s,.;:!?()/+&、|。，；：！？]*")
_TOKEN_TAIL = compile_plain(r"[^\s,.;:!?()/+&、|。，；：！？]*$")
# In a long run, a name's word begins after 是 said up to four characters before it, or right
# after 是做 ("我是做卫浴的…": the trade the customer is in).
_RUN_LEAD = compile_plain(r"是(?:做$|装?(?=[\u4e00-\u9fff]{1,4}$))")


# (not a model code's letters: "PC" of "PC200" is no word)
# ("móveis", "pièces": accented letters are a word's too).
_ENGLISH_WORD = compile_fast(
    r"[A-Za-z\u00c0-\u00ff][A-Za-z\u00c0-\u00ff-]*(?![A-Za-z0-9\u00c0-\u00ff])"
)


def _english_phrase(scan: Scan, start: int, end: int) -> Span:
    """ "frozen seafood", "sofa sets": the goods word with the free words around it, up to
    punctuation, a number or a word that is never goods."""
    words = [
        match
        for match in _ENGLISH_WORD.finditer(scan.norm, max(0, start - 30), end + 30)
        if scan.is_free(*match.span())
    ]
    index = next((i for i, word in enumerate(words) if word.start() <= start < word.end()), None)
    if index is None:
        return start, end
    first = last = index
    while first > 0 and _joins(scan, words[first - 1], words[first]) and first > index - 2:
        first -= 1
    opening = first > 0 and words[first - 1].start() in (0, scan.norm.rfind("\n", 0, start) + 1)
    if opening and _joins(scan, words[first - 1], words[first]):
        first -= 1  # "Alkaline dry cell batteries, …": a name opening the message or line is whole
    while last + 1 < len(words) and _joins(scan, words[last], words[last + 1]) and last < index + 2:
        last += 1
    last = and_one_more(scan, words, last)
    return min(words[first].start(), start), max(words[last].end(), end)


def _joins(scan: Scan, left: re.Match[str], right: re.Match[str]) -> bool:
    gap = scan.norm[left.end() : right.start()]
    words = {left[0].lower(), right[0].lower()}
    # "chemicals non-DG": a remark after the goods, not a word of their name.
    remark = right[0].lower().startswith("non-")
    # "we import from China rice cookers": the place after "from" is no word of the goods.
    origin = _FROM_BEFORE.search(scan.norm, max(0, left.start() - 6), left.start()) is not None
    return bool(gap) and not gap.strip(" ") and not words & NOT_GOODS and not remark and not origin


_FROM_BEFORE = compile_fast(r"(?<![a-z])from\s+$", re.I)


_CJK = compile_fast(r"[\u4e00-\u9fff]")


def _whole_token(scan: Scan, start: int, end: int) -> Span:
    """A Chinese name read inside a word the customer wrote ("二手衣服", "机器配件") stands for
    the whole word, as long as nothing else was read in it."""
    if scan.norm[start:end].isascii() or _CJK.search(scan.norm, start, end) is None:
        return _english_phrase(scan, start, end)
    norm = scan.norm
    rest = _TOKEN_REST.match(norm, end)
    right = rest.end() if rest is not None else end
    # Only a word of 12 characters or fewer is taken: the 13 before the name tell where it began.
    window = max(0, start - 13)
    tail = _TOKEN_TAIL.search(norm, window, start)
    left = tail.start() if tail is not None else start
    filler = FILLER.match(norm, left, start)
    if filler is not None:
        left = filler.end()
    loads = "装" in norm[left:start] or "放" in norm[left:start]
    load = _LOAD_LEAD.match(norm, left, start) if loads else None
    if load is not None:  # "一个装衣服 一个装鞋子": what each box holds
        left = load.end()
    elif loads and (said := _LOADED_SAID.search(norm, left, start)) is not None:
        left = said.end()  # "两个四十尺平箱装的是塑料颗粒": a box word no table knows, then 装的是
    # ...up to where the goods end in a word run together ("树脂粉不是危险品", "设备超高").
    stop = ZH_STOP.search(norm, end, right)
    close = stop.start() if stop is not None else right
    if right - left <= 12 and scan.is_free(left, close):
        return left, close
    # "陶瓷砖厦门出去…": in a long run, the name's word up to the port read right after it.
    lead = _RUN_LEAD.search(norm, max(0, start - 5), start)
    if lead is not None and scan.is_free(lead.end(), start):
        start = lead.end()  # "…二十一吨半是不锈钢板": the goods said after 是, whole
    read = scan.claimed.find(1, end, min(right, start + 6))
    if read > end and scan.is_free(end, read):
        stops = [ZH_STOP.search(norm, end, read), _RUN_STOP.search(norm, end, read)]
        return start, min((stop.start() for stop in stops if stop is not None), default=read)
    # "是汽车座椅套然后…", "…是那个汽车脚垫": the name's word up to a filler or the end, when
    # either comes within a few characters.
    near = min(right, end + 4)
    read = scan.claimed.find(1, end, near + 1)
    near = read if read >= 0 else near
    found = [ZH_STOP.search(norm, end, near + 1), _RUN_STOP.search(norm, end, near + 1)]
    close_at = min((stop.start() for stop in found if stop is not None), default=None)
    if close_at is None and (read >= 0 or right == near == len(norm)):
        close_at = near
    if close_at is not None:
        return start, close_at
    return start, end


# Where a name run into the route ends: a word of the sentence, not of the goods ("设备要从青岛").
# ...or where a remark on them begins ("手机配件不带电池").
# "电动车啊带电池的整车": a filler of speech ends the name too.
_RUN_STOP = compile_fast(r"[要从去到发走出在是的运由和跟与及啊呀呢吧]|不(?!锈)")


_LOAD_LEAD = compile_fast(
    # "冷柜装冻牛肉 普柜装调料": the box named by its kind, then what it holds.
    r"(?:[一二两三四五六七八九十\d]{1,3}\s*个\s*(?:柜子?|箱子?)?|[冷冻普高小大平]柜)?\s*(?:里面)?都?"
    r"(?:装的是|装的|装(?!饰|载|修|配|甲|备|卸)|放的是|放(?!心|假))"
)
_LOADED_SAID = compile_fast(r"(?:装|放)的?是")
# "frozen? no, general cargo": goods asked about and denied.
# "袋装化肥不是 是袋装盐": a name taken back, then the one meant.
_DENIED_AFTER = compile_fast(
    r"\s*[?？]\s*(?:no|not|不是|不)(?![a-z])|\s*不是\s*[,，]?\s*(?:而是|是)", re.I
)


def _holds(slot: Span, spans: list[Span]) -> bool:
    """The one known name read stands inside a longer word the customer wrote."""
    (start, end), *more = spans
    return not more and slot[0] <= start < end <= slot[1] and slot[1] - slot[0] > end - start


# ...and what they are sold without: "（不带电池）", "no battery", "without batteries".
_REMARK = compile_fast(
    r"含|带有|带(?=电|磁|锂)|不带|不含|无(?=电池|锂)|没有|内含|内置|附带|配有"
    r"|with\s|containing\s|no\s|without\s|w/o\s|has\s",
    re.I,
)
# "power tools without lithium batteries": the batteries are what the goods come without.
_DENIED_BEFORE = compile_plain(r"(?<![a-z])(?:without|no|w/o)\s+$", re.I)
# What it cannot match without ("thout": re.I also reads "wıthout", dotless, as "without").
_DENIED_WORDS = cue_words("no", "w/o", "thout")


_CHANGED_GOODS = compile_fast(
    r"(?:货物?|品名|产品)\s*(?:从|由)\s*[\u4e00-\u9fff]{1,6}?\s*(?:改成|改为|换成|变成)了?\s*"
    r"([\u4e00-\u9fff]{1,6}?)(?=了|\s|[,，。;；]|$)"
)


_CHANGE_WORDS = cue_words("改成", "改为", "换成", "变成")


def _labelled_trimmed(scan: Scan) -> None:
    """ "货物是木箱包装的五金": the packing said before labelled goods is not part of them, nor
    "packed in cartons" after them."""
    labelled = scan.found.get("commodity")
    if labelled is None or len(labelled.spans) != 1:
        return
    span = _trimmed(scan.norm, labelled.spans[0])
    packed = PACKED_IN.search(scan.norm, *span)
    if packed is not None and packed.start() > span[0]:
        span = (span[0], packed.start())
    dangling = DANGLING.search(scan.norm, *span)
    if dangling is not None and dangling.start() > span[0]:
        span = (span[0], dangling.start())  # "PVC resin in 25kg bags": the value ends at "in"
    if span != labelled.spans[0]:
        value = " ".join(scan.norm[span[0] : span[1]].split())
        scan.found["commodity"] = labelled._replace(value=value, spans=(span,))


# "我们有一批童装要从广州走": the goods of a batch, before what is to be done with them.
_BATCH_OF = compile_fast(
    r"一批(?:那个|这个)?(?!货|东西|产品|柜)([\u4e00-\u9fff]{2,6}?)(?=要|需要|想|准备|打算|从|走|发|出|到|去|,|，|\s)"
)


_HAVE_ONE = compile_fast(
    r"有个(?!货|东西|产品|柜|箱|客户|朋友|问题|事|工厂|厂)([\u4e00-\u9fff]{2,5}?)(?=要(?:走|发|运|出))"
)


# "老板你好打火机要发到科托努", "要发纸巾去拉各斯": in speech, the goods said with the sending
# verb, before or after it (never a person, a box or a count).
_SENT = compile_fast(
    r"(?:^|(?<=[\s,，。!！好板亲]))(?![我你他她们客这那货柜一两二三四五六七八九十]|老板|您好)"
    r"([\u4e00-\u9fff]{2,5}?)要(?:发|运)(?:到|去|往)"
    r"|要(?:发|运)(?![我你他她们客这那货柜一两二三四五六七八九十个])([\u4e00-\u9fff]{2,5}?)(?:去|到|往)"
)


def read_commodity(scan: Scan, commodities: CommodityTable | None) -> None:
    _read_goods(scan, commodities)
    shipped_goods(scan)
    said_instead(scan)
    listed_on(scan)
    goods_listed_whole(scan)
    trim_goods_fillers(scan)
    goods_said_first(scan)
    goods_traded(scan)
    goods_mid_run(scan)
    goods_after_route(scan)
    goods_in_runs(scan)
    packing_cut(scan)
    name_tail(scan)
    goods_second_look(scan)


def _read_goods(scan: Scan, commodities: CommodityTable | None) -> None:
    if goods_set_out(scan):
        return  # "1. 保温杯 40箱\n2. 雨伞 25箱", "提货地址：…15号，水泵 …", "liquid: sorbitol"
    if (":\n" in scan.norm or ": \n" in scan.norm) and goods_on_lines(scan):
        return  # "货：\n轮毂\n刹车片": one name a line after the label
    read_labelled(scan, ["commodity"])
    _labelled_trimmed(scan)
    if "commodity" in scan.found or commodities is None or goods_meant(scan):
        return
    if "装" in scan.norm and box_by_box_goods(scan):
        return
    changed = _CHANGED_GOODS.search(scan.norm) if scan.has_any(_CHANGE_WORDS) else None
    if changed is not None and scan.is_free(*changed.span(1)):
        scan.claim(*changed.span())  # "货从瓷砖改成洁具了": the goods changed to
        scan.put("commodity", changed.group(1), [changed.span(1)], 0.8)
        return
    if put_goods_by_line(scan):
        return
    batch = _BATCH_OF.search(scan.norm) if "一批" in scan.norm else None
    if batch is None and "有个" in scan.norm:
        batch = _HAVE_ONE.search(scan.norm)  # "我这有个烧碱要走南沙…": the goods one has to send
        if batch is not None and ZH_STOP.search(batch.group(1)):
            batch = None
    if batch is not None and scan.is_free(*batch.span(1)):
        scan.put("commodity", batch.group(1), [batch.span(1)], 0.75)  # "有一批童装要从…走"
        return
    sent = _SENT.search(scan.norm) if "要发" in scan.norm or "要运" in scan.norm else None
    group = (1 if sent.group(1) else 2) if sent is not None else 0
    if sent is not None and scan.is_free(*sent.span(group)) and not ZH_STOP.search(sent[group]):
        scan.put("commodity", sent[group], [sent.span(group)], 0.6)
        return
    spans: list[Span] = []
    asked_about = "?" in scan.norm or "？" in scan.norm or "不是" in scan.norm
    signed = _SIGNED_OFF.search(scan.norm) if "\n" in scan.norm else None
    for start, end, _ in commodities.find_all(scan.norm):
        if not scan.is_free(start, end) or (signed is not None and start >= signed.start()):
            continue  # "Gracias,\nLucía – Textiles Paredes EIRL": a name in the signature
        held_in = start >= 2 and scan.norm[start - 1] in "带含" and scan.norm[start - 2] != "不"
        if held_in and _REMARK.match(scan.norm, start - 1):
            continue  # "电动车啊带电池的整车": what the goods hold is not a second good
        start, end = _whole_token(scan, start, end)
        used = start >= 2 and scan.norm.startswith(("二手", "旧的"), start - 2)
        if used and scan.is_free(start - 2, start):
            start -= 2  # "能走二手轮胎吗": used goods are goods of their own
        asked = asked_about and _DENIED_AFTER.match(scan.norm, end) is not None
        denied = (
            scan.has_any(_DENIED_WORDS)
            and _DENIED_BEFORE.search(scan.norm, max(0, start - 12), start) is not None
        )
        if asked or denied or _REMARK.match(scan.norm, start):
            continue  # "电动滑板车 含锂电池": what the goods hold is not the goods
        if spans and start < spans[-1][1]:
            if start >= spans[-1][0] and end > spans[-1][1]:  # "是五金工具": 五金, then 工具
                spans[-1] = (spans[-1][0], end)
            continue
        gap = scan.norm[spans[-1][1] : start] if spans else "x"
        english = spans and scan.norm[spans[-1][0] : end].isascii()
        # "stone slabs", "sewing machines and spare parts", "服装和鞋子" are one name each.
        joined = gap in _ZH_JOIN if not english else _ENGLISH_JOIN.fullmatch(gap) is not None
        if english and not joined and gap.endswith((" in ", " with ")) and len(gap) < 16:
            # "lithium metal batteries contained in equipment", "… packed with equipment".
            joined = scan.norm.endswith(("contained in ", "packed with "), 0, start)
        if spans and (not gap or joined):
            spans[-1] = (spans[-1][0], end)  # "stone slabs" is one name
        else:
            spans.append((start, end))
    spans = plus_joined(scan, spans)
    # "我们是做五金的…合页和拉手", "做灯具的…LED灯管": the trade said first, the goods after it.
    traded = [span for span in spans if not a_trade(scan.norm, span)]
    trade_end = spans[0][1] if spans and not traded else len(scan.norm)
    spans = traded or spans
    # The goods read by position count only against no known name or one inside a longer word.
    slot = goods_slot(scan) if len(spans) < 2 else None
    slot = _trimmed(scan.norm, slot) if slot is not None else None
    if slot is not None and (not spans or _holds(slot, spans) or slot[0] > trade_end):
        # No known name, or one inside the customer's longer word ("不锈钢管" for "钢管").
        first = " ".join(scan.norm[slot[0] : slot[1]].split())
        added = "另" in scan.norm or "外加" in scan.norm
        also = _ALSO.search(scan.norm, slot[1]) if added else None
        if also is not None and scan.is_free(*also.span(1)) and not ZH_STOP.search(also[1]):
            # "游艇一艘 … 另加游艇支架一个 2吨": a piece added to the first is goods of its own.
            scan.put("commodity", f"{first}/{also[1]}", [slot, also.span(1)], 0.6)
            return
        listed = comma_listed(scan, slot) if scan.norm.startswith(",", slot[1]) else []
        words = [first, *(scan.norm[start:end] for start, end in listed)]  # "窗帘，床单，毛巾"
        scan.put("commodity", "/".join(words), [slot, *listed], 0.6)
        return
    dg = "un_number" in scan.found or "dg_class" in scan.found
    if not spans and dg and named_by_dg_words(scan):
        return
    if len(spans) == 1 and specific_after_class(scan, spans[0]):
        return
    names: dict[str, Span] = {}
    for start, end in (_trimmed(scan.norm, span) for span in spans):
        names.setdefault(" ".join(scan.norm[start:end].split()), (start, end))
    last = max(names.values()) if names else None
    if last is not None and scan.norm.startswith(",", last[1]):  # "窗帘，床单，毛巾"
        listed = comma_listed(scan, last)
        names.update((scan.norm[start:end], (start, end)) for start, end in listed)
    if names:
        shown = list(names)[:3]
        scan.put("commodity", "/".join(shown), [names[name] for name in shown], 0.7)


# A sign-off on a line of its own: what follows is the sender's signature, not the goods.
_SIGNED_OFF = compile_fast(
    r"\n[^\S\n]*(?:regards|thanks|thank you|best|br|rgds|cordialement|bien cordialement|cdlt"
    r"|saludos|gracias|merci|obrigad[oa]|atentamente|atenciosamente|atte\.?|cumprimentos"
    r"|salutations|sincerely)[^\S\n]*[,.!]?[^\S\n]*\n",
    re.I,
)
_ALSO = compile_fast(
    r"(?:另加|另有|外加|另外还有|另带)([\u4e00-\u9fff]{2,6}?)"
    r"(?=\s*(?:\d|[一二两三四五六七八九十])\s*(?:个|件|台|套|块|箱|托)|一个|一套|一台)"
)
_ZH_JOIN = frozenset(["和", "及", "与", "跟", "以及"])
# "建筑用的钢筋": the use said before the goods, "纸箱装的鞋子" the packing; "纯碱袋装的": the
# packing said after them.
_USE_BEFORE = compile_fast(
    r"(?:都是|全是|是)?(?:[\u4e00-\u9fff]{1,4}用的"
    r"|(?:纸箱|木箱|纸盒|袋子|编织袋|吨袋|桶|托盘|散)包?装(?:的|(?![订卸修饰配载备甲置])))|(?:都|全都|全|也)是"
)
_PACKING_AFTER = compile_fast(
    r"(?:(?:吨袋|袋|散|桶|箱|罐|瓶|盒|托盘|编织袋)装的?|(?:用|是)?(?:袋子|纸箱|木箱|托盘)装的?)$"
)


_BOXES_OF = compile_fast(r"的(?:柜子?|箱子|货柜)$")


def _trimmed(norm: str, span: Span) -> Span:
    """A Chinese name without the use before it or the packing after it, as long as two
    characters are left."""
    start, end = bare(norm, span)
    name = norm[start:end]
    if name.startswith(("货物", "货品")) and end - start >= 4:
        start += 2  # "货物家具": the label said without a colon
        name = name[2:]
    boxed = _BOXES_OF.search(name)
    if boxed is not None and boxed.start() >= 2:  # "水泥的柜子": the goods the boxes hold
        end = start + boxed.start()
        name = name[: boxed.start()]
    if name.isascii() or ("是" not in name and "用" not in name and "装" not in name):
        return start, end
    lead = _USE_BEFORE.match(norm, start, end)
    if lead is not None and end - lead.end() >= 2:
        start = lead.end()
    tail = _PACKING_AFTER.search(norm, start + 2, end) if "装" in name else None
    return (start, tail.start()) if tail is not None else (start, end)
