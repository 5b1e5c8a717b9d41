"""The names of months, weekdays and holidays a cargo date is written with: English, French,
Spanish and Portuguese months ("Dec 10", "le 5 janvier", "5 de enero"), weekdays in Chinese and
English, and a fixed-date holiday's first weekday after it ("元旦后第一个周一"). Split from
message_dates, which reads the dates.
"""

from __future__ import annotations

import datetime as dt
import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import cue_words
from csdesk.rules.trie_pattern import trie_pattern

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            (),
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        )
    )
    for name in names
}
ENGLISH_MONTHS = frozenset(MONTHS)
# Months in French, Spanish and Portuguese e-mails ("prête le 5 janvier", "5 de enero").
MONTHS.update(
    {
        name: number
        for number, names in enumerate(
            (
                (),
                ("janvier", "enero", "janeiro"),
                ("février", "fevrier", "febrero", "fevereiro"),
                ("mars", "marzo", "março", "marco"),
                ("avril", "abril"),
                ("mai", "mayo", "maio"),
                ("juin", "junio", "junho"),
                ("juillet", "julio", "julho"),
                ("août", "aout", "agosto"),
                ("septembre", "septiembre", "setiembre", "setembro"),
                ("octobre", "octubre", "outubro"),
                ("novembre", "noviembre", "novembro"),
                ("décembre", "decembre", "diciembre", "dezembro"),
            )
        )
        for name in names
    }
)
# As a trie: some fifty names in four languages cost one branch per character.
MONTH_NAME = trie_pattern(MONTHS)
WEEKDAYS_ZH = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
# "下周2": a weekday typed as its digit (1 Monday … 7 Sunday).
WEEKDAYS_ZH.update({str(number): number - 1 for number in range(1, 8)})
WEEKDAYS_EN = {
    name: number
    for number, names in enumerate(
        (
            ("mon", "monday"),
            ("tue", "tues", "tuesday"),
            ("wed", "wednesday"),
            ("thu", "thur", "thurs", "thursday"),
            ("fri", "friday"),
            ("sat", "saturday"),
            ("sun", "sunday"),
        )
    )
    for name in names
}
ENGLISH_WEEKDAYS = frozenset(WEEKDAYS_EN)
# "pronta na próxima segunda-feira", "listo el jueves", "prête vendredi": Portuguese, Spanish
# and French weekdays, read as the English ones.
for _number, _names in enumerate(
    (
        ("segunda-feira", "lunes", "lundi"),
        ("terça-feira", "terca-feira", "martes", "mardi"),
        ("quarta-feira", "miércoles", "miercoles", "mercredi"),
        ("quinta-feira", "jueves", "jeudi"),
        ("sexta-feira", "viernes", "vendredi"),
        ("sábado", "sabado", "samedi"),
        ("dimanche",),  # never "domingo": Santo Domingo is a city
    )
):
    WEEKDAYS_EN.update(dict.fromkeys(_names, _number))
WEEKDAY_EN = "|".join(sorted(WEEKDAYS_EN, key=len, reverse=True))


# "元旦后第一个周一", "国庆节后第一个周三": the first such weekday after a fixed-date holiday.
_HOLIDAYS = {"元旦": (1, 1), "国庆": (10, 1), "圣诞": (12, 25)}
HOLIDAY_WEEKDAY = compile_fast(
    r"(元旦|国庆|圣诞)节?\s*(?:之后|以后|过后|后)的?\s*(?:第一个|头一个|首个)\s*(?:周|星期|礼拜)"
    r"([一二三四五六日天])"
)
HOLIDAY_WORDS = cue_words("元旦", "国庆", "圣诞")


def after_holiday(match: re.Match[str], received: dt.date) -> dt.date | None:
    month, day = _HOLIDAYS[match[1]]
    holiday = dt.date(received.year, month, day)
    if holiday < received:  # the next one to come
        holiday = holiday.replace(year=received.year + 1)
    ahead = (WEEKDAYS_ZH[match[2]] - holiday.weekday() - 1) % 7 + 1
    return holiday + dt.timedelta(days=ahead)


# "Lista el lunes 11", "ready Friday the 18th": a weekday and the day of the month, no month.
_DAY_AFTER = compile_fast(
    r"\.?,?\s+(?:the\s+|el\s+|le\s+)?(\d{1,2})(?:st|nd|rd|th)?"
    rf"(?![\d/:\-'a-z%]|\.\d|\s*(?:am|pm|h(?![a-z])|(?:of\s+|de\s+)?(?:{MONTH_NAME})(?![a-z])))",
    re.I,
)


def day_after_weekday(text: str, end: int, received: dt.date) -> dt.date | None:
    """The day of the month said right after a weekday ending at `end`: the next such day
    from the day the message came (the weekday says which week, the day which date)."""
    said = _DAY_AFTER.match(text, end)
    if said is None:
        return None
    day = int(said[1])
    year, month = received.year, received.month
    if day < received.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
