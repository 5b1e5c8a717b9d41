"""Putting a message's weights together: per type on mixed equipment, line by line, and a
bare figure correcting one said per box (the figures are read in message_cargo)."""

from __future__ import annotations

import re
from itertools import pairwise

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_per_unit import PER_BOX_AFTER
from csdesk.rules.message_scan import Scan, Span
from csdesk.rules.textnorm import parse_count, parse_number

# (kilos, the spans it rests on, confidence, the container type it was said for)
Total = tuple[float, list[Span], float, str | None]


def by_type(totals: list[Total]) -> Total | None:
    """Per-box figures for each type of a mixed order add up: 12t/20GP and 20t/40HQ."""
    typed = {total[3]: total for total in totals if total[3] is not None}
    if len(typed) < 2:
        return None
    spans = [span for total in typed.values() for span in total[1]]
    return sum(total[0] for total in typed.values()), spans, min(t[2] for t in typed.values()), None


def line_by_line(scan: Scan, totals: list[Total], factors: list[float]) -> Total | None:
    """ "1x40HQ …tiles 25 tons, and another 1x20GP same goods 26 tons", "2x20GP …19 tons per
    container, plus 1x40HQ 22 tons": on a mixed order with one figure after each line and
    before the next, each figure is its line's (per box when said so)."""
    boxes = scan.found.get("containers")
    if boxes is None or len(boxes.value) < 2 or len(totals) != len(boxes.value):
        return None
    order = sorted(range(len(boxes.spans)), key=lambda index: boxes.spans[index][0])
    figures = sorted(range(len(totals)), key=lambda index: totals[index][1][0][0])
    weight, spans = 0.0, []
    for place, (line, figure) in enumerate(zip(order, figures, strict=True)):
        start = totals[figure][1][0][0]
        after_next = place + 1 < len(order) and start >= boxes.spans[order[place + 1]][0]
        if start < boxes.spans[line][1] or after_next:
            return None
        said = totals[figure][0] / factors[figure] if factors[figure] else totals[figure][0]
        weight += said * (boxes.value[line].qty if factors[figure] > 1 else 1)
        spans += [totals[figure][1][0], boxes.spans[line]]
    return weight, spans, 0.7, None


def as_corrected(total: Total, corrected: Total, factor: float) -> Total:
    """ "每柜11吨 哦不好意思 是12吨": a bare figure correcting one said per box (or per piece)
    is said per box too: it takes the corrected figure's multiplier and what it rests on."""
    if factor <= 1:
        return total
    return total[0] * factor, [*total[1], *corrected[1][1:]], total[2], corrected[3]


# "小柜十五吨大的十吨", "高柜装家具十吨小柜装大理石二十四吨": the box named by what sets it apart
# on a mixed order (small, big, high), then maybe what it holds, then its figure.
_NICKNAME_BEFORE = compile_fast(
    r"(小柜子?|小的|小箱子?|大柜子?|大的|大箱子?|高柜子?|高的|平柜子?|普柜|普通柜|冷柜|冻柜"
    # "HQ 9 t / GP 12 t": the type's letters alone, after the order named it with its size.
    r"|(?<![A-Za-z\d'])(?:HQ|HC|GP|RF|FR|OT)s?(?![A-Za-z])|(?<![a-z])(?:reefer|flat\s*rack)s?(?![a-z]))"
    r"(?:(?:装|放)(?:的是|的|了)?[\u4e00-\u9fff]{1,6}?|的"
    # "the FR for a press machine 30 t", "HQs with spare parts 12 t each": what it holds.
    r"|\s+(?:for|with)\s+[A-Za-z][A-Za-z\s-]{0,30}?)?\s*"
    # "...press machine 700x280x310cm 24t": the piece's size said before its weight.
    # ("the OT (1,050 x 235 x 290 cm, 14 t)": the size and weight in brackets after the type)
    r"\s*[(（]?\s*(?:[\d.,]+\s*[x×*]\s*[\d.,]+\s*[x×*]\s*[\d.,]+\s*(?:cm|mm|m)?\s*[,，]?\s*)?"
    # "冷柜装冻牛肉 -18度 22吨", "reefer for fish at -18C 25 t": the reefer's temperature first.
    r"(?:(?:at\s*)?(?:零下|[-−+])?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:度|℃|°C?|C(?![a-z]))\s*)?"
    # ("FR each 28t", "the HQs about 18t each": each box of that type, about so much)
    r"(?:每个?柜?|各|都是|重|约|大概|[:：]|\s*(?:each|about|around|approx\.?|abt\.?)(?![a-z]))*\s*$"
)
_NICKNAMES = {"小": "20", "大": "4", "高": "HQ", "平": "GP", "普": "GP", "冷": "RF", "冻": "RF"}
_NICKNAMES.update({"H": "HQ", "G": "GP", "R": "RF", "F": "FR", "O": "OT", "r": "RF", "f": "FR"})


