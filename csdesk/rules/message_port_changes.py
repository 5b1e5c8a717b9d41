"""Ports a message takes back or moves away from: "宁波出 不对 是上海出", "POD is Lome, not
Tema", "说错了 是到洛美", "the customer now wants Dammam instead" (read_ports keeps the rest)."""

from __future__ import annotations

import re
from typing import NamedTuple

from csdesk.rules.fastre import compile_fast
from csdesk.rules.lookups import PortLike, PortLookup
from csdesk.rules.message_scan import Scan, cue_words


class Mention(NamedTuple):
    start: int
    end: int
    port: PortLike
    # Other ports the words could name ("NSA"), or the reason to ask about a sound-alike.
    alternatives: tuple[str, ...] = ()
    sound_alike: bool = False
    misspelt: bool = False


# "宁波出 不对 是上海出": a port taken back right after it is named; "Onne, not Lagos".
# "青岛到伊斯坦布尔? 不是 青岛到亚历山大", "Lagos? no, Tema": a port asked about and denied.
_WITHDRAWN_AFTER = compile_fast(
    r"\s*港?(?:出发|出)?\s*[,，]?\s*(?:不对|错了|说错了|打错了|sorry|no wait"
    r"|[?？]\s*(?:不是|不不|不|no|nope|not)(?![a-z]))",
    re.I,
)
# "不是到德班，是到开普敦", "not to Durban but Cape Town": the cue after the denial too (but
# "阿拉木图不是不是到达累斯萨拉姆": the second 不是 takes back the port before it).
_NOT_BEFORE = compile_fast(
    r"(?:(?<![a-z])not(?:\s+(?:to|from))?|不是|(?<!不是)不是\s*(?:到|去|从|走|发往|发)|不去|不走)\s*$",
    re.I,
)
# ...but "伊斯坦布尔? 不是 青岛到亚历山大": the 不是 answers the question, the port after it stands.
_ANSWER_BEFORE = compile_fast(r"[?？]\s*(?:(?<![a-z])not|不是)\s*$", re.I)


TAKING_BACK = cue_words(
    "not", "不是", "不去", "不走", "不对", "错了", "sorry", "no wait", "? no", "?no", "？no"
)


def not_withdrawn(scan: Scan, mentions: list[Mention]) -> list[Mention]:
    if not scan.has_any(TAKING_BACK):
        return mentions
    denied = {
        _denied_of_route(scan, mentions, index)
        for index, mention in enumerate(mentions)
        if _NOT_BEFORE.search(scan.before(mention.start, 8))
        and not _ANSWER_BEFORE.search(scan.norm, max(0, mention.start - 8), mention.start)
    }
    kept = []
    for index, mention in enumerate(mentions):
        taken_back = _WITHDRAWN_AFTER.match(scan.norm, mention.end)
        # ...and another port named right after the correction (of the same side, when the
        # port was asked about: "宁波到拉各斯? 不是 宁波到科托努").
        asked = taken_back is not None and _ASKED.search(taken_back.group()) is not None
        withdrawn = taken_back is not None and any(
            other.start - taken_back.end() <= (16 if asked else 8)
            and (not asked or _same_side(mention, other))
            for other in mentions[index + 1 :]
        )
        if withdrawn or mention.port.locode in denied:  # "POD is Lome, not Tema"
            scan.claim(mention.start, mention.end)
        else:
            kept.append(mention)
    return kept


_ASKED = compile_fast(r"[?？]")
# "是宁波到达喀尔 不是宁波到达累斯", "Ningbo-Lome, not Ningbo-Tema": a route denied whose first port
# was just said in the route meant denies its other port.
_ROUTE_GAP = compile_fast(r"\s*(?:到|至|去|发|-|–|>|→|to(?![a-z]))\s*", re.I)


def _denied_of_route(scan: Scan, mentions: list[Mention], index: int) -> str:
    """The port a denial takes back: the one named after it, or the other end of the route it
    names when its first port is the one said in the route meant ("" when that end is no port
    read: "不是宁波到达累斯", the name cut short)."""
    mention = mentions[index]
    gap = _ROUTE_GAP.match(scan.norm, mention.end)
    if gap is None or not any(
        other.port.locode == mention.port.locode and other.end < mention.start for other in mentions
    ):
        return mention.port.locode
    for following in mentions:
        if following.start == gap.end():
            return following.port.locode
    return ""


def _same_side(one: Mention, other: Mention) -> bool:
    """Both Chinese ports or both not: "FOB宁波? 不是 CIF拉各斯" denies the term, not 宁波."""
    return (one.port.country == "CN") == (other.port.country == "CN")


