"""Reading the ports of a message: which named port is the POL and which the POD.

Beyond the index's names: a shorthand two ports share ("NSA") is read by who wrote the message
and asked about; a name written with a sound-alike character ("达累斯萨拉木") is read after a
clear cue and asked about (a past shipment told before the new one is set aside before any
reader runs: message_thread).
"""

from __future__ import annotations

import itertools
import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.lookups import PortLookup
from csdesk.rules.message_countries import without_countries
from csdesk.rules.message_port_changes import (
    Mention,
    corrected,
    not_withdrawn,
    replaced,
    terminals,
)
from csdesk.rules.message_port_places import PLACE_WORDS, greeted_from, where_the_writer_is
from csdesk.rules.message_port_sides import writer_side
from csdesk.rules.message_port_sounds import cued_stretches, heard_before_cue, opens_clause
from csdesk.rules.message_scan import ParsedField, Scan, cue_words

_CONNECTOR = compile_fast(
    r"[)）\]]?\s*港?\s*(?:-+>?|>|~|/|to|到|至|去|运到|运往|发往|直达)\s*[(（]?", re.I
)
_POL_BEFORE = compile_fast(
    r"(?:POL|port of loading|loading port|origin|起运港|起运|装货港|装运港|出发港|始发港|起始港"
    r"|(?<![a-z])from|从|由|FOB|FCA|FAS|EXW|(?<![a-z])load(?:ing)?\s+(?:at|in|from)"
    # "please change POL to Xiamen", "起运港改成厦门": the loading port moved to.
    r"|(?:POL|port of loading|loading port|起运港|装货港)\s*"
    r"(?:to|is\s+now|now|改为|改成|改到|换成))"
    r"\s*[:：]?\s*$",
    re.I,
)
# ("到拉各斯 起运港你们看哪个便宜": the label of the loading port, asked about, is no origin)
_POL_AFTER = compile_fast(
    r"^\s*港?\s*(?!(?:起运|出发)[港地])(?:出发|出运|起运|出口|出货|发货|走货|出|走)"
)
_POD_BEFORE = compile_fast(
    # "proyecto Shanghai": the "to" that ends a word is no cue.
    r"(?:POD|port of discharge|discharge port|destination|dest\.?|目的港|目的地|卸货港"
    r"|(?<![a-z])to|到|至|去|发往|运往|运到|送到|CIF|CFR|CNF|C&F|DAP|DDP|DDU|DPU|CPT|CIP)\s*(?:港)?\s*[:：]?\s*$",
    re.I,
)


# "will deliver 2x40HC of fabric, 18 MT each, to Ningbo port": goods brought to a Chinese port.
_DELIVER_TO = compile_fast(r"(?<![a-z])deliver(?:s|ed|ing)?\s[^.\n;]{0,70}?(?<![a-z])to\s*$", re.I)


def _delivered_to(scan: Scan, mention: Mention) -> bool:
    """Whether the shipper delivers the goods to this Chinese port: it is the loading port."""
    return mention.port.country == "CN" and bool(_DELIVER_TO.search(scan.before(mention.start, 90)))


def _port_roles(scan: Scan, mentions: list[Mention]) -> dict[str, tuple[Mention, float]]:
    roles = _via_roles(scan, mentions)
    for first, second in itertools.pairwise(mentions):
        between = scan.norm[first.end : second.start]
        if _CONNECTOR.fullmatch(between) and first.port.locode != second.port.locode:
            roles.setdefault("pol", (first, 0.95))
            roles.setdefault("pod", (second, 0.95))
    delivered = "deliver" in scan.norm or "Deliver" in scan.norm
    for mention in mentions:
        before = scan.before(mention.start, 24)
        if "pol" not in roles and (
            _POL_BEFORE.search(before)
            or _POL_AFTER.match(scan.after(mention.end, 6))
            or (delivered and _delivered_to(scan, mention))
        ):
            roles["pol"] = (mention, 0.9)
        elif "pod" not in roles and _POD_BEFORE.search(before):
            roles["pod"] = (mention, 0.9)
    return roles


# "EXW Foshan … via Shekou": the port the goods go through; "DDU Riyadh … via Dammam": the
# port for a door delivered inland.
_VIA_BEFORE = compile_fast(r"(?:(?<![a-z])via|经由|经)\s*$", re.I)
_DOOR_TERM_BEFORE = compile_fast(
    r"(?<![a-z])(?:DAP|DDP|DDU|DPU|delivered)\s*(?:到|至|to)?\s*[:：]?\s*$", re.I
)
_VIA_WORDS = cue_words("via", "经")