def nicknamed_line(scan: Scan, start: int) -> int | None:
    """Which line of a mixed order a figure is said for when the box is named by a nickname
    (小柜, 大的, 高柜) outside the order itself: the one line it fits, else None."""
    before = scan.before(start, 44)
    match = _NICKNAME_BEFORE.search(before)
    boxes = scan.found["containers"]
    if match is None:
        return None
    at = start - len(before) + match.start()
    if any(a <= at < b for a, b in boxes.spans):
        return None  # "一个高柜 十吨": the order itself, then its figure
    mark = _NICKNAMES[match.group(1)[0]]
    fits = [
        index
        for index, line in enumerate(boxes.value)
        if (line.type.startswith(mark) if mark[0].isdigit() else line.type.endswith(mark))
    ]
    return fits[0] if len(fits) == 1 else None


# "挖掘机两台 一台22吨 … 一台13吨": each piece's own weight, one after the other.
_ONE_PIECE_BEFORE = compile_fast(
    r"(?:一(?:台|件|辆|套|个|根|节|段)|(?<![a-z\d])(?:one|1)\s*(?:unit|pc|piece|set))\s*(?:重|约)?\s*$"
    # "12.0 x 4.2 x 4.5 m / 68 t and 9.5 x 4.0 x 4.0 m / 51 t": each piece's size, then weight.
    r"|\d\s*(?:m|米)\s*[/,，]\s*$",
    re.I,
)


def one_by_one(scan: Scan, totals: list[Total]) -> Total | None:
    """ "挖掘机两台 一台22吨 … 一台13吨": a weight said for each piece, one piece at a time, adds
    up when there are as many as the pieces counted."""
    pieces = scan.found.get("pieces")
    if pieces is None or "containers" in scan.found or not 2 <= len(totals) <= 6:
        return None
    said = [total for total in totals if _ONE_PIECE_BEFORE.search(scan.before(total[1][0][0], 12))]
    if len(said) != pieces.value or len(said) < 2:
        return None
    spans = [span for total in said for span in total[1]]
    return sum(total[0] for total in said), spans, 0.8, None


# "主机 980x620x650cm 190吨，后配套两件 各1500x400x450cm 45吨": each piece (or group of like
# pieces) given its size, then its weight.
_SIZED_PIECE_BEFORE = compile_fast(
    r"(?:([一二两三四五六七八九十]|\d{1,2})\s*(?:件|台|段|节|块|个|pcs|pieces|units?)\s*)?"
    r"(各|每件|每个|each)?\s*[:：]?\s*[\d.]+\s*[x×*]\s*[\d.]+\s*[x×*]\s*[\d.]+\s*"
    r"(?:cm|mm|m|米|厘米|公分)?\s*[,，/]?\s*$",
    re.I,
)


def piece_by_piece(scan: Scan, totals: list[Total]) -> Total | None:
    """Each piece's size, then its weight, for as many pieces as were counted: they add up."""
    pieces = scan.found.get("pieces")
    if pieces is None or "containers" in scan.found or not 2 <= len(totals) <= 6:
        return None
    kilos, count, spans = 0.0, 0, []
    for total in totals:
        start = total[1][0][0]
        sized = _SIZED_PIECE_BEFORE.search(scan.norm, max(0, start - 44), start)
        if sized is None:
            return None
        many = parse_count(sized.group(1)) if sized.group(1) and sized.group(2) else 1
        kilos, count = kilos + total[0] * (many or 1), count + (many or 1)
        spans.extend(total[1])
    return (kilos, spans, 0.8, None) if count == pieces.value else None


