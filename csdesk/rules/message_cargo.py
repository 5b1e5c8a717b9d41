"""Reading the cargo out of a message: weight and volume (pieces are read in message_pieces,
sizes in message_sizes, the reefer's temperature in message_reefer).

Weights and volumes said per container or per piece are multiplied out: the inquiry keeps the
shipment's totals.
"""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_corrections import (
    CORRECTION_CUE_WORDS,
    CORRECTION_WORDS,
    changed_from_at,
)
from csdesk.rules.message_per_unit import COUNT_TIMES as _COUNT_TIMES
from csdesk.rules.message_per_unit import EVERY_BOX as _EVERY_BOX
from csdesk.rules.message_per_unit import PER_BOX_AFTER as _PER_BOX_AFTER
from csdesk.rules.message_per_unit import PER_BOX_BEFORE as _PER_BOX_BEFORE
from csdesk.rules.message_per_unit import PER_CTN as _PER_CTN
from csdesk.rules.message_per_unit import PER_PIECE_AFTER as _PER_PIECE_AFTER
from csdesk.rules.message_per_unit import PER_PIECE_BEFORE as _PER_PIECE_BEFORE
from csdesk.rules.message_per_unit import PER_UNIT_THEN_SIZE as _PER_UNIT_THEN_SIZE
from csdesk.rules.message_per_unit import PER_WORDS as _PER_WORDS
from csdesk.rules.message_per_unit import packing_size, per_named_piece
from csdesk.rules.message_pieces import read_pieces as read_pieces
from csdesk.rules.message_scan import NUM, ParsedField, Scan, Span, cue_words
from csdesk.rules.message_weights import (
    Total,
    as_corrected,
    ask_per_box,
    box_by_box,
    box_said,
    by_type,
    goods_by_box,
    line_by_line,
    one_by_one,
    piece_by_piece,
    pounds,
    respectively,
    typed_lines,
)
from csdesk.rules.textnorm import (
    CN_DECIMAL,
    CN_NUMERAL,
    EN_ONES,
    parse_count,
    parse_number,
)

_GROSS = compile_fast(
    r"(?:G\.?\s*W\.?|gross(?:\s*weight)?|毛重|货重|总重|重量|weight|重)\s*[:：]?\s*约?$", re.I
)
_NET = compile_fast(r"(?:N\.?\s*W\.?|net(?:\s*weight)?|净重)\s*[:：]?\s*约?$", re.I)
# "16 tons net, 17.2 tons gross": the net said after its figure, with a gross one beside it.
_NET_AFTER = compile_fast(r"\s*(?:net|nett|n\.w\.?)(?![a-z])(?=[^\n]{0,30}?gross)", re.I)
_TOTAL = compile_fast(
    r"(?:总共|总计|合计|一共|共|总(?:毛?重量?)?|total(?:\s*(?:gross\s*)?weight)?|in total"
    r"|altogether)\s*[:：]?\s*约?\s*$",
    re.I,
)

