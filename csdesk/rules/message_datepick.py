"""Choosing among a message's cargo dates: the one a date was changed to ("改成12月15号",
"moved from 5 Dec to 12 Dec"), the written date over the weekday beside it ("Friday 11 Dec"),
and the date said right after "ready" (split from message_dates, which reads the dates)."""

from __future__ import annotations

import datetime as dt
import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan, Span

Dated = tuple[dt.date, Span, float]

# A date moved: "改成12月15号", "推迟到12月12号", "changed to 15/12", "postponed to Dec 20".
_CHANGED_TO = compile_fast(
    r"(?:改成|改为|改到|推迟到|推到|延到|延期到|延后到|提前到|更正为|changed to|moved to"
    r"|postponed to|delayed to|brought forward to|now"
    r"|(?:new|correct|corrected|right)\s+(?:cargo\s+)?(?:ready\s+)?date(?:\s+is)?)"
    r"\s*[:：]?\s*$",
    re.I,
)

# "ready date shifted from 3 Jan to 9 Jan": the date after "to" is where it moved.
_MOVED_FROM = compile_fast(
    r"(?:move[sd]?|moving|shift(?:s|ed)?|change[sd]?|push(?:es|ed)?(?:\s+back)?|postponed"
    r"|delayed|brought\s+forward|改|推迟|延期)\s*(?:from|从)\s*[^,;，；。\n]{1,16}?\s*(?:to|到)\s*$",
    re.I,
)
# "Friday 11 Dec", "周五(12月11号)": a weekday said beside a date only names that date's day.
_BESIDE = compile_fast(r"^[\s,，(（]*$")


def weekday_beside_date(
    candidates: list[Dated],
    scan: Scan,
    weekday_patterns: tuple[re.Pattern[str], ...],
    undated_patterns: tuple[re.Pattern[str], ...],
) -> list[Dated]:
    """Without the weekdays said right beside a written date (`weekday_patterns` read the
    weekdays; `undated_patterns` the words that write no date, "货好了", "next week")."""
    text = scan.norm
    weekdays = [
        item
        for item in candidates
        if any(pattern.fullmatch(text, *item[1]) for pattern in weekday_patterns)
    ]
    if not weekdays or len(weekdays) == len(candidates):
        return candidates
    # ...a date written out: not "货好了" (now) nor "next week" said beside it.
    dated = [
        item
        for item in candidates
        if item not in weekdays
        and not any(pattern.fullmatch(text, *item[1]) for pattern in undated_patterns)
    ]
    beside = [
        weekday
        for weekday in weekdays
        for other in dated
        if _BESIDE.match(text[weekday[1][1] : other[1][0]])
        or _BESIDE.match(text[other[1][1] : weekday[1][0]])
    ]
    return [item for item in candidates if item not in beside]


# "ETD first week of Jan, cargo ready 04/01": the date said right after "ready" is the cargo's.
_READY_BEFORE = compile_fast(
    r"(?:ready|CRD|货好|备好|货物准备好)\s*(?:on|by|date|from|时间|日期)?\s*[:：]?\s*(?:是|在)?\s*$",
    re.I,
)


def ready_first(cued: list[Dated], scan: Scan) -> list[Dated]:
    if len(cued) < 2:
        return cued
    ready = [item for item in cued if _READY_BEFORE.search(scan.before(item[1][0], 16))]
    return ready or cued


_DENIED_DATE = compile_fast(r"(?:不是|(?<![a-z])not(?:\s+the|\s+on)?)\s*$", re.I)


def changed_to(candidates: list[Dated], scan: Scan) -> list[Dated]:
    """ "原来说12月10号 现在改成12月15号": only the date it was changed to, when one was (the
    candidates in the order they were said)."""
    # "不是下周三 是下周五", "not the 10th but the 14th": the date denied gives way.
    kept = [item for item in candidates if not _DENIED_DATE.search(scan.before(item[1][0], 8))]
    candidates = kept if kept and len(kept) < len(candidates) else candidates
    changed = [
        item
        for item in candidates
        if _CHANGED_TO.search(scan.before(item[1][0], 28))
        or _MOVED_FROM.search(scan.before(item[1][0], 40))
        or (item is not candidates[0] and scan.corrected(item[1][0], candidates[0][1][1]))
    ]
    return changed[-1:] if changed else candidates


# "10-12 December", "entre el 10 y el 15 de diciembre": the first day of a window of days.
_DAY_RANGE_BEFORE = compile_fast(
    r"(?<![\d./:])(\d{1,2})\s*(?:-|–|~|to|and|y|et|e|a|al|au)\s*(?:el|le|o|the)?\s*$", re.I
)


def range_start(scan: Scan, span: Span, day: dt.date) -> tuple[dt.date, str] | None:
    """The first day of a window the day read closes, with the words saying it, if any."""
    said = scan.norm[span[0] : span[1]]
    if not said[:1].isdigit() or any("\u4e00" <= char <= "\u9fff" for char in said):
        return None
    before = scan.before(span[0], 16)
    match = _DAY_RANGE_BEFORE.search(before)
    if match is None or not 1 <= int(match.group(1)) < day.day:
        return None
    return day.replace(day=int(match.group(1))), before[match.start() :]


# A word about the cargo beside a date: it is the cargo's (ready, loading, sailing).
CARGO_CUE = compile_fast(
    r"货好|货物准备|准备好|备好|ready|出货|走货|出运|装柜|装箱|船期|ETD|ship|CRD|交货|发货|提货"
    r"|预计|计划|货期|cargo|装船|开船|sail|loading"
    # ...in Portuguese, Spanish and French: "pronta em 07/12", "lista el 11/12", "prêt le 9/12".
    r"|pront[ao]|list[ao]|pr[êe]te?|disponible|dispon[íi]vel",
    re.I,
)


# "这周五就能装", "下周三可以装": loaded on the day just said.
_LOADS_AFTER = compile_fast(r"\s*(?:就|才|都)?\s*(?:能|可以|要|会)?\s*装(?![修饰不])")
# "工厂年前装不了 要到1月6号": not before the day said, so ready then.
_NOT_UNTIL = compile_fast(r"(?:要到|得到|等到|推到|延到|拖到)\s*$")


def cargo_cued(scan: Scan, span: Span) -> bool:
    return bool(
        CARGO_CUE.search(scan.before(span[0], 12))
        or CARGO_CUE.search(scan.after(span[1], 8))
        or _LOADS_AFTER.match(scan.norm, span[1])
        or _NOT_UNTIL.search(scan.before(span[0], 4))
    )
