"""Reading the containers of a message: types, counts, and the ways customers get them wrong.

"三个四十尺", "40ft HC" (one 40HQ), "40尺冷柜" (one 40RF), "20GP和40GP各一个", "两个20GP 不对
是三个", "冻柜? 不是": each box read once with its count; a count no inquiry has ("1000x40HQ") is
asked about, never read as one box. The count beside each type is message_box_counts'.
"""

from __future__ import annotations

import itertools
import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.inquiry_fields import ContainerLine
from csdesk.rules.lookups import ContainerLookup
from csdesk.rules.message_box_counts import (
    BOX_WORDS,
    MAX_PLAUSIBLE_BOXES,
    Box,
    big_count,
    box_at,
    count_of,
    sized_at,
)
from csdesk.rules.message_box_names import (
    BOX_COUNT,
    CANCELLED,
    box_names,
    count_said_apart,
    counted_in_total,
    goods_tank,
    said_count,
)
from csdesk.rules.message_box_restated import (
    inquiry_kind,
    kind_said_after,
    restated,
    without_total,
)
from csdesk.rules.message_corrections import CORRECTION_CUE, CORRECTION_WORDS
from csdesk.rules.message_scan import Scan, Span, cue_words
from csdesk.rules.textnorm import CN_NUMERAL

_COUNT = BOX_COUNT

# A bare count after the correction, not a weight, a volume, a day or a price.
_CORRECTED_QTY = compile_fast(
    # "make it 2 containers, 6 tons each": a box word, then anything; else nothing a unit starts.
    # "啊不对 一个二十吨一个十八吨": "一个" before a weight is a box's, not a count.
    rf"{CORRECTION_WORDS}({_COUNT})(?!\s*[个只柜]\s*(?:\d+|{CN_NUMERAL})\s*(?:吨|公斤|千克|kg|t(?![a-z])))"
    # "写错了 十三吨": a count is never the first numeral of a longer one (十 of 十三).
    rf"(?:\s*(?:{BOX_WORDS})(?![a-z\d])|(?![\da-z.,/零一二两三四五六七八九十百千万]"
    # "更正一下": 一下 is "a moment", no count.
    r"|\s*(?:吨|公斤|千克|方|立方|件|托|板|包|箱|号|日|月|天|周|美金|美元|元|刀|%|下|[a-z\d])))",
    re.I,
)


# "冻柜? 不是，普柜就行", "now 2x40HQ (not 1x40HQ)": a type asked about and denied is not
# ordered.
_NOT_BEFORE = compile_fast(
    # "2x40HQ em vez de 1x40HQ", "en lugar de", "au lieu de": instead of, in other languages.
    r"(?:(?<![a-z])not|(?<![a-z])instead\s+of(?:\s+the)?|(?<![a-z])(?:em|en)\s+(?:vez|lugar)\s+de|au\s+lieu\s+de"
    r"|不是|不要"
    # "equipment changed from 2x20GP to 1x40GP": the boxes changed from.
    r"|(?:chang(?:ed?|ing)|switch(?:ed)?|revised?)\s+from)"
    r"\s*(?:\d{1,2}\s*[x×*]\s*)?$"
    # "改成一个40HQ 不要两个20尺了": the boxes the customer no longer wants.
    r"|不要\s*(?:\d{1,2}|[一二两三四五六七八九十])\s*个\s*$",
    re.I,
)


def _each_to_earlier(lines: dict[str, Box], box: Box, scan: Scan) -> None:
    """ "20GP和40GP各一个": the count said once with 各 goes to the types named just before."""
    for other in lines.values():
        gap = scan.norm[other.span[1] : box.span[0]]
        if not other.explicit and other.span[1] <= box.span[0] and _JOINED_TYPES.fullmatch(gap):
            other.qty, other.explicit = box.qty, True


# What stands between types named together: "20GP和40GP", "20GP、40GP、40HQ", "20GP & 40HQ".
_JOINED_TYPES = compile_fast(
    r"(?:[\s和跟同、,，&/及与+]|and|还有|以及|\d{2}'?[A-Z]{2}|[\u4e00-\u9fff]{0,3}柜)*", re.I
)


