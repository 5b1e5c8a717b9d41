"""Reading the cargo out of a message: containers, weight, volume, pieces, dimensions.

Weights and volumes said per container or per piece are multiplied out: the inquiry keeps the
shipment's totals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from csdesk.rules.inquiry_fields import ContainerLine, Dimensions
from csdesk.rules.lookups import ContainerLookup
from csdesk.rules.message_scan import NUM, Scan, Span
from csdesk.rules.textnorm import CN_NUMERAL, parse_count, parse_number

_EN_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}
_COUNT = rf"\d{{1,3}}|{CN_NUMERAL}|one|two|three|four|five|six|ten"
_BOX_WORDS = r"个|只|条|台|柜|箱|x|\*|units?|nos?|boxes|cntrs?|containers?|pcs"
_LEFT_QTY = re.compile(
    rf"(?<![\d.])(?<!\d[,/:-])(?:({_COUNT})\s*(?:{_BOX_WORDS})\s*(?:of\s+)?|({CN_NUMERAL}|(?<![a-z])(?:one|two|three|four|five|six|ten))\s*)$",
    re.I,
)
_RIGHT_QTY = re.compile(
    rf"^\s*(?:(?:x|\*)\s*({_COUNT})(?![\d.])|[:：]?\s*({_COUNT})\s*(?:{_BOX_WORDS})(?![a-z]))",
    re.I,
)
# A count of four digits or more glued to a box ("1000x40HQ") is no container count anyone
# asks for: it is read as written and flagged for the agent, never cut down to a guess.
_LEFT_HUGE = re.compile(r"(?<![\d.])(\d{4,})\s*(?:x|\*|个|只|柜|箱)\s*$", re.I)
_RIGHT_HUGE = re.compile(r"^\s*(?:x|\*)\s*(\d{4,})(?![\d.])", re.I)
# Below the parser's MIN_CONFIDENCE: such containers go to the fields to confirm, not the form.
IMPLAUSIBLE = 0.3
_QTY_LABEL = re.compile(rf"(?:箱量|柜量|数量|qty|quantity)\s*[:：]?\s*({_COUNT})(?![\d.])", re.I)


def _count(text: str) -> int | None:
    return _EN_COUNT.get(text.lower()) or parse_count(text)


@dataclass
class _Box:
    code: str
    qty: int
    explicit: bool
    span: Span
    implausible: bool = False


def _box_at(scan: Scan, start: int, end: int, code: str) -> _Box:
    left = scan.before(start, 12)
    huge_left = _LEFT_HUGE.search(left)
    if huge_left:
        span = (start - len(left) + huge_left.start(), end)
        return _Box(code, int(huge_left.group(1)), True, span, implausible=True)
    huge_right = _RIGHT_HUGE.match(scan.after(end, 12))
    if huge_right:
        return _Box(code, int(huge_right.group(1)), True, (start, end + huge_right.end()), True)
    match = _LEFT_QTY.search(left)
    if match:
        qty = _count(match.group(1) or match.group(2))
        if qty:
            return _Box(code, qty, True, (start - len(left) + match.start(), end))
    right = _RIGHT_QTY.match(scan.after(end, 12))
    if right:
        qty = _count(right.group(1) or right.group(2))
        if qty:
            return _Box(code, qty, True, (start, end + right.end()))
    return _Box(code, 1, False, (start, end))


def read_containers(scan: Scan, catalog: ContainerLookup) -> None:
    boxes: list[_Box] = []
    for start, end, spec in catalog.find_all(scan.text):
        if scan.is_free(start, end):
            boxes.append(_box_at(scan, start, end, spec.code))
    if not boxes:
        return
    lines: dict[str, _Box] = {}
    for box in boxes:
        # "开顶柜 1个 40OT": one quantity between two names of the same type counts once.
        repeated = not scan.is_free(*box.span)
        scan.claim(*box.span)
        known = lines.get(box.code)
        if known is None or (not known.explicit and box.explicit):
            lines[box.code] = box
        elif known.explicit and box.explicit and not repeated:
            known.qty += box.qty
    implicit = [box for box in lines.values() if not box.explicit]
    label = next(iter(scan.free_matches(_QTY_LABEL)), None)
    if label is not None and len(lines) == 1 and implicit:
        implicit[0].qty = _count(label.group(1)) or 1
        implicit[0].explicit = True
        scan.claim(*label.span())
    sure = all(box.explicit for box in lines.values())
    implausible = any(box.implausible for box in lines.values())
    scan.put(
        "containers",
        [ContainerLine(box.code, box.qty) for box in lines.values()],
        [box.span for box in lines.values()],
        IMPLAUSIBLE if implausible else 0.95 if sure else 0.7,
    )


_PER_BOX_BEFORE = re.compile(
    r"(?:每柜|每个柜|每个货柜|每箱|每个箱|单柜|每个|每台|each|per\s*(?:container|cntr|box|unit))"
    r"\s*(?:重量?|货重|毛重|约|大约|about|around|approx\.?|[:：])*\s*$",
    re.I,
)
_PER_PIECE_BEFORE = re.compile(
    r"(?:每件|每托|每包|单件|per\s*(?:piece|pallet|pkg|package|carton|ctn|crate|case))"
    r"\s*(?:重量?|毛重|约|[:：])*\s*$",
    re.I,
)
_PER_BOX_AFTER = re.compile(
    r"^\s*(?:/\s*(?:柜|个柜|箱|cntr|container|box|unit|\d{2}'?\s*(?:GP|HQ|HC|RF|OT|FR))"
    r"|每柜|per\s*(?:container|cntr|box)|each\b(?!\s*(?:piece|pallet|pkg|carton|ctn)))",
    re.I,
)
_PER_PIECE_AFTER = re.compile(
    r"^\s*(?:/\s*(?:件|托|包|pc|pkg|piece|pallet|plt|carton|ctn|crate)|每件|每托"
    r"|per\s*(?:piece|pallet|pkg|package|carton|ctn|crate)|each\s*(?:piece|pallet))",
    re.I,
)
_GROSS = re.compile(
    r"(?:G\.?\s*W\.?|gross(?:\s*weight)?|毛重|货重|总重|重量|weight|重)\s*[:：]?\s*约?$", re.I
)
_NET = re.compile(r"(?:N\.?\s*W\.?|net(?:\s*weight)?|净重)\s*[:：]?\s*约?$", re.I)
_TOTAL = re.compile(
    r"(?:总共|总计|合计|一共|共|总|total|in total|altogether)\s*[:：]?\s*约?\s*$", re.I
)

_WEIGHT = re.compile(
    rf"(?<![\d.])(?<!\d,)({NUM}|{CN_NUMERAL})\s*(?:(吨|公吨|tons?|tonnes?|mts?|t)|(kgs?|kilos?|公斤|千克))"
    r"(?![a-z])",
    re.I,
)
_VOLUME = re.compile(
    rf"(?<![\d.])(?<!\d,)({NUM}|{CN_NUMERAL})\s*(?:方(?!便|式|面|向|法|案)|立方米?|cbms?|m3|m³"
    r"|cubic\s*met(?:er|re)s?)(?![a-z0-9])",
    re.I,
)
_PIECE_UNITS = (
    r"件|托盘|托|卡板|板|木箱|纸箱|箱|包|卷|桶|捆|pkgs?|packages?|pallets?|plts?|ctns?|cartons?"
    r"|cases?|crates?|bags?|rolls?|drums?|bundles?|skids?"
)
_PIECES = re.compile(
    rf"(?<![\d.])(?<!\d,)(\d+|{CN_NUMERAL})\s*(?:wooden\s+|plywood\s+|paper\s+|plastic\s+)?"
    rf"(?:{_PIECE_UNITS})(?![a-z])|"
    r"(?:件数\s*[:：]?|(?:packages|pkgs|件)\s*[:：])\s*(\d+)",
    re.I,
)
_PCS = re.compile(r"(?<![\d.])(?<!\d,)(\d+)\s*(?:pcs|pieces)(?![a-z])", re.I)


def _multiplied(
    scan: Scan, match: re.Match[str], value: float
) -> tuple[float, list[Span], float] | None:
    """The total for a value said per container or per piece, with the spans it rests on."""
    start, end = match.span()
    before, after = scan.before(start, 14), scan.after(end, 16)
    boxes, pieces = scan.found.get("containers"), scan.found.get("pieces")
    per_piece = bool(_PER_PIECE_BEFORE.search(before) or _PER_PIECE_AFTER.match(after))
    per_box = bool(_PER_BOX_BEFORE.search(before) or _PER_BOX_AFTER.match(after))
    if per_piece or (per_box and boxes is None and pieces is not None):
        if pieces is None:
            return None
        return value * pieces.value, [(start, end), *pieces.spans], 0.85
    if per_box:
        if boxes is None:
            return None
        total = sum(line.qty for line in boxes.value)
        return value * total, [(start, end), *boxes.spans], 0.85 if boxes.confidence > 0.9 else 0.7
    return value, [(start, end)], 0.9


def read_pieces(scan: Scan) -> None:
    for match in scan.free_matches(_PIECES):
        count = parse_count(match.group(1) or match.group(2))
        if count:
            scan.claim(*match.span())
            scan.put("pieces", count, [match.span()], 0.85)
            return
    for match in scan.free_matches(_PCS):
        scan.put("pieces", int(match.group(1)), [match.span()], 0.6)
        scan.claim(*match.span())
        return


def read_weight(scan: Scan) -> None:
    chosen: tuple[int, float, list[Span], float] | None = None
    for match in scan.free_matches(_WEIGHT):
        number = parse_number(match.group(1))
        if number is None:
            continue
        before = scan.before(match.start(), 12)
        if _NET.search(before):
            scan.claim(*match.span())
            continue
        kilos = number * 1000 if match.group(2) else number
        total = _multiplied(scan, match, kilos)
        scan.claim(*match.span())
        if total is None:
            continue
        rank = 2 if _TOTAL.search(before) else 1 if _GROSS.search(before) else 0
        if chosen is None or rank > chosen[0]:
            chosen = (rank, total[0], total[1], total[2])
    if chosen is not None:
        scan.put("weight_kg", round(chosen[1], 3), chosen[2], chosen[3])


def read_volume(scan: Scan) -> None:
    chosen: tuple[int, float, list[Span], float] | None = None
    for match in scan.free_matches(_VOLUME):
        number = parse_number(match.group(1))
        if number is None:
            continue
        total = _multiplied(scan, match, number)
        scan.claim(*match.span())
        if total is None:
            continue
        rank = 1 if _TOTAL.search(scan.before(match.start(), 10)) else 0
        if chosen is None or rank > chosen[0]:
            chosen = (rank, total[0], total[1], total[2])
    if chosen is not None:
        scan.put("volume_cbm", round(chosen[1], 3), chosen[2], chosen[3])


_DIM_UNIT = r"(?:\s*(cm|mm|m|米|公分|厘米)(?![a-wyz]))?"
_DIMENSIONS = re.compile(
    rf"(?:L\s*)?({NUM}){_DIM_UNIT}\s*[x*]\s*(?:W\s*)?({NUM}){_DIM_UNIT}\s*[x*]\s*(?:H\s*)?"
    rf"({NUM}){_DIM_UNIT}",
    re.I,
)
_DIMENSIONS_ZH = re.compile(
    rf"长\s*[:：]?\s*({NUM})\s*(cm|mm|m|米|公分|厘米)?\s*[,，、]?\s*宽\s*[:：]?\s*({NUM})\s*"
    rf"(cm|mm|m|米|公分|厘米)?\s*[,，、]?\s*高\s*[:：]?\s*({NUM})\s*(cm|mm|m|米|公分|厘米)?",
    re.I,
)
_TO_CM = {"cm": 1.0, "公分": 1.0, "厘米": 1.0, "mm": 0.1, "m": 100.0, "米": 100.0}


def _dims_cm(numbers: list[float], units: list[str | None]) -> Dimensions | None:
    said = [unit.lower() for unit in units if unit]
    # Without a unit, pallet-sized numbers are centimetres and small ones metres.
    unitless = 100.0 if max(numbers) <= 20 else 1.0
    factor = _TO_CM[said[-1]] if said else unitless
    length, width, height = (round(number * factor, 1) for number in numbers)
    return Dimensions(length, width, height) if min(length, width, height) > 0 else None


def read_dimensions(scan: Scan) -> list[Span]:
    """The first piece's dimensions; returns every dimension span (a break-bulk cargo list)."""
    spans: list[Span] = []
    for pattern, groups in ((_DIMENSIONS, (1, 3, 5)), (_DIMENSIONS_ZH, (1, 3, 5))):
        for match in scan.free_matches(pattern):
            numbers = [parse_number(match.group(index)) for index in groups]
            units = [match.group(index + 1) for index in groups]
            if any(number is None for number in numbers):
                continue
            dims = _dims_cm([float(number or 0) for number in numbers], units)
            scan.claim(*match.span())
            spans.append(match.span())
            if dims is not None and len(spans) == 1:
                scan.put("dimensions_cm", dims, [match.span()], 0.85)
    return spans


def volume_from_dimensions(scan: Scan) -> None:
    """LCL quotes need a volume; pieces times their dimensions give it when none was said."""
    dims, pieces = scan.found.get("dimensions_cm"), scan.found.get("pieces")
    mode = scan.found.get("mode")
    if dims is None or pieces is None or "volume_cbm" in scan.found:
        return
    if mode is None or mode.value != "LCL":
        return
    size: Dimensions = dims.value
    volume = round(pieces.value * size.l * size.w * size.h / 1_000_000, 2)
    if volume > 0:
        scan.put("volume_cbm", volume, [*dims.spans, *pieces.spans], 0.7)