# "for Shanghai-Jeddah, the customer now wants Dammam instead", "change the POD to Tema":
# a port the request moves to.
_INSTEAD_AFTER = compile_fast(r"\s*(?:port\s*)?instead(?![a-z])", re.I)
_MOVED_TO_BEFORE = compile_fast(
    r"(?:now wants?(?: to go to)?|now (?:goes|going) to|change[ds]? (?:the )?(?:pod |pol |port "
    r"|destination )?to|改到|改港到|换到|改成到)\s*$",
    re.I,
)
MOVED = cue_words(
    "instead",
    "now want",
    "now go",
    "change",
    "改到",
    "改港到",
    "换到",
    "改成到",
    "move",
    "switch",
    "目的港从",
    "起运港从",
    "港口从",
    "目的港由",
)


# "change POD from Santos to Paranagua", "目的港从桑托斯改到巴拉那瓜": the port moved away from.
_CHANGED_FROM_BEFORE = compile_fast(
    r"(?:change[ds]?|chang(?:ing)|move[ds]?|switch(?:ed)?)\s+(?:the\s+)?(?:pod|pol|port|destination"
    r"|discharge port|loading port)\s+from\s*$|(?:目的港|起运港|卸货港|港口)\s*(?:从|由)\s*$",
    re.I,
)
_CHANGED_TO_AFTER = compile_fast(r"\s*(?:to|改到|改成|改为|换成|换到)(?![a-z])", re.I)


def replaced(scan: Scan, mentions: list[Mention]) -> list[Mention]:
    """A port the request is moved to replaces the last port of its side (Chinese or not)
    named before it; the port it is moved from is no port of the request."""
    if len(mentions) < 2 or not scan.has_any(MOVED):
        return mentions
    kept = [
        mention
        for mention in mentions
        if not (
            _CHANGED_FROM_BEFORE.search(scan.before(mention.start, 28))
            and _CHANGED_TO_AFTER.match(scan.norm, mention.end)
        )
    ]
    for mention in mentions:
        if mention not in kept:
            scan.claim(mention.start, mention.end)
    for mention in mentions:
        moved = _INSTEAD_AFTER.match(scan.norm, mention.end) or _MOVED_TO_BEFORE.search(
            scan.before(mention.start, 28)
        )
        chinese = mention.port.country == "CN"
        earlier = [
            other
            for other in kept
            if other.end <= mention.start
            and (other.port.country == "CN") == chinese
            and other.port.locode != mention.port.locode
        ]
        if moved and earlier:
            kept.remove(earlier[-1])
            scan.claim(earlier[-1].start, earlier[-1].end)
    return kept


def corrected(scan: Scan, mentions: list[Mention]) -> list[Mention]:
    """ "深圳到科托努 … 说错了 是到洛美", "Ningbo to Lagos, sorry I mean Tema": a port named
    right after a correction replaces the last port of its side (Chinese or not) before it."""
    if not scan.corrections:
        return mentions
    kept = list(mentions)
    for mention in mentions:
        chinese = mention.port.country == "CN"
        earlier = [
            other
            for other in kept
            if other.end <= mention.start
            and (other.port.country == "CN") == chinese
            and other.port.locode != mention.port.locode
        ]
        if earlier and scan.corrected(mention.start, earlier[-1].end):
            kept.remove(earlier[-1])
            scan.claim(earlier[-1].start, earlier[-1].end)
    return kept


# What stands between a city and its terminal: "Lagos, Tin Can port", "Tin Can (Lagos)".
_CITY_AND_TERMINAL = compile_fast(r"[\s,，(（/-]{0,3}")


def terminals(scan: Scan, ports: PortLookup, mentions: list[Mention]) -> list[Mention]:
    """ "to Lagos, Tin Can port", "拉各斯 汀坎岛": a terminal named beside its city is the port,
    one mention; the data tell a terminal by an alias joining the two ("Lagos Tin Can")."""
    kept: list[Mention] = []
    for mention in mentions:
        last = kept[-1] if kept else None
        if (
            last is None
            or last.port.country != mention.port.country
            or last.port.locode == mention.port.locode
            or _CITY_AND_TERMINAL.fullmatch(scan.norm, last.end, mention.start) is None
        ):
            kept.append(mention)
            continue
        first, second = scan.text[last.start : last.end], scan.text[mention.start : mention.end]
        joined = (f"{first} {second}", f"{second} {first}", f"{first}{second}")
        named = {getattr(ports.resolve(words), "locode", None) for words in joined}
        if mention.port.locode in named:
            kept[-1] = mention._replace(start=last.start)
        elif last.port.locode in named:
            kept[-1] = last._replace(end=mention.end)
        else:
            kept.append(mention)
    return kept
