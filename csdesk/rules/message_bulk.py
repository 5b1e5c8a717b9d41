"""Break bulk and project cargo told piece by piece: "2 units excavator 18,000 kgs each, 1 unit
wheel loader 12,000 kgs", "3台挖掘机 每台二十吨 2台装载机 每台十五吨". The pieces, the weight and
the goods are the list's totals, and the list itself is the inquiry's cargo list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from csdesk.rules.fastre import compile_fast
from csdesk.rules.goods_words import NOT_SLOT_GOODS
from csdesk.rules.message_cargo import WEIGHT, spoken
from csdesk.rules.message_corrections import taken_back_within
from csdesk.rules.message_daynames import MONTHS
from csdesk.rules.message_scan import Scan, Span
from csdesk.rules.message_units import heavy_cargo
from csdesk.rules.records import Record
from csdesk.rules.textnorm import CN_NUMERAL, parse_count, parse_number

# "molinos de bolas": the words joining a name of several words (the pattern never ends on one).
_JOINING = frozenset(["de", "del", "da", "do", "of"])
_WORD_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_ZH_ITEM = compile_fast(
    # "+ 3pcs 散热片": the English piece word before Chinese goods.
    rf"(?<![\d.])(?<!\d,)(\d{{1,3}}|{CN_NUMERAL})\s*(?:台|辆|套|件|根|节|块|座|艘|个|(?i:pcs?|units?|sets?))\s*"
    r"(?![零一二两三四五六七八九十]|总|共|每|单|重|尺|毛|约|大|左|小柜|高柜|柜|方|托|吨|箱|立方)"
    r"([\u4e00-\u9fff]{2,6}?)(?=[\s,，、;；:：(（每单重尺各]|\d|$)"
)
# "锅炉一件 … 48吨，汽包一件 … 22吨", "另有附件3箱 每箱2吨": the goods, then their count.
_ZH_ITEM_AFTER = compile_fast(
    r"(?:^|(?<=[\s,、;；:：]))(?:另有|另外|还有|外加|另加|再加|加上)?"
    # ...not a nickname ("大的一台"), a total ("共5件") or a count ("一台盾构机分三件").
    r"(?!最|另|其|共|总|合计|还|大的|小的|[一二两三四五六七八九十])"
    # ("配套钢结构 12件": a space between the goods and their count.)
    rf"([^\W\d_的分是]{{2,6}}?)(?:[^\S\n](?=\d))?(\d{{1,3}}|{CN_NUMERAL})\s*(?:台|辆|套|件|根|节|块|座|艘|箱|捆"
    # "机舱1个", "支架一个" (never "小柜1个", "高柜一个": boxes, not pieces).
    r"|(?<![柜箱托方尺])个)"
    r"(?=[\s,，、;；]|\d|$)"
)
# "1. 履带吊主机 1件 65吨", "- 配重块 10件": a list's line, the goods, a space, their count.
_ZH_LISTED = compile_fast(
    r"(?:^|\n)[^\S\n]*(?:\d{1,2}[.、)）]|[-•*·])[^\S\n]*"
    rf"([^\W\d_的分是]{{2,8}}?)[^\S\n]+(\d{{1,3}}|{CN_NUMERAL})\s*(?:台|辆|套|件|根|节|块|座|艘|箱|捆|个)"
    r"(?=[\s,，、;；]|\d|$)"
)
# "钢结构 三件：主梁一件 …": the pieces are parts of the goods named before their count.
_PARTS_OF = compile_fast(rf"(?:分成?|分为|共)?\s*(?:\d{{1,2}}|{CN_NUMERAL})\s*[件段节]\s*[:：]")
_EN_ITEM = compile_fast(
    r"(?<![\d.,])(\d{1,3}|one|two|three|four|five|six)\s*(?:[x×*]\s*)?\s"
    # "4 cases accessories", "2 piezas de molino": the packing's or the pieces' word first.
    # "6 bultos de repuestos", "3 colis de pièces": packages of the goods.
    r"(?:(?:units?|sets?|pcs?\.?|nos?\.?|pieces|piezas|pe[çc]as|pi[èe]ces|cases|crates|bultos"
    r"|cajas|caixas|volumes|colis|bundles|packages)\s+)?"
    # "32 toneladas cada": a weight, not a kind of piece.
    r"(?:(?:of|de)\s+)?(?!(?:toneladas?|tons?|tonnes?|kgs?|mts?|cbm|metros?|m[eè]tres?)(?![a-z]))"
    # "transformador de potencia de 48 t": a name of several words joined by "de" or "of".
    r"([a-z\u00e0-\u00ff][a-z\u00e0-\u00ff-]{2,}"
    r"(?:\s+(?:(?:de|del|da|do|of)\s+)?[a-z\u00e0-\u00ff][a-z\u00e0-\u00ff-]{2,}){0,3})",
    re.I,
)
# Where a piece's description ends: the next piece, the sentence, or the message moving on.
_ITEM_END = compile_fast(
    r"[。\n;；]|\.(?:\s|$)|(?<![a-z])(?:ready|cargo ready|ETD|shipper|target|please|pls|thanks"
    r"|regards|loading|lifting)(?![a-z])|需要|要求|吊装|货好|出运|出货|发货人|目标价|麻烦|谢谢"
    r"|[一二三四五六七八九十\d]{1,2}月|月底|月中|月初|下周|下个月|这周|本周|明天|今天",
    re.I,
)
_EACH = compile_fast(
    r"each|apiece|per\s*(?:unit|set|piece|pc)|/\s*(?:unit|set|pc|台|件|套)|每台|每件|每套|每辆|每个|每箱|单台"
    r"|单件|各|cada|chacune?",
    re.I,
)


_TOTAL_BEFORE = compile_fast(
    r"(?:total|altogether|in all|总共|一共|合计|共计|共)\s*[:：]?\s*$", re.I
)


class _Item(Record):
    count: int
    goods: str
    span: Span  # the count and the goods
    end: int  # where its description ends
    kilos: float | None
    weight_span: Span | None
    _fields = ("count", "goods", "span", "end", "kilos", "weight_span")

    def __init__(
        self,
        count: int,
        goods: str,
        span: Span,
        end: int,
        kilos: float | None = None,
        weight_span: Span | None = None,
    ) -> None:
        # (set one by one, not by `_assign`: a class compiled by mypyc has no __dict__)
        self.count, self.goods, self.span, self.end = count, goods, span, end
        self.kilos, self.weight_span = kilos, weight_span


def _items(scan: Scan, free: bool = True) -> list[_Item]:
    """The pieces named; with `free` False also those other readers took (the cargo list quotes
    what they read)."""

    def matches(pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        return scan.free_matches(pattern) if free else pattern.finditer(scan.norm)

    found: list[tuple[int, int, int, str]] = []
    for match in matches(_ZH_ITEM):
        count = parse_count(match.group(1))
        if count:
            found.append((match.start(), match.end(), count, match.group(2)))
    listed = "\n" in scan.norm  # (a list's lines: none in a one-line message)
    for pattern in (_ZH_ITEM_AFTER, _ZH_LISTED) if listed else (_ZH_ITEM_AFTER,):
        for match in matches(pattern):
            count = parse_count(match.group(2))
            if count:
                found.append((match.start(1), match.end(), count, match.group(1)))
    for match in matches(_EN_ITEM):
        words = []
        for word in match.group(2).split():
            if word.lower() in NOT_SLOT_GOODS and word.lower() not in _JOINING:
                break
            words.append(word)
        count = _WORD_COUNTS.get(match.group(1).lower()) or parse_count(match.group(1))
        if _TOTAL_BEFORE.search(scan.norm, max(0, match.start() - 12), match.start()):
            continue  # "Total: 13 pieces, 240 t": the list's sum, not one more kind of piece
        if words and words[0].lower().rstrip(".") in MONTHS:
            continue  # "ready 18 Dec": a date, not eighteen pieces
        if words and count:
            end = match.start(2) + len(" ".join(words))
            found.append((match.start(), end, count, " ".join(words)))
    found.sort()
    # "变压器三台 单台45吨": a count read with the goods before it is not also the next piece's.
    found = [item for at, item in enumerate(found) if not at or item[0] >= found[at - 1][1]]
    items: list[_Item] = []
    for index, (start, end, count, goods) in enumerate(found):
        stop = found[index + 1][0] if index + 1 < len(found) else len(scan.norm)
        close = _ITEM_END.search(scan.norm, end, stop)
        items.append(_Item(count, goods, (start, end), close.start() if close else stop))
    return items


def _weigh(scan: Scan, item: _Item) -> None:
    """The item's weight: the first one said in its description, times its count if per unit."""
    match = WEIGHT.search(scan.norm, item.span[1], item.end)
    if match is None or not scan.is_free(*match.span()):
        return
    number = parse_number(match.group(1))
    if number is None:
        return
    number = spoken(match, number, 4)
    kilos = number * 1000 if match.group(2) else number
    around = scan.norm[item.span[1] : match.start()] + scan.norm[match.end() : match.end() + 10]
    item.kilos = kilos * item.count if _EACH.search(around) else kilos
    item.weight_span = match.span()


