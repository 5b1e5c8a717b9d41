"""Callback times typed the way people say them: `15:00`, `下午3点`, `明天上午`, `周五 10点`, `+2d`.

`parse_when(text, now, calendar)` gives an aware datetime in `now`'s zone, or a refusal in
catalogue words: unreadable, in the past, or on a day off (naming the holiday when known). It never
raises, whatever the text.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from csdesk.rules.cadence import Reason
from csdesk.rules.calendar import WorkCalendar

DEFAULT_TIME = dt.time(10, 0)
# "上午" alone means 10:00, "下午" 15:00 (the issue's 明天上午 / 明天下午), evening 19:00.
_PERIODS: dict[str, tuple[str, dt.time]] = {
    "上午": ("am", dt.time(10, 0)),
    "早上": ("am", dt.time(10, 0)),
    "早晨": ("am", dt.time(10, 0)),
    "中午": ("noon", dt.time(12, 0)),
    "下午": ("pm", dt.time(15, 0)),
    "傍晚": ("pm", dt.time(18, 0)),
    "晚上": ("pm", dt.time(19, 0)),
}
_RELATIVE_DAYS = {"今天": 0, "今日": 0, "明天": 1, "明日": 1, "后天": 2, "大后天": 3}
_SHORTHANDS = {"明早": "明天上午", "明晚": "明天晚上", "今晚": "今天晚上"}
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEKDAYS.update({str(n): n - 1 for n in range(1, 8)})
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
_CN_DIGITS.update({"五": 5, "六": 6, "七": 7, "八": 8, "九": 9})
_NUM = r"\d{1,2}|[零〇一二两三四五六七八九十]{1,3}"

_ISO_T = re.compile(r"(\d)t(\d)")
_OFFSET = re.compile(r"\+\s*(\d{1,4})\s*(d|h|m|w|天|小时|分钟|分|周)")
_OFFSET_ZH = re.compile(r"(\d{1,4}|半)\s*(天|个?小时|分钟|个?星期|周)\s*(以?后)")
_UNIT_MINUTES = {"m": 1, "分": 1, "分钟": 1, "h": 60, "小时": 60, "d": 1440, "天": 1440}
_UNIT_MINUTES |= {"w": 10080, "周": 10080, "星期": 10080}
_ISO_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
_MONTH_DAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?")
_SLASH_DATE = re.compile(r"(\d{1,2})\s*[/-]\s*(\d{1,2})(?=\s|$)")
_DAY_ONLY = re.compile(r"(\d{1,2})\s*[日号]")
_WEEKDAY = re.compile(r"(下下|下个?|这个?|本)?\s*(?:周|星期|礼拜)([一二三四五六日天1-7])?")
_TIME = re.compile(
    rf"(?P<h>{_NUM})\s*(?::\s*(?P<m>\d{{2}})|[点时]\s*(?:(?P<half>半)|(?P<quarter>一刻|三刻)"
    rf"|(?P<m2>{_NUM})\s*分?)?)?\s*(?P<ampm>am|pm)?"
)


@dataclass(frozen=True)
class WhenResult:
    at: dt.datetime | None = None
    refusal: Reason | None = None


def _normalize(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).lower()
    folded = " ".join(_ISO_T.sub(r"\1 \2", folded).split())
    for short, long in _SHORTHANDS.items():
        folded = folded.replace(short, long)
    return folded


def _cn_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        high = _CN_DIGITS.get(tens, -99) if tens else 1
        low = _CN_DIGITS.get(ones, -99) if ones else 0
        value = high * 10 + low
        return value if value >= 0 else None
    return _CN_DIGITS.get(text) if len(text) == 1 else None


def _offset(text: str, now: dt.datetime) -> dt.datetime | None:
    amount: float
    match = _OFFSET.fullmatch(text)
    if match:
        amount, unit = int(match.group(1)), match.group(2)
    else:
        match = _OFFSET_ZH.fullmatch(text)
        if not match:
            return None
        unit = match.group(2).removeprefix("个")
        amount = 0.5 if match.group(1) == "半" else int(match.group(1))
    return now + dt.timedelta(minutes=amount * _UNIT_MINUTES[unit])


def _weekday_date(prefix: str | None, weekday: int, today: dt.date) -> dt.date:
    monday = today - dt.timedelta(days=today.weekday())
    if prefix in ("下", "下个"):
        return monday + dt.timedelta(days=7 + weekday)
    if prefix == "下下":
        return monday + dt.timedelta(days=14 + weekday)
    this_week = monday + dt.timedelta(days=weekday)
    if prefix or this_week >= today:
        return this_week
    return this_week + dt.timedelta(days=7)


def _take_date(text: str, today: dt.date) -> tuple[dt.date | None, str]:
    """The date at the start of `text` (or None) and what follows it."""
    for word in sorted(_RELATIVE_DAYS, key=len, reverse=True):
        if text.startswith(word):
            return today + dt.timedelta(days=_RELATIVE_DAYS[word]), text[len(word) :]
    if match := _ISO_DATE.match(text):
        year, month, day = (int(part) for part in match.groups())
        return dt.date(year, month, day), text[match.end() :]
    for pattern in (_MONTH_DAY, _SLASH_DATE):
        if match := pattern.match(text):
            month, day = int(match.group(1)), int(match.group(2))
            found = dt.date(today.year, month, day)
            if found < today:
                found = dt.date(today.year + 1, month, day)
            return found, text[match.end() :]
    if match := _DAY_ONLY.match(text):
        day = int(match.group(1))
        if day >= today.day:
            return today.replace(day=day), text[match.end() :]
        following = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        return following.replace(day=day), text[match.end() :]
    if (match := _WEEKDAY.match(text)) and (match.group(1) or match.group(2)):
        if match.group(2) is None:
            if match.group(1) not in ("下", "下个", "下下"):
                return None, text
            return _weekday_date(match.group(1), 0, today), text[match.end() :]
        return _weekday_date(match.group(1), _WEEKDAYS[match.group(2)], today), text[match.end() :]
    return None, text


def _take_period(text: str) -> tuple[tuple[str, dt.time] | None, str]:
    text = text.strip()
    for word, period in _PERIODS.items():
        if text.startswith(word):
            return period, text[len(word) :].strip()
    return None, text


def _take_time(text: str) -> tuple[tuple[int, int, str | None] | None, str]:
    match = _TIME.match(text) if text else None
    if match is None:
        return None, text
    marked = match.group("m") or match.group("ampm") or re.search("[点时]", match.group(0))
    if not marked:
        # A bare number is not a time: "10" could be a day, a quantity, anything.
        return None, text
    hour = _cn_number(match.group("h"))
    if match.group("m"):
        minute: int | None = int(match.group("m"))
    elif match.group("half"):
        minute = 30
    elif match.group("quarter"):
        minute = 15 if match.group("quarter") == "一刻" else 45
    elif match.group("m2"):
        minute = _cn_number(match.group("m2"))
    else:
        minute = 0
    if hour is None or minute is None:
        return None, text
    return (hour, minute, match.group("ampm")), text[match.end() :]


def _clock(period: tuple[str, dt.time] | None, time: tuple[int, int, str | None] | None) -> dt.time:
    if time is None:
        return period[1] if period else DEFAULT_TIME
    hour, minute, ampm = time
    half = ampm or (period[0] if period else None)
    if (half == "pm" and hour < 12) or (half == "noon" and hour < 6):
        hour += 12
    elif half == "am" and hour == 12 and ampm:
        hour = 0
    return dt.time(hour, minute)


def _read(text: str, now: dt.datetime) -> dt.datetime | None:
    assert now.tzinfo is not None
    offset = _offset(text, now)
    if offset is not None:
        return offset
    today = now.date()
    day, rest = _take_date(text, today)
    period, rest = _take_period(rest)
    time, rest = _take_time(rest.strip())
    if rest.strip() or (day is None and period is None and time is None):
        return None
    return dt.datetime.combine(day or today, _clock(period, time), tzinfo=now.tzinfo)


def check_callback_time(at: dt.datetime, now: dt.datetime, calendar: WorkCalendar) -> Reason | None:
    """Why a callback cannot be at `at` (past, or a day off), or None when it can."""
    local = at.astimezone(now.tzinfo)
    if local <= now:
        return Reason("when.past", {"when": local.strftime("%Y-%m-%d %H:%M")})
    day = local.date()
    if calendar.is_workday(day):
        return None
    weekday = Reason(f"weekday.{day.weekday()}")
    holiday = calendar.holiday_name(day)
    if holiday:
        return Reason(
            "when.holiday",
            {"date": day.isoformat(), "weekday": weekday, "holiday": holiday_term(holiday)},
        )
    return Reason("when.day_off", {"date": day.isoformat(), "weekday": weekday})


def holiday_term(name: str) -> Reason | str:
    """chinesecalendar's English names have catalogue entries; imported names show as written."""
    key = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    return Reason(f"holiday.{key}") if key in KNOWN_HOLIDAYS else name


KNOWN_HOLIDAYS = frozenset(
    {
        "new_year_s_day",
        "spring_festival",
        "tomb_sweeping_day",
        "labour_day",
        "dragon_boat_festival",
        "national_day",
        "mid_autumn_festival",
    }
)


def parse_when(text: str, now: dt.datetime, calendar: WorkCalendar) -> WhenResult:
    """Read `text` relative to `now` (aware, in the desk's zone); see the module docstring."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    normalized = _normalize(text)
    try:
        at = _read(normalized, now) if normalized else None
    except (ValueError, OverflowError, KeyError):
        return WhenResult(refusal=Reason("when.bad_date", {"text": text.strip()}))
    if at is None:
        key = "when.unreadable" if normalized else "when.empty"  # nothing typed: say what to type
        return WhenResult(refusal=Reason(key, {"text": text.strip()}))
    refusal = check_callback_time(at, now, calendar)
    return WhenResult(at=None if refusal else at, refusal=refusal)
