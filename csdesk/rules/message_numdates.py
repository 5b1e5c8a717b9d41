"""Dates written in numbers: "20/12", "12/06" (either order: the writer's habit and the
nearer date decide, and the agent is asked), "09/12/2026", "12.12.2026", "12-20走"; and the year
a month and day without one fall in."""

from __future__ import annotations

import datetime as dt
import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import Scan, Span, cue_words

_SLASH = compile_fast(
    r"(?=\d)(?<![\d/.$])(?<!\d,)(\d{1,2})/(\d{1,2})(?:/(20\d\d))?(?![\d/]|\s*(?:柜|cntr|container))"
)
# "12.12.2026" as Europe and Latin America write it (day first), "12-20走" with a cargo word.
_DOTTED_YEAR = compile_fast(r"(?=\d)(?<![\d.])(\d{1,2})\.(\d{1,2})\.(20\d\d)(?!\d)")
# "ready 10-12-2026": a dashed date with its year is a date wherever it stands (day first
# outside China, like the dotted one).
_DASHED_YEAR = compile_fast(r"(?=\d)(?<![\d.-])(\d{1,2})-(\d{1,2})-(20\d\d)(?![\d-])")
# A digit and a dot: no date written with dots without one (a message with a full stop alone,
# "Dear Sir.", is not searched for them; they read a date in about 1 in 100 of the others).
DIGIT_DOT = cue_words("0.", "1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.")
# "12.18左右", "1.5前": a month and day with a dot, then a word that dates it.
_DOTTED = compile_fast(
    r"(?=\d)(?<![\d.])(\d{1,2})\.(\d{1,2})()(?![\d.])"
    r"(?=\s*(?:左右|前后|之前|以前|前|号|日|出|走|货好|装|ready|ETD))",
    re.I,
)
_DASHED = compile_fast(
    r"(?=\d)(?<![\d.-])(\d{1,2})-(\d{1,2})(?:-(20\d\d))?(?![\d-])"
    r"(?=\s*(?:出|走|货好|装|ready|ETD|ship|sail))",
    re.I,
)

# "ready 15.12.", "lista el 12-12", "pronta 14-12": a dotted or dashed day and month right after
# a ready word, in whichever order the writer's habit and the nearer date say.
# (Its cue: a piece of each ready word, case-folded, that holds no i, which `re.I` also matches
# with the Turkish İ and ı that case-folding keeps apart.)
_READY_WORDS = cue_words("ready", "rdy", "etd", "pront", "sta", "sto", "prêt", "pret", "dispon")
_READY_THEN = compile_fast(
    r"(?<![a-z])(?:ready|rdy|ETD|pronta|pronto|lista|listo|pr[êe]te?|disponible|dispon[ií]vel)"
    r"\s*(?:on|el|em|le|dia|el d[ií]a)?\s*[:：]?\s*"
    r"(?=\d)(?<![\d.-])(\d{1,2})[.-](\d{1,2})()(?![\d]|[.-]\d)"
    # ...not a span of days or weeks ("ready 3-5 days").
    r"(?!\s*(?:days?|d[ií]as|jours|weeks?|semanas?|semaines?|天|周|个?星期))",
    re.I,
)
# "ETD 12.1": a sailing day with a one-digit second figure and no closing dot is the Chinese
# forwarders' month and day (a European day and month writes "12.01" or "12.1.").
_ETD_MONTH_DAY = compile_fast(r"ETD\s*[:：]?\s*\d{1,2}\.\d$", re.I)


# Forwarders' shorthand for a month and day: "ETD1215", or the message's last word ("…7T 1217",
# "…合计38吨 12.9"), never a figure's (体积 12.5, 目标 1130).
_ETD_DAY = compile_fast(r"(?<![a-z])ETD\s*[:：]?\s*(0[1-9]|1[0-2])([0-2]\d|3[01])(?![\d.])", re.I)
_LAST_WORD_DAY = compile_fast(
    # (nor the last group of a phone number: "+55 92 3633 1020")
    r"(?<=\s)(?<![积量重价格标约概方类级\d]\s)(?<!class\s)(?<!usd\s)(?<!price\s)(?<!target\s)"
    r"(?<!imo\s)(?<!un\s)(?<!no\.\s)(?<!hs\s)"
    r"(?:(0[1-9]|1[0-2])([0-2]\d|3[01])|(1[0-2]|[1-9])\.([1-9]|[12]\d|3[01]))"
    r"\s*$",
    re.I,
)