def _lines(scan: Scan, boxes: list[Box]) -> dict[str, Box]:
    lines: dict[str, Box] = {}
    for box in boxes:
        # "开顶柜 1个 40OT": one quantity between two names of the same type counts once.
        repeated = not scan.is_free(*box.span)
        scan.claim(*box.span)
        known = lines.get(box.code)
        if known is None and box.corrects and lines:
            # "1x40GP 抱歉打错了 是40HQ": the type said after a correction replaces the last.
            replaced = lines.pop(list(lines)[-1])
            if not box.explicit:
                box.qty, box.explicit = replaced.qty, replaced.explicit
        elif known is None and kind_said_after(scan, lines, box):
            continue  # "一个四十尺 瓦楞纸板 … 哦对了是高柜": the kind of the box counted before
        elif known is None and not box.explicit and _same_size(lines, box.code):
            continue  # "两个二十尺一个四十尺高柜…四十尺那个十八吨": the 40' named again
        if box.each:
            _each_to_earlier(lines, box, scan)
        if known is None or (not known.explicit and box.explicit):
            lines[box.code] = box
        elif known.explicit and box.explicit and box.corrects:
            known.qty = box.qty
        elif known.explicit and box.explicit and restated(scan, known, box):
            known.qty, known.span = box.qty, (known.span[0], box.span[1])
        elif (
            known.explicit
            and box.explicit
            and not repeated
            and not _told_again(scan, known, box)
            and not _quoted_again(scan, known, box)
        ):
            known.qty += box.qty
    return lines


# "RE: INQUIRY - 2 X 20FT …", "Subject: 3x40HQ …", "Asunto:", "Objet :", "主题：": a subject line.
_SUBJECT = compile_fast(
    r"[ \t]*(?:subject|subj|re|fwd?|asunto|assunto|objet|主题|标题)\s*[:：]", re.I
)


def _told_again(scan: Scan, known: Box, box: Box) -> bool:
    """The same boxes in an e-mail's subject line and again in its body: one order, told twice."""
    if known.qty != box.qty:
        return False
    line_start = scan.norm.rfind("\n", 0, known.span[0]) + 1
    return (
        "\n" in scan.norm[known.span[1] : box.span[0]]
        and _SUBJECT.match(scan.norm, line_start) is not None
    )


def _quoted_again(scan: Scan, known: Box, box: Box) -> bool:
    """ "please book 2x40HQ, same as before > 2x40HQ Ningbo-Lagos …": the boxes of the quote
    kept readable under a reply are the reply's, named again."""
    quoted = scan.quoted_from
    return quoted is not None and known.span[0] < quoted <= box.span[0]


def _same_size(lines: dict[str, Box], code: str) -> bool:
    """A plain size ("四十尺" read as 40GP) when a box of that size is already on the list."""
    return code in ("20GP", "40GP") and any(other[:2] == code[:2] for other in lines)


def _correctcount_of(scan: Scan, lines: dict[str, Box]) -> None:
    """ "两个20GP 不对 是三个": a bare count after a correction is the last type's count."""
    explicit = [box for box in lines.values() if box.explicit]
    if not explicit or not scan.has_any(CORRECTION_CUE):
        return
    for match in scan.free_matches(_CORRECTED_QTY):
        last = max(
            (box for box in explicit if box.span[1] <= match.start()),
            default=None,
            key=lambda box: box.span[1],
        )
        qty = count_of(match.group(1))
        # "目标价两千 不对 一千八": a figure far past any count of boxes corrects something else.
        if last is not None and qty and qty <= MAX_PLAUSIBLE_BOXES:
            last.qty = qty
            last.span = (last.span[0], match.end())
            scan.claim(*match.span())


# "一个20尺 不是 四十尺高柜": a box, then 不是 with nothing between, then another type.
_NOT_BETWEEN = compile_fast(r"[\s哎啊呃哦噢]*不是\s*")


def _corrected_by(scan: Scan, boxes: list[Box], span: Span, code: str) -> bool:
    """Whether the type at `span` replaces the box said right before it ("一个20尺 不是 四十尺
    高柜"): read so, and asked, since "要20GP 不是40HQ" would deny it instead."""
    last = boxes[-1] if boxes else None
    if last is None or last.code == code or not last.explicit:
        return False
    if _NOT_BETWEEN.fullmatch(scan.norm, last.span[1], span[0]) is None:
        return False
    said, last.code = last.code, code
    readings = (f"{last.qty}x{code}", f"{last.qty}x{said}")
    scan.ask("containers", [last.span], readings, "correction")
    last.span = (last.span[0], span[1])
    return True


def _without_denied(boxes: list[Box], denied: set[str]) -> list[Box]:
    """ "一个二十尺 哎不是二十尺 是四十尺高柜": a type said, then denied, was never ordered; its
    count goes to the type said instead."""
    kept = [box for box in boxes if box.code not in denied]
    if not kept or len(kept) == len(boxes):
        return boxes
    counted = [box for box in boxes if box.code in denied and box.explicit]
    if counted and not kept[0].explicit:
        kept[0].qty, kept[0].explicit = counted[0].qty, True
    return kept