def _via_roles(scan: Scan, mentions: list[Mention]) -> dict[str, tuple[Mention, float]]:
    roles: dict[str, tuple[Mention, float]] = {}
    if len(mentions) < 2 or not scan.has_any(_VIA_WORDS):
        return roles
    door = any(_DOOR_TERM_BEFORE.search(scan.before(m.start, 8)) for m in mentions)
    for mention in mentions:
        if _VIA_BEFORE.search(scan.before(mention.start, 8)):
            if mention.port.country == "CN":
                roles.setdefault("pol", (mention, 0.9))
            elif door:
                roles.setdefault("pod", (mention, 0.85))
    return roles


def _fallback_roles(mentions: list[Mention], roles: dict[str, tuple[Mention, float]]) -> None:
    """No cue: an export desk's POL is the Chinese port and its POD the foreign one."""
    taken = {mention.port.locode for mention, _ in roles.values()}
    rest = [mention for mention in mentions if mention.port.locode not in taken]
    chinese = [mention for mention in rest if mention.port.country == "CN"]
    foreign = [mention for mention in rest if mention.port.country != "CN"]
    if "pol" not in roles and chinese:
        roles["pol"] = (chinese[0], 0.85 if foreign or "pod" in roles else 0.7)
    if "pod" not in roles and foreign:
        several = len({mention.port.locode for mention in foreign}) > 1
        roles["pod"] = (foreign[0], 0.6 if several else 0.85 if chinese or "pol" in roles else 0.7)


def _roles(scan: Scan, mentions: list[Mention]) -> dict[str, tuple[Mention, float]]:
    roles = _port_roles(scan, mentions)
    _fallback_roles(mentions, roles)
    return roles


# "EXW Foshan, … via Shekou", "EXW 临沂 … 青岛出": the place of an EXW term is where the
# goods are picked up, the POL only when no other Chinese port is named.
_EXW_BEFORE = compile_fast(r"(?:(?<![a-z])EXW|ex[-\s]?works|工厂交货)\s*[:：]?\s*$", re.I)


_EXW_WORDS = cue_words("exw", "ex works", "ex-works", "exworks", "工厂交货")


def _not_pickup(scan: Scan, mentions: list[Mention]) -> list[Mention]:
    if not scan.has_any(_EXW_WORDS):
        return mentions
    pickup = [m for m in mentions if _EXW_BEFORE.search(scan.before(m.start, 12))]
    if not pickup:
        return mentions
    chinese = [m for m in mentions if m.port.country == "CN" and m not in pickup]
    if not chinese:
        return mentions
    for mention in pickup:
        scan.claim(mention.start, mention.end)
    return [mention for mention in mentions if mention not in pickup]


def _newest_first(scan: Scan, mentions: list[Mention]) -> list[Mention]:
    """ "Same as below, but this time from Qingdao": a Chinese port (or a foreign one) named
    above a quoted mail replaces the quote's."""
    quoted_from = scan.quoted_from
    if quoted_from is None:
        return mentions
    named = {mention.port.country == "CN" for mention in mentions if mention.start < quoted_from}
    return [
        mention
        for mention in mentions
        if mention.start < quoted_from or (mention.port.country == "CN") not in named
    ]


# "玻璃马赛克": a port's name that is the start of a goods' word (mosaic), not the port.
_IN_A_WORD = compile_fast(r"(?<=马赛)克")


def read_ports(scan: Scan, ports: PortLookup) -> None:
    mentions = []
    found = ports.find_all(scan.text)
    masked = without_countries(scan.text, [(start, end) for start, end, _ in found])
    places = scan.has_any(PLACE_WORDS)
    for start, end, port in found if masked is scan.text else ports.find_all(masked):
        if not scan.is_free(start, end) or (
            scan.norm.startswith("克", end) and _IN_A_WORD.match(scan.norm, end)
        ):
            continue
        if greeted_from(scan, start, end) or (places and where_the_writer_is(scan, start, end)):
            scan.claim(start, end)
            continue
        mentions.append(Mention(start, end, port))
    mentions = corrected(scan, not_withdrawn(scan, _newest_first(scan, mentions)))
    mentions = replaced(scan, mentions)
    mentions = _settle_shared(scan, ports, _not_pickup(scan, mentions))
    if len(mentions) > 1:
        mentions = terminals(scan, ports, mentions)
    roles = _roles(scan, mentions)
    if "pol" not in roles or "pod" not in roles:
        heard = _sound_alikes(scan, ports, mentions)
        if heard:
            mentions = sorted([*mentions, *heard], key=lambda mention: mention.start)
            roles = _roles(scan, mentions)
    for name, (mention, confidence) in roles.items():
        span = (mention.start, mention.end)
        other = _either(scan, mention, mentions)
        if other is not None:
            # "班加西或者的黎波里都行": either port will do; the agent picks, nothing is guessed.
            scan.ask(name, [span], (mention.port.locode, other.port.locode), "port")
            continue
        if mention.alternatives and mention.sound_alike:
            # Two ports sound so ("贝伦" beilun, 北仑 too): asked, not guessed.
            readings = (mention.port.locode, *mention.alternatives)
            scan.ask(name, [span], readings, "port_sound")
            continue
        if mention.alternatives:
            readings = (mention.port.locode, *mention.alternatives)
            scan.ask(name, [span], readings, "port")
            confidence = min(confidence, 0.6)
        elif mention.sound_alike or mention.misspelt:
            reason = "port_sound" if mention.sound_alike else "port_spelling"
            scan.ask(name, [span], (mention.port.locode,), reason)
            confidence = min(confidence, 0.7)
        scan.put(name, mention.port.locode, [span], confidence)
    for mention in mentions:
        scan.claim(mention.start, mention.end)


