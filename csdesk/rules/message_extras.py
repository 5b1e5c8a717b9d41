"""Spares shipped beside a main piece: "一台起重机62吨 另外配件三件共8吨", "变压器一台 45吨 另外
配件3箱 共2吨". Their pieces and weight add to the main piece's; they are not the goods.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import NUM, Scan, Span
from csdesk.rules.textnorm import CN_DECIMAL, CN_NUMERAL, parse_count, parse_number

_EXTRAS = compile_fast(
    r"(?:另外|另有|还有|外加|加上)\s*(?:还有|有)?\s*([\u4e00-\u9fff]{1,4}?)\s*"
    rf"(\d{{1,3}}|{CN_NUMERAL})\s*个?\s*(?:件|箱|木箱|纸箱|托|托盘|包|套)\s*[,，]?\s*"
    rf"(?:共|总共|一共|合计|共计)?\s*重?\s*(?:约)?\s*({NUM}|{CN_DECIMAL})\s*"
    r"(吨|公斤|千克|kgs?|t)(?![a-z])",
    re.I,
)
_EXTRA_CUES = ("另外", "另有", "还有", "外加", "加上")


class Extras(NamedTuple):
    pieces: int
    kilos: float
    span: Span


def set_aside_extras(scan: Scan) -> Extras | None:
    """The spares said beside the main piece, their words claimed so that nothing else reads
    them (the goods stay the main piece's)."""
    if not any(cue in scan.norm for cue in _EXTRA_CUES):
        return None
    for match in scan.free_matches(_EXTRAS):
        count = parse_count(match.group(2))
        number = parse_number(match.group(3))
        if not count or number is None:
            continue
        kilos = number if match.group(4).lower() in ("公斤", "千克", "kg", "kgs") else number * 1000
        scan.claim(*match.span())
        return Extras(count, kilos, match.span())
    return None


def add_extras(scan: Scan, extras: Extras | None) -> None:
    """The spares' pieces and weight added to what was read for the main piece."""
    if extras is None:
        return
    for name, more in (("pieces", extras.pieces), ("weight_kg", extras.kilos)):
        field = scan.found.get(name)
        if field is None or not isinstance(field.value, (int, float)):
            continue
        total = field.value + more
        scan.found[name] = field._replace(
            value=int(total) if name == "pieces" else float(total),
            spans=(*field.spans, extras.span),
        )