# "24,5 tons", "2,5 cbm": a decimal comma, as much of Europe, Africa and Latin America writes.
DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?![\d,])"
# "11 000 kg": thousands set off with a space, as much of Africa and Europe writes.
SPACED_THOUSANDS = r"\d{1,3}(?:[ \u00a0]\d{3})+(?![\d.,])"
# "两吨半" is 2.5 t and "一吨二" 1.2 t: a half or a tenth said after the unit.
# "六吨八周五": the tenth before a weekday (周五) is said, "八周" (eight weeks) is not.
# "十二吨一共两卷": the 一 of 一共 (一起, 一批, 一般) is no tenth.
_SPOKEN_FRACTION = (
    r"(?:(半)|([一二两三四五六七八九])"
    r"(?![十百千万个件托方吨票柜箱天月号次共起批般些\d]|周(?![一二三四五六日天]))"
    # "1吨6": the tenth in a digit right after 吨 (not "3吨6方", "20吨2x40HQ").
    r"|(?<=吨)([1-9])(?![\d.,]|\s*(?:[个方件托柜箱号日月天票吨x×*]|cbm|kg|公斤|m(?![a-z]))))?"
)
WEIGHT = compile_fast(
    # The look-ahead lets a number without a unit after it fail at once.
    rf"(?<![\d.])(?<!\d,)({SPACED_THOUSANDS}|{NUM}|{DECIMAL_COMMA}|{CN_DECIMAL})\s*(?=[吨公千tTmMkKqQ])"
    # "6 TM": toneladas métricas, as Latin America writes them.
    rf"(?:(吨|公吨|toneladas?|tons?|tonnes?|mts?|tns?|tm|t"
    # "22K/柜": thousands of kilos said per box in shorthand (a price's "2.8K" has no box after).
    r"|k(?=\s*/\s*(?:柜|个|箱|cntr|ctnr|ctr|box|unit|tank|hq|hc|gp|[24]0)))"
    rf"|(kgs?|kilos?|quilos?|公斤|千克))"
    # "八百公斤五金配件": no half or tenth after kilos (五金 is the goods).
    rf"(?:(?<=[吨斤克])|(?![a-z]))(?:(?<!公斤|千克)(?<![gG])(?<![gGoO][sS]){_SPOKEN_FRACTION})?"
    # "两吨三百公斤": the kilos said after the tons are added to them.
    rf"(?:(?<=吨)\s*({CN_NUMERAL}|\d{{1,3}})\s*(?:公斤|千克))?",
    re.I,
)
_VOLUME = compile_fast(
    rf"(?<![\d.])(?<!\d,)({NUM}|{DECIMAL_COMMA}|{CN_DECIMAL})\s*(?=[个方立cCmM])(?:个(半)?)?\s*"
    rf"(?:方(?!便|式|面|向|法|案)|立方米?|cbms?|m3|m³"
    # (never "25 cbm/h": a reefer's ventilation rate)
    rf"|cubic\s*met(?:er|re)s?)(?![a-z0-9])(?!\s*/\s*h){_SPOKEN_FRACTION}",
    re.I,
)


def spoken(match: re.Match[str], number: float, half: int) -> float:
    """The number with a spoken half or tenth after its unit: 两吨半 2.5, 一吨二 1.2."""
    if match.group(half):
        return number + 0.5
    tenth = match.group(half + 1) or match.group(half + 2)  # (in Chinese, or "1吨6" a digit)
    return number + (parse_count(tenth) or 0) / 10 if tenth else number


# An order line, then its figure: "1 x 20GP – 18,500 kg", "1x40HQ (8 tons)", "1 x 40GP: 26 t".
_ORDER_THEN_FIGURE = compile_fast(r"[ \t]*(?:[:：–—(（-][ \t]*)?")


def _order_line_before(scan: Scan, start: int) -> int | None:
    """Which container line of a mixed order a figure stands right after, as its own."""
    boxes = scan.found["containers"]
    for index, (_, end) in enumerate(boxes.spans):
        if end <= start and _ORDER_THEN_FIGURE.fullmatch(scan.norm, end, start):
            return index
    return None


# "each", "每个" (not 每个柜): a word that says per unit without saying of what.
_EACH_BEFORE = compile_fast(r"每个\s*(?:约|大概|重)?\s*$")
_EACH_AFTER = compile_fast(r"\s*(?:each|apiece)(?![a-z])", re.I)


def _each_of_pieces(
    scan: Scan, start: int, end: int, pieces: ParsedField, boxes: ParsedField
) -> bool:
    """Whether a figure said per unit of one box is each counted piece's."""
    if not isinstance(pieces.value, int) or pieces.value < 2:
        return False
    if sum(line.qty for line in boxes.value) != 1:  # type: ignore[union-attr]
        return False
    return bool(
        _EACH_BEFORE.search(scan.before(start, 8)) or _EACH_AFTER.match(scan.after(end, 10))
    )