# No consolidation warehouse takes more (message_mode reads 散货 over it as break bulk).
_LCL_MAX_KILOS = 20_000


# "一台锅炉 …，另有配套钢结构 12件": the goods that go with the main ones (配套) are in the list,
# not in the commodity's name (but "另有两个散热器": other goods beside it are); the words
# that bring them end the piece before.
_BESIDE_BEFORE = compile_fast(r"(?:另有|另外|还有|外加|另加|再加|加上)\s*$")


def read_cargo_items(scan: Scan) -> None:
    """Pieces of several kinds, each with its weight: their totals, and the list."""
    # "散货 一台变压器 85吨 … 一台散热器 6吨": 散货 of pieces too heavy for a consolidation.
    loose = not heavy_cargo(scan)
    if loose and "散货" not in scan.norm:
        return
    items = _items(scan)
    if len(items) < 2 or len({item.goods for item in items}) < 2:
        return
    for item in items:
        _weigh(scan, item)
    if loose and sum(item.kilos or 0 for item in items) <= _LCL_MAX_KILOS:
        return
    spans = [item.span for item in items]
    scan.put("pieces", sum(item.count for item in items), spans, 0.85)
    main = [item.goods for item in items if not item.goods.startswith("配套")]
    main = main or [item.goods for item in items]
    names = list(dict.fromkeys(main))[:3]
    parts = ":" in scan.norm and _PARTS_OF.search(scan.norm) is not None
    if not parts:
        scan.put("commodity", "/".join(names), spans, 0.8)
    if all(item.weight_span is not None for item in items):
        weighed = [item.weight_span for item in items if item.weight_span is not None]
        total = sum(item.kilos or 0 for item in items)
        scan.put("weight_kg", round(total, 3), [*weighed, *spans], 0.85)
        for span in weighed:
            scan.claim(*span)
    for span in spans if not parts else ():
        scan.claim(*span)


