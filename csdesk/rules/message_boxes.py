"""Reading the containers of a message: types, counts, and the ways customers get them wrong.

"三个四十尺", "40ft HC" (one 40HQ), "40尺冷柜" (one 40RF), "20GP和40GP各一个", "两个20GP 不对
是三个", "冻柜? 不是": each box read once with its count; a count no inquiry has ("1000x40HQ") is
asked about, never read as one box.
"""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.inquiry_fields import ContainerLine
from csdesk.rules.lookups import ContainerLike, ContainerLookup
from csdesk.rules.message_box_names import (
    BOX_COUNT,
    CANCELLED,
    LATIN_BOX_WORDS,
    box_names,
    count_said_apart,
    count_to_quote,
    counted_in_total,
    goods_tank,
    said_count,
)
from csdesk.rules.message_corrections import CORRECTION, CORRECTION_CUE, CORRECTION_WORDS
from csdesk.rules.message_scan import Scan, Span, cue_words
from csdesk.rules.records import Record
from csdesk.rules.textnorm import CN_NUMERAL, parse_count

_EN_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}
_COUNT = BOX_COUNT
# "2 contenedores de 40' HC", "3 contêineres", "2 conteneurs": the box word in ES/PT/FR.
# "2 TC 40' HC": TC (conteneur) as French forwarders count boxes.
_LATIN_BOXES = (
    r"contenedor(?:es)?|contentor(?:es)?|cont[eê]ineres?|conteneurs?|(?<![a-z])TC(?![a-z])"
)
# "2 FCL 40HQ", "3 FCL x 20'", "2 FCLs of 40HC": full container loads counted.
_BOX_WORDS = r"个|只|条|台|柜|箱|x|\*|units?|nos?|boxes|cntrs?|containers?|pcs|fcls?(?:\s*[x*])?"
_LEFT_QTY = compile_fast(
    # "两个柜子四十尺高的": the count and 柜子 said before the size.
    rf"(?<![\d.])(?<!\d[,/:-])(?:({_COUNT})\s*(?:{_BOX_WORDS})\s*(?:of\s+|柜子\s*)?|({CN_NUMERAL}|(?<![a-z])(?:one|two|three|four|five|six|ten))\s*)$",
    re.I,
)
# (its second group, always empty, stands where _LEFT_QTY's spoken count is)
_LEFT_QTY_LATIN = compile_fast(
    rf"(?<![\d.])(?<!\d[,/:-])(\d{{1,3}})\s*(?:{_LATIN_BOXES})\s*(?:de\s+)?()$", re.I
)
_BARE_LEFT_QTY = compile_fast(r"(?<![\d.,:/-])(\d{1,2})\s+$")
# What a bare figure after a type is when it is not a count of boxes.
_NOT_A_COUNT = (
    r"吨|公斤|千克|方|立方|件|托|板|包|箱|号|日|月|天|周|点|美|元|刀|个月|t(?![a-z])|tons?|mt|kgs?"
    r"|cbm|days?|pcs|pallets?|x|\*"
)
# "40HQ x2", "40HQ 2个", "20GP和40GP各一个": 各/each gives the count to every type named;
# "40尺开顶柜两个": the 柜 of a name read without it.
_RIGHT_QTY = compile_fast(
    rf"^(?:柜子?|箱)?\s*(?:要|需要)?\s*(?:(?:x|\*)\s*({_COUNT})(?![\d.])|[:：的]?\s*(各|each\s)?\s*({_COUNT})\s*(?:{_BOX_WORDS})(?![a-z])"
    rf"(?!\s*(?:\d(?!\d\s*(?:'|ft|尺|GP|HQ|HC|RF|OT|FR))|(?:{CN_NUMERAL})\s*(?:吨|公斤|千克|方))))"
    # "CAN-COO 40HQ 2 二手衣服", "20GP 3, tiles": a bare count between the type and the goods.
    rf"|^[ \t]+([1-9])(?=[ \t]*[,，;；]|[ \t]+(?!{_NOT_A_COUNT})[\u4e00-\u9fffA-Za-z])",
    re.I,
)


