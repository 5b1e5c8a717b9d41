"""Reading a pasted WeChat or e-mail message into inquiry fields, each with where it was read and
how sure the reader is, so the intake form can mark it until the agent confirms it.

A field the parser is unsure of stays empty rather than wrong: anything read with a confidence
below `MIN_CONFIDENCE` is dropped. The parser never raises on any text.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from csdesk.rules.commodities import CommodityTable
from csdesk.rules.inquiry_fields import FIELD_NAMES, InquiryFields, fields_to_json
from csdesk.rules.lookups import ContainerLookup, PortLike, PortLookup
from csdesk.rules.message_cargo import (
    IMPLAUSIBLE,
    read_containers,
    read_dimensions,
    read_pieces,
    read_volume,
    read_weight,
    volume_from_dimensions,
)
from csdesk.rules.message_dates import read_cargo_date
from csdesk.rules.message_scan import ParsedField, Scan, Span
from csdesk.rules.message_terms import (
    HintFinder,
    read_codes,
    read_dg,
    read_incoterm,
    read_labelled,
    read_mode,
    read_money,
    read_temperature,
)

MIN_CONFIDENCE = 0.55

_CONNECTOR = re.compile(r"\s*港?\s*(?:-+>?|>|~|/|to|到|至|去|运到|运往|发往|直达)\s*", re.I)
_POL_BEFORE = re.compile(
    r"(?:POL|port of loading|loading port|origin|起运港|起运|装货港|装运港|出发港|始发港|起始港"
    r"|from|从|由|FOB|FCA|FAS|EXW)\s*[:：]?\s*$",
    re.I,
)
_POL_AFTER = re.compile(r"^\s*港?\s*(?:出发|出运|起运|出口|出货|发货|走货|出|走)")
_POD_BEFORE = re.compile(
    r"(?:POD|port of discharge|discharge port|destination|dest\.?|目的港|目的地|卸货港|to|到|至|去"
    r"|发往|运往|运到|送到|CIF|CFR|CNF|C&F|DAP|DDP|DDU|DPU|CPT|CIP)\s*(?:港)?\s*[:：]?\s*$",
    re.I,
)


@dataclass
class ParseResult:
    text: str
    fields: dict[str, ParsedField]
    # A port named after a clear cue that no index knows ("宁波到Lagoss"): kept as written so
    # the check can offer the closest ports, never passed off as a UN/LOCODE. Containers with an
    # implausible count ("1000x40HQ") likewise, for the agent to confirm.
    unresolved: dict[str, ParsedField] = field(default_factory=dict)

    def values(self, with_unresolved: bool = False) -> InquiryFields:
        values = InquiryFields()
        for name, parsed in self.fields.items():
            setattr(values, name, parsed.value)
        if with_unresolved:
            for name, parsed in self.unresolved.items():
                setattr(values, name, parsed.value)
        return values

    def as_json(self) -> dict[str, Any]:
        read = {
            name: {
                "spans": [list(span) for span in parsed.spans],
                "text": parsed.source(self.text),
                "confidence": parsed.confidence,
            }
            for name, parsed in self.fields.items()
        }
        unresolved = {name: parsed.value for name, parsed in self.unresolved.items()}
        return {"fields": fields_to_json(self.values()), "read": read, "unresolved": unresolved}


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    port: PortLike


def _port_roles(scan: Scan, mentions: list[_Mention]) -> dict[str, tuple[_Mention, float]]:
    roles: dict[str, tuple[_Mention, float]] = {}
    for first, second in itertools.pairwise(mentions):
        between = scan.norm[first.end : second.start]
        if _CONNECTOR.fullmatch(between) and first.port.locode != second.port.locode:
            roles.setdefault("pol", (first, 0.95))
            roles.setdefault("pod", (second, 0.95))
    for mention in mentions:
        before = scan.before(mention.start, 24)
        if "pol" not in roles and (
            _POL_BEFORE.search(before) or _POL_AFTER.match(scan.after(mention.end, 6))
        ):
            roles["pol"] = (mention, 0.9)
        elif "pod" not in roles and _POD_BEFORE.search(before):
            roles["pod"] = (mention, 0.9)
    return roles


def _fallback_roles(mentions: list[_Mention], roles: dict[str, tuple[_Mention, float]]) -> None:
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


def read_ports(scan: Scan, ports: PortLookup) -> None:
    mentions = [
        _Mention(start, end, port)
        for start, end, port in ports.find_all(scan.text)
        if scan.is_free(start, end)
    ]
    roles = _port_roles(scan, mentions)
    _fallback_roles(mentions, roles)
    for name, (mention, confidence) in roles.items():
        scan.put(name, mention.port.locode, [(mention.start, mention.end)], confidence)
    for mention in mentions:
        scan.claim(mention.start, mention.end)


# An explicit cue, then a Latin name: "POD: Lagoss", "宁波到Lagoss", "destination: Tema port".
_NAMED_PORT = re.compile(
    r"(?:(POL|port of loading|起运港|装货港)"
    r"|(POD|port of discharge|destination|目的港|卸货港|到|至))"
    r"\s*[:：]?\s*([A-Za-z][A-Za-z'-]{2,20}(?: [A-Za-z][A-Za-z'-]{1,20})?)"
    r"(?=\s*(?:[,;.!?()\n，。；]|[\u4e00-\u9fff]|\d|$))",
    re.I,
)


def read_unknown_ports(scan: Scan) -> dict[str, ParsedField]:
    """Ports named after a cue that the index does not know, as the customer wrote them."""
    found: dict[str, ParsedField] = {}
    for match in scan.free_matches(_NAMED_PORT):
        name = "pol" if match.group(1) else "pod"
        if name in scan.found or name in found:
            continue
        span = match.span(3)
        found[name] = ParsedField(name, match.group(3).strip(), (span,), 0.6)
        scan.claim(*span)
    return found


_TOKEN_END = re.compile(r"[\s,.;:!?()/+&、]")


# Words that are never part of a commodity's English name.
_NOT_GOODS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "best",
        "by",
        "cargo",
        "commodity",
        "dear",
        "for",
        "from",
        "goods",
        "hi",
        "in",
        "is",
        "need",
        "of",
        "on",
        "or",
        "per",
        "pls",
        "please",
        "quote",
        "rate",
        "ready",
        "regards",
        "ship",
        "thanks",
        "thx",
        "the",
        "to",
        "via",
        "we",
        "with",
    ]
)
_ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def _english_phrase(scan: Scan, start: int, end: int) -> Span:
    """ "frozen seafood", "sofa sets": the goods word with the free words around it, up to
    punctuation, a number or a word that is never goods."""
    words = [
        match
        for match in _ENGLISH_WORD.finditer(scan.norm, max(0, start - 30), end + 30)
        if scan.is_free(*match.span())
    ]
    index = next((i for i, word in enumerate(words) if word.start() <= start < word.end()), None)
    if index is None:
        return start, end
    first = last = index
    while first > 0 and _joins(scan, words[first - 1], words[first]) and first > index - 2:
        first -= 1
    while last + 1 < len(words) and _joins(scan, words[last], words[last + 1]) and last < index + 2:
        last += 1
    return min(words[first].start(), start), max(words[last].end(), end)


def _joins(scan: Scan, left: re.Match[str], right: re.Match[str]) -> bool:
    gap = scan.norm[left.end() : right.start()]
    return bool(gap) and not gap.strip(" ") and not {left[0].lower(), right[0].lower()} & _NOT_GOODS


def _whole_token(scan: Scan, start: int, end: int) -> Span:
    """A Chinese name read inside a word the customer wrote ("二手衣服", "机器配件") stands for
    the whole word, as long as nothing else was read in it."""
    if scan.norm[start:end].isascii():
        return _english_phrase(scan, start, end)
    left, right = start, end
    while left > 0 and not _TOKEN_END.match(scan.norm[left - 1]):
        left -= 1
    while right < len(scan.norm) and not _TOKEN_END.match(scan.norm[right]):
        right += 1
    if right - left <= 12 and scan.is_free(left, right):
        return left, right
    return start, end


def read_commodity(scan: Scan, commodities: CommodityTable | None) -> None:
    read_labelled(scan, ["commodity"])
    if "commodity" in scan.found or commodities is None:
        return
    spans: list[Span] = []
    for start, end, _ in commodities.find_all(scan.norm):
        if not scan.is_free(start, end):
            continue
        start, end = _whole_token(scan, start, end)
        if spans and start < spans[-1][1]:
            continue
        gap = scan.norm[spans[-1][1] : start] if spans else "x"
        english = spans and scan.norm[spans[-1][0] : end].isascii()
        if spans and (not gap or (english and not gap.strip())):
            spans[-1] = (spans[-1][0], end)  # "stone slabs" is one name
        else:
            spans.append((start, end))
    names: dict[str, Span] = {}
    for start, end in spans:
        names.setdefault(" ".join(scan.norm[start:end].split()), (start, end))
    if names:
        shown = list(names)[:3]
        scan.put("commodity", "/".join(shown), [names[name] for name in shown], 0.7)


def _cargo_list(scan: Scan, dimension_spans: Iterable[Span]) -> None:
    """Break bulk: the lines that give pieces with their sizes make the cargo list."""
    lines: dict[int, Span] = {}
    for start, _ in dimension_spans:
        line_start = scan.text.rfind("\n", 0, start) + 1
        line_end = scan.text.find("\n", start)
        lines.setdefault(line_start, (line_start, len(scan.text) if line_end < 0 else line_end))
    if lines:
        spans = list(lines.values())
        text = "\n".join(scan.text[start:end].strip() for start, end in spans)
        scan.put("cargo_list", text, spans, 0.75)


class MessageParser:
    def __init__(
        self,
        ports: PortLookup | None = None,
        containers: ContainerLookup | None = None,
        commodities: CommodityTable | None = None,
        dg_hints: HintFinder | None = None,
    ) -> None:
        self.ports = ports
        self.containers = containers
        self.commodities = commodities
        self.dg_hints = dg_hints

    def parse(self, text: str, received: dt.date) -> ParseResult:
        scan = Scan(text)
        special_boxes = False
        if self.containers is not None:
            read_containers(scan, self.containers)
            boxes = scan.found.get("containers")
            special_boxes = bool(boxes) and any(
                getattr(self.containers.resolve(line.type), "special", False)
                for line in boxes.value  # type: ignore[union-attr]
            )
        dimension_spans = read_dimensions(scan)
        read_cargo_date(scan, received)
        read_money(scan)
        read_temperature(scan)
        read_codes(scan)
        read_pieces(scan)
        read_weight(scan)
        read_volume(scan)
        read_dg(scan, self.dg_hints)
        read_incoterm(scan)
        read_labelled(scan, ["pickup_address", "delivery_address", "shipper", "handling"])
        unresolved: dict[str, ParsedField] = {}
        if self.ports is not None:
            read_ports(scan, self.ports)
            unresolved = read_unknown_ports(scan)
        read_mode(scan, special_boxes)
        volume_from_dimensions(scan)
        read_commodity(scan, self.commodities)
        if scan.found.get("mode") and scan.found["mode"].value == "BREAKBULK":
            _cargo_list(scan, dimension_spans)
        boxes = scan.found.get("containers")
        if boxes is not None and boxes.confidence == IMPLAUSIBLE:
            unresolved["containers"] = boxes
        kept = {
            name: scan.found[name]
            for name in FIELD_NAMES
            if name in scan.found and scan.found[name].confidence >= MIN_CONFIDENCE
        }
        return ParseResult(text, kept, unresolved)