# "两个高柜 … 一个二十吨一个十八吨", "2x40HQ, one 20 t and one 18 t": each box's own weight.
_ONE_BOX_BEFORE = compile_fast(
    r"(?:一(?:个|柜|个柜子?)|(?<![a-z])one(?:\s+(?:box|container|unit))?(?:\s+(?:at|is|of))?"
    # "小柜两个 第一个二十吨 第二个十七吨半", "the first one 20 t, the second 17.5 t".
    r"|第(?:[一二三四五六七八九十]|\d)个?(?:柜子?)?|(?<![a-z])(?:the\s+)?(?:first|second|third|other)"
    r"(?:\s+(?:one|box|container|cntr|unit))?(?:\s+(?:at|is|of|weighs))?)"
    # "一个装窗帘 十吨": the box's own goods between the box and its weight.
    r"\s*(?:重|约|装(?:的?是?[\u4e00-\u9fff]{1,6}\s*)?)?\s*$",
    re.I,
)


def box_by_box(scan: Scan, totals: list[Total], factors: list[float]) -> Total | None:
    """ "两个四十尺高柜 每柜二十吨 啊不对 一个二十吨一个十八吨": a weight said for each box, one box
    at a time, adds up when there are as many as the boxes ordered."""
    boxes = scan.found.get("containers")
    if boxes is None or not 2 <= len(totals) <= 7:
        return None
    if "一" not in scan.norm and "one" not in scan.folded and "first" not in scan.folded:
        return None
    count = sum(line.qty for line in boxes.value)
    said = [
        (total[0] / (factor or 1.0), total[1][0])
        for total, factor in zip(totals, factors, strict=True)
        if _ONE_BOX_BEFORE.search(scan.before(total[1][0][0], 16))
    ]
    if len(said) != count or count < 2:
        return None
    spans = [span for _, span in said] + list(boxes.spans)
    return sum(kilos for kilos, _ in said), spans, 0.8, None


# "1x20GP and 1x40HQ, granite 25 t and 26 t respectively", "小柜和高柜 分别20吨和24吨".
_RESPECTIVELY = compile_fast(r"respectively|分别|各自", re.I)


# "1*20GP+1*40HQ ... 20T+25T": the figures joined by "+" as the boxes are, one for each line.
_PLUS = compile_fast(r"\s*\+\s*")


def _added_up(scan: Scan, spans: list[Span]) -> bool:
    gaps = pairwise(spans)
    return all(_PLUS.fullmatch(scan.norm, left[1], right[0]) is not None for left, right in gaps)


def respectively(scan: Scan, totals: list[Total], factors: list[float]) -> Total | None:
    """On a mixed order, one figure for each line after all of them, said "respectively":
    each figure is its line's, in the order the lines were named (per box when said so)."""
    boxes = scan.found.get("containers")
    if boxes is None or len(boxes.value) < 2 or len(totals) != len(boxes.value):
        return None
    order = sorted(range(len(boxes.spans)), key=lambda index: boxes.spans[index][0])
    figures = sorted(range(len(totals)), key=lambda index: totals[index][1][0][0])
    first, last = totals[figures[0]][1][0][0], totals[figures[-1]][1][0][1]
    if first < boxes.spans[order[-1]][1]:
        return None
    cue = _RESPECTIVELY.search(scan.norm)
    if cue is None and not _added_up(scan, [totals[index][1][0] for index in figures]):
        return None
    if cue is not None and not first - 24 <= cue.start() <= last + 24:
        return None
    weight, spans = 0.0, []
    for line, figure in zip(order, figures, strict=True):
        said = totals[figure][0] / factors[figure] if factors[figure] else totals[figure][0]
        weight += said * (boxes.value[line].qty if factors[figure] > 1 else 1)
        spans += [totals[figure][1][0], boxes.spans[line]]
    return weight, spans, 0.7, None


# "两个高柜 一个装衣服一个装鞋子 衣服八吨鞋子六吨": what each box holds, then each one's weight
# named by its goods.
BOX_HOLDS = compile_fast(
    r"(?<!每)(?:一个|一柜|另一个)(?:柜子?)?(?:装|放)(?:的是|的)?"
    r"([\u4e00-\u9fff]{2,6}?)(?=[\s,，、;；]|一个|另一个|另|$"
    # "一个装灯具家具九吨": run together, the next goods' name and its figure follow.
    r"|[\u4e00-\u9fff]{2,6}?(?:[一二两三四五六七八九十]+|\d+)\s*(?:吨|公斤|t(?![a-z])))"
)
_GOODS_THEN_FIGURE = compile_fast(r"\s*(?:的|重|约|大概|毛重)?\s*$")


