"""Addresses laid out as e-mails lay them out: under a place's label with its colon, often on
the next line ("à notre entrepôt :\\n Zone Industrielle…", "DDP hasta bodega en Chile:\\n Av. …",
"EXW Shanghai warehouse: 上海市…号"); in the From:/To: lines of a door-to-door request; after
地址 where the message asks for door delivery without a term ("送货到门 …\\n地址：No. 12 …").
With the address under a bare 地址 (moved from message_terms, which reads the labels that say
whose address it is)."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan, cue_words
from csdesk.rules.message_terms import value_span

# A place named with its colon; the address may start on the next line.
_PLACE_LABEL = compile_fast(
    r"(?:(?<![a-z])(?:warehouse|entrep[ôo]t|bodega|almac[ée]n|armaz[ée]m|dep[óo]sito|usine"
    r"|f[áa]brica|factory)(?:\s+(?:en|em|in)\s+(?-i:[A-Z][a-zà-ÿ]+))?"
    r"|(?<![a-z])(?:endere[cç]o|direcci[oó]n|adresse|address)|(?<![货厂门])地址|到门)"
    r"\s*[:：][^\S\n]*\n?[^\S\n]*(?=\S)"
    # "DDU to our warehouse Plot 45 Jinja Road, …": whose place, then its plot or number.
    r"|(?<![a-z])(?:our|the\s+consignee'?s?|customer'?s?)\s+(?:warehouse|store|premises|factory)\s+"
    r"(?=(?-i:Plot|No\.?|P\.?O\.?|Lot|\d))"
    # "EXW Tianjin factory (Wuqing District, …)": the factory's address in its brackets.
    r"|(?<![a-z])(?:factory|f[áa]brica|usine|warehouse)\s*[(（]\s*"
    # "recoger en Shenzhen, Bao'an District, …": the pickup verb needs no colon.
    r"|(?<![a-z])(?:recoger|recogida|retiro|recojo|coleta)\s+(?:en|em)\s+(?=\S)",
    re.I,
)
_PLACE_CUES = cue_words(
    "warehouse",
    "entrepôt",
    "entrepot",
    "bodega",
    "almac",
    "armaz",
    "depósito",
    "deposito",
    "usine",
    "fábrica",
    "fabrica",
    "factory",
    "endere",
    "direcci",
    "adresse",
    "address",
    "地址",
    "到门",
    "recog",
    "retiro",
    "recojo",
    "coleta",
)
# "From: Kaixuan Industrial Park, Building 3, Cixi" at a line's start: where it is picked up;
# "To: Plot 12, …": where it is delivered (an e-mail's own From:/To: names people, not streets).
_FROM_TO = compile_fast(
    r"(?:(?:^|\n)[^\S\n]*(?:(from|desde)|(to|hasta|para))"
    # "porta a porta (DAP) de Shenzhen para: Rua …": "to" with its colon inside the sentence.
    r"|(?<=\s)(para|hasta))\s*[:：][^\S\n]*(?=\S)",
    re.I,
)
_FROM_TO_CUES = cue_words("from:", "to:", "desde:", "hasta:", "para:")
# A door asked for without a term: both ends ("门到门", "door to door", "puerta a puerta"),
# or the delivery alone ("送货到门", "door delivery").
_DOOR_ASKED = compile_fast(
    r"(门到门|door[-\s]to[-\s]door|puerta\s+a\s+puerta|porta\s+a\s+porta|porte\s+[àa]\s+porte)"
    r"|到门|送货上门|door\s+delivery",
    re.I,
)
_DOOR_CUES = cue_words("到门", "上门", "door", "puerta", "porta", "porte")
_DOOR_TERMS = frozenset(["DAP", "DDP", "DDU", "DPU"])
# A street address holds its number or a street's word; a town alone ("Dubai, UAE") does not.
_STREET_LIKE = compile_fast(
    r"\d|[路街道号]|[区县镇]\S|(?<![a-z])(?:rue|road|rd|street|st|avenue|ave?|calle|rua|zone"
    r"|zona|plot|parque|park|building|bldg|km|carretera|rodovia|estrada)(?![a-z])",
    re.I,
)


# "DDP到迪拜仓库 地址：…": an address without saying whose is the delivery address when the
# goods are delivered to a door, the pickup address on EXW terms.
_BARE_ADDRESS = compile_fast(
    # "地址 浙江省余姚市…": a Chinese address after a space, from its province or city.
    r"(?<![货厂门址])(?:地址|address)\s*(?:(?:是|为|:|：)\s*|(?=[A-Za-z0-9])"
    r"|(?<=\s)(?=[\u4e00-\u9fff]{2,6}[省市]))",
    re.I,
)


def read_bare_address(scan: Scan) -> None:
    term = scan.found.get("incoterm")
    if term is None or ("地址" not in scan.norm and "address" not in scan.folded):
        return
    name = "delivery_address" if term.value in _DOOR_TERMS else "pickup_address"
    if name in scan.found or (name == "pickup_address" and term.value != "EXW"):
        return
    match = scan.first_free(_BARE_ADDRESS)
    span = value_span(scan, match.end(), address=True) if match is not None else None
    if match is not None and span is not None:
        scan.claim(match.start(), span[1])
        scan.put(name, " ".join(scan.norm[span[0] : span[1]].split())[:300], [span], 0.8)


def _sides(scan: Scan) -> tuple[bool, bool, str | None]:
    """Whether this message picks the goods up, whether it delivers them to a door, and which
    of the two a place's own label names (the term's side: EXW picks up, DDP delivers)."""
    term = scan.found.get("incoterm")
    door = _DOOR_ASKED.search(scan.norm) if scan.has_any(_DOOR_CUES) else None
    exw = term is not None and term.value == "EXW"
    to_door = term is not None and term.value in _DOOR_TERMS
    pickup = exw or bool(door and door.group(1))
    delivery = to_door or door is not None
    place: str | None
    if exw or to_door:
        place = "pickup_address" if exw else "delivery_address"
    else:  # a door asked for, with neither term: the delivery, unless both ends are asked
        place = "delivery_address" if delivery and not pickup else None
    return pickup, delivery, place


def _put(scan: Scan, name: str, label_start: int, value_from: int) -> bool:
    if name in scan.found:
        return False
    span = value_span(scan, value_from, address=True)
    if span is None:
        return False
    if scan.norm[value_from - 1] in "(（":  # the address ends where its bracket closes
        close = min(
            (at for at in map(scan.norm.find, ")）", (value_from,) * 2) if at != -1), default=-1
        )
        span = (span[0], min(span[1], close)) if close != -1 else span
    value = " ".join(scan.norm[span[0] : span[1]].split())
    if "@" in value or _STREET_LIKE.search(value) is None:  # (nor an e-mail's header)
        return False
    scan.claim(label_start, span[1])
    scan.put(name, value[:300], [span], 0.75)
    return True


def read_address_blocks(scan: Scan) -> None:
    """The pickup or delivery address under a place's label or in From:/To: lines, for a
    message that picks up (EXW) or delivers to a door, when no labelled reader found it."""
    if "pickup_address" in scan.found and "delivery_address" in scan.found:
        return
    held = scan.cue_bits
    places = held & _PLACE_CUES.bits  # type: ignore[attr-defined]
    lines = held & _FROM_TO_CUES.bits  # type: ignore[attr-defined]
    if not places and not lines:
        return
    pickup, delivery, place = _sides(scan)
    if not pickup and not delivery:
        return
    if lines:
        for match in scan.free_matches(_FROM_TO):
            wanted = pickup if match.group(1) else delivery
            name = "pickup_address" if match.group(1) else "delivery_address"
            if wanted:
                _put(scan, name, match.start(), match.end())
    if places and place is not None:
        for match in scan.free_matches(_PLACE_LABEL):
            if _put(scan, place, match.start(), match.end()):
                break
