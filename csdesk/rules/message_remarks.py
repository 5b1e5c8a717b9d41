"""A colleague passing a customer's request on ("客户说…", "client says: …") adds remarks of their
own: "我看30方不如走个小柜", "my note: he may go 2x40HQ later". What the colleague thinks is no
part of what the customer asks; it is set aside, up to the end of its sentence."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan, cue_words

_PASSED_ON = cue_words("客户说", "客户讲", "客户要", "client says", "customer says", "client said")
# (a chat runs its clauses together with spaces: a remark in Chinese ends at the next one)
_REMARK = compile_fast(
    r"(?:我看(?!一下|看|下)|我觉得|我建议|我估计|我这边备注|我的意见)[^。!！?？\n;；\s]*"
    r"|(?<![a-z])(?:my note|my comment|i think|i suggest|i would suggest|in my opinion)(?![a-z])"
    r"[^.!?\n;]*",
    re.I,
)


def set_aside_remarks(scan: Scan) -> None:
    if not scan.has_any(_PASSED_ON):
        return
    for remark in scan.free_matches(_REMARK):
        scan.claim(*remark.span())