def goods_by_box(scan: Scan, totals: list[Total], factors: list[float]) -> Total | None:
    """Each box holds other goods and each goods' weight is said by its name: they add up
    when there is one figure for each box."""
    boxes = scan.found.get("containers")
    if boxes is None or not 2 <= len(totals) <= 6 or "装" not in scan.norm:
        return None
    held = {match.group(1) for match in BOX_HOLDS.finditer(scan.norm)}
    if len(held) < 2 or len(held) != sum(line.qty for line in boxes.value):
        return None
    said: dict[str, tuple[float, Span]] = {}
    for total, factor in zip(totals, factors, strict=True):
        start = total[1][0][0]
        for goods in held:
            at = scan.norm.rfind(goods, max(0, start - len(goods) - 4), start)
            if at >= 0 and _GOODS_THEN_FIGURE.match(scan.norm, at + len(goods), start):
                said[goods] = (total[0] / (factor or 1.0), total[1][0])
    if len(said) != len(held):
        return None
    spans = [span for _, span in said.values()] + list(boxes.spans)
    return sum(kilos for kilos, _ in said.values()), spans, 0.8, None


_FIGURE_NEXT = compile_fast(
    r"[^\S\n]*[:：]?[^\S\n]*\d[\d.,]*\s*(?:t|tons?|mts?|kgs?|吨|公斤)(?![a-z])", re.I
)


def typed_lines(scan: Scan, start: int, after: str) -> bool:
    """ "40HQ 24t / 20GP 26t": a figure with its type named again just before it, and the type
    after the slash followed by a figure of its own."""
    box_after = PER_BOX_AFTER.match(after)
    if box_after is None or _FIGURE_NEXT.match(after, box_after.end()) is None:
        return False
    boxes = scan.found.get("containers")
    ordered = boxes.spans if boxes is not None else []
    # The type named again, not the order itself ("2x20GP 1x40HQ 10吨/20GP 18吨/40HQ").
    return any(
        end <= start
        and not scan.norm[end:start].strip(" :：")
        and not any(a <= begin < b for a, b in ordered)
        for begin, end, _ in scan.box_mentions
    )


# Heavier than any box carries: a total, whatever the message says.
_MAX_BOX_KILOS = 30000
# A total said anywhere ("共", "total"), or the boxes' weight said one by one.
_TOTAL_SAID = compile_fast(r"总|共|合计|total|altogether|gross|\d\s*[x*×]\s*\d+\s*(?:t|吨)", re.I)


_PER_SAID = compile_fast(
    r"各|每|单柜|一柜|一个柜|(?<![a-z])(?:each|per|a\s+box)(?![a-z])|/\s*(?:柜|箱|个|cntr|ctn|box|unit|fcl|[24]0)",
    re.I,
)


def ask_per_box(scan: Scan, total: Total) -> None:
    """ "2x20GP 22T": one bare figure for several boxes of one type, with no 每/各/each/total
    said, reads as the total (as most writers mean) and is asked about: it may be each box's."""
    boxes = scan.found.get("containers")
    if boxes is None or len(boxes.value) != 1 or len(total[1]) != 1:
        return
    qty, kilos = boxes.value[0].qty, total[0]
    if qty < 2 or not 0 < kilos <= _MAX_BOX_KILOS:
        return
    if _TOTAL_SAID.search(scan.norm) is None and _PER_SAID.search(scan.norm) is None:
        scan.ask("weight_kg", total[1], (kilos, kilos * qty), "weight_per_box")


_SIZE_AFTER = compile_fast(r"(?<![\d.])(20|40|45)(?![\d.])")