# "2-3个40HQ", "2到3 x 40HQ", "两三个高柜": a range of counts is asked about, read as the most.
_RANGE_QTY = compile_fast(
    r"(?:(?<![\d.])(\d{1,2})\s*(?:-|~|到|至|或|or|to)\s*(\d{1,2})"
    r"|([一二两三四五六七八九])([二三四五六七八九十]))\s*(?:个|只|柜|x|\*|units?|cntrs?)?\s*$",
    re.I,
)
# More boxes than any inquiry asks for ("1000x40HQ"): asked about, never read as one box.
_BIG_QTY_LEFT = compile_fast(r"(?<![\d.,])(\d{2,})\s*(?:[x*]|个|只|柜|units?)\s*$", re.I)
_BIG_QTY_RIGHT = compile_fast(
    r"\s*(?:[x*]\s*(\d{2,})(?![\d.,])|(\d{2,})\s*(?:个|只|柜|units?|cntrs?|containers?)(?![a-z]))",
    re.I,
)
MAX_PLAUSIBLE_BOXES = 50
# "60个40HQ" in a big-cargo inquiry: a count said with a classifier is meant as one, up to this.
MAX_COUNTED_BOXES = 200
_CLASSIFIER = compile_fast(r"[个只柜]")
# A bare count after the correction, not a weight, a volume, a day or a price.
_CORRECTED_QTY = compile_fast(
    # "make it 2 containers, 6 tons each": a box word, then anything; else nothing a unit starts.
    # "啊不对 一个二十吨一个十八吨": "一个" before a weight is a box's, not a count.
    rf"{CORRECTION_WORDS}({_COUNT})(?!\s*[个只柜]\s*(?:\d+|{CN_NUMERAL})\s*(?:吨|公斤|千克|kg|t(?![a-z])))"
    # "写错了 十三吨": a count is never the first numeral of a longer one (十 of 十三).
    rf"(?:\s*(?:{_BOX_WORDS})(?![a-z\d])|(?![\da-z.,/零一二两三四五六七八九十百千万]"
    # "更正一下": 一下 is "a moment", no count.
    r"|\s*(?:吨|公斤|千克|方|立方|件|托|板|包|箱|号|日|月|天|周|美金|美元|元|刀|%|下|[a-z\d])))",
    re.I,
)


def _count(text: str) -> int | None:
    return _EN_COUNT.get(text.lower()) or parse_count(text)


class _Box(Record):
    code: str
    qty: int
    explicit: bool
    span: Span
    each: bool  # the count was said with 各/each, for every type named before it
    corrects: bool  # said after "不对", "sorry": it replaces the count before
    _fields = ("code", "qty", "explicit", "span", "each", "corrects")

    def __init__(
        self,
        code: str,
        qty: int,
        explicit: bool,
        span: Span,
        each: bool = False,
        corrects: bool = False,
    ) -> None:
        # (set one by one, not by `_assign`: a class compiled by mypyc has no __dict__)
        self.code, self.qty, self.explicit, self.span = code, qty, explicit, span
        self.each, self.corrects = each, corrects


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
# "各一个40HQ？不，先只报Tema": a count asked about, then taken back.
# "I wrote 20GP by mistake": a box the writer takes back right after naming it.
_DENIED = compile_fast(
    r"\s*(?:[?？]\s*(?:不是|不要|不用|不(?=\s*[,，。])|no\b|not\b)"
    r"|(?:by\s+mistake|in\s+error|was\s+(?:a\s+)?(?:mistake|typo|wrong)|is\s+wrong))",
    re.I,
)


def _range_at(scan: Scan, start: int, end: int, code: str) -> _Box | None:
    left = scan.before(start, 12)
    match = _RANGE_QTY.search(left)
    if match is None:
        return None
    low, high = (_count(match.group(i) or match.group(i + 2)) for i in (1, 2))
    if not low or not high or not 0 < high - low <= 5:
        return None
    span = (start - len(left) + match.start(), end)
    quoted = count_to_quote(scan, end)
    asked = _count(quoted) if quoted is not None else None
    if asked is not None and low <= asked <= high:
        return _Box(code, asked, True, span)  # "3到4个高柜 … 先按3个报": the count to quote
    scan.ask("containers", [span], (f"{high}x{code}", f"{low}x{code}"), "range")
    return _Box(code, high, True, span)


