"""How the name of the goods ends: not with the packing said after it ("used clothing in bales",
"arroz em sacos", "二手衣服打包"), but with its grade or model ("PVC resin SG-5", "loader ZL50G").
Split from message_goods."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.goods_words import MODEL_CODE
from csdesk.rules.message_scan import Scan

# "dried fish packed in cartons", "café embalado em sacos": how the goods are packed.
PACKED_IN = compile_fast(
    r"\s+(?:packed|packaged|packing|embalad[oa]s?|emball[ée]e?s?|empacad[oa]s?)\s+(?:in|en|em)\s"
    # "arroz em sacos de 50 kg", "azúcar en sacos": the bags they come in (in English, "sugar
    # in bags" is kept whole, as the settled cases say).
    r"|\s+(?:en|em)\s+(?:sacos|sacas|sacs|bolsas|cajas|caixas|fardos|bultos|pacas|balles|ballots"
    r"|cartons|tambores|f[uû]ts|bidons|bidones|pots?|seaux|latas|baldes|cubetas|gal[õo]es)(?![a-z])"
    # "used clothing in bales", "PVC resin in 25kg bags": the settled case, the packing said
    # after the goods is not the goods, in English too.
    r"|\s+in\s+(?:\d+\s?kgs?\s+|jumbo\s+|big\s+|pp\s+|woven\s+|plastic\s+|steel\s+)?"
    r"(?:bales|bags|sacks|cartons|drums|boxes|ibcs|barrels|jerry\s?cans)(?![a-z])",
    re.I,
)

DANGLING = compile_fast(r"\s+(?:in|en|em|of|with|de)\s*$", re.I)


def packing_cut(scan: Scan) -> None:
    """ "used clothing in bales", "arroz em sacos", "riz en sacs", "二手衣服打包": however the
    goods were found, the packing said after them is not part of them."""
    goods = scan.found.get("commodity")
    if goods is None or len(goods.spans) != 1:
        return
    start, end = goods.spans[0]
    packed = PACKED_IN.search(scan.norm, start, end)
    if packed is None and end - start >= 4 and scan.norm.endswith(("打包", "打包的"), start, end):
        packed = _ZH_BALED.search(scan.norm, start, end)
    if packed is None or packed.start() - start < 2:
        return
    span = (start, packed.start())
    value = " ".join(scan.norm[span[0] : span[1]].split())
    scan.found["commodity"] = goods._replace(value=value, spans=(span,))


_ZH_BALED = compile_fast(r"打包的?$")


_MODEL_AFTER = compile_fast(r"[ \t]+(?=[A-Z]{1,4}-?\d)")


_GRADE_TAIL = compile_fast(r"-\d{1,4}[A-Z]{0,2}(?![A-Za-z0-9.])")


def name_tail(scan: Scan) -> None:
    """English goods keep the grade's number or the model code written right after them."""
    goods = scan.found.get("commodity")
    if goods is None or len(goods.spans) != 1 or not str(goods.value).isascii():
        return
    end = goods.spans[0][1]
    if scan.norm.startswith("-", end) and scan.norm[end - 2 : end].isupper():
        grade = _GRADE_TAIL.match(scan.norm, end)  # "PVC resin SG-5": the grade's number too
        if grade is not None and scan.is_free(*grade.span()):
            span = (goods.spans[0][0], grade.end())
            value = scan.norm[span[0] : span[1]]
            scan.found["commodity"] = goods._replace(value=value, spans=(span,))
            return
    space = _MODEL_AFTER.match(scan.norm, end)
    model = MODEL_CODE.match(scan.norm, space.end()) if space is not None else None
    if model is not None and scan.is_free(*model.span()):
        span = (goods.spans[0][0], model.end())
        scan.found["commodity"] = goods._replace(value=scan.norm[span[0] : span[1]], spans=(span,))


# "Can you quote FCL … stone slabs?", "Pouvez-vous me coter … carrelage ?": the question mark
# ends a request for a rate, not a doubt about the goods.
_REQUEST = compile_fast(
    r"(?:can|could|would)\s+you\s+(?:pls\s+|please\s+|kindly\s+)?(?:quote|offer|give|send|check)"
    # "Can we have your rate for …", "May I get a quotation for …": asked from our side.
    r"|(?:can|could|may)\s+(?:we|i)\s+(?:please\s+)?(?:have|get|request|ask\s+for)\s+"
    r"(?:your|a|an|the)\s+(?:best\s+)?(?:rate|price|quote|quotation|offer)"
    r"|pouvez-vous|pourriez-vous|podr[íi]a\s+(?:usted\s+)?cotizar|puede\s+cotizar|pode\s+cotar",
    re.I,
)


def asks_for_a_rate(norm: str, start: int) -> bool:
    """Whether the sentence holding the goods at `start` asks for a rate ("Can you quote…")."""
    opens = max(norm.rfind(mark, 0, start) for mark in "!?\n")
    stop = norm.rfind(".", opens + 1, start)
    while stop > 0 and norm[stop - 1].isdigit() and norm[stop + 1 : stop + 2].isdigit():
        stop = norm.rfind(".", opens + 1, stop)  # "2.4 cbm": a decimal point ends no sentence
    opens = max(opens, stop)
    return _REQUEST.search(norm, opens + 1, start) is not None
