"""Reading a reefer's set temperature out of a message: "零下18度", "-18C", "minus 25 degrees",
"温度 -20℃" (split from message_cargo)."""

from __future__ import annotations

import re

from csdesk.rules.fastre import compile_fast
from csdesk.rules.message_scan import NUM, Scan, cue_words
from csdesk.rules.textnorm import CN_DECIMAL, parse_number

_TEMPERATURE = compile_fast(
    rf"(零下\s*|m(?:inus|enos|oins)\s*)?([+-]\s*)?({NUM}|{CN_DECIMAL})\s*"
    # "temperatura 0 grados", "-18 graus", "moins 20 degrés": the unit in ES/PT/FR too.
    r"(℃|°\s*c|°|度|deg(?:rees?)?\s*c?|grados?|graus?|degr[ée]s?|c)"
    r"(?![a-z])",
    re.I,
)
# "冻虾 零下十八 每柜二十二吨": 零下 alone says a temperature, the unit left out.
# "set temp minus 18": minus after a temperature's label says it too.
_BELOW_BARE = compile_fast(
    rf"零下\s*({NUM}|{CN_DECIMAL})(?![\d.点吨公千个方件箱托])"
    rf"|(?<![a-z])(?:temp(?:erature)?|set\s*(?:at|to))\s*[:：]?\s*minus\s*({NUM})(?![\d.]|\s*(?:t|kg|tons?|mt|cbm)(?![a-z]))"
    # "温度-18", "temp -20": a minus sign right after the label, the unit left out.
    rf"|(?:温度|(?<![a-z])temp(?:erature)?)\s*[:：]?\s*[-−]\s*({NUM})(?![\d.]|\s*(?:t|kg|吨|公斤|tons?|mt|cbm)(?![a-z]))",
    re.I,
)
_TEMPERATURE_LABEL = compile_fast(
    r"温度|温|冷冻|冷藏|temp|temperature|set\s*(?:at|to)|设定|设置|保持", re.I
)


TEMPERATURE_WORDS = cue_words("温", "冷冻", "冷藏", "temp", "set", "设定", "设置", "保持")
# A temperature is taken only with a unit that says so, a sign or a label (below): a message
# holding none of these has no temperature to read.
_TEMPERATURE_SIGNS = cue_words("℃", "°", "零下", "minus", "+", "-", "零度", "grado", "grau", "degr")
# "冷柜 苹果零度": zero degrees in words, on a reefer (a 冷柜 or 冷藏 said) only.
_ZERO_DEGREES = compile_fast(r"(?<![十百\d])零度(?!假|角)")
# "闪点-5度", "flash point 23°C": a DG's flash point is data about the goods, not a set temperature.
_FLASH_POINT = compile_fast(
    r"(?:闪点|闪燃点|flash\s*point|(?<![a-z])f\.?p\.?)\s*[:：]?\s*(?:为|是|is)?\s*$", re.I
)
_MINUS_ALONE = compile_fast(r"(?:(?<=\s)|^)[-−](\d{1,2}(?:\.\d)?)(?=\s|[,，;；]|$)")
_REEFER_SAID = compile_fast(r"冷柜|冷藏|冷冻|reefer|(?<![a-z])rf(?![a-z])", re.I)


def read_temperature(scan: Scan) -> None:
    if not scan.has_any(_TEMPERATURE_SIGNS) and not scan.has_any(TEMPERATURE_WORDS):
        return
    said = _said_temperatures(scan)
    if not said:
        return
    # "零下一度不对是零度", "-18C sorry -20C": a temperature said after a correction is the one.
    value, span, confidence, worded = next(
        (item for item in reversed(said[1:]) if scan.corrected(item[1][0], said[0][1][1])),
        said[0],
    )
    for _, other, _, _ in said:
        scan.claim(*other)
    # (零度 said in words is read as the whole number 0, as it always was)
    scan.put("temperature_c", 0 if worded else value, [span], confidence)


# (degrees, where said, confidence, said as 零度 in words)
Said = tuple[float, tuple[int, int], float, bool]


def _said_temperatures(scan: Scan) -> list[Said]:
    """Every set temperature the message says, in the order said (most say one)."""
    said: list[Said] = []
    for match in scan.free_matches(_TEMPERATURE):
        below, sign, number_text, unit = match.groups()
        number = parse_number(number_text)
        if number is None:
            continue
        if _FLASH_POINT.search(scan.before(match.start(), 14)):
            continue
        explicit_unit = unit.lower().replace(" ", "") in ("℃", "°c")
        labelled = bool(_TEMPERATURE_LABEL.search(scan.before(match.start(), 14)))
        if not (explicit_unit or below or sign or labelled):
            continue
        value = -number if below or (sign or "").strip() == "-" else number
        if -60 <= value <= 40:
            said.append((value, match.span(), 0.9, False))
    if "零度" in scan.norm and _REEFER_SAID.search(scan.norm):
        said.extend((0.0, zero.span(), 0.8, True) for zero in scan.free_matches(_ZERO_DEGREES))
    if said:
        return sorted(said, key=lambda item: item[1][0])
    if "-" in scan.norm and _REEFER_SAID.search(scan.norm):
        # "1x40RF frozen mackerel -18 27MT": on a reefer, a minus figure standing alone.
        for alone in scan.free_matches(_MINUS_ALONE):
            number = parse_number(alone.group(1))
            if number is not None and 0 < number <= 40:
                return [(-number, alone.span(), 0.7, False)]
    labelled = "温度" in scan.norm or "temp" in scan.folded
    if labelled or "零下" in scan.norm or "minus" in scan.folded:
        for bare in scan.free_matches(_BELOW_BARE):
            number = parse_number(bare.group(1) or bare.group(2) or bare.group(3))
            if number is not None and 0 < number <= 60:
                return [(-number, bare.span(), 0.8, False)]
    return said