def _without_unsized(scan: Scan, boxes: list[Box]) -> list[Box]:
    """ "RFQ flat rack: 2 x 20'FR": a type named without size or count is the box that is
    named again with them, not one more; a count read after it that heads the sized box is
    that box's."""
    if len(boxes) < 2:
        return boxes
    heading = [
        (box, after)
        for box, after in itertools.pairwise(boxes)
        if box.explicit
        and not after.explicit
        and box.code[2:] == after.code[2:]
        and box.code[2:] not in ("GP", "HQ")
        and not _HAS_DIGIT.search(scan.norm, box.span[0], box.span[0] + 2)
        and scan.norm[box.span[1] : after.span[0]].isspace()
        and _HAS_DIGIT.search(scan.norm, *after.span) is not None
    ]
    for box, after in heading:
        after.qty, after.explicit = box.qty, True
        boxes = [other for other in boxes if other is not box]
    sized = {box.code[2:] for box in boxes if _HAS_DIGIT.search(scan.norm, *box.span)}
    return [
        box
        for box in boxes
        if box.explicit
        or box.code[2:] not in sized
        or _HAS_DIGIT.search(scan.norm, *box.span) is not None
    ]


_HAS_DIGIT = compile_fast(r"\d")
# "SH-JED 1*20", "2x40 tiles": a count times a bare size, when no type is named at all.
_BARE_SIZE = compile_fast(
    r"(?=[1-9])(?<![\d.])(?<![\d.][x*×])(?<![\d.]\s[x*×])([1-9])\s*[x*×]\s*(20|40)"
    # "2x20 Xiamen - …": the port's X is no times sign.
    r"(?![\d.'a-z]|\s*(?:[x*×](?=\s*\d)|cm|mm|m(?![a-z])|kg|t(?![a-z])|吨|公斤|米|厘米|尺寸|件|托))",
    re.I,
)


def _bare_sizes(scan: Scan, catalog: ContainerLookup, sizes: set[str]) -> list[Box]:
    boxes: list[Box] = []
    if "x" not in scan.folded and "*" not in scan.norm and "×" not in scan.norm:
        return boxes  # (no times sign: the pattern is not run)
    if "20" not in scan.norm and "40" not in scan.norm:
        return boxes  # (no size: nor when the x is a letter of a word, as it mostly is)
    for match in scan.free_matches(_BARE_SIZE):
        spec = catalog.resolve(f"{match.group(2)}GP") if match.group(2) not in sizes else None
        if spec is not None and all(box.code != spec.code for box in boxes):
            boxes.append(Box(spec.code, int(match.group(1)), True, match.span()))
            scan.box_mentions.append((match.start(2), match.end(2), spec.code))
    return boxes


# A size said without a type: "四十尺", "40尺", "40'" (no GP/HQ/RF letters after it).
_PLAIN_SIZE = compile_fast(r"(?:20|40|二十|四十)\s*(?:尺|'|ft|feet)(?!\s*[a-z])", re.I)
_SIZE_SAID = compile_fast(r"\d|二十|四十|四五")


def _size_of_special(scan: Scan, catalog: ContainerLookup, boxes: list[Box]) -> list[Box]:
    """ "冷柜…四十尺的两个装苹果": a special box named without size or count, then a plain size
    with a count, is that many special boxes of that size, not special and general boxes."""
    special = next(
        (
            box
            for box in boxes
            if not box.explicit
            and getattr(catalog.resolve(box.code), "special", False)
            and _SIZE_SAID.search(scan.norm, *box.span) is None
        ),
        None,
    )
    if special is None:
        return boxes
    for box in boxes:
        if (
            box.explicit
            and box.code in ("20GP", "40GP")
            and box.span[0] > special.span[0]
            and _PLAIN_SIZE.search(scan.norm, *box.span) is not None
        ):
            sized = catalog.resolve(box.code[:2] + special.code[2:])
            if sized is None:
                return boxes
            special.code, special.qty, special.explicit = sized.code, box.qty, True
            scan.claim(*box.span)  # (its span only: the words between are the route's)
            return [other for other in boxes if other is not box]
    return boxes


