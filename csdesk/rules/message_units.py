"""Break bulk counted in units of the goods themselves ("2 units wheel loaders", "2
transformers", "road rollers x 3 units"): the pieces and the goods. Split from message_goods.
"""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.goods_words import NOT_GOODS
from csdesk.rules.message_scan import Scan, Span, cue_words
from csdesk.rules.textnorm import parse_count

# "BB inquiry:", "BB cargo", "…, 13 tons each, BB": break bulk in the trade's shorthand.
BB_SHORTHAND = (
    r"(?<![a-z])BBK?(?=\s*(?:inquiry|enquiry|cargo|rfq|shipment|quote|:))"
    r"|(?:(?<=[,，(（/]\s)|(?<=[,，(（/]))BBK?(?=\s*(?:[,.;)）\n]|$))"
)
# Break bulk and project cargo are counted in units of the goods themselves.
HEAVY_CUE = compile_fast(
    r"(?:散杂|件杂|break\s*-?\s*bulk|project cargo|OOG|out of gauge|RoRo|ro-ro|flat\s*rack"
    rf"|{BB_SHORTHAND}"
    r"|carga\s+(?:suelta|solta|fraccionada|(?:de\s+)?proyecto|(?:de\s+)?projeto)|conventionnel)",
    re.I,
)
# Words those cues cannot be written without (a cheap look before the pattern).
_HEAVY_WORDS = cue_words(
    "散杂",
    "件杂",
    "break",
    "project cargo",
    "oog",
    "out of gauge",
    "ro",
    "flat",
    "bb",
    "carga",
    "conventionnel",
)


def heavy_cargo(scan: Scan) -> bool:
    """Whether the message says break bulk or project cargo."""
    return scan.has_any(_HEAVY_WORDS) and HEAVY_CUE.search(scan.norm) is not None


_UNITS_OF_GOODS = compile_fast(
    # "one boiler", "una grúa", "un transformateur", "um guindaste": one, in four languages.
    r"(?<![\d.,])(?<![a-z])(\d{1,3}|one|two|three|four|five|six|una?|une|uma?)\s*(?:[x×*]\s*)?\s"
    # "2 piezas de molino", "3 cases of spare parts": the pieces' or the packing's word first.
    r"(?:(?:units?|sets?|nos?\.?|pcs?\.?|unidad(?:es)?|unit[ée]s?|pieces|piezas|pe[çc]as|pi[èe]ces"
    r"|cases|crates)\s+)?"
    r"(?:(?:of|de)\s+)?(?!(?:toneladas?|tons?|tonnes?|kgs?|mts?|cbm|each|per|units?|sets?|pcs)(?![a-z]))"
    # Letters with accents too: "2 grúas", "3 chargeuses".
    # "tanques de acero": a name joined with "de" in Spanish or French.
    r"([a-z\u00e0-\u00ff][a-z\u00e0-\u00ff-]{2,}(?:\s+(?:de\s+)?[a-z\u00e0-\u00ff][a-z\u00e0-\u00ff-]{2,}){0,2})",
    re.I,
)
_WORD_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_WORD_COUNTS.update(dict.fromkeys(("one", "un", "una", "une", "um", "uma"), 1))


# "road rollers x 3 units": the goods first, then their count.
_GOODS_THEN_UNITS = compile_fast(
    r"(?<![a-z])([a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,}){0,2})\s*[x×*]\s*(\d{1,3})\s*"
    r"(?:units?|sets?|pcs|nos)(?![a-z])",
    re.I,
)


def _goods_then_units(scan: Scan) -> bool:
    for match in scan.free_matches(_GOODS_THEN_UNITS):
        words = match.group(1).split()
        while words and words[0].lower() in NOT_GOODS:
            words = words[1:]
        if not words or any(word.lower() in NOT_GOODS for word in words):
            continue
        end = match.end(1)
        start = end - len(" ".join(words))
        scan.put("pieces", int(match.group(2)), [match.span(2)], 0.75)
        scan.put("commodity", scan.norm[start:end], [(start, end)], 0.7)
        scan.claim(start, match.end())
        return True
    return False


# "2 units wheel loaders Qingdao to Lagos": the goods end where a named place opens the lane.
_LANE_AFTER = compile_fast(r"\s*(?:to|-|–|→|>)\s", re.I)


def _before_a_lane(scan: Scan, end: int, words: list[str]) -> list[str]:
    """The goods words without a capitalised place right before "to" that opens the lane."""
    if len(words) > 1 and _LANE_AFTER.match(scan.norm, end) and words[-1][:1].isupper():
        return words[:-1]
    return words


def read_units_of_goods(scan: Scan) -> None:
    """ "2 units wheel loaders", "2 transformers", "road rollers x 3 units": the pieces and,
    unless a label says otherwise, the goods of a break-bulk or project inquiry."""
    if not heavy_cargo(scan) or _goods_then_units(scan) or "pieces" in scan.found:
        return
    for match in scan.free_matches(_UNITS_OF_GOODS):
        words = [word for word in match.group(2).split() if word.lower() not in NOT_GOODS]
        if not words or words != match.group(2).split()[: len(words)]:
            continue
        count = _WORD_COUNTS.get(match.group(1).lower()) or int(match.group(1))
        scan.put("pieces", count, [match.span(1)], 0.75)
        start = match.start(2)
        words = _before_a_lane(scan, start + len(" ".join(words)), words)
        end = start + len(" ".join(words))
        scan.put("commodity", scan.norm[start:end], [(start, end)], 0.7)
        scan.claim(match.start(), end)
        return


# "压路机1台 620x230x300cm 14吨，平地机1台 …": one machine of each kind listed, each named right
# before its count.
_NAMED_COUNT = compile_fast(r"([\u4e00-\u9fff]{2,6})(\d{1,2}|[一二两三四五])\s*(?:台|辆|套)")


def listed_machines(scan: Scan) -> tuple[int, list[Span]] | None:
    """The pieces of machines of different kinds listed one after the other, added up (and
    their kinds, as the goods)."""
    norm = scan.norm
    if "containers" in scan.found or norm.count("台") + norm.count("辆") + norm.count("套") < 2:
        return None
    named = scan.free_matches(_NAMED_COUNT)
    names = {match.group(1) for match in named}
    if len(named) < 2 or len(names) != len(named):
        return None
    # One of each only: "起重机2台 每台35吨" with more kinds would need weights per kind.
    if any(parse_count(match.group(2)) != 1 for match in named):
        return None
    if "commodity" not in scan.found and len(named) <= 3:  # the kinds listed are the goods
        scan.put("commodity", "/".join(m.group(1) for m in named), [m.span(1) for m in named], 0.7)
    return len(named), [match.span(2) for match in named]
