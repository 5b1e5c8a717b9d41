"""Boxes counted once for each of several destinations: "到吉达、达曼各一个40HQ", "NB-DUR/CPT
各1x40HQ" are two boxes, one to each port, and no single POD; the agent is asked which POD the
inquiry is filed under rather than the first port being taken for it.
"""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.inquiry_fields import ContainerLine
from csdesk.rules.lookups import PortLookup
from csdesk.rules.message_scan import Scan, Span

# 各, then a count and a box: "各一个40HQ", "各1x40HQ", "各两个高柜".
_EACH_BOX = compile_fast(
    r"各\s*(?:[1-9]|[一两二三四五])\s*(?:个|只|柜|x|\*|×)?\s*(?:[245]|[二四]十|高柜|小柜|大柜|平柜)"
)
# What stands between ports listed together, and between the last one and 各.
_JOINED = compile_fast(r"\s*(?:[、/,，&和及与]|and)\s*")
_BEFORE_EACH = compile_fast(r"\s*(?:港|两个港|两港|都)?\s*")
_CODE = compile_fast(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])")
# "各一个40HQ？不，先只报Tema": the count asked about and taken back, or one port picked.
_NOT_EACH = compile_fast(r"[A-Za-z\d]*\s*[?？]|.{0,30}(?:只报|只问|先报|only)", re.I)


def _named(scan: Scan, ports: PortLookup, end: int) -> list[tuple[Span, str]]:
    """The foreign ports named in the 40 characters before `end`, by names or location codes."""
    start = max(0, end - 40)
    found = [
        ((start + s, start + e), port.locode)
        for s, e, port in ports.find_all(scan.text[start:end])
        if port.country != "CN"
    ]
    by_code = getattr(ports, "with_location_code", None)
    if by_code is not None:
        for match in _CODE.finditer(scan.text, start, end):
            if any(s <= match.start() < e for (s, e), _ in found):
                continue
            foreign = [port for port in by_code(match.group()) if port.country != "CN"]
            if len(foreign) == 1:
                found.append((match.span(), foreign[0].locode))
    return sorted(found)


def destinations_each(scan: Scan, ports: PortLookup | None) -> list[tuple[Span, str]]:
    """The ports a box count said with 各 goes to, when two or more are listed right before it;
    else nothing."""
    if ports is None or "各" not in scan.norm:
        return []
    for match in _EACH_BOX.finditer(scan.norm):
        if _NOT_EACH.match(scan.norm, match.end()):
            continue
        named = _named(scan, ports, match.start())
        run: list[tuple[Span, str]] = []
        edge = match.start()
        for span, locode in reversed(named):
            gap = scan.norm[span[1] : edge]
            if not (_BEFORE_EACH if not run else _JOINED).fullmatch(gap):
                break
            run.insert(0, (span, locode))
            edge = span[0]
        if len({locode for _, locode in run}) >= 2:
            return run
    return []


def count_each(scan: Scan, destinations: list[tuple[Span, str]]) -> None:
    """Every box line counted once per destination."""
    boxes = scan.found.get("containers")
    if len(destinations) < 2 or boxes is None:
        return
    lines = [ContainerLine(line.type, line.qty * len(destinations)) for line in boxes.value]
    scan.found["containers"] = boxes._replace(value=lines)


def no_single_pod(scan: Scan, destinations: list[tuple[Span, str]]) -> None:
    """No POD is read for boxes going to several ports; the agent picks one."""
    if len(destinations) < 2:
        return
    scan.found.pop("pod", None)
    spans = [span for span, _ in destinations]
    scan.ask("pod", spans, tuple(locode for _, locode in destinations), "port")