def _multiplied(scan: Scan, match: re.Match[str], value: float) -> Total | None:
    """The total for a value said per container or per piece, with the spans it rests on, and
    the container type it was said for when the boxes are of several types."""
    start, end = match.span()
    if _TOTAL.search(scan.before(start, 12)):  # "总重480吨 每件 12x1x1.5m": a total said so
        return value, [(start, end)], 0.9, None
    times = _COUNT_TIMES.search(scan.before(start, 6))
    if times is not None:  # "2X27T", "3*24吨": so many boxes (or pieces) of that figure each
        counted = start - len(times.group(0))
        scan.claim(counted, start)
        return value * int(times.group(1)), [(counted, end)], 0.85, None
    boxes, pieces = scan.found.get("containers"), scan.found.get("pieces")
    per_piece = per_box = False
    box_after = None
    if scan.has_any(_PER_WORDS):
        before, after = scan.before(start, 40), scan.after(end, 16)
        piece_after = _PER_PIECE_AFTER.match(after)
        per_piece = bool(_PER_PIECE_BEFORE.search(before) or piece_after)
        if not per_piece and pieces is not None:  # "12,500 kgs per roller": the piece counted
            per_piece = per_named_piece(after, scan.norm, pieces.spans[0])
        if piece_after is not None:  # "四百五十公斤一件 泵": the 一件 is not the goods
            scan.claim(end, end + piece_after.end())
        box_after = _PER_BOX_AFTER.match(after)
        if box_after is not None and box_after.group(1) and typed_lines(scan, start, after):
            box_after = None  # "40HQ 24t / 20GP 26t": the slash parts two lines, each typed
        per_box = bool(_PER_BOX_BEFORE.search(before) or box_after)
        if per_piece and pieces is None and boxes is not None and _PER_CTN.match(after):
            per_piece, per_box = False, True  # "14T/ctn" with boxes and no cartons: per box
        if box_after is not None:  # "12T/cntr": the "/cntr" is read with the figure
            scan.claim(end, end + box_after.end())
        if not (per_piece or per_box) and pieces is not None and boxes is None:
            # "每台 6.2x2.8x3.6m 48吨", "each 12m x 4.5m x 4.5m, 18 tons": a size per piece first.
            per_piece = _PER_UNIT_THEN_SIZE.search(scan.before(start, 44)) is not None
    if per_piece or (per_box and boxes is None and pieces is not None):
        if pieces is None:
            return None
        return value * pieces.value, [(start, end), *pieces.spans], 0.85, None
    typed = None
    if not (per_box or per_piece) and boxes is not None and len(boxes.value) > 1:
        line = _order_line_before(scan, start)
        if line is not None:  # "1 x 20GP: 24,000 kg / 1 x 40GP: 26,000 kg": each line's own
            said = boxes.value[line]
            return value, [(start, end), boxes.spans[line]], 0.85, said.type
        # "20GP 22 tons each, 40HQ 15 tons": a figure right after a type named again.
        typed = box_said(scan, start, None, bare=True)
    if per_box or typed is not None:
        if boxes is None:
            return None
        if per_box and pieces is not None and _each_of_pieces(scan, start, end, pieces, boxes):
            # "1x20OT … 2 pcs … 13.5 tons each", "钢卷每个十二吨一共两卷": each of one box is
            # no figure per box; it is each counted piece's.
            return value * pieces.value, [(start, end), *pieces.spans], 0.85, None
        sure = 0.85 if boxes.confidence > 0.9 else 0.7
        # "3个40平 2个20平 每个都是20吨": every box of the order, whichever type was named last.
        every = per_box and _EVERY_BOX.search(scan.before(start, 8)) is not None
        line = None if every else box_said(scan, start, box_after)
        if line is not None:
            said = boxes.value[line]
            return value * said.qty, [(start, end), boxes.spans[line]], sure, said.type
        total = sum(line.qty for line in boxes.value)
        return value * total, [(start, end), *boxes.spans], sure, None
    return value, [(start, end)], 0.9, None


