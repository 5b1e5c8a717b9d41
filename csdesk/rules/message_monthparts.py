"""Parts of a month said instead of a day: "12月底", "月初", "mid December", "finais de
Dezembro", "下个月中" (split from message_dates). The settled convention: the end of a month is
its last day, the middle the 15th, the beginning the 1st."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_daynames import MONTH_NAME as _MONTH_NAME
from csdesk.rules.message_daynames import MONTHS as _MONTHS
from csdesk.rules.message_numdates import year_for

EN_MONTH_PART = compile_fast(
    rf"(?<![a-z])(mid|early|end of|end|late|beginning of|(?:the\s+)?(?:1st|first)\s+week"
    rf"|(?:the\s+)?middle\s+of"
    # ...and in French, Spanish and Portuguese e-mails: "début janvier", "finales de marzo",
    # "finais de dezembro", "meio de janeiro".
    rf"|d[ée]but|fin|mi|principios|inicios?|in[íi]cio|comienzos?|mediados|meados|meio|finales"
    rf"|fines|fim|finais|final)"
    rf"[\s-]*(?:(?:of|de|do)\s+|d['’]\s*)?"
    rf"({_MONTH_NAME})(?![a-z])",
    re.I,
)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def month_part(month: int, part: str, received: dt.date) -> dt.date | None:
    first = year_for(month, 1, received)
    if first is None:
        return None
    if part in ("底", "末", "下旬"):
        return month_end(first.year, first.month)
    if part in ("中", "中旬"):
        return first.replace(day=15)
    return first


_PARTS = {"mid": "中", "mi": "中", "mediados": "中", "meados": "中", "meio": "中"}
_PARTS.update(
    dict.fromkeys(
        ("early", "beginning of", "début", "debut", "principios", "inicio", "inicios"), "初"
    )
)
_PARTS.update(dict.fromkeys(("início", "inicio", "comienzo", "comienzos"), "初"))


def en_part(match: re.Match[str], received: dt.date) -> dt.date | None:
    said = " ".join(match[1].lower().split())
    # "the first week of January" is its start, as "early January".
    early = said.startswith(("1st", "first", "the 1st", "the first"))
    middle = said.endswith("middle of")
    part = "初" if early else "中" if middle else _PARTS.get(said, "底")
    return month_part(_MONTHS[match[2].lower()], part, received)


def relative_part(word: str, received: dt.date) -> tuple[dt.date, float] | None:
    """A part of the month said without the month ("月中", "下旬", "月初", "下个月底"): the
    received month's, or the next one's once that part has passed; None for other words."""
    next_month = add_months(received, 1)
    if word == "下旬":
        return month_end(received.year, received.month), 0.7
    if word in ("上旬", "月初"):  # ...its first, said after the 10th the next month's
        return (received if received.day <= 10 else next_month).replace(day=1), 0.7
    if word.startswith("下") or "next month" in word:
        if word.endswith("底"):
            return month_end(next_month.year, next_month.month), 0.75
        if word.endswith("中"):
            return next_month.replace(day=15), 0.7
        return next_month, 0.65
    if word in ("月中", "中旬", "mid-month", "mid month"):
        # Said after the 15th, the middle of a month still to come: the next one's.
        return (received if received.day <= 15 else next_month).replace(day=15), 0.7
    return None