def _described(scan: Scan, items: list[_Item]) -> list[Span]:
    """Each piece's description, from its count to where it ends, when it gives a figure."""
    spans = []
    for item in items:
        text = scan.norm[item.span[0] : item.end].rstrip(" ,，、:：")
        beside = _BESIDE_BEFORE.search(text)  # "…，另有" before the next piece: not this one's
        text = text[: beside.start()].rstrip(" ,，、:：") if beside is not None else text
        if any(char.isdigit() for char in text[item.span[1] - item.span[0] :]) or WEIGHT.search(
            text
        ):
            spans.append((item.span[0], item.span[0] + len(text)))
    return spans


# "最大件 … 另两件各12吨", "main unit … plus 4 crates": one size given, but the pieces differ.
_PIECES_DIFFER = compile_fast(
    r"最大一?[件段节根台块]|最重|另外?[一二两三四五六七八九\d]+件|其余|其他[一二两三四五六七八九\d]*件"
    # "另外配件3箱 共2吨": spares beside the main piece.
    r"|(?:另外|另有|外加)[\u4e00-\u9fff]{1,4}?[一二两三四五六七八九\d]+\s*个?[件箱托包套]"
    r"|largest|biggest|heaviest|main\s+unit|the\s+others?|the\s+rest",
    re.I,
)


# "共40件 最大件 18x3x2.5米": only the largest piece's size, its dimensions and no list (the
# settled convention), unless other goods are said beside it ("另外配件三件").
_LARGEST = compile_fast(r"最大的?一?[件段节根台块个]|largest|biggest", re.I)
_BESIDE = compile_fast(
    r"(?:另外|另有|外加)[\u4e00-\u9fff]{1,4}?[一二两三四五六七八九\d]+\s*个?[件箱托包套]"
)


def _pieces_differ(scan: Scan, items: list[_Item], dimension_spans: list[Span]) -> bool:
    """Whether the pieces differ: a list says more than count, size and weight only then."""
    sizes = {scan.norm[start:end] for start, end in dimension_spans}
    if len(items) > 1 or len(sizes) > 1:
        return True
    if _LARGEST.search(scan.norm) is not None and _BESIDE.search(scan.norm) is None:
        return False  # only the largest piece's size
    return _PIECES_DIFFER.search(scan.norm) is not None


def cargo_list(scan: Scan, dimension_spans: Iterable[Span]) -> None:
    """A break-bulk inquiry's cargo list, when its pieces differ: the pieces as described with
    their sizes and weights, else the lines that give sizes. Identical units need none: their
    count, size and weight say it all."""
    items = [
        item
        for item in _items(scan, free=False)  # "1 grúa? no, 1 transformador": one piece
        if not taken_back_within(scan.norm, item.span[0], item.end + 12)
    ]
    dimension_spans = list(dimension_spans)
    if not _pieces_differ(scan, items, dimension_spans):
        return
    spans = _described(scan, items)
    if not spans:
        lines: dict[int, Span] = {}
        for start, _ in dimension_spans:
            line_start = scan.text.rfind("\n", 0, start) + 1
            line_end = scan.text.find("\n", start)
            end = len(scan.text) if line_end < 0 else line_end
            lines.setdefault(line_start, (line_start, end))
        spans = list(lines.values())
    if spans:
        text = "\n".join(scan.text[start:end].strip() for start, end in spans)
        scan.put("cargo_list", text, spans, 0.75)
