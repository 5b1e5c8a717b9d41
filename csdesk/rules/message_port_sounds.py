"""Where a port written by its sound may stand: the unread Chinese after a cue (到, 去, 从,
POD…) or right before one ("帮我查一下宁坡到…"); `PortIndex.heard_as` says which port it
sounds like."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from csdesk.rules.fastre import compile_fast
from csdesk.rules.lookups import PortLike
from csdesk.rules.message_countries import COUNTRY_NAMES
from csdesk.rules.message_scan import Scan

# A cue, then Chinese characters no index knows: a port name with a sound-alike character?
_CUED_CJK = compile_fast(
    r"(?:到|至|去|发往|运往|目的港|目的地|卸货港|起运港|装货港|从|由|POD|POL|-+>?|~|>)\s*[:：]?\s*港?"
    # "去那个肯尼亚孟巴萨", "到肯尼亚的孟巴萨": a filler and the country said before the port.
    rf"(?:那个|这个)?(?:(?:{COUNTRY_NAMES})的?)?"
    # ("起运港你们推荐一个": the talk after the cue, 你们 is not 利蒙 said with an n)
    r"(?!你们|我们|他们|您)([\u4e00-\u9fff]{2,8})"
    # "宁菠到特马": the POL opens the message (or a line), the cue comes after it.
    # "帮我查一下宁坡到": the name ends at the cue, wherever the Chinese before it begins.
    r"|([\u4e00-\u9fff]{2,9}?)(?=港?(?:到|至|出发|出口|发往|运往|-+>?|~))",
    re.I | re.M,
)


def cued_stretches(scan: Scan) -> Iterator[tuple[int, int, bool]]:
    """The unread Chinese after a cue (up to the first read character: "拉格斯一个高柜" with
    一个高柜 read as the boxes), or the unread Chinese before a cue (True)."""
    claimed = scan.claimed
    for match in _CUED_CJK.finditer(scan.norm):
        if match.group(1):
            start, end = match.span(1)
            if claimed[start]:
                continue
            blocked = claimed.find(1, start, end)
            yield start, end if blocked < 0 else blocked, False
        else:
            start, end = match.span(2)
            blocked = claimed.rfind(1, start, end)
            if end - blocked - 1 >= 2:
                yield max(start, blocked + 1), end, True


def opens_clause(norm: str, start: int) -> bool:
    return start == 0 or norm[start - 1] in " \t\n,，。:：;；"


_HeardAs = Callable[[str], "tuple[tuple[PortLike, ...], float, int] | None"]


def heard_before_cue(
    heard_as: _HeardAs, norm: str, start: int, end: int
) -> tuple[tuple[PortLike, ...], float, int] | None:
    """The longest name (five characters at most) that ends right at the cue and sounds
    exactly, or nearly exactly, like a port ("一下宁坡" gives 宁坡)."""
    for first in range(max(start, end - 5), end - 1):
        found = heard_as(norm[first:end])
        if found is not None and found[2] == end - first and found[1] >= 0.9:
            return found
    return None
