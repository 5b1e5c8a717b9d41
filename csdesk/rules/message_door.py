"""The door a DDP/DDU/DAP quote delivers to, written right after the term without a label:
"DDP 到 迪拜 Al Quoz Industrial Area 3, Warehouse 17", "DDU 送到 Plot 45, Mombasa Road, Nairobi"."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.lookups import PortLookup
from csdesk.rules.message_scan import Scan
from csdesk.rules.message_terms import value_span

# The term, then 到/送到/deliver to, a Chinese city's name maybe, then an address in Latin letters
# that starts as addresses do: a word with a capital, or a number ("Plot 45", "12 Sheikh Zayed Rd").
_DOOR_ADDRESS = compile_fast(
    r"(?<![a-z])(?:DDP|DDU|DAP|DPU)\s*[:：]?\s*(?:送到|送至|送货到|到|至|delivered\s+to|deliver(?:y)?\s+to|to)"
    r"\s*(?:[\u4e00-\u9fff]{2,5}\s*[,，]?\s*)?(?=(?-i:[A-Z][A-Za-z]+|\d{1,5}\s+[A-Z])[^\n,，。]{2,}[,，]\s*\S)",
    re.I,
)
# "DDU 送到 肯尼亚内罗毕 Industrial Area 仓库": a Chinese place, a name in Latin letters, and
# the warehouse (or shop, factory, market) it ends with.
_DOOR_SITE = compile_fast(
    r"(?<![a-z])(?:DDP|DDU|DAP|DPU)\s*[:：]?\s*(?:送到|送至|送货到|到|至)\s*"
    r"([\u4e00-\u9fff]{2,12}\s*(?-i:[A-Z][A-Za-z]*)(?:\s+(?-i:[A-Z0-9][A-Za-z0-9]*)){0,4}\s*"
    r"(?:仓库|工厂|市场|商场|店|门店))",
    re.I,
)
# "DAP our warehouse at 14 Pomona Road, …": the term, then whose place it is and where.
_DOOR_PLACE = compile_fast(
    r"(?<![a-z])(?:DDP|DDU|DAP|DPU)\s*[:：]?\s*(?:(?:delivered|delivery|deliver)\s+)?(?:to\s+|at\s+)?"
    r"(?=(?:our|my|the|customer'?s?|consignee'?s?)\s+(?:own\s+)?"
    r"(?:warehouse|store|premises|factory|office|site|shop)\s+(?:at|in|on|located\s+at)\s+\S)",
    re.I,
)
_DOOR_TERMS = frozenset(["DAP", "DDP", "DDU", "DPU"])


def read_door_address(scan: Scan) -> None:
    """The delivery address said right after a door-delivery term, when none is labelled."""
    term = scan.found.get("incoterm")
    if term is None or term.value not in _DOOR_TERMS or "delivery_address" in scan.found:
        return
    site = _DOOR_SITE.search(scan.norm)
    if site is not None and scan.is_free(*site.span(1)):
        scan.claim(*site.span(1))
        scan.put("delivery_address", " ".join(site.group(1).split()), [site.span(1)], 0.75)
        return
    match = _DOOR_ADDRESS.search(scan.norm)  # (the term itself was read as the incoterm)
    if match is None:
        match = _DOOR_PLACE.search(scan.norm)
    free = match is not None and scan.is_free(match.end(), match.end() + 1)
    span = value_span(scan, match.end(), address=True) if match is not None and free else None
    if match is None or span is None:
        return
    value = " ".join(scan.norm[span[0] : span[1]].split())
    if ("," not in value and "，" not in value) or not any(char.isdigit() for char in value):
        return  # "DDP to Jebel Ali, Dubai": a place, not a street address with its number
    scan.claim(*span)
    scan.put("delivery_address", value[:300], [span], 0.75)


def pod_from_door(scan: Scan, ports: PortLookup) -> None:
    """No port of discharge said, but the door delivered to names one ("Plot 45 Nyerere Road,
    Dar es Salaam", "内罗毕 Mombasa Road仓库"): the goods land there, read with less trust."""
    door = scan.found.get("delivery_address")
    if "pod" in scan.found or door is None or len(door.spans) != 1:
        return
    start, end = door.spans[0]
    named = {
        port.locode: (start + at, start + until)
        for at, until, port in ports.find_all(scan.norm[start:end])
        if port.country != "CN"
    }
    if len(named) == 1:
        (locode, span), *_ = named.items()
        scan.put("pod", locode, [span], 0.6)
