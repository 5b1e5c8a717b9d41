"""Pieces counted group by group, each group with its own size: "2 pallets 120x100x130 + 3
pallets 110x110x100", "大箱3件 100×80×90cm，小箱5件 50×40×40cm". The pieces are the groups'
sum and an LCL volume the sum of each group's count times its size (split from message_sizes,
which reads the sizes)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from csdesk.rules.fastre import compile_fast
from csdesk.rules.inquiry_fields import Dimensions
from csdesk.rules.message_scan import Scan, Span
from csdesk.rules.textnorm import CN_NUMERAL, parse_count

# A count of packages right before a size: "3 pallets", "5件", "托盘4个".
_COUNT_BEFORE_SIZE = compile_fast(
    rf"(?<![\d.])(\d{{1,4}}|{CN_NUMERAL})\s*(?:个\s*)?"
    r"(?:件|托盘?|箱|卡板|木箱|纸箱|包|pallets?|plts?|crates?|cases?|cartons?|ctns?|boxes"
    r"|pcs|pieces|packages|pkgs|skids?|palettes?|cajas?|caixas?|bultos?)(?![a-z])"
    # (right before the size: a count heading a list, "两件 最大的是… 20×8×6米", is a total)
    r"[ \t,，(（]{0,3}$",
    re.I,
)
# How far before a size its count is looked for.
_REACH = 28


def _group_counts(scan: Scan, sized: list[tuple[Span, Dimensions]]) -> list[int] | None:
    counts: list[int] = []
    previous_end = 0
    for (start, end), _ in sized:
        window = scan.norm[max(previous_end, start - _REACH) : start]
        match = _COUNT_BEFORE_SIZE.search(window)
        count = parse_count(match.group(1)) if match else None
        if not count:
            return None
        counts.append(count)
        previous_end = end
    return counts


def pieces_by_size(scan: Scan, sizes: Sequence[Dimensions], spans: Sequence[Span]) -> None:
    """Sum the groups when every size read has its own count before it (two groups at least)."""
    if len(sizes) < 2 or len(sizes) != len(spans) or "pieces" not in scan.found:
        return
    sized = sorted(zip(spans, sizes, strict=True), key=lambda pair: pair[0][0])
    counts = _group_counts(scan, sized)
    # (the count read is the first group's, not a total said for them all)
    if counts is None or scan.found["pieces"].value != counts[0]:
        return
    said = [span for span, _ in sized]
    scan.put("pieces", sum(counts), said, 0.9)
    mode = scan.found.get("mode")
    if mode is not None and mode.value == "LCL" and "volume_cbm" not in scan.found:
        cubic_cm = sum(count * d.l * d.w * d.h for count, (_, d) in zip(counts, sized, strict=True))
        if cubic_cm > 0:
            scan.put("volume_cbm", round(cubic_cm / 1_000_000, 2), said, 0.7)