def _box_at(scan: Scan, start: int, end: int, code: str, taken: int = 0) -> _Box | None:
    """The box named at [start, end): its count on the left or the right; `taken` is where
    the box before it ends ("20GP一个 40HQ两个": 一个 is the 20GP's)."""
    ranged = _range_at(scan, start, end, code)
    if ranged is not None:
        return ranged
    if _DENIED.match(scan.norm, end, end + 16):
        return None
    left = scan.before(start, 12)
    match = _LEFT_QTY.search(left)
    if match is None and "containers" in scan.before(start, 14).lower():
        left = scan.before(start, 18)  # "4 containers 40HQ": the English word is long too
        match = _LEFT_QTY.search(left)
    if match is None and scan.has_any(LATIN_BOX_WORDS):
        left = scan.before(start, 20)  # "2 contenedores de 40' HC": a longer box word
        match = _LEFT_QTY_LATIN.search(left)
    if match is None and scan.norm[start].isalpha():
        match = _BARE_LEFT_QTY.search(left)  # "2 FEU", "3 reefers": a box named in letters
        if match and match.group(1) in ("20", "40", "45"):
            match = None  # "1 x 40 flat rack": that number is the size
    if match and start - len(left) + match.start() < taken:
        match = None
    if match:
        qty = _count(match.group(1) or match.group(2))
        if qty:
            span = (start - len(left) + match.start(), end)
            corrects = scan.has_any(CORRECTION_CUE) and bool(
                CORRECTION.search(scan.before(span[0], 32))
            )
            return _Box(code, qty, True, span, corrects=corrects)
    corrects = (
        scan.has_any(CORRECTION_CUE) and CORRECTION.search(scan.before(start, 32)) is not None
    )
    right = _RIGHT_QTY.match(scan.after(end, 14))
    if right:
        qty = _count(right.group(1) or right.group(3) or right.group(4))
        if qty:
            return _Box(code, qty, True, (start, end + right.end()), bool(right.group(2)), corrects)
    return _Box(code, 1, False, (start, end), corrects=corrects)


# "2 x 40 flat rack", "3 x 20 open top": a count times a bare size, then a type named without one.
_SIZED_LEFT = compile_fast(
    rf"(?<![\d.])({_COUNT})\s*[x×*]\s*(20|40|45)\s*(?:'|ft|feet|foot|尺)?\s*$", re.I
)


def _sized_at(
    scan: Scan, start: int, end: int, spec: ContainerLike, catalog: ContainerLookup
) -> _Box | None:
    if scan.norm[start].isdigit():
        return None
    left = scan.before(start, 14)
    match = _SIZED_LEFT.search(left)
    qty = _count(match.group(1)) if match else None
    if match is None or not qty:
        return None
    typed = catalog.resolve(f"{match.group(2)}{spec.category}") or spec
    return _Box(typed.code, qty, True, (start - len(left) + match.start(), end))


def _implausible(qty: int, said: str) -> bool:
    limit = MAX_COUNTED_BOXES if _CLASSIFIER.search(said) else MAX_PLAUSIBLE_BOXES
    return qty > limit


def _big_count(scan: Scan, start: int, end: int) -> tuple[int, Span] | None:
    left = _BIG_QTY_LEFT.search(scan.before(start, 12))
    if left and _implausible(int(left.group(1)), left.group(0)):
        return int(left.group(1)), (start - len(scan.before(start, 12)) + left.start(), end)
    right = _BIG_QTY_RIGHT.match(scan.norm, end, end + 14)
    if right and _implausible(int(right.group(1) or right.group(2)), right.group(0)):
        return int(right.group(1) or right.group(2)), (start, right.end())
    return None


def _each_to_earlier(lines: dict[str, _Box], box: _Box, scan: Scan) -> None:
    """ "20GP和40GP各一个": the count said once with 各 goes to the types named just before."""
    for other in lines.values():
        gap = scan.norm[other.span[1] : box.span[0]]
        if not other.explicit and other.span[1] <= box.span[0] and _JOINED_TYPES.fullmatch(gap):
            other.qty, other.explicit = box.qty, True


# What stands between types named together: "20GP和40GP", "20GP、40GP、40HQ", "20GP & 40HQ".
_JOINED_TYPES = compile_fast(
    r"(?:[\s和跟同、,，&/及与+]|and|还有|以及|\d{2}'?[A-Z]{2}|[\u4e00-\u9fff]{0,3}柜)*", re.I
)


def _lines(scan: Scan, boxes: list[_Box]) -> dict[str, _Box]:
    lines: dict[str, _Box] = {}
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
        elif known is None and not box.explicit and _same_size(lines, box.code):
            continue  # "两个二十尺一个四十尺高柜…四十尺那个十八吨": the 40' named again
        if box.each:
            _each_to_earlier(lines, box, scan)
        if known is None or (not known.explicit and box.explicit):
            lines[box.code] = box
        elif known.explicit and box.explicit and box.corrects:
            known.qty = box.qty
        elif known.explicit and box.explicit and not repeated:
            known.qty += box.qty
    return lines


def _same_size(lines: dict[str, _Box], code: str) -> bool:
    """A plain size ("四十尺" read as 40GP) when a box of that size is already on the list."""
    return code in ("20GP", "40GP") and any(other[:2] == code[:2] for other in lines)