# "18k kgs": thousands of kilos, or a stray k before kilos? Read as thousands, and asked.
_K_KILOS = compile_fast(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*k\s*(?:kgs?|kilos?)(?![a-z])", re.I)


_KILO_WORDS = cue_words("kg", "kilo")


def _thousand_kilos(scan: Scan) -> list[Total]:
    totals: list[Total] = []
    for match in scan.free_matches(_K_KILOS) if scan.has_any(_KILO_WORDS) else ():
        number = float(match.group(1))
        total = _multiplied(scan, match, number * 1000)
        scan.claim(*match.span())
        if total is not None:
            scan.ask("weight_kg", [match.span()], (total[0], total[0] / 1000), "weight_unit")
            totals.append((total[0], total[1], min(total[2], 0.6), total[3]))
    return totals


_DOT_THOUSANDS = compile_fast(r"\d{1,3}(?:\.\d{3})+")


def read_weight(scan: Scan) -> None:
    totals = _thousand_kilos(scan)
    chosen: tuple[int, Total] | None = (0, totals[0]) if totals else None
    factors = [1.0] * len(totals)  # each total over the figure it was read from
    previous_end = 0
    weights = scan.free_matches_between(WEIGHT)
    for match in weights:
        number = parse_number(match.group(1))
        if number is None:
            continue
        # (one figure after it: several are each box's, read below)
        taken_back = (
            previous_end > 0
            and match is weights[-1]
            and _LATIN_CORRECTION.search(scan.norm, previous_end, match.start())
        )
        previous_end = match.end()
        before = scan.before(match.start(), 12)
        denied = _NOT_BEFORE.search(before) is not None and not _ANSWERED.search(
            scan.norm, max(0, match.start() - 8), match.start()
        )
        changed_from = changed_from_at(scan.norm, before, match.end())
        net_after = "net" in scan.folded and _NET_AFTER.match(scan.norm, match.end()) is not None
        if denied or changed_from or _NET.search(before) or net_after:
            scan.claim(*match.span())
            continue
        number = spoken(match, number, 4)
        # "24.000 kg": a dot between thousands, as much of Europe and Latin America writes.
        dotted = bool(match.group(3)) and _DOT_THOUSANDS.fullmatch(match.group(1)) is not None
        if dotted:
            number = float(match.group(1).replace(".", ""))
        kilos = number * 1000 if match.group(2) else number
        if match.group(7):
            kilos += parse_number(match.group(7)) or 0
        if kilos <= 1500 and packing_size(scan, match.start(), match.end(), before):
            # "25 kg bags", "sacos de 50 kg": the packing's size (a bag's, a drum's: never
            # tons, "27吨 袋装" is the goods bagged), each counted piece's at most.
            scan.claim(*match.span())
            if chosen is None and "pieces" in scan.found:
                pieces = scan.found["pieces"]
                chosen = (-1, (kilos * pieces.value, [match.span(), *pieces.spans], 0.7, None))
            continue
        total = _multiplied(scan, match, kilos)
        scan.claim(*match.span())
        if total is None:
            continue
        if dotted:
            scan.ask("weight_kg", [match.span()], (total[0], total[0] / 1000), "weight_unit")
        # "9 t. Perdón, son 2x40HC, 9 t cada uno": a figure after a correction in an e-mail.
        rank = 3 if taken_back else _rank(scan, match.start(), before)
        if rank == 3 and total[0] == kilos and totals and not _TOTAL.search(before):
            total = as_corrected(total, totals[-1], factors[-1])
        totals.append(total)
        factors.append(total[0] / kilos if kilos else 1.0)
        if chosen is None or rank > chosen[0]:
            chosen = (rank, total)
    # Each way of adding figures up or sharing them out needs two at least; most messages
    # give one, and are not asked them.
    if len(totals) > 1:
        mixed = (
            by_type(totals)
            or line_by_line(scan, totals, factors)
            or respectively(scan, totals, factors)
            or one_by_one(scan, totals)
            or piece_by_piece(scan, totals)
        )
        # ("哦不是 一个四十高一个二十尺…四十尺的十八吨二十尺的十二吨": a figure said after a
        # correction that is one line's of the sum is the sum's.)
        if mixed is not None and (chosen is None or chosen[0] < 2 or chosen[1][1][0] in mixed[1]):
            chosen = (2, mixed)
        each_box = box_by_box(scan, totals, factors) or goods_by_box(scan, totals, factors)
        if each_box is not None:  # "…啊不对 一个二十吨一个十八吨": each box's own, after all
            chosen = (4, each_box)
    if chosen is None and "毛重" in scan.norm:
        _bare_gross(scan)
    elif chosen is None and "ton" in scan.folded:
        _tons_in_words(scan)
    elif chosen is None and ("lb" in scan.folded or "pound" in scan.folded):
        pounds(scan)
    if chosen is not None:
        total = chosen[1]
        scan.put("weight_kg", round(total[0], 3), total[1], total[2])
        ask_per_box(scan, total)


# "毛重六百八", "毛重680": a gross weight said with no unit is kilos, as the desk hears it.
_BARE_GROSS = compile_fast(
    rf"毛重\s*[:：]?\s*(?:约|大概|大约)?\s*(\d{{2,5}}|{CN_NUMERAL})"
    r"(?![\d.,]|\s*(?:吨|公斤|千克|斤|kg|t|方|立方|cbm|件|箱|托|个|块|元|美))",
    re.I,
)


# "about eleven tons in total": tons counted in English words.
_WORD_NUMBERS = {**EN_ONES, "twenty": 20}
_WORD_TONS = compile_fast(
    r"(?<![a-z-])(" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")"
    r"\s+(?:metric\s+)?(?:tons?|tonnes?)(?![a-z])",
    re.I,
)


def _tons_in_words(scan: Scan) -> None:
    match = scan.first_free(_WORD_TONS)
    if match is not None and _WORD_NUMBERS[match.group(1).lower()]:
        kilos = _WORD_NUMBERS[match.group(1).lower()] * 1000.0
        scan.put("weight_kg", kilos, [match.span()], 0.7)
        scan.claim(*match.span())


def _bare_gross(scan: Scan) -> None:
    match = scan.first_free(_BARE_GROSS)
    kilos = parse_count(match.group(1)) if match is not None else None
    if match is not None and kilos is not None and kilos >= 20:
        scan.put("weight_kg", float(kilos), [match.span()], 0.7)
        scan.claim(*match.span())


_LATIN_CORRECTION = compile_fast(
    r"(?<![a-z])(?:sorry|correction|pardon|perd[oó]n|perd[aã]o|desculp[ae]|corrigindo|correcci[oó]n"
    r"|corrijo|rectific\w*|I mean)(?![a-z])",
    re.I,
)
# "不是20吨 是每柜18吨": the figure after a correction, said per box or not.
_CORRECTED_BEFORE = compile_fast(
    rf"(?:{CORRECTION_WORDS}|(?:不是|(?<![a-z])not)[^,，。;]{{1,10}}?[\s,，]\s*(?:而是|是|but|it'?s)\s*)"
    r"(?:每个?柜|每个|each)?\s*$",
    re.I,
)
# "不是每柜30吨 是…", "not 20 tons each": a figure denied, per box or not, is not the weight.
_NOT_BEFORE = compile_fast(r"(?:(?<![a-z])not|不是)\s*(?:每个?柜|每个|每台)?\s*$", re.I)
# "26吨? 不是 25吨": the 不是 answers the question; the figure after it is the one meant.
_ANSWERED = compile_fast(r"[?？]\s*(?:不是|not)\s*$", re.I)
# ...which is written with one of these.
_CORRECTED_WORDS = cue_words(*CORRECTION_CUE_WORDS, "not")


def _rank(scan: Scan, start: int, before: str) -> int:
    """Which weight of a message is the shipment's: a correction, a total, a gross, any."""
    if scan.corrected(start) or (
        scan.has_any(_CORRECTED_WORDS) and _CORRECTED_BEFORE.search(scan.before(start, 16))
    ):
        return 3
    return 2 if _TOTAL.search(before) else 1 if _GROSS.search(before) else 0


# Every unit of `_VOLUME` holds one of these (方 in 立方 too, cbm in cbms, m3 and m³): most
# messages say no volume, and the pattern is not run on them.
_VOLUME_UNITS = cue_words("方", "cbm", "m3", "m³", "cubic")


def read_volume(scan: Scan) -> None:
    if not scan.has_any(_VOLUME_UNITS):
        return
    chosen: tuple[int, float, list[Span], float] | None = None  # rank, total, spans, confidence
    for match in scan.free_matches_between(_VOLUME):  # "一吨八两个半方": after the weight
        number = parse_number(match.group(1))
        if number is None:
            continue
        number = spoken(match, number, 3) + (0.5 if match.group(2) else 0)
        total = _multiplied(scan, match, number)
        scan.claim(*match.span())
        if total is None:
            continue
        before = scan.before(match.start(), 16)
        corrected = _CORRECTED_BEFORE.search(before) or scan.corrected(match.start())
        rank = 2 if corrected else 1 if _TOTAL.search(before) else 0
        if chosen is None or rank > chosen[0]:
            chosen = (rank, total[0], total[1], total[2])
    if chosen is not None:
        scan.put("volume_cbm", round(chosen[1], 3), chosen[2], chosen[3])
