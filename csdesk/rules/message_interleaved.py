"""A reply written between the lines of the mail it answers: "> What is the weight?" then
"Around 14 tons", "> POL/POD?" then "Qingdao to Jebel Ali". The quoted lines are the desk's own
questions; the answers under them are the inquiry (split from message_thread, which sets aside
a quoted thread under a reply)."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan

_QUOTED_LINE = compile_fast(r"^[ \t]*>[^\n]*", re.M)


def set_aside_interleaved(scan: Scan) -> bool:
    """Claim only the quoted lines when the message opens with one and answers follow two of
    them at least; whether it did."""
    norm = scan.norm
    if not norm.lstrip().startswith(">"):
        return False
    quoted = list(_QUOTED_LINE.finditer(norm))
    answered = sum(
        1
        for line, following in zip(quoted, [*quoted[1:], None], strict=True)
        if norm[line.end() : following.start() if following else len(norm)].strip()
    )
    if len(quoted) < 2 or answered < 2:
        return False
    for line in quoted:
        scan.claim(*line.span())
    return True
