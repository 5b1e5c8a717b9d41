"""Several lanes asked in one message: "1) Ningbo-Lagos 1x40HQ furniture 12 t 2) Ningbo-Tema
1x20GP tiles 24 t". Each lane is an inquiry of its own: the first is read, the others are set
aside (their boxes and weights are no part of it), and the agent is asked, with the other
lanes' ports shown, to enter them apart rather than finding one inquiry of them all."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.lookups import PortLookup
from csdesk.rules.message_scan import Scan

# "1)", "2）", "2、", "Lane 2:", "航线2：": a numbered item of a list.
_ITEM = compile_fast(
    r"(?:^|(?<=[\s:：;；,，。.]))(?:(?:lane|route|航线)\s*)?([1-9])\s*[)）、](?!\d)"
    r"|(?:^|(?<=[\s:：;；,，。.]))(?:lane|route|航线)\s*([1-9])\s*[:：.]",
    re.I | re.M,
)


# An item told about, not asked: a booking to confirm, a rate already given, the new one marked.
_NOT_A_LANE = compile_fast(
    r"(?<![a-z])(?:already|quoted|confirm\w*|booking|booked|new|another|cancel\w*)(?![a-z])"
    r"|已经|报过|订舱|新的|另外|取消",
    re.I,
)


def _items(scan: Scan) -> list[tuple[int, int]]:
    """The spans of the items numbered 1, 2, ... in order, or [] when the list is not so."""
    starts: list[int] = []
    for match in _ITEM.finditer(scan.norm):
        number = int(match.group(1) or match.group(2))
        if number == len(starts) + 1:
            starts.append(match.start())
    if len(starts) < 2:
        return []
    return list(zip(starts, [*starts[1:], len(scan.norm)], strict=True))


def lanes_apart(scan: Scan, ports: PortLookup | None) -> None:
    """Set aside every lane but the first of a numbered list of lanes, and ask about them."""
    if ports is None or not ("2)" in scan.norm or "2）" in scan.norm or "2、" in scan.norm):
        return
    items = _items(scan)
    if not items:
        return
    destinations: list[str] = []
    for start, end in items:
        if not scan.is_free(start, end) or _NOT_A_LANE.search(scan.norm, start, end):
            return  # "1) pls confirm our booking … 2) another inquiry": one item is no request
        foreign = [
            port for _, _, port in ports.find_all(scan.text[start:end]) if port.country != "CN"
        ]
        if not foreign:
            return  # a list of boxes or goods, not of lanes
        destinations.append(foreign[-1].locode)
    if len(set(destinations)) < 2:
        return
    for start, end in items[1:]:
        scan.claim(start, end)
    scan.ask("pod", [items[0], *items[1:]], tuple(destinations), "lanes")
