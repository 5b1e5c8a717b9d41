"""Boxes said twice over in one order: a voice message restating its count ("一个小柜两个小柜吧
两个小柜"), and a total of one size broken down into its kinds ("两个四十尺 一个是高柜一个是平柜").
Either way the order is counted once."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_box_counts import Box, count_of
from csdesk.rules.message_scan import Scan

# What a speaker says between a count and the same box counted again: fillers, no other word.
_RESTATED_GAP = compile_fast(
    r"[\s,，、。吧啊呃嗯哦噢哎呀额]*(?:不对|不是|算了|应该是|是)?[\s,，。吧啊呃嗯]*"
)
# "两个是高柜 一个是平柜": the count of one kind, said before 是.
_COUNT_IS = compile_fast(r"(\d{1,2}|[一二两三四五六七八九十])\s*个\s*是\s*$")
# A size said with no type ("四十尺", "40尺", "40'"), the total of the kinds said after it.
_PLAIN_SIZE = compile_fast(
    r"(?:\d{1,2}|[一二两三四五六七八九十])\s*个?\s*(?:20|40|二十|四十)\s*(?:尺|'|ft)", re.I
)


def restated(scan: Scan, known: Box, box: Box) -> bool:
    """Whether `box`, the same type as `known`, says its count again right after it, in a
    message with no line breaks (voice, a chat line): the later count is the one meant."""
    if "\n" in scan.norm or not known.explicit or not box.explicit:
        return False
    gap = scan.norm[known.span[1] : box.span[0]]
    return len(gap) <= 6 and _RESTATED_GAP.fullmatch(gap) is not None


def without_total(scan: Scan, boxes: list[Box]) -> list[Box]:
    """ "两个四十尺…一个是高柜一个是平柜": a count of a plain size followed by two or more kinds
    of that size whose counts add up to it is their total, no order line of its own; each kind
    is counted where it is first named (a kind named again carries its weight, no box)."""
    if len(boxes) < 3:
        return boxes  # (a total and two kinds at least: most orders name one box)
    for index, total in enumerate(boxes):
        if not total.explicit or total.code not in ("20GP", "40GP"):
            continue
        if _PLAIN_SIZE.fullmatch(scan.norm, *total.span) is None:
            continue
        kinds: dict[str, Box] = {}
        for box in boxes[index + 1 :]:
            if box.code[:2] == total.code[:2] and box.code not in kinds:
                kinds[box.code] = box
                said = _COUNT_IS.search(scan.before(box.span[0], 6))
                if said is not None:  # "两个是高柜": the count said before 是
                    box.qty = count_of(said.group(1)) or box.qty
        if len(kinds) >= 2 and sum(box.qty for box in kinds.values()) == total.qty:
            for box in kinds.values():
                box.explicit = True
            return [box for box in boxes if box is not total]
    return boxes


# "有一个框架箱的询价 … 一个四十尺框架": the kind of box an inquiry is about, then the order.
_INQUIRY_ABOUT = compile_fast(r"[柜箱]?的?(?:询价|报价|询盘|问价)")


def inquiry_kind(scan: Scan, boxes: list[Box]) -> None:
    """A count said with the kind of box the inquiry is about ("一个框架箱的询价") counts no
    box when the box is named again: the order's own count then stands."""
    if len(boxes) < 2 or ("价" not in scan.norm and "询盘" not in scan.norm):
        return
    for box in boxes:
        named_again = any(other.code == box.code and other is not box for other in boxes)
        if box.explicit and named_again and _INQUIRY_ABOUT.match(scan.norm, box.span[1]):
            box.explicit, box.qty = False, 1


# "… 哦对了是高柜", "应该是高柜", "要开顶柜": the kind said of a box named before.
_KIND_SAID = compile_fast(r"(?:是|要|用)(?:那种|个)?\s*$")
_SIZE_SAID = compile_fast(r"20|40|45|二十|四十|'")


def kind_said_after(scan: Scan, lines: dict[str, Box], box: Box) -> bool:
    """ "一个四十尺 瓦楞纸板 十吨左右 哦对了是高柜": a kind said later with no count of its own
    (and no size, or the same) is the kind of the plain size counted before it: one box, its
    kind told afterwards. The box on `lines` takes the kind."""
    if (
        box.explicit
        or box.code.endswith("GP")
        or _KIND_SAID.search(scan.before(box.span[0], 6)) is None
    ):
        return False
    sized = _SIZE_SAID.search(scan.norm, *box.span) is not None
    plains = [line for line in lines.values() if line.code in ("20GP", "40GP")]
    if len(plains) != 1 or len(lines) != 1 or not plains[0].explicit:
        return False
    plain = plains[0]
    code = box.code if sized else plain.code[:2] + box.code[2:]
    if code[:2] != plain.code[:2] or code == "20HQ":
        return False
    if _PLAIN_SIZE.fullmatch(scan.norm, *plain.span) is None:
        return False
    del lines[plain.code]
    plain.code = code
    lines[code] = plain
    return True
