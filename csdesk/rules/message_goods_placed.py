"""Goods read by what they follow: the pickup address ("提货地址：…15号，水泵 1x20GP", "EXW …12号
提货 铝型材", "…二期18号。注塑模具 2套 木箱": the name, not its packing), or a clause of their own
right before the boxes after a sentence about the sender ("我们工厂在余姚，塑料衣架 1x40HQ")."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.goods_words import NOT_GOODS
from csdesk.rules.message_goods_fillers import _NOT_FIRST
from csdesk.rules.message_goods_items import goods_itemized
from csdesk.rules.message_scan import Scan, cue_words
from csdesk.rules.message_slot import ZH_STOP

# After the address: its separator, the pickup said again, then the name up to a space, a
# figure, a bracketed remark or the next clause.
_AFTER_ADDRESS = compile_fast(
    r"[^\S\n]*[,，。;；]?[^\S\n]*(?:提货[^\S\n]*[,，。]?[^\S\n]*)?"
    r"([\u4e00-\u9fff]{2,8})(?=[^\S\n]|\d|[（(,，]|$)"
)
# A clause of its own, the name alone before the boxes: "，塑料衣架 1x40HQ".
_BEFORE_BOXES = compile_fast(r"[,，。][^\S\n]*([\u4e00-\u9fff]{2,8})[^\S\n]*$")


# The talk around the goods: the pickup said again, a request, thanks, haste.
_TALK = ("提货", "上门", "报价", "询价", "报个价", "麻烦", "帮忙", "谢谢", "请", "急", "价")


def _plain(word: str) -> bool:
    return (
        ZH_STOP.search(word) is None
        and word not in NOT_GOODS
        and word not in _NOT_FIRST
        # (the route: "到吉达", "宁波出", "去蒙巴萨"; never "发饰", a name holding 发)
        and "到" not in word
        and not word.startswith(("去", "走", "往", "发往"))
        and not word.endswith(("出", "走"))
        and not word.startswith("货")  # ("货是涤纶面料": the label's own reader reads it)
        and not any(talk in word for talk in _TALK)
    )


# The kind or the mode said as the label: "non-DG liquid: sorbitol solution", "carga de grupagem
# (LCL): ferragens"; the goods run to the next comma.
_KIND_LABEL = compile_fast(
    r"(?<![a-z])(?:(?:non[- ]?(?:dg|haz|hazardous|dangerous)\s+)?(?:liquid|powder)"
    r"|(?:carga|mercadoria|mercanc[ií]a|cargo)\s+(?:de\s+)?(?:grupagem|grupaje|groupage"
    r"|consolidad[oa]|consolidated)(?:\s*\((?:lcl|fcl)\))?)"
    r"[^\S\n]*:[^\S\n]*([a-z\u00e0-\u00ff][a-z\u00e0-\u00ff -]{2,40}?)[^\S\n]*(?=[,;\n]|\.\s|$)",
    re.I,
)

_KIND_WORDS = cue_words("liquid", "powder", "grupa", "groupage", "consolid")


def goods_set_out(scan: Scan) -> bool:
    """Goods set out where no plain label holds them: item by item with their counts, after
    the pickup address, or after the kind or the mode said as the label."""
    if ("\n" in scan.norm or "," in scan.norm) and goods_itemized(scan):
        return True  # "1. 保温杯 40箱\n2. 雨伞 25箱": items, each with its count
    if "pickup_address" in scan.found and goods_after_address(scan):
        return True  # "提货地址：…15号，水泵 1x20GP": the name right after the address
    said = _KIND_LABEL.search(scan.norm) if scan.has_any(_KIND_WORDS) else None
    if said is None or not scan.is_free(*said.span(1)) or said[1].split()[0].lower() in NOT_GOODS:
        return False
    scan.claim(said.start(), said.start(1))
    scan.put("commodity", " ".join(said.group(1).split()), [said.span(1)], 0.85)
    return True


def goods_after_address(scan: Scan) -> bool:
    """The name right after the pickup address (and its 提货), when nothing else holds it."""
    address = scan.found.get("pickup_address")
    # (a street address, to its number: a town alone ends where anything may go on)
    if address is None or not address.spans or not str(address.value).endswith("号"):
        return False
    after = _AFTER_ADDRESS.match(scan.norm, address.spans[-1][1])
    if after is None or not scan.is_free(*after.span(1)) or not _plain(after.group(1)):
        return False
    scan.put("commodity", after.group(1), [after.span(1)], 0.75)
    return True


def goods_before_boxes(scan: Scan) -> None:
    """No goods read: a name standing alone in its clause right before the boxes."""
    boxes = scan.found.get("containers")
    if "commodity" in scan.found or boxes is None or not boxes.spans:
        return
    start = boxes.spans[0][0]
    before = _BEFORE_BOXES.search(scan.norm, max(0, start - 12), start)
    if before is not None and scan.is_free(*before.span(1)) and _plain(before.group(1)):
        scan.put("commodity", before.group(1), [before.span(1)], 0.6)