def box_said(scan: Scan, start: int, after: re.Match[str] | None, bare: bool = False) -> int | None:
    """Which container line a per-box figure is about on mixed equipment: the type after its
    slash ("12t/20GP") or the type named just before it ("20GP 12吨/柜, 40HQ 20吨/柜")."""
    boxes = scan.found["containers"]
    if after is not None and after.group(1):
        code = after.group(1) + ("HQ" if after.group(2).upper() == "HC" else after.group(2).upper())
        return next((i for i, line in enumerate(boxes.value) if line.type == code), None)
    if len(boxes.value) < 2:
        return None
    sized = _SIZE_AFTER.search(after.group(0)) if after is not None else None
    if sized is not None:  # "25 t per 20', 24 t for the 40'": the one box of that size
        sizes = [line.type[:2] for line in boxes.value]
        if sizes.count(sized.group(1)) == 1:
            return sizes.index(sized.group(1))
    said_before = [
        (mention_start, code)
        for mention_start, end, code in scan.box_mentions
        if end <= start and _TYPE_THEN_FIGURE.fullmatch(scan.norm, end, start)
    ]
    if not said_before:
        # "40的10吨 20的8吨": a bare size names the box of that size on the list.
        size = _SIZE_THEN_FIGURE.search(scan.before(start, 12))
        sizes = [line.type[:2] for line in boxes.value]
        named = (size.group(1) or size.group(2)) if size is not None else None
        if named is None or sizes.count(named) != 1:
            return nicknamed_line(scan, start)
        return sizes.index(named)
    mention_start, code = said_before[-1]
    in_order = any(a <= mention_start < b for a, b in boxes.spans)
    between = scan.norm[mention_start:start]
    if in_order and (bare or "各" in between or _EACH_AFTER_ORDER.search(between)):
        # "2x40HQ 30吨": the order itself, then its total; "两个20尺两个40尺高柜 各装22吨":
        # the order, then a figure for each of its boxes (not "20GP各15吨" said again).
        return None
    codes = [line.type for line in boxes.value]
    if code not in codes:  # "四十尺那个十八吨": the size of a box on the list
        codes = [line_code[:2] for line_code in codes]
        code = code[:2]
    return codes.index(code) if codes.count(code) == 1 else None


# "1x20GP+1x40HQ each 10T": "each" right after the whole order is every box's.
_EACH_AFTER_ORDER = compile_fast(r"^\w+\s*(?:,\s*)?each\s*$", re.I)


# "40的10吨", "el de 20 con 26 t", "celui de 40' avec 20 t", "el de 20 pesa 9 t".
_SIZE_THEN_FIGURE = compile_fast(
    # "20的装十八吨": what the box of that size is loaded with.
    r"(?<![\d.])(20|40|45)\s*(?:尺|ft|')?\s*(?:的|那个|con|com|avec|pesa)\s*(?:每个?柜?|各)?\s*(?:装|重)?\s*$"
    # "the 20s 16 MT each and the 40' 20 MT": the boxes of a size named in English.
    r"|(?<![a-z])the\s+(20|40|45)(?:'?s|'|(?:gp|hq|hc|dv)s)\s*(?:are|is|at|weigh)?\s*$",
    re.I,
)
_TYPE_THEN_FIGURE = compile_fast(
    # "The 20GPs 25 tons each": the type said in the plural.
    r"(?:s(?![a-z]))?\s*(?:[x×*]\s*\d+\s*)?[:：–—(（@-]?\s*(?:的各|各|的|那个|一个|每个|每柜|都是|装|重量?|毛重|约|each|each\s+weighs|con|com|avec"
    # "The 40HQ carries 12 t of carpets", "the 20GP has 18 t": what that box holds.
    r"|(?<![a-z])(?:carries|carrying|holds|has|with|takes|loads?|will\s+carry)\s)*\s*[:：@]?\s*"
    # "40HQ装灯具7吨 20GP装石材24吨": the type, what it holds, then its figure.
    r"(?:(?<=装)[\u4e00-\u9fff]{1,6}?\s*(?:重|约)?\s*)?",
    re.I,
)


# "44,000 lbs", "1,200 LBS": pounds, as American buyers write a weight; entered in kilos.
_POUNDS = compile_fast(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?:lbs?|pounds?)(?![a-z])", re.I
)
_KG_PER_POUND = 0.45359237


def pounds(scan: Scan) -> None:
    """A weight said in pounds only (a weight in kilos or tons said too is the one read)."""
    for match in scan.free_matches(_POUNDS):
        said = parse_number(match.group(1).replace(",", ""))
        if said:
            scan.claim(*match.span())
            scan.put("weight_kg", float(round(said * _KG_PER_POUND)), [match.span()], 0.8)
            return
