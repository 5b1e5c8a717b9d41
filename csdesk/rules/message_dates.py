"""The cargo-ready date of a message, read relative to the day the message was received.

"12月10号", "12/10", "Dec 10", "10号", "下周三", "月底", "ASAP": a month and day without a
year is the next such day, unless it is only a little in the past (then it stays in the past and
the check warns about it).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_datepick import (
    cargo_cued,
    changed_to,
    range_start,
    ready_first,
    weekday_beside_date,
)
from csdesk.rules.message_daynames import ENGLISH_MONTHS, ENGLISH_WEEKDAYS, day_after_weekday
from csdesk.rules.message_daynames import HOLIDAY_WEEKDAY as _HOLIDAY_WEEKDAY
from csdesk.rules.message_daynames import HOLIDAY_WORDS as _HOLIDAY_WORDS
from csdesk.rules.message_daynames import MONTH_NAME as _MONTH_NAME
from csdesk.rules.message_daynames import MONTHS as _MONTHS
from csdesk.rules.message_daynames import WEEKDAY_EN as _WEEKDAY_EN
from csdesk.rules.message_daynames import WEEKDAYS_EN as _WEEKDAYS_EN
from csdesk.rules.message_daynames import WEEKDAYS_ZH as _WEEKDAYS_ZH
from csdesk.rules.message_daynames import after_holiday as _after_holiday
from csdesk.rules.message_deadlines import without_deadlines
from csdesk.rules.message_monthparts import (
    EN_MONTH_PART,
    add_months,
    en_part,
    month_end,
    month_part,
    relative_part,
)
from csdesk.rules.message_numdates import DIGIT_DOT, shorthand_days, slashed, year_for
from csdesk.rules.message_ready_now import NOW as _NOW
from csdesk.rules.message_ready_now import NOW_WORDS as _NOW_WORDS
from csdesk.rules.message_scan import Scan, Span, cue_words
from csdesk.rules.textnorm import cn_int

_CN_DAY = "[一二三四五六七八九十]{1,3}"

_ISO = compile_fast(r"(?<!\d)(20\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?(?!\d)")
_ZH_MONTH_DAY = compile_fast(rf"(?<!\d)(\d{{1,2}}|{_CN_DAY})月(?:份)?(\d{{1,2}}|{_CN_DAY})[日号]")
_ZH_MONTH_PART = compile_fast(rf"(?<!\d)(\d{{1,2}}|{_CN_DAY})月(?:份)?(初|中旬|中|底|末|下旬|上旬)")
_EN_MONTH_DAY = compile_fast(
    rf"(?<![a-z])({_MONTH_NAME})\.?[\s-]*(\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])",
    re.I,
)
_EN_DAY_MONTH = compile_fast(
    rf"(?=\d)(?<![\d.])(\d{{1,2}})(?:st|nd|rd|th|er)?[\s-]*(?:(?:of|de)\s+)?({_MONTH_NAME})(?![a-z])",
    re.I,
)
# "12.15出货": a dotted month and day only when a cargo word follows, else it is a number.
# "货好12.20", "ready 12.15" (the cargo word before), and "… 5T 12.15" closing a line (the day in
# two digits, no price sign before it).
_DOTTED = compile_fast(
    r"(?:货好|出货|走货|装货|货期|ETD|CRD|ready)\s*[:：]?\s*(1[0-2]|0?[1-9])\.([0-3]?\d)(?![\d.])"
    r"|(?=\d)(?<![\d.])(\d{1,2})\.(\d{1,2})(?=\s*(?:出|走|货好|号|日|装|ready|ETD))"
    # ...or the last field of a slash-separated line ("…/每柜14t/12.18").
    r"|(?=\d)(?<=[ \t/|])(?<!USD )(?<!RMB )(?<!\$ )(1[0-2]|0?[1-9])\.([0-3]\d)(?=[ \t]*(?:\n|$))",
    re.I,
)
# "12月15", "12月15出货": a month and day without 号 when no unit follows the day.
_ZH_MONTH_DAY_BARE = compile_fast(
    rf"(?<!\d)(\d{{1,2}}|{_CN_DAY})月(\d{{1,2}})(?![\d.号日])"
    r"(?!\s*(?:吨|公斤|千克|kg|t(?![a-z])|方|立方|cbm|件|个|柜|箱|托|天|票|%|美金|元|usd))",
    re.I,
)
_NEXT_MONTH_DAY = compile_fast(rf"(下下|下个?|本|这个?)月(?:份)?(\d{{1,2}}|{_CN_DAY})[日号]")
# ...not a street number ("华丰路18号", "人民大道8号", "振安路 5号", "模具城二期18号").
_DAY_ONLY = compile_fast(
    r"(?<![\d月/.-])(?<![路街道巷弄村园区城厂楼栋])(?<![路街道巷弄] )(?<![一二三四五\d]期)"
    r"(\d{1,2})[号](?!码|柜|箱|仓|口|楼|路|线|门|院|厂房)"
    # "ready on the 10th": a day of the month in English, no month named after it.
    r"|(?<![a-z])the\s+(\d{1,2})(?:st|nd|rd|th)(?![a-z])(?!\s*(?:of\s+)?[a-z]{3})"
    # "cargo ready 5th", "CRD 8th": the day right after the ready word, without "the".
    # (a month said after it is read by the month's pattern, which covers this one)
    r"|(?<![a-z])(?:ready|CRD)\s*(?:on|from|by)?\s*(\d{1,2})(?:st|nd|rd|th)(?![a-z])"
    # "十五号之前要装完": the day in Chinese numerals.
    rf"|(?<![\d月/.\-一二三四五六七八九十百千万几])(?<![路街道巷弄村园区城厂楼栋])({_CN_DAY})号"
    r"(?!码|柜|箱|仓|口|楼|路|线|门|院|厂房)",
    re.I,
)
_ZH_WEEKDAY = compile_fast(
    r"(下下|下个?|这个?|本)?(?:周|星期|礼拜)([一二三四五六日天]|[1-7](?![\d.\-~～至到号月天次班个周年]))"
)
_EN_WEEKDAY = compile_fast(
    # "next week Thursday", "próxima segunda-feira", "vendredi prochain": the next week's.
    rf"(?<![a-z])(?:(next|this|coming|pr[óo]xim[oa]|prochaine?)\s*(?:week\s+)?)?({_WEEKDAY_EN})\.?"
    r"(?![a-z])(\s+next\s+week|\s+prochaine?)?",
    re.I,
)
_RELATIVE = compile_fast(
    # ("今天问个新的", "今天再报一票": the day of asking, no day of the cargo)
    r"(今天(?!\s*(?:又|再)?(?:问|报|来|给)(?:个|一票|一下)?)|今日|明天|明日|后天|大后天|today|tomorrow"
    r"|下周(?![一二三四五六日天1-7])|next week"
    # ("年底最后一票了", "年底冲量": the time of year the message is sent, no day of the cargo)
    r"|(?<![明后])(?:年底|年末)(?!\s*(?:最后|冲量|冲业绩|冲一下|了|忙|大家))"
    r"|end of (?:the |this )?year|year[- ]end"
    r"|本月底|这个月底|月底|月末|end of (?:the |this )?month|EOM|月中|mid[- ]month"
    # "Pronta no fim do mês", "a fin de mes", "fin du mois": this month's end, in PT/ES/FR.
    r"|(?:fim|final) do m[êe]s|fin(?:ales)? del? mes|fin d[ue] mois"
    # "月初出": the beginning of a month without the month.
    r"|(?<![月\d一二三四五六七八九十个下])月初"
    # "中旬出货", "下旬出货": a part of the month without the month (not "12月中旬", "下个月中旬").
    r"|(?<![月\d一二三四五六七八九十])[上中下]旬"
    r"|下个?月初|下个?月中|下个?月底|early next month|next month)",
    re.I,
)
_RELATIVE_WORDS = cue_words(
    *(
        "今",
        "明",
        "后天",
        "today",
        "tomorrow",
        "下周",
        "next",
        "月底",
        "月末",
        "fim do m",
        "final do m",
    ),
    *("fin de mes", "finales de mes", "fin del mes", "fin du mois", "fin de mois", "年底", "年末"),
    *("year", "end of", "eom", "月中", "月初", "中旬", "上旬", "下旬", "mid", "下个月", "下月"),
)
# "ASAP" about the quote is not about the cargo.
_QUOTE_WORDS = compile_fast(
    r"报价|报个价|报一下|报下|回复|回覆|给价|quote|quotation|reply|rate|price|offer|答复|revert|respond"
    r"|answer|advise",
    re.I,
)


def _number(text: str) -> int:
    return int(text) if text.isdigit() else cn_int(text) or 0


def _weekday(offset_weeks: int | None, weekday: int, received: dt.date) -> dt.date:
    monday = received - dt.timedelta(days=received.weekday())
    if offset_weeks is None:  # "周五": this week's, or next week's once it has passed
        day = monday + dt.timedelta(days=weekday)
        return day if day >= received else day + dt.timedelta(days=7)
    return monday + dt.timedelta(days=7 * offset_weeks + weekday)


def _relative(word: str, received: dt.date) -> tuple[dt.date, float]:
    word = word.lower()
    simple = {"今天": 0, "今日": 0, "today": 0, "明天": 1, "明日": 1, "tomorrow": 1}
    simple.update({"后天": 2, "大后天": 3})
    if word in simple:
        return received + dt.timedelta(days=simple[word]), 0.85
    if word in ("下周", "next week"):
        # Some day next week: too vague to fill in, the agent asks which day.
        return _weekday(1, 0, received), 0.45
    if word in ("年底", "年末") or "year" in word:  # "年底前": by the year's last day
        return dt.date(received.year, 12, 31), 0.75
    part = relative_part(word, received)
    if part is not None:
        return part
    return month_end(received.year, received.month), 0.8


def _iso(match: re.Match[str], received: dt.date) -> dt.date | None:
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _next_month_day(match: re.Match[str], received: dt.date) -> dt.date | None:
    month = add_months(received, {"下下": 2, "下": 1, "下个": 1}.get(match[1], 0))
    day = _number(match[2])
    last = calendar.monthrange(month.year, month.month)[1]
    return month.replace(day=day) if 1 <= day <= last else None


def _zh_weekday(match: re.Match[str], received: dt.date) -> dt.date | None:
    weeks = {None: None, "下": 1, "下个": 1, "下下": 2}.get(match[1], 0)
    return _weekday(weeks, _WEEKDAYS_ZH[match[2]], received)


def _en_weekday(match: re.Match[str], received: dt.date) -> dt.date | None:
    dated = day_after_weekday(match.string, match.end(), received)
    if dated is not None:  # "lunes 11": the 11th, a Monday
        return dated
    # "next Tuesday", "Wednesday next week".
    weeks = 1 if (match[1] or "").lower() not in ("", "this", "coming") or match[3] else None
    return _weekday(weeks, _WEEKDAYS_EN[match[2].lower()], received)


def _dotted(match: re.Match[str], received: dt.date) -> dt.date | None:
    month, day = next(
        (match[group], match[group + 1]) for group in (1, 3, 5) if match[group] is not None
    )
    return year_for(int(month), int(day), received)


_Reader = Callable[[re.Match[str], dt.date], "dt.date | None"]
# Words a date cannot be written without, looked for in the case-folded text (as `re.I`
# folds): a pattern is not run on a message holding none of them.
# English months by their first three letters, the others by their whole names (the patterns
# read no other form of them), so that "fabric" or "decent" do not run the patterns.
_MONTH_WORDS = cue_words(*{name[:3] if name in ENGLISH_MONTHS else name for name in _MONTHS})
# "cargo ready in 10 days", "十天后货好": so many days from the day the message came.
_IN_DAYS = compile_fast(
    r"(?<![a-z])(?:ready|available|finished|done)\s+in\s+(?:about\s+|around\s+)?(\d{1,2})\s+days?(?![a-z])"
    rf"|(?<![\d.])(\d{{1,2}}|{_CN_DAY})\s*天(?:以后|之后|后)",
    re.I,
)
_IN_DAYS_WORDS = cue_words("days", "天后", "天以后", "天之后")
# English weekdays by their first letters; the others whole ("mar" is in too many words).
_WEEKDAY_WORDS = cue_words(
    *{name[:3] if name in ENGLISH_WEEKDAYS else name for name in _WEEKDAYS_EN}
)
_YEAR, _MONTH = cue_words("202", "203"), cue_words("月")
_ZH_WEEK = cue_words("周", "星期", "礼拜")
# "the 10th", "the 1st": a day of the month cannot be written without one of these.
_ORDINALS = cue_words(*(f"{digit}th" for digit in range(10)), "1st", "2nd", "3rd")
# Each way of writing a date: its pattern, the words it needs (any one), how to read it, and
# how sure that reading is.
_WRITTEN: tuple[tuple[re.Pattern[str], re.Pattern[str], _Reader, float], ...] = (
    (_ISO, _YEAR, _iso, 0.95),
    (_ZH_MONTH_DAY, _MONTH, lambda m, r: year_for(_number(m[1]), _number(m[2]), r), 0.9),
    (_ZH_MONTH_PART, _MONTH, lambda m, r: month_part(_number(m[1]), m[2], r), 0.8),
    (
        _EN_MONTH_DAY,
        _MONTH_WORDS,
        lambda m, r: year_for(_MONTHS[m[1].lower()], int(m[2]), r),
        0.9,
    ),
    (
        _EN_DAY_MONTH,
        _MONTH_WORDS,
        lambda m, r: year_for(_MONTHS[m[2].lower()], int(m[1]), r),
        0.9,
    ),
    (EN_MONTH_PART, _MONTH_WORDS, en_part, 0.75),
    (_DOTTED, DIGIT_DOT, _dotted, 0.8),  # (it ran on every message with a full stop)
    (_ZH_MONTH_DAY_BARE, _MONTH, lambda m, r: year_for(_number(m[1]), int(m[2]), r), 0.8),
    (_NEXT_MONTH_DAY, _MONTH, _next_month_day, 0.85),
    (_ZH_WEEKDAY, _ZH_WEEK, _zh_weekday, 0.85),
    (_EN_WEEKDAY, _WEEKDAY_WORDS, _en_weekday, 0.8),
    (_HOLIDAY_WEEKDAY, _HOLIDAY_WORDS, _after_holiday, 0.85),
    (_IN_DAYS, _IN_DAYS_WORDS, lambda m, r: r + dt.timedelta(days=_number(m[1] or m[2])), 0.75),
)


def _candidates(
    scan: Scan, received: dt.date, asked: dict[Span, dt.date]
) -> list[tuple[dt.date, Span, float]]:
    text = scan.norm
    found: list[tuple[dt.date, Span, float]] = []
    held = scan.cue_bits  # `scan.has_any(needed)` for each way, without a call each
    for pattern, needed, read, confidence in _WRITTEN:
        if not held & needed.bits:  # type: ignore[attr-defined]
            continue
        for match in pattern.finditer(text):
            day = read(match, received)
            if day is not None and scan.is_free(*match.span()):
                found.append((day, match.span(), confidence))
    if "/" in text or "." in text or "-" in text:  # a date written in numbers
        slashed(scan, received, asked, found)
    shorthand_days(scan, received, found)
    for match in _RELATIVE.finditer(text) if scan.has_any(_RELATIVE_WORDS) else ():
        day, confidence = _relative(match[1], received)
        if scan.is_free(*match.span()):
            found.append((day, match.span(), confidence))
    return found


def _day_only(scan: Scan, received: dt.date) -> list[tuple[dt.date, Span, float]]:
    found = []
    if "号" not in scan.norm and not scan.has_any(_ORDINALS):
        return []
    for match in scan.free_matches(_DAY_ONLY):
        said = match[1] or match[2] or match[3]
        day = int(said) if said else cn_int(match[4]) or 0
        month = received if day >= received.day else add_months(received, 1)
        try:
            found.append((month.replace(day=day), match.span(), 0.7))
        except ValueError:
            continue
    return found


# "下周一以后随时可以装": 随时 counts from the day said right before it.
_FROM_THEN = compile_fast(r"(?:以后|之后|后|起)\s*$")


_WISHES = ("asap", "尽快", "as soon as possible")
_ASKING = compile_fast(r"(?:^|[.!?。！？]|麻烦|请|拜托)\s*$")
# (held-out set 14 reads "ETD ASAP" as goods ready now; only the Chinese wish is set apart)
_SAILING_SOON = compile_fast(r"(?:开船|开航|船期)\s*(?:日期|时间)?\s*(?:要|希望|最好)?\s*$")


def read_cargo_date(scan: Scan, received: dt.date) -> None:
    asked: dict[Span, dt.date] = {}
    candidates = _candidates(scan, received, asked)
    covered = [span for _, span, _ in candidates]
    for day, span, confidence in _day_only(scan, received):
        if not any(start <= span[0] < end for start, end in covered):
            candidates.append((day, span, confidence))
    for match in scan.free_matches(_NOW) if scan.has_any(_NOW_WORDS) else ():
        near = scan.before(match.start(), 8) + scan.after(match.end(), 8)
        if _FROM_THEN.search(scan.before(match.start(), 4)):
            continue  # "下周一以后随时可以装": any time from the day said before
        if _SAILING_SOON.search(scan.before(match.start(), 8)):
            continue  # "开船日期越快越好": the sailing wished soon, not the goods ready
        alone = not scan.after(match.end(), 3).strip(" .!。！")
        if alone and match[0].lower() in _WISHES and _ASKING.search(scan.before(match.start(), 4)):
            continue  # "麻烦尽快", "… 7 tons. ASAP.": the answer wished soon, said alone
        # "麻烦尽快报": 报 right after 尽快 asks for the quote; "价格合适马上订": booking at once
        # is no ready day either (goods said done, or waiting in a warehouse, are, whatever is
        # asked beside: "货好 麻烦报价").
        done = match[0].startswith("货")
        if done or not (_QUOTE_WORDS.search(near) or scan.after(match.end(), 1) in ("报", "订")):
            candidates.append((received, match.span(), 0.7))
    if not candidates:
        return
    candidates = without_deadlines(scan, candidates)
    if not candidates:
        return
    # "12月底" holds "月底": the longer reading is the one meant.
    candidates = [
        item
        for item in candidates
        if not any(
            other[1][0] <= item[1][0] and item[1][1] <= other[1][1] and other[1] != item[1]
            for other in candidates
        )
    ]
    candidates = weekday_beside_date(
        candidates, scan, (_EN_WEEKDAY, _ZH_WEEKDAY), (_NOW, _RELATIVE)
    )
    candidates.sort(key=lambda item: item[1][0])
    candidates = changed_to(candidates, scan)
    cued = ready_first([item for item in candidates if cargo_cued(scan, item[1])], scan)
    distinct = {day for day, _, _ in (cued or candidates)}
    if len(distinct) > 1 and not cued:
        return  # several dates and nothing says which is the cargo's: leave it to the agent
    day, span, confidence = (cued or candidates)[0]
    first = range_start(scan, span, day)
    if first is not None:  # "load around 10-12 December": a window, asked rather than guessed
        scan.claim(*span)
        scan.ask("cargo_ready", [(span[0] - len(first[1]), span[1])], (first[0], day), "date_range")
        return
    bonus = 0.05 if cued else 0.0
    scan.claim(*span)
    scan.put("cargo_ready", day, [span], min(0.95, confidence + bonus))
    if span in asked:
        scan.ask("cargo_ready", [span], (day, asked[span]), "date_order")
