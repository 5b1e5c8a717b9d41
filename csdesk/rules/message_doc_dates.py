"""A day said for the papers, not the goods: "托书下周发 货25号好" (the booking note comes next
week, the goods are ready on the 25th), "SI will be sent tomorrow". The day is set aside before
the cargo-date reader runs, so the goods' own day is read."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan, cue_words

_DOC_WORDS = cue_words("托书", "订舱单", "委托书", "booking note", "shipping instruction", "si ")
# A day a word can say: "下周", "明天", "周三", "25号", "12月3日", "月底".
_DAY = (
    r"(?:(?:下|这|本|上)?(?:周|礼拜|星期)[一二三四五六日天]?|今天|明天|后天|大后天|月底|月初|月中"
    r"|(?:\d{1,2}月)?\d{1,2}\s*[号日])"
)
_DOC_DAY = compile_fast(
    # "托书下周发", "托书明天给你", "订舱单周三提供".
    rf"(?:托书|委托书|订舱单)\s*(?:会|要|大概|预计|可能)?\s*({_DAY})\s*(?:左右)?\s*"
    r"(?:才|再|就|会)?\s*(?:发|给|提供|出|到|补)"
    # "下周发托书", "明天给托书".
    rf"|({_DAY})\s*(?:左右)?\s*(?:才|再|就|会)?\s*(?:发|给|提供|补)(?:你|您)?\s*(?:托书|委托书|订舱单)"
    # "SI will be sent next week", "booking note to follow tomorrow".
    r"|(?<![a-z])(?:si|booking note|shipping instructions?)\s+(?:will\s+(?:be\s+)?)?"
    r"(?:sent|send|ready|follow|follows|to follow|come|comes)\s+"
    r"((?:next|this)\s+(?:week|monday|tuesday|wednesday|thursday|friday)|tomorrow)",
    re.I,
)


def set_aside_doc_dates(scan: Scan) -> None:
    if not scan.has_any(_DOC_WORDS):
        return
    for said in scan.free_matches(_DOC_DAY):
        group = next(index for index in (1, 2, 3) if said.group(index) is not None)
        scan.claim(*said.span(group))
