"""A shipment the desk has already quoted, told beside the new one ("一票是A 你上周报过了 另一票
问下: B", "1) A — you already quoted. 2) NEW: B"): its part of the message is set aside so no
reader takes its ports, boxes or goods for the inquiry."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan, cue_words

_QUOTED = compile_fast(
    r"(?:上周|昨天|之前|前几天|已经)?\s*(?:报过了|报过价了|已报过|已经报过)"
    r"|(?<![a-z])(?:already\s+quoted|quoted\s+already"
    r"|(?:you|you've|have)\s+(?:already\s+)?quoted\s+(?:it|this|that))",
    re.I,
)
_QUOTED_WORDS = cue_words("报过", "quoted")
# Where the part told about begins: a line, a numbered item, "一票是".
_PART_START = compile_fast(r"(?:^|\n)[ \t]*|(?:一票是|第一票|一票)\s*|(?<!\d)[1-9][).、]\s*", re.M)
# ...and where the next part begins.
_PART_END = compile_fast(r"\n|另一票|另外一票|第二票|还有一票|(?<!\d)[2-9][).、]\s")
# The new inquiry must remain after the part set aside.
_MIN_REST = 12


def set_aside_quoted(scan: Scan) -> None:
    if not scan.has_any(_QUOTED_WORDS):
        return
    norm = scan.norm
    for quoted in _QUOTED.finditer(norm):
        start = max(
            (match.end() for match in _PART_START.finditer(norm, 0, quoted.start())), default=0
        )
        end_match = _PART_END.search(norm, quoted.end())
        end = end_match.start() if end_match is not None else len(norm)
        if len(norm[end:].strip()) >= _MIN_REST and start < quoted.start():
            scan.claim(start, end)
            return
