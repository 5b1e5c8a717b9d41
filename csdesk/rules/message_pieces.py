"""Reading the count of pieces of a message: "8托", "30 cartons", "木箱两个", "3 cajas", "我们有台
吊车" (split from message_cargo, which reads the weight and the volume)."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan, Span, cue_words
from csdesk.rules.message_units import heavy_cargo, listed_machines
from csdesk.rules.textnorm import CN_NUMERAL, parse_count

_PIECE_UNITS = (
    # "三十袋", "20袋大米": bags are pieces too (not "袋装", bagged).
    r"件|托盘|托|卡板|板|木托|木箱|纸箱|箱|包(?!装)|袋(?!子?装)|卷|桶|捆|pkgs?|packages?|pallets?|plts?|ctns?|cartons?"
    # "游艇1艘", "驳船两条": a boat counted as a vessel.
    r"|cases?|crates?|bales?|bags?|rolls?|drums?|bundles?|skids?|units?|sets?|台|辆|套|根|支|节|艘|段(?!时间|路)"
    # The same in Spanish, Portuguese and French: "8 cajas", "2 palettes", "5 colis".
    r"|cajas?|caixas?|palettes?|paletas?|paletes?|palets?|colis|bultos?|volumes"
    # "40 unidades", "12 unités": units in Spanish, Portuguese and French.
    r"|unidades?|unit[ée]s"
    # Drums, IBC totes, crates and sacks as chemical and bulk shippers count them: "20 IBCs",
    # "600 fûts", "86 tambores", "136 caisses", "400 sacos".
    r"|ibcs?|totes?|f[uû]ts|tambor(?:es)?|bidons?|caisses?|sacs|sacos|sacas|fardos"
    # "1 block only": a block of stone, counted.
    r"|blocks?|bloques?|blocos?|blocs?"
    # "4 wooden boxes": a crate (a bare "box" may be a container).
    r"|(?:(?<=wooden )|(?<=plywood ))box(?:es)?"
)
# "1 granite block", "2 marble blocks": blocks of stone counted with the stone named first (never
# "20 tons blocks": a unit, not a stone, before them); the count is read, the stone's name stays
# the goods'.
_NOT_STONE = r"(?:tons?|tonnes?|kgs?|kilos?|mts?|cbm|meters?|metres?|feet|foot|of|and|with)[ \t]"
_STONE_BLOCKS = compile_fast(
    rf"(?<![\d.])(\d{{1,2}})[ \t]+(?!{_NOT_STONE})[a-z]{{3,12}}[ \t]+bloc(?:ks?|s)?(?![a-z])", re.I
)
_STONE_NAMED = compile_fast(r"[\d,]+[ \t]*(?=[a-z]{3,12}[ \t]+bloc)", re.I)
_PIECES = compile_fast(
    # ("1,200 ctns": thousands set off with a comma)
    # (never across a line: "CLASS:8\nPKG: …" counts nothing)
    # ("一吨二 纸箱12件": the tenth of a weight counts nothing)
    rf"(?<![\d.])(?<!\d,)(?<!吨)(\d{{1,3}}(?:,\d{{3}})+(?![\d,])"
    # "1.040 sacos", "2.400 cajas": thousands set off with a dot, before a Latin unit.
    r"|\d{1,3}(?:\.\d{3})+(?![\d.,])(?=[ \t]*(?:sac|caj|caix|bult|fard|palet|unid|tambor))"
    rf"|\d+|{CN_NUMERAL})[ \t]*个?[ \t]*"
    r"(?=[件托卡板木纸箱包袋卷桶捆台辆套根支节艘段pPcCbBrRdDsSuUwWvViItTfF])"
    r"(?:wooden\s+|plywood\s+|paper\s+|plastic\s+)?"
    # ("520 纸箱18件": the packing's own count follows it; the figure before is no count)
    rf"(?:{_PIECE_UNITS})(?![a-z])(?![ \t]*\d+[ \t]*件)|"
    r"(?:件数\s*[:：]?|(?:packages|pkgs|件)\s*[:：]"
    # "IBC X 18", "drums x 40": the packing, then its count (not "drums x 200 kg", each one's).
    r"|(?<![a-z])(?:ibcs?|drums?|totes?|pallets?|ctns?|cartons?|bags?|blocks?|units?|pcs)\s*[x×*]\s*(?=\d+(?!\d|[.,]\d|\s*(?:kgs?|t(?![a-z])|tons?|l(?![a-z])|ltrs?|公斤|升))))"
    r"\s*(\d+)",
    re.I,
)
# Every unit of `_PIECES` holds one of these, as do its "件数" and "packages:" (a word of it
# with an i is keyed without the i: re.I also reads a dotless ı as i): most messages count no
# pieces, and the pattern is not run on them.
_PIECE_WORDS = cue_words(
    *"件托板箱包袋卷桶捆台辆套根支节艘段",
    *("pkg", "package", "pal", "plt", "ctn", "carton", "case", "crate", "bale", "bag", "roll"),
    *("drum", "bundle", "sk", "un", "set", "caja", "xa", "col", "bulto", "volumes"),
    *("ibc", "tote", "fût", "futs", "tambor", "bidon", "caisse", "sacs", "sacos", "sacas", "fardo"),
    *("bloc", "bloque", "bloco", "unidad", "unité", "unite", "wooden box", "plywood box"),
)
# "木箱两个", "托盘3个": the packing named first, then its count.
_PIECES_AFTER = compile_fast(
    # "汽车配件一个十八吨": 件 ending a word of the goods (配件, 零件) counts nothing.
    rf"(?:木箱|纸箱|托盘|卡板|木托|铁架|(?<![配零部物文软条证邮案])件)\s*({CN_NUMERAL}|\d{{1,3}})\s*个(?![柜箱])"
)
_TIMES = compile_fast(r"(?<=[a-z\s])[x×*]", re.I)
_BOXES = compile_fast(r"(?<![\d.])(?<!\d,)(\d+)()\s*box(?:es)?(?![a-z])", re.I)
_BOXES_WORDS = cue_words("box")
# "transformer, 1 piece", "1pc boiler drum", "excavator (one unit)": one piece of the goods
# said in English.
_PCS = compile_fast(
    r"(?<![\d.])(?<!\d,)(\d{1,3}(?:,\d{3})+(?![\d,])|\d+)\s*(?:pcs|pieces?|pc(?![a-z0-9]))(?![a-z])"
    r"|(?<=\()(one)\s+(?:unit|piece)(?=\))"
    # "超高 单件 尺寸…", "a single piece, 42 t": one piece said as such (not "单件重", each's).
    r"|(?<![\u4e00-\u9fff])单件(?=\s|[,，。、；;]|$)|(?<![a-z])single\s+(?:piece|unit|package)(?![a-z])",
    re.I,
)
# "大理石荒料 一块", "两块钢板": blocks and slabs counted (not 三千块 of money, nor 一块走,
# together).
# "每个柜一块", "每块一个柜", "一柜一块": one block of stone in every box.
_BLOCK_IN_EVERY_BOX = compile_fast(r"每个?柜(?:装)?一块|每块(?:一个|一)柜|一柜一块")
_BLOCKS = compile_fast(
    r"(?<![\d一二两三四五六七八九十百千万])([一二两三四五六七八九十]|\d{1,2})\s*块"
    r"(?!钱|儿|人民币|rmb|美金|美元|左右|走|发|出|拼|装|运|去)",
    re.I,
)

_PCS_WORDS = cue_words("pcs", "pc", "piece", "unit)", "单件", "single")
# "拼箱 4个铁架 每个 2.2*1.1*1.3m": pieces in a packing of their own, each measured or weighed;
# "铁货架 9个 每个300公斤": the goods named before their count.
_COUNT_THEN_EACH = compile_fast(
    rf"(?<![\d.])(\d{{1,3}}|{CN_NUMERAL})\s*个[\u4e00-\u9fff]{{0,4}}?(?=\s*每个)"
)


_SPLIT_INTO = compile_fast(
    rf"(?<=[\u4e00-\u9fff])分(?:成|为)?\s*(\d{{1,2}}|{CN_NUMERAL})\s*(?:件|段|节|块|部分)(?:运输|运|走|发)?"
)


# "二十五公斤一袋", "12kg一箱": a figure, then the one piece it is said for.
_PER_ONE = compile_fast(r"一\s*[件托箱包袋桶卷捆]")
_AFTER_FIGURE = compile_fast(r"(?:公斤|千克|kgs?|吨)\s*$", re.I)


_ONE_MACHINE = compile_fast(r"(?<=有)[台辆套部艘](?=[\u4e00-\u9fff])")


def _per_one(scan: Scan, match: re.Match[str]) -> bool:
    return bool(_PER_ONE.match(scan.norm, match.start())) and bool(
        _AFTER_FIGURE.search(scan.before(match.start(), 4))
    )


# A box's count said with 台, the machines' classifier: "40开顶 一台 破碎机", "两台 40FR".
_MACHINE_COUNT = compile_fast(
    rf"^({CN_NUMERAL}|\d{{1,2}})\s*台|(?<![\d.])({CN_NUMERAL}|\d{{1,2}})\s*台$"
)


def _boxes_in_machines(scan: Scan) -> tuple[int, Span] | None:
    boxes = scan.found["containers"]
    if len(boxes.spans) != 1:
        return None
    start, end = boxes.spans[0]
    said = scan.norm[start:end]
    match = _MACHINE_COUNT.search(said)
    count = parse_count(match.group(1) or match.group(2)) if match else None
    return (count, (start, end)) if count else None


# "每柜五十台", "每个柜装200箱", "per container 500 cartons": a count in every box of the order.
_IN_EVERY_BOX = compile_fast(
    r"(?:每个?柜子?|每一?个?柜|per\s+(?:container|cntr|box)|each\s+(?:container|box))"
    r"\s*(?:装|约|大概|大约|about|approx\.?)?\s*$",
    re.I,
)


def _boxes_each_holding(scan: Scan, start: int) -> int:
    """How many boxes of one type a count said "in every box" is for; 1 when it is not so."""
    boxes = scan.found.get("containers")
    if boxes is None or len(boxes.value) != 1:  # type: ignore[arg-type]
        return 1
    if not _IN_EVERY_BOX.search(scan.before(start, 16)):
        return 1
    return boxes.value[0].qty  # type: ignore[no-any-return,index]


def _count(said: str) -> int | None:
    """A count as written, "1.040" (thousands set off with a dot) too."""
    return parse_count(said.replace(".", "") if "." in said else said)


def read_pieces(scan: Scan) -> None:
    """The first count of pieces, or one said after a correction ("10件 … 不对 是12件")."""
    chosen: re.Match[str] | None = None
    counts = scan.free_matches(_PIECES) if scan.has_any(_PIECE_WORDS) else []
    for index, match in enumerate(counts):
        if index + 1 < len(counts) and _per_one(scan, match):
            continue  # "300公斤一托 共8托": the figure of one pallet, then the count
        if _count(match.group(1) or match.group(2)) and (
            chosen is None or scan.corrected(match.start(), chosen.end())
        ):
            chosen = match
            if not scan.corrections:
                break
    split = scan.first_free(_SPLIT_INTO) if "分" in scan.norm else None
    if split is not None:  # "一台破碎机分两件": the one machine ships as so many pieces
        if chosen is not None:
            scan.claim(*chosen.span())  # ...and its "一台" is neither the goods nor the count
        chosen = split
    if chosen is None and "个" in scan.norm:
        chosen = scan.first_free(_PIECES_AFTER)
    if chosen is None and "bloc" in scan.folded:
        chosen = scan.first_free(_STONE_BLOCKS)
    if chosen is None and "每个" in scan.norm and "containers" not in scan.found:
        chosen = scan.first_free(_COUNT_THEN_EACH)  # "4个铁架 每个 2.2*1.1*1.3m"
    if chosen is None and "containers" not in scan.found and scan.has_any(_BOXES_WORDS):
        chosen = scan.first_free(_BOXES)  # "14 boxes" when no container is ordered
    if chosen is None and "台" in scan.norm and "containers" in scan.found:
        machines = _boxes_in_machines(scan)
        if machines is not None:  # "40开顶 一台 破碎机": the box counted as its one machine
            scan.put("pieces", machines[0], [machines[1]], 0.75)
            return
    if chosen is None and "有" in scan.norm and (heavy_cargo(scan) or "散货" in scan.norm):
        # "我们有台吊车 … 散杂货", "散货船": one machine, said without its 一.
        one = scan.first_free(_ONE_MACHINE)
        if one is not None:
            scan.put("pieces", 1, [one.span()], 0.8)
            return
    listed = listed_machines(scan) if chosen is not None and not scan.corrections else None
    if listed is not None:  # "压路机1台 … 平地机1台 …": each machine named with its count
        count, spans = listed
        for span in spans:
            scan.claim(*span)
        scan.put("pieces", count, spans, 0.8)
        return
    if chosen is not None:
        # "marble block x1": the count is read, the goods' word before the x stays theirs.
        times = _TIMES.search(chosen.group(0)) if chosen.re.groups > 1 and chosen.group(2) else None
        stone = _STONE_NAMED.match(chosen.group(0)) if "bloc" in chosen.group(0).lower() else None
        end = chosen.start() + stone.end() if stone is not None else chosen.end()
        scan.claim(chosen.start() + (times.start() if times else 0), end)
        said = _count(chosen.group(1) or chosen.group(2))
        boxes = _boxes_each_holding(scan, chosen.start())
        if said and boxes > 1:  # "两个高柜 … 每柜五十台": the count in every box
            scan.put("pieces", said * boxes, [chosen.span()], 0.75)
            return
        scan.put("pieces", said, [chosen.span()], 0.85)
        return
    for match in scan.free_matches(_PCS) if scan.has_any(_PCS_WORDS) else ():
        scan.put("pieces", parse_count(match.group(1) or "1"), [match.span()], 0.6)
        scan.claim(*match.span())
        return
    if "块" in scan.norm and "containers" in scan.found:
        one_each = scan.first_free(_BLOCK_IN_EVERY_BOX)
        ordered = scan.found["containers"].value  # (not `boxes`: compiled, that is an int)
        if one_each is not None:  # "每个柜一块", "每块一个柜": as many blocks as boxes
            count = sum(line.qty for line in ordered)  # type: ignore[union-attr]
            scan.put("pieces", count, [one_each.span()], 0.75)
            scan.claim(*one_each.span())
            return
    for match in scan.free_matches(_BLOCKS) if "块" in scan.norm else ():
        scan.put("pieces", parse_count(match.group(1)), [match.span()], 0.7)
        scan.claim(*match.span())
        return