_CJK = compile_fast(r"[\u4e00-\u9fff]")
_OR = compile_fast(r"\s*(?:[出走]\s*)?(?:或者|或是|或|还是|or|ou|o)\s*$", re.I)
# "…都行", "厦门出或者福州出都行", "whichever is cheaper": the choice of the two ports is ours.
_EITHER_WILL_DO = compile_fast(
    r"\s*[出走]?\s*[,，]?\s*(?:都行|都可以|均可|都可|看哪个|哪个便宜|either|whichever|any of)", re.I
)


def _either(scan: Scan, mention: Mention, mentions: list[Mention]) -> Mention | None:
    """The port said right after `mention` as its alternative, the choice left to the desk
    ("A或者B都行", "A or B, whichever is cheaper"), if any."""
    for other in mentions:
        # (the gap's length told from the spans first: most mentions are far apart)
        if not 0 < other.start - mention.end <= 6:
            continue
        gap = scan.norm[mention.end : other.start]
        if other.port.locode != mention.port.locode and _OR.match(gap):
            return other if _EITHER_WILL_DO.match(scan.norm, other.end) else None
    return None


_ROUTE_TO = compile_fast(r"\s*(?:-|–|—|→|->|>|到|至|to)\s*", re.I)


def _settle_shared(scan: Scan, ports: PortLookup, mentions: list[Mention]) -> list[Mention]:
    """A code two ports share ("NSA"): the one the message names otherwise too ("Nhava Sheva
    NSA"), else the Chinese port for a Chinese writer and the other port for anyone else,
    with the other reading kept to ask the agent."""
    claimants_of = getattr(ports, "claimants", None)
    shared: frozenset[str] = getattr(ports, "shared_locodes", frozenset())
    if claimants_of is None or not any(mention.port.locode in shared for mention in mentions):
        return mentions
    side = writer_side(scan)
    chinese_writer = len(_CJK.findall(scan.text)) >= 2
    settled = []
    for mention in mentions:
        claimants = claimants_of(scan.text[mention.start : mention.end])
        if len(claimants) < 2:
            settled.append(mention)
            continue
        named = {other.port.locode for other in mentions if other is not mention}
        chinese = chinese_writer if side is None else side
        # "SH-NSA", "Nansha to NSA": a route from one Chinese port to another is no export;
        # the other claimant (Nansha named in full is no shared code).
        domestic = any(
            other.port.country == "CN"
            and (
                other.port.locode not in shared
                or len(claimants_of(scan.text[other.start : other.end])) < 2
            )
            and _ROUTE_TO.fullmatch(scan.norm, other.end, mention.start) is not None
            for other in mentions
            if other is not mention and other.end <= mention.start
        )
        ranked = sorted(
            claimants,
            key=lambda port: (
                domestic and port.country == "CN",
                port.locode not in named,
                (port.country == "CN") != chinese,
            ),
        )
        settled_by_name = ranked[0].locode in named or side is not None or domestic
        others = () if settled_by_name else tuple(p.locode for p in ranked[1:])
        settled.append(Mention(mention.start, mention.end, ranked[0], others))
    return settled


def _sound_alikes(scan: Scan, ports: PortLookup, known: list[Mention]) -> list[Mention]:
    heard_as = getattr(ports, "heard_as", None)
    if heard_as is None:
        return []
    heard: list[Mention] = []
    for start, end, before_cue in cued_stretches(scan):
        found = heard_before_cue(heard_as, scan.norm, start, end) if before_cue else None
        if found is None and (not before_cue or opens_clause(scan.norm, start)):
            found = heard_as(scan.norm[start:end])
        if found is not None:
            claimants, _, length = found
            if before_cue and found[2] != end - start:
                start = end - length
            if all(port.locode != mention.port.locode for port in claimants for mention in known):
                others = tuple(port.locode for port in claimants[1:])
                heard.append(Mention(start, start + length, claimants[0], others, True))
    return heard + _misspelt(scan, ports, known) + _route_codes(scan, ports, known + heard)


