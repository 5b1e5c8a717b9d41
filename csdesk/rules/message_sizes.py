"""Reading the sizes of the cargo: "120x80x100cm", "长120宽80高100", "L 6.2m W 2.4m H 3.1m",
"十米长三米宽三米二高"; and an LCL volume worked out from them when none was said."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from csdesk.rules.fastre import compile_fast
from csdesk.rules.inquiry_fields import Dimensions
from csdesk.rules.message_scan import NUM, Scan, Span
from csdesk.rules.textnorm import CN_NUMERAL, CN_NUMERAL_CHARS, parse_count, parse_number

_DIM_UNIT = r"(?:\s*(cm|mm|m|米|公分|厘米)(?![a-wyz]))?"
_DIMENSIONS = compile_fast(
    rf"(?:(?<![a-z])L\s*)?({NUM}){_DIM_UNIT}\s*[x*]\s*(?:W\s*)?({NUM}){_DIM_UNIT}\s*[x*]\s*(?:H\s*)?"
    rf"({NUM}){_DIM_UNIT}",
    re.I,
)
# "11,8 x 2,2 x 2,9 m", "1,20 x 1,00 x 1,40 m": a decimal comma (Spanish, Portuguese, French);
# "1,200 x 1,000 mm" keeps its thousands.
_DECIMAL_COMMA = r"\d{1,2},\d{1,2}(?![\d])"
_DIMENSIONS_COMMA = compile_fast(
    rf"(?<![\d,.])({_DECIMAL_COMMA}){_DIM_UNIT}\s*[x*×]\s*({_DECIMAL_COMMA}){_DIM_UNIT}\s*[x*×]\s*"
    rf"({_DECIMAL_COMMA}){_DIM_UNIT}",
    re.I,
)
# "长120宽80高100", "长一米二宽一米高一米", "长5米8": each label, then its figure (a tenth said
# after 米).
_ZH_LABELLED_SIDE = (
    rf"({NUM}|{CN_NUMERAL})\s*(cm|mm|m|米|公分|厘米)?"
    # ("高三米一十二吨": 3.1 m, then 12 t; nobody says 一十二 for twelve)
    r"(?:(?<=米)([一二两三四五六七八九](?![十百千])|一(?=十[一二三四五六七八九]?\s*(?:吨|公斤|千克))"
    r"|[1-9](?![\d.])))?"
)
_DIMENSIONS_ZH = compile_fast(
    rf"长\s*[:：]?\s*{_ZH_LABELLED_SIDE}\s*[,，、]?\s*宽\s*[:：]?\s*{_ZH_LABELLED_SIDE}\s*"
    rf"[,，、]?\s*高\s*[:：]?\s*{_ZH_LABELLED_SIDE}",
    re.I,
)
# "长12米 直径3.8米": a round piece, its diameter both its width and its height.
_DIMENSIONS_ROUND = compile_fast(
    rf"长\s*[:：]?\s*{_ZH_LABELLED_SIDE}\s*[,，、]?\s*直径\s*[:：]?\s*{_ZH_LABELLED_SIDE}", re.I
)
# "L 6.2m W 2.4m H 3.1m", "L:620 W:240 H:310 cm".
_DIMENSIONS_LWH = compile_fast(
    rf"(?<![a-z])L\s*[:：=]?\s*({NUM})\s*(cm|mm|m)?\s*[,/x*]?\s*W\s*[:：=]?\s*({NUM})\s*(cm|mm|m)?"
    rf"\s*[,/x*]?\s*H\s*[:：=]?\s*({NUM})\s*(cm|mm|m)?(?![a-z])",
    re.I,
)
# "十米长三米宽三米二高" in voice-to-text: each figure before its label, 三米二 is 3.2 m.
_ZH_SIDE = rf"({NUM}|{CN_NUMERAL})\s*(米|m|cm|公分|厘米)?([一二两三四五六七八九])?\s*"
_DIMENSIONS_ZH_AFTER = compile_fast(
    rf"{_ZH_SIDE}长\s*[,，、]?\s*{_ZH_SIDE}宽\s*[,，、]?\s*{_ZH_SIDE}高"
)
# "三米二乘二米一乘一米八": sides said with 乘 between them.
# The last side stops where a weight begins: "四十五二十公斤" in voice-to-text is 45 cm, then
# 20 kg.
_ZH_WHOLE = (
    "(?:[一二两三四五六七八九]?十[一二三四五六七八九]?"
    "|[一二两三四五六七八九]百(?:零?[一二三四五六七八九]十?[一二三四五六七八九]?)?|[一二两三四五六七八九])"
)
_ZH_LAST_SIDE = (
    rf"({NUM}|{_ZH_WHOLE}(?=[{CN_NUMERAL_CHARS}]+\s*(?:公斤|千克|kg|吨))|{CN_NUMERAL})"
    r"\s*(?:(米|m|cm|公分|厘米)([一二两三四五六七八九])?)?\s*"
)
_DIMENSIONS_TIMES_ZH = compile_fast(rf"{_ZH_SIDE}乘\s*{_ZH_SIDE}乘\s*{_ZH_LAST_SIDE}")
# "尺寸一米二一米一米一" in voice-to-text: three sides after the size's label, one after the
# other with nothing between (each in metres, a tenth said after 米).
_RUN_SIDE = rf"({NUM}|{CN_NUMERAL})\s*(米)([一二两三四五六七八九])?\s*[,，、]?\s*"
_DIMENSIONS_RUN_ZH = compile_fast(
    rf"(?<=尺寸)\s*(?:是|为|大概|约)?\s*[:：]?\s*{_RUN_SIDE}{_RUN_SIDE}{_RUN_SIDE}"
)
# "14.5m long, 4.6m beam, 5.2m high", "6 m long x 2.5 m wide x 3 m high": each figure, then
# the side it is in English.
_EN_SIDE = rf"({NUM})\s*(cm|mm|m)?\s*"
_DIMENSIONS_EN_AFTER = compile_fast(
    rf"{_EN_SIDE}(?:long|length|in length|lg)\s*[,;/x*]?\s*(?:and\s+)?"
    rf"{_EN_SIDE}(?:wide|width|in width|beam|breadth)\s*[,;/x*]?\s*(?:and\s+)?"
    rf"{_EN_SIDE}(?:high|height|in height|tall)(?![a-z])",
    re.I,
)
_LWH_CUE = compile_fast(r"(?<![A-Za-z])[Ll]\s*[:：=]?\s*\d")
_TO_CM = {"cm": 1.0, "公分": 1.0, "厘米": 1.0, "mm": 0.1, "m": 100.0, "米": 100.0}


def _dims_cm(numbers: list[float], units: list[str | None]) -> Dimensions | None:
    said = [unit.lower() if unit else None for unit in units]
    # Without a unit, pallet-sized numbers are centimetres and small ones metres.
    factors = [100.0 if max(numbers) <= 20 else 1.0] * len(numbers)
    if any(said):
        # "一米乘八十公分乘一米": each side in its own unit; a side said without one takes the
        # next unit said ("120x80x100cm"), else the last.
        last = next(unit for unit in reversed(said) if unit)
        factors = [
            _TO_CM[next((unit for unit in said[index:] if unit), last)]
            for index in range(len(said))
        ]
    length, width, height = (
        round(number * factor, 1) for number, factor in zip(numbers, factors, strict=True)
    )
    return Dimensions(length, width, height) if min(length, width, height) > 0 else None


def _said_side(match: re.Match[str], index: int) -> float | None:
    """A side of "三米二长": its number, with a tenth said after the unit."""
    number = parse_number(match.group(index))
    tenth = match.group(index + 2)
    return None if number is None else number + (parse_count(tenth) or 0) / 10 if tenth else number


def _times_signs(text: str) -> bool:
    return text.count("x") + text.count("X") + text.count("*") >= 2


def _comma_times(text: str) -> bool:
    return "," in text and _times_signs(text)


def _sides_zh(text: str) -> bool:
    return "长" in text and "宽" in text


def _round_zh(text: str) -> bool:
    return "直径" in text


def _times_zh(text: str) -> bool:
    return "乘" in text


def _sides_run_zh(text: str) -> bool:
    return "尺寸" in text and text.count("米") >= 3


def _sides_en(text: str) -> bool:
    folded = text.lower()
    return ("long" in folded or "length" in folded) and ("high" in folded or "height" in folded)


def _sides_lwh(text: str) -> bool:
    # (the cue is an L: a text without one is answered without the pattern)
    return ("L" in text or "l" in text) and _LWH_CUE.search(text) is not None


# Each way of writing a size: its pattern, what it cannot be written without, where its three
# numbers are, and how read (1: plain figures; 2: a decimal comma; 3: each with a unit and a
# spoken tenth, its groups three apart).
_DIMENSION_PATTERNS: tuple[
    tuple[re.Pattern[str], Callable[[str], bool], tuple[int, ...], int], ...
] = (
    (_DIMENSIONS_COMMA, _comma_times, (1, 3, 5), 2),
    (_DIMENSIONS, _times_signs, (1, 3, 5), 1),
    # "七米长二米四宽三米高" first: read label-first it would pair each label with the next side.
    (_DIMENSIONS_ZH_AFTER, _sides_zh, (1, 4, 7), 3),
    (_DIMENSIONS_ZH, _sides_zh, (1, 4, 7), 3),
    (_DIMENSIONS_TIMES_ZH, _times_zh, (1, 4, 7), 3),
    (_DIMENSIONS_RUN_ZH, _sides_run_zh, (1, 4, 7), 3),
    (_DIMENSIONS_ROUND, _round_zh, (1, 4, 4), 3),
    (_DIMENSIONS_LWH, _sides_lwh, (1, 3, 5), 1),
    (_DIMENSIONS_EN_AFTER, _sides_en, (1, 3, 5), 1),
)


def _sides(
    match: re.Match[str], groups: Sequence[int], step: int
) -> tuple[list[float | None], list[str | None]]:
    if step == 3:
        numbers = [_said_side(match, index) for index in groups]
    elif step == 2:
        numbers = [parse_number(match.group(index).replace(",", ".")) for index in groups]
    else:
        numbers = [parse_number(match.group(index)) for index in groups]
    return numbers, [match.group(index + 1) for index in groups]


# "最大件", "largest piece": the message says which piece's size it gives.
_LARGEST_SAID = compile_fast(r"最大|最重|最长|largest|biggest|heaviest|longest", re.I)


def largest_piece(scan: Scan, spans: list[Span]) -> None:
    """Break bulk of pieces each with its size, none called the largest: the largest by volume
    is the one the quote needs (the first is read by read_dimensions)."""
    if len(spans) < 2 or "dimensions_cm" not in scan.found or _LARGEST_SAID.search(scan.norm):
        return
    sized: list[tuple[float, Dimensions, Span]] = []
    for span in spans:
        for pattern, _, groups, step in _DIMENSION_PATTERNS:
            match = pattern.match(scan.norm, span[0])
            if match is None or match.end() != span[1]:
                continue
            numbers, units = _sides(match, groups, step)
            dims = None if None in numbers else _dims_cm([float(n or 0) for n in numbers], units)
            if dims is not None:
                sized.append((dims.l * dims.w * dims.h, dims, span))
            break
    if len(sized) == len(spans):
        _, dims, span = max(sized, key=lambda item: item[0])
        read = scan.found["dimensions_cm"]
        scan.found["dimensions_cm"] = read._replace(value=dims, spans=(span,))


# "宽度是两米五高是三米一长是六米二": each side labelled, in any order, 度 and 是 said with it.
_ZH_ANY_SIDE = compile_fast(rf"([长宽高])度?\s*(?:是|为|有)?\s*[:：]?\s*{_ZH_LABELLED_SIDE}")


def _sides_in_any_order(scan: Scan) -> tuple[Dimensions, Span] | None:
    """Three sides each after its own label, one right after the other, in whatever order."""
    said: dict[str, tuple[float | None, str | None]] = {}
    start = end = -1
    for match in scan.free_matches(_ZH_ANY_SIDE):
        if said and (match.start() - end > 3 or match[1] in said):
            said, start = {}, -1  # not the next side of the same piece: start again
        start = match.start() if start < 0 else start
        end = match.end()
        said[match[1]] = (_said_side(match, 2), match[3])
        if len(said) == 3:
            sides = [said[label] for label in "长宽高"]
            numbers = [number for number, _ in sides]
            if any(number is None for number in numbers):
                return None
            dims = _dims_cm([float(number or 0) for number in numbers], [u for _, u in sides])
            return (dims, (start, end)) if dims is not None else None
    return None


def read_dimensions(scan: Scan, sizes: list[Dimensions] | None = None) -> list[Span]:
    """The first piece's dimensions; returns every dimension span (a break-bulk cargo list),
    and adds every size read to `sizes`."""
    spans: list[Span] = []
    for pattern, needed, groups, step in _DIMENSION_PATTERNS:
        if not needed(scan.norm):
            continue
        for match in scan.free_matches(pattern):
            numbers, units = _sides(match, groups, step)
            if any(number is None for number in numbers):
                continue
            dims = _dims_cm([float(number or 0) for number in numbers], units)
            scan.claim(*match.span())
            spans.append(match.span())
            if dims is not None and sizes is not None:
                sizes.append(dims)
            if dims is not None and len(spans) == 1:
                scan.put("dimensions_cm", dims, [match.span()], 0.85)
    norm = scan.norm
    if not spans and "长" in norm and "宽" in norm and "高" in norm:
        found = _sides_in_any_order(scan)
        if found is not None:
            scan.claim(*found[1])
            spans.append(found[1])
            scan.put("dimensions_cm", found[0], [found[1]], 0.8)
            if sizes is not None:
                sizes.append(found[0])
    return spans


def volume_from_dimensions(scan: Scan, sizes: Sequence[Dimensions] = ()) -> None:
    """LCL quotes need a volume; pieces times their dimensions give it when none was said (each
    piece's own when as many sizes as pieces are given: "2 crates, 230x120x140 cm and …")."""
    dims, pieces = scan.found.get("dimensions_cm"), scan.found.get("pieces")
    mode = scan.found.get("mode")
    if dims is None or pieces is None or "volume_cbm" in scan.found:
        return
    if mode is None or mode.value != "LCL":
        return
    size: Dimensions = dims.value
    volume = round(pieces.value * size.l * size.w * size.h / 1_000_000, 2)
    if 2 <= len(sizes) == pieces.value:
        volume = round(sum(one.l * one.w * one.h for one in sizes) / 1_000_000, 3)
    if volume > 0:
        scan.put("volume_cbm", volume, [*dims.spans, *pieces.spans], 0.7)