_NO_BEFORE = compile_fast(r"(?<![a-z])no\s+$", re.I)
_EACH_BOX = compile_fast(r"(?:每个?|(?<![a-z])(?:each|per))\s*$", re.I)
_FIGURE_PER = compile_fast(r"\d\s*(?:t|吨|tons?|mts?|kgs?|cbm|方)\s*/\s*$", re.I)


_CANCEL_WORDS = cue_words("cancel", "withdraw", "取消")


# "6 pcs steel tanks", "2 units storage tanks": pieces counted, then what they are.
_PIECE_WORDS = cue_words("pcs", "pieces", "unit", "nos")
_PIECES_OF = compile_fast(r"\d+\s*(?:pcs|pieces|units?|nos)\.?\s+(?:[a-z]+\s+){0,2}$", re.I)


def read_containers(scan: Scan, catalog: ContainerLookup) -> None:
    boxes: list[Box] = []
    denied: set[str] = set()
    for start, end, spec in box_names(scan, catalog):
        big = big_count(scan, start, end)
        if big is not None:
            scan.ask("containers", [big[1]], (f"{big[0]}x{spec.code}", f"1x{spec.code}"), "count")
            scan.claim(*big[1])
            continue
        if (
            scan.norm[start:end].isalpha()
            and scan.has_any(_PIECE_WORDS)
            and _PIECES_OF.search(scan.before(start, 24))
        ):
            continue  # "6 pcs steel tanks": a kind of piece, not a box
        if goods_tank(scan, start, end):
            continue  # "plastic water tanks": goods, not an ISO tank
        if scan.has_any(_CANCEL_WORDS) and CANCELLED.search(scan.before(start, 40)):
            scan.claim(start, end)  # "please cancel the reefer request": no box of this one
            continue
        if _EACH_BOX.search(scan.before(start, 5)) and not _HAS_DIGIT.search(scan.norm, start, end):
            scan.claim(start, end)  # "每个框架二十吨", "12 tons each flat rack": a figure per box
            continue
        scan.box_mentions.append((start, end, spec.code))
        if _NOT_BEFORE.search(scan.before(start, 16)) or (
            # "2 x 40' (no high cube)": a type in words said with no before it
            scan.norm[start].isalpha() and _NO_BEFORE.search(scan.before(start, 4))
        ):  # "40GP, not 40HQ"
            if _corrected_by(scan, boxes, (start, end), spec.code):
                scan.claim(start, end)
                continue
            scan.claim(start, end)
            denied.add(spec.code)
            continue
        figure_per = scan.before(start, 10)  # (the pattern ends in a slash)
        if "/" in figure_per and _FIGURE_PER.search(figure_per):
            # "12t/20GP 20t/40HQ 1x20GP + 2x40HQ": the type a weight is said for, no order line
            boxes.append(Box(spec.code, 1, False, (start, end)))
            continue
        box = sized_at(scan, start, end, spec, catalog) or box_at(
            scan, start, end, spec.code, boxes[-1].span[1] if boxes else 0
        )
        if box is not None:
            boxes.append(box)
        else:
            scan.claim(start, end)
    if len(boxes) > 1:  # (most orders name one box)
        inquiry_kind(scan, boxes)
        boxes = without_total(scan, _without_denied(_without_unsized(scan, boxes), denied))
    else:
        boxes = _without_denied(boxes, denied)
    boxes = boxes[counted_in_total(scan, [box.span[0] for box in boxes]) :]
    # A bare size alone, or beside a typed box of another size ("1x20 con 18 t y 2x40HC").
    # "1x20 2x40HQ … 小柜10吨": a size named again without count leaves the bare count its own.
    bare = _bare_sizes(scan, catalog, {box.code[:2] for box in boxes if box.explicit})
    boxes = sorted(boxes + bare, key=lambda box: box.span[0]) if bare else boxes
    if not boxes:
        return
    if len(boxes) > 1:
        boxes = _size_of_special(scan, catalog, boxes)
    lines = _lines(scan, boxes)
    _correctcount_of(scan, lines)
    implicit = [box for box in lines.values() if not box.explicit]
    label = count_said_apart(scan, implicit[0].code) if len(lines) == 1 and implicit else None
    if label is not None:
        implicit[0].qty = count_of(said_count(label)) or 1
        implicit[0].explicit = True
        scan.claim(*label.span())
    sure = all(box.explicit for box in lines.values())
    asked = any(question.name == "containers" for question in scan.questions)
    scan.put(
        "containers",
        [ContainerLine(box.code, box.qty) for box in lines.values()],
        [box.span for box in lines.values()],
        0.6 if asked else 0.95 if sure else 0.7,
    )