# "CAN-COO", "TAO/DUR", "SH-PKG": a route in the ports' location codes (or a Chinese port's
# two-letter shorthand on the left), capitals on both sides.
_ROUTE_CODES = compile_fast(r"(?<![A-Za-z])([A-Z]{2,3})\s*(?:-+>?|~|/|>)\s*([A-Z]{3})(?![A-Za-z])")


def _route_codes(scan: Scan, ports: PortLookup, known: list[Mention]) -> list[Mention]:
    """A side of such a route no name matched, read as a port's location code (a Chinese
    port on the left, the other side's on the right)."""
    by_code = getattr(ports, "with_location_code", None)
    if by_code is None:
        return []
    found: list[Mention] = []
    for match in scan.free_matches(_ROUTE_CODES) if "-" in scan.norm or "/" in scan.norm else ():
        for group, chinese in ((1, True), (2, False)):
            candidates = [
                port for port in by_code(match.group(group)) if (port.country == "CN") == chinese
            ]
            taken = (
                any(mention.port.locode == candidates[0].locode for mention in known)
                if candidates
                else True
            )
            if len(candidates) == 1 and not taken:
                found.append(Mention(*match.span(group), candidates[0]))
    return found + _code_after_port(scan, ports, known)


# "SZ-Dar", "Qingdao - Mba", "SZ➡️Dar": right after a port and a route sign, a port's short
# code in any case (a capitalised "Dar" is the city's everyday name).
_CODE_AFTER_SIGN = compile_fast(
    r"\s*(?:-+>?|~|>|→|➡\ufe0f?)\s*([A-Za-z]{3})(?![A-Za-z])"
    # "Qingdao to Dar", "Shenzhen to Abj": after "to" or 到, a capital opens the code.
    r"|\s+to\s+([A-Z][A-Za-z]{2})(?![A-Za-z])|\s*到\s*([A-Z][A-Za-z]{2})(?![A-Za-z])"
)


def _code_after_port(scan: Scan, ports: PortLookup, known: list[Mention]) -> list[Mention]:
    found: list[Mention] = []
    for mention in known:
        code = _CODE_AFTER_SIGN.match(scan.norm, mention.end)
        said = next((index for index in (1, 2, 3) if code and code.group(index)), 0)
        if code is None or not scan.is_free(*code.span(said)):
            continue
        port = ports.resolve(code.group(said))
        if port is not None and port.country != mention.port.country:
            found.append(Mention(*code.span(said), port))
    return found


# A cue, then up to three Latin words no index knows: a port name misspelt ("to Mombassa")?
_CUED_LATIN = compile_fast(
    r"(?:(?<![a-z])(?:to|POD|POL|destination|from|x(?=\s))|到|至|(?<![a-z])-+>?|~|>)\s*[:：]?\s*"
    r"([A-Za-z][A-Za-z'-]+(?: [A-Za-z][A-Za-z'-]+){0,2})",
    re.I,
)


def _misspelt(scan: Scan, ports: PortLookup, known: list[Mention]) -> list[Mention]:
    spelled_like = getattr(ports, "spelled_like", None)
    if spelled_like is None:
        return []
    found: list[Mention] = []
    for match in scan.free_matches(_CUED_LATIN):
        words = list(re.finditer(r"\S+", match.group(1)))
        for count in range(len(words), 0, -1):
            start, end = match.start(1), match.start(1) + words[count - 1].end()
            near = spelled_like(scan.norm[start:end])
            if near is not None and all(near[0].locode != m.port.locode for m in known):
                found.append(Mention(start, end, near[0], misspelt=True))
                break
    return found


# An explicit cue, then a Latin name: "POD: Lagoss", "宁波到Lagoss", "destination: Tema port".
_NAMED_PORT = compile_fast(
    r"(?:(POL|port of loading|起运港|装货港)"
    r"|(POD|port of discharge|destination|目的港|卸货港|到|至))"
    r"\s*[:：]?\s*([A-Za-z][A-Za-z'-]{2,20}(?: [A-Za-z][A-Za-z'-]{1,20})?)"
    r"(?=\s*(?:[,;.!?()\n，。；]|[\u4e00-\u9fff]|\d|$))",
    re.I,
)


def read_unknown_ports(scan: Scan) -> dict[str, ParsedField]:
    """Ports named after a cue that the index does not know, as the customer wrote them."""
    found: dict[str, ParsedField] = {}
    if "pol" in scan.found and "pod" in scan.found:
        return found
    for match in scan.free_matches(_NAMED_PORT):
        name = "pol" if match.group(1) else "pod"
        if name in scan.found or name in found:
            continue
        span = match.span(3)
        found[name] = ParsedField(name, match.group(3).strip(), (span,), 0.6)
        scan.claim(*span)
    return found