def _correct_count(scan: Scan, lines: dict[str, _Box]) -> None:
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
        qty = _count(match.group(1))
        # "目标价两千 不对 一千八": a figure far past any count of boxes corrects something else.
        if last is not None and qty and qty <= MAX_PLAUSIBLE_BOXES:
            last.qty = qty
            last.span = (last.span[0], match.end())
            scan.claim(*match.span())


# "一个20尺 不是 四十尺高柜": a box, then 不是 with nothing between, then another type.
_NOT_BETWEEN = compile_fast(r"[\s哎啊呃哦噢]*不是\s*")


def _corrected_by(scan: Scan, boxes: list[_Box], span: Span, code: str) -> bool:
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


def _without_denied(boxes: list[_Box], denied: set[str]) -> list[_Box]:
    """ "一个二十尺 哎不是二十尺 是四十尺高柜": a type said, then denied, was never ordered; its
    count goes to the type said instead."""
    kept = [box for box in boxes if box.code not in denied]
    if not kept or len(kept) == len(boxes):
        return boxes
    counted = [box for box in boxes if box.code in denied and box.explicit]
    if counted and not kept[0].explicit:
        kept[0].qty, kept[0].explicit = counted[0].qty, True
    return kept


def _without_unsized(scan: Scan, boxes: list[_Box]) -> list[_Box]:
    """ "RFQ flat rack: 2 x 20'FR": a type named without size or count is the box that is
    named again with them, not one more."""
    if len(boxes) < 2:
        return boxes
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


def _bare_sizes(scan: Scan, catalog: ContainerLookup, sizes: set[str]) -> list[_Box]:
    boxes: list[_Box] = []
    if "x" not in scan.folded and "*" not in scan.norm and "×" not in scan.norm:
        return boxes  # (no times sign: the pattern is not run)
    for match in scan.free_matches(_BARE_SIZE):
        spec = catalog.resolve(f"{match.group(2)}GP") if match.group(2) not in sizes else None
        if spec is not None and all(box.code != spec.code for box in boxes):
            boxes.append(_Box(spec.code, int(match.group(1)), True, match.span()))
            scan.box_mentions.append((match.start(2), match.end(2), spec.code))
    return boxes


# A size said without a type: "四十尺", "40尺", "40'" (no GP/HQ/RF letters after it).
_PLAIN_SIZE = compile_fast(r"(?:20|40|二十|四十)\s*(?:尺|'|ft|feet)(?!\s*[a-z])", re.I)
_SIZE_SAID = compile_fast(r"\d|二十|四十|四五")


def _size_of_special(scan: Scan, catalog: ContainerLookup, boxes: list[_Box]) -> list[_Box]:
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


_FIGURE_PER = compile_fast(r"\d\s*(?:t|吨|tons?|mts?|kgs?|cbm|方)\s*/\s*$", re.I)


_CANCEL_WORDS = cue_words("cancel", "withdraw", "取消")


# "6 pcs steel tanks", "2 units storage tanks": pieces counted, then what they are.
_PIECE_WORDS = cue_words("pcs", "pieces", "unit", "nos")
_PIECES_OF = compile_fast(r"\d+\s*(?:pcs|pieces|units?|nos)\.?\s+(?:[a-z]+\s+){0,2}$", re.I)


def read_containers(scan: Scan, catalog: ContainerLookup) -> None:
    boxes: list[_Box] = []
    denied: set[str] = set()
    for start, end, spec in box_names(scan, catalog):
        big = _big_count(scan, start, end)
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
        scan.box_mentions.append((start, end, spec.code))
        if _NOT_BEFORE.search(scan.before(start, 16)):  # "40GP, not 40HQ"
            if _corrected_by(scan, boxes, (start, end), spec.code):
                scan.claim(start, end)
                continue
            scan.claim(start, end)
            denied.add(spec.code)
            continue
        figure_per = scan.before(start, 10)  # (the pattern ends in a slash)
        if "/" in figure_per and _FIGURE_PER.search(figure_per):
            # "12t/20GP 20t/40HQ 1x20GP + 2x40HQ": the type a weight is said for, no order line
            boxes.append(_Box(spec.code, 1, False, (start, end)))
            continue
        box = _sized_at(scan, start, end, spec, catalog) or _box_at(
            scan, start, end, spec.code, boxes[-1].span[1] if boxes else 0
        )
        if box is not None:
            boxes.append(box)
        else:
            scan.claim(start, end)
    boxes = _without_denied(_without_unsized(scan, boxes), denied)
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
    _correct_count(scan, lines)
    implicit = [box for box in lines.values() if not box.explicit]
    label = count_said_apart(scan, implicit[0].code) if len(lines) == 1 and implicit else None
    if label is not None:
        implicit[0].qty = _count(said_count(label)) or 1
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
