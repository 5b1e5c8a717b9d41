"""Which side of the trade wrote a message, when it says so: read for a code two ports share
("NSA": Nansha for a Chinese shipper, Nhava Sheva for an Indian consignee). Split from
message_ports."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan

# Who the message is for or from, when it says so: an Indian consignee ("印度客户", "Indian
# buyer") ships to or from India's port; a shipper in the Pearl River Delta (Foshan, Shunde,
# Guangdong) ships through Nansha. Both said, or neither: the agent is asked.
_INDIAN_SIDE = compile_fast(r"印度|(?<![a-z])india(?:n)?(?![a-z])", re.I)
_DELTA_SIDE = compile_fast(
    r"佛山|顺德|广东|东莞|中山|江门|番禺|(?<![a-z])(?:foshan|shunde|guangdong|dongguan|zhongshan"
    r"|jiangmen|panyu)(?![a-z])",
    re.I,
)


def writer_side(scan: Scan) -> bool | None:
    """True for a Chinese shipper's message, False for an Indian consignee's, None unsaid."""
    indian = _INDIAN_SIDE.search(scan.norm) is not None
    delta = _DELTA_SIDE.search(scan.norm) is not None
    return None if indian == delta else delta
