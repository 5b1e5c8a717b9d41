"""The count said with a container type: on its left or right, a range of counts, a count no
inquiry has, a count times a bare size ("2 x 40 flat rack"); each read as one Box."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.lookups import ContainerLike, ContainerLookup
from csdesk.rules.message_box_names import BOX_COUNT, LATIN_BOX_WORDS, count_to_quote
from csdesk.rules.message_corrections import CORRECTION, CORRECTION_CUE
from csdesk.rules.message_scan import Scan, Span
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
BOX_WORDS = r"个|只|条|台|柜|箱|x|\*|units?|nos?|boxes|cntrs?|containers?|pcs|fcls?(?:\s*[x*])?"
_LEFT_QTY = compile_fast(
    # "两个柜子四十尺高的": the count and 柜子 said before the size.
    rf"(?<![\d.])(?<!\d[,/:-])(?:({_COUNT})\s*(?:{BOX_WORDS})\s*(?:of\s+|柜子\s*)?|({CN_NUMERAL}|(?<![a-z])(?:one|two|three|four|five|six|ten))\s*)$",
    re.I,
)
# (its second group, always empty, stands where _LEFT_QTY's spoken count is)
_LEFT_QTY_LATIN = compile_fast(
    # "2 contenedores refrigerados de 40'": a word for the kind between the box word and de.
    rf"(?<![\d.])(?<!\d[,/:-])(\d{{1,3}})\s*(?:{_LATIN_BOXES})\s*(?:(?:[a-zà-ü]+\s+)?de\s+)?()$",
    re.I,
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
    rf"^(?:柜子?|箱)?\s*(?:要|需要)?\s*(?:(?:x|\*)\s*({_COUNT})(?![\d.])|[:：的]?\s*(各|each\s)?\s*({_COUNT})\s*(?:{BOX_WORDS})(?![a-z])"
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


def count_of(text: str) -> int | None:
    return _EN_COUNT.get(text.lower()) or parse_count(text)


class Box(Record):
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


# "各一个40HQ？不，先只报Tema": a count asked about, then taken back.
# "I wrote 20GP by mistake": a box the writer takes back right after naming it.
_DENIED = compile_fast(
    r"\s*(?:[?？]\s*(?:不是|不要|不用|不(?=\s*[,，。])|no\b|not\b)"
    r"|(?:by\s+mistake|in\s+error|was\s+(?:a\s+)?(?:mistake|typo|wrong)|is\s+wrong))",
    re.I,
)


def _range_at(scan: Scan, start: int, end: int, code: str) -> Box | None:
    left = scan.before(start, 12)
    match = _RANGE_QTY.search(left)
    if match is None:
        return None
    low, high = (count_of(match.group(i) or match.group(i + 2)) for i in (1, 2))
    if not low or not high or not 0 < high - low <= 5:
        return None
    span = (start - len(left) + match.start(), end)
    quoted = count_to_quote(scan, end)
    asked = count_of(quoted) if quoted is not None else None
    if asked is not None and low <= asked <= high:
        return Box(code, asked, True, span)  # "3到4个高柜 … 先按3个报": the count to quote
    scan.ask("containers", [span], (f"{high}x{code}", f"{low}x{code}"), "range")
    return Box(code, high, True, span)


def box_at(scan: Scan, start: int, end: int, code: str, taken: int = 0) -> Box | None:
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
        left = scan.before(start, 34)  # "2 contenedores (refrigerados) de 40' HC": longer words
        match = _LEFT_QTY_LATIN.search(left)
    if match is None and scan.norm[start].isalpha():
        match = _BARE_LEFT_QTY.search(left)  # "2 FEU", "3 reefers": a box named in letters
        if match and match.group(1) in ("20", "40", "45"):
            match = None  # "1 x 40 flat rack": that number is the size
    if match and start - len(left) + match.start() < taken:
        match = None
    if match:
        qty = count_of(match.group(1) or match.group(2))
        if qty:
            span = (start - len(left) + match.start(), end)
            corrects = scan.has_any(CORRECTION_CUE) and bool(
                CORRECTION.search(scan.before(span[0], 32))
            )
            return Box(code, qty, True, span, corrects=corrects)
    corrects = (
        scan.has_any(CORRECTION_CUE) and CORRECTION.search(scan.before(start, 32)) is not None
    )
    right = _RIGHT_QTY.match(scan.after(end, 14))
    if right:
        qty = count_of(right.group(1) or right.group(3) or right.group(4))
        if qty:
            return Box(code, qty, True, (start, end + right.end()), bool(right.group(2)), corrects)
    return Box(code, 1, False, (start, end), corrects=corrects)


# "2 x 40 flat rack", "3 x 20 open top": a count times a bare size, then a type named without one.
_SIZED_LEFT = compile_fast(
    rf"(?<![\d.])({_COUNT})\s*[x×*]\s*(20|40|45)\s*(?:'|ft|feet|foot|尺)?\s*$", re.I
)


def sized_at(
    scan: Scan, start: int, end: int, spec: ContainerLike, catalog: ContainerLookup
) -> Box | None:
    if scan.norm[start].isdigit():
        return None
    left = scan.before(start, 14)
    match = _SIZED_LEFT.search(left)
    qty = count_of(match.group(1)) if match else None
    if match is None or not qty:
        return None
    typed = catalog.resolve(f"{match.group(2)}{spec.category}") or spec
    return Box(typed.code, qty, True, (start - len(left) + match.start(), end))


def _implausible(qty: int, said: str) -> bool:
    limit = MAX_COUNTED_BOXES if _CLASSIFIER.search(said) else MAX_PLAUSIBLE_BOXES
    return qty > limit


def big_count(scan: Scan, start: int, end: int) -> tuple[int, Span] | None:
    left = _BIG_QTY_LEFT.search(scan.before(start, 12))
    if left and _implausible(int(left.group(1)), left.group(0)):
        return int(left.group(1)), (start - len(scan.before(start, 12)) + left.start(), end)
    right = _BIG_QTY_RIGHT.match(scan.norm, end, end + 14)
    if right and _implausible(int(right.group(1) or right.group(2)), right.group(0)):
        return int(right.group(1) or right.group(2)), (start, right.end())
    return None