def shorthand_days(scan: Scan, received: dt.date, found: list[tuple[dt.date, Span, float]]) -> None:
    """ETD1215, and a bare month and day ending a shorthand message; read with less trust."""
    matches = []
    if "etd" in scan.folded:
        matches.append(_ETD_DAY.search(scan.norm))
    if scan.norm.rstrip()[-1:].isdigit():
        matches.append(_LAST_WORD_DAY.search(scan.norm, max(0, len(scan.norm) - 12)))
    for match in matches:
        if match is None or not scan.is_free(*match.span()):
            continue
        month, day = (int(group) for group in match.groups() if group)
        read = year_for(month, day, received)
        if read is not None:
            found.append((read, match.span(), 0.7))


def year_for(month: int, day: int, received: dt.date) -> dt.date | None:
    """This year's date unless that is more than two months ago, then next year's."""
    for year in (received.year, received.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate >= received - dt.timedelta(days=60):
            return candidate
    return None


_CJK = compile_fast(r"[\u4e00-\u9fff]")
# A cargo date is rarely set further ahead than this; a reading beyond it is the unlikely one.
_LIKELY_AHEAD = dt.timedelta(days=120)


def _numeric(
    first: int, second: int, year: int | None, received: dt.date, chinese: bool
) -> tuple[dt.date, float, dt.date | None] | None:
    """A date written in numbers: (reading, confidence, the other reading to ask about).

    20/12 can only be day first and 12/20 only month first. Both orders possible (12/06,
    09/12/2026): the order whose date is near ahead wins; when both are, the writer's habit
    decides (Chinese month first, e-mails from elsewhere day first), and the agent is asked."""

    def on(month: int, day: int) -> dt.date | None:
        if year is None:
            return year_for(month, day, received)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    month_first, day_first = on(first, second), on(second, first)
    if month_first is None or day_first is None or month_first == day_first:
        read = month_first or day_first
        return None if read is None else (read, 0.8, None)

    def likely(day: dt.date) -> bool:
        return received - dt.timedelta(days=7) <= day <= received + _LIKELY_AHEAD

    habit, other = (month_first, day_first) if chinese else (day_first, month_first)
    if likely(habit) != likely(other):
        read, alternative = (habit, other) if likely(habit) else (other, habit)
        settled = alternative < received or (chinese and read is month_first)
        return read, 0.8, None if settled else alternative
    return habit, 0.8 if chinese else 0.6, None if chinese else other


def slashed(
    scan: Scan,
    received: dt.date,
    asked: dict[Span, dt.date],
    found: list[tuple[dt.date, Span, float]],
) -> None:
    # Two Chinese characters or more: the second looked for after the first, not all listed.
    first = _CJK.search(scan.norm)
    chinese = first is not None and _CJK.search(scan.norm, first.end()) is not None
    written = (
        (_SLASH, "/", chinese),
        (_DOTTED_YEAR, ".20", False),  # (its year is 20xx)
        (_DOTTED, ".", chinese),
        (_DASHED, "-", chinese),
        (_DASHED_YEAR, "-20", chinese),  # only with a year
        (_READY_THEN, "", chinese),
    )
    dotted, ready = scan.has_any(DIGIT_DOT), scan.has_any(_READY_WORDS)
    for pattern, separator, habit in written:
        if (pattern is _DOTTED and not dotted) or (pattern is _READY_THEN and not ready):
            continue
        if separator in scan.norm:
            _slashed_by(scan, pattern, habit, received, asked, found)


def _slashed_by(
    scan: Scan,
    pattern: re.Pattern[str],
    chinese: bool,
    received: dt.date,
    asked: dict[Span, dt.date],
    found: list[tuple[dt.date, Span, float]],
) -> None:
    for match in pattern.finditer(scan.norm):
        year = int(match[3]) if match[3] else None
        habit = chinese or (
            pattern is _READY_THEN
            and _ETD_MONTH_DAY.search(match[0]) is not None
            and not scan.norm.startswith(".", match.end())
        )
        read = _numeric(int(match[1]), int(match[2]), year, received, habit)
        if read is not None and scan.is_free(*match.span()):
            found.append((read[0], match.span(), read[1]))
            if read[2] is not None:
                asked[match.span()] = read[2]
